//! Refreshing the original's text of a published translation from the publish page: when the
//! original has had only minor revisions (a typo fixed) since the current edition, a publisher
//! publishes the next edition with the same translation and the original's newest text, with
//! no correction notice for readers.

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use bitext_domain::{Action, Edition, State as Workflow, Translation};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{csrf_field, refusal, with_done},
    pages::actions::document,
    session::Staff,
    tr::{back_to, refused},
    widgets::translation_url,
};

/// The form, with what it would do, when the staff member may refresh `t` now: it stands
/// published, the original moved on since `current` (its newest edition), and only by minor
/// revisions. Nothing otherwise.
pub fn form(staff: &Staff, t: &Translation, current: Option<&Edition>, here: &str) -> Markup {
    let Some(current) = current else {
        return html! {};
    };
    let possible = staff.user().roles.any(Action::Publish.roles())
        && t.state == Workflow::Published
        && current.source_revision < t.article_head
        && t.article_major_head <= current.source_revision;
    if !possible {
        return html! {};
    }
    let tr = &staff.tr;
    let url = format!("{}/refresh", translation_url(&t.slug, &t.language, None));
    html! {
        form.refresh method="post" action=(url) {
            (csrf_field(&staff.csrf))
            input type="hidden" name="next" value=(here);
            p.help #refresh-help {
                (tr.ta("publish-refresh-help", &[
                    ("edition", current.number.into()),
                    ("from", current.source_revision.into()),
                    ("to", t.article_head.into()),
                    ("next", (current.number + 1).into()),
                ]))
            }
            p { button type="submit" aria-describedby="refresh-help" { (tr.t("publish-refresh")) } }
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct RefreshForm {
    next: Option<String>,
}

/// `POST /articles/{slug}/{lang}/refresh`: done, back to the page it came from with a notice;
/// refused, a page saying why.
pub async fn refresh(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<RefreshForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), Some("publish"))
    });
    match state
        .app
        .refresh_edition(&staff.actor, &slug, &language)
        .await
    {
        Ok(_) => Ok(Redirect::to(&with_done(&back, "refreshed")).into_response()),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            Ok(refusal(&staff, status, &message, &back, None))
        }
    }
}
