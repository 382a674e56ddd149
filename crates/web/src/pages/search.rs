//! The search page at `/search?q=…`: articles and translations whose heads hold every word of
//! the query, best first, with the hits marked in titles and snippets, filters for language and
//! state, and pages. Every staff page's banner has the box that leads here.

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Response},
};
use bitext_app::search::{SearchKind, SearchResult};
use bitext_domain::{State as WorkflowState, search::Segment};
use bitext_http::{AppState, error::ApiError, routes::search::parse};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    layout::{self, Notice, Section, lang_attrs},
    session::Staff,
    tr::Tr,
    widgets::{article_url, seg, state_badge, time, translation_url},
};

const PAGE: u64 = 20;

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    q: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    state: String,
    cursor: Option<i64>,
}

impl Params {
    fn href(&self, cursor: Option<&str>) -> String {
        let mut href = format!(
            "/search?q={}&language={}&state={}",
            seg(&self.q),
            seg(&self.language),
            seg(&self.state)
        );
        if let Some(c) = cursor {
            href.push_str("&cursor=");
            href.push_str(c);
        }
        href
    }
}

/// Segments with the hits in `<mark>`.
fn marked(segments: &[Segment]) -> Markup {
    html! {
        @for s in segments {
            @if s.hit { mark { (s.text) } } @else { (s.text) }
        }
    }
}

fn form(tr: &Tr, p: &Params) -> Markup {
    html! {
        form.filters method="get" action="/search" role="search" aria-label=(tr.t("search-title")) {
            label { (tr.t("search-words")) " " input type="search" name="q" value=(p.q) maxlength="200" required; }
            label { (tr.t("search-language")) " " input type="text" name="language" value=(p.language) size="8"; }
            label { (tr.t("list-state")) " "
                select name="state" {
                    option value="" { (tr.t("articles-any")) }
                    option value="source" selected[p.state == "source"] { (tr.t("search-state-source")) }
                    @for s in WorkflowState::ALL {
                        option value=(s.as_str()) selected[p.state == s.as_str()] { (tr.state(s)) }
                    }
                }
            }
            button type="submit" { (tr.t("shell-search")) }
        }
    }
}

fn result(tr: &Tr, r: &SearchResult) -> Markup {
    let (lang, dir) = lang_attrs(&r.language);
    let href = match r.kind {
        SearchKind::Article => article_url(&r.slug),
        SearchKind::Translation => translation_url(&r.slug, &r.language, None),
    };
    html! {
        li {
            h2 { a href=(href) lang=(lang) dir=(dir) { (marked(&r.title)) } }
            p.meta {
                @match r.state {
                    Some(state) => { (tr.t("search-kind-translation")) " · " (state_badge(tr, state)) }
                    None => { (tr.t("search-kind-article")) }
                }
                " · " span.slug { (r.slug) } " · " (r.language) " · " (time(tr, r.updated_at))
            }
            p.snippet lang=(lang) dir=(dir) { (marked(&r.snippet)) }
        }
    }
}

/// `GET /search`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Query(p): Query<Params>,
) -> Result<Response, ApiError> {
    let tr = &staff.tr;
    let mut status = axum::http::StatusCode::OK;
    let mut notice = None;
    let mut results = None;
    if !p.q.trim().is_empty() {
        match parse(Some(&p.q), Some(&p.language), Some(&p.state)) {
            Ok((query, filter)) => {
                let page = state
                    .app
                    .search(&staff.actor, &query, &filter, PAGE, p.cursor)
                    .await?;
                results = Some(page);
            }
            Err(e) => {
                status = e.status();
                let localizer = bitext_i18n::Localizer::global();
                let args = localizer.error_args(&tr.locale, e.args());
                notice = Some(Notice::Error(localizer.error_detail(
                    &tr.locale,
                    e.code(),
                    &args,
                )));
            }
        }
    }
    let content = html! {
        h1 { (tr.t("search-title")) }
        (form(tr, &p))
        @if let Some(page) = &results {
            @if page.items.is_empty() {
                p.empty { (tr.t("search-none")) }
            } @else {
                ol.results aria-label=(tr.t("search-results")) {
                    @for r in &page.items { (result(tr, r)) }
                }
            }
            @if let Some(cursor) = &page.next_cursor {
                p.pager { a rel="next" href=(p.href(Some(cursor))) { (tr.t("list-next-page")) } }
            }
        } @else if notice.is_none() {
            p.empty { (tr.t("search-hint")) }
        }
    };
    let here = p.href(None);
    let mut res = layout::page(
        &staff,
        Section::None,
        &tr.t("search-title"),
        notice.as_ref(),
        &here,
        content,
    )
    .into_response();
    *res.status_mut() = status;
    Ok(res)
}
