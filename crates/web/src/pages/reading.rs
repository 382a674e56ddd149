//! The readers' index at `/read`: the newest published translations in every language, each
//! linking to its bilingual page. Public; no sign-in.

use axum::{
    extract::State,
    response::{IntoResponse, Response},
};
use bitext_http::{AppState, error::ApiError};
use maud::html;

use crate::{
    layout::{self, lang_attrs},
    session::PageTr,
    widgets::{seg, time},
};

/// How many editions the index lists.
const LATEST: u64 = 50;

/// `GET /read`.
pub async fn index(
    State(state): State<AppState>,
    PageTr(tr): PageTr,
) -> Result<Response, ApiError> {
    let items = state.app.latest_editions(LATEST).await?;
    let banner = html! {
        header.banner {
            a.brand href="/read" { "Bitext" }
            nav aria-label=(tr.t("shell-nav")) { ul { li { a href="/" { (tr.t("reading-staff")) } } } }
        }
    };
    let content = html! {
        h1 { (tr.t("reading-title")) }
        @if items.is_empty() {
            p.empty { (tr.t("reading-none")) }
        } @else {
            ul.editions {
                @for item in &items {
                    @let (lang, dir) = lang_attrs(&item.language);
                    li {
                        a href={ "/read/" (seg(&item.slug)) "/" (seg(&item.language)) } lang=(lang) dir=(dir) { (item.title) }
                        " "
                        span.slug { (item.language) }
                        " · "
                        (time(&tr, item.edition.created_at))
                    }
                }
            }
        }
    };
    Ok(layout::document(&tr, &tr.t("reading-title"), banner, content).into_response())
}
