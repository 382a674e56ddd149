//! `GET /articles/{slug}/compare?from=&to=`: what changed in the source between any two of its
//! revisions, the title and the text, changed paragraphs focusable one after another.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use bitext_domain::{Revision, diff::diff};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use super::{compare_form, slug};
use crate::{
    layout::{self, Notice, Section, lang_attrs},
    pages::diff_view,
    session::Staff,
    tr::Tr,
    tr::refused,
    widgets::{article_url, time},
};

#[derive(Debug, Default, Deserialize)]
pub struct CompareQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn number(text: &str) -> Option<i32> {
    text.trim().parse().ok()
}

/// A revision as the heading of one side names it.
pub fn revision_line(tr: &Tr, r: &Revision) -> Markup {
    html! {
        (tr.ta("article-revision-by", &[("revision", r.number.into()), ("author", r.author.as_str().into())]))
        " · " (time(tr, r.created_at))
        @if r.minor { " " span.badge.minor { (tr.t("article-minor")) } }
        @if !r.message.is_empty() { " · " span dir="auto" { (r.message) } }
    }
}

/// `GET /articles/{slug}/compare`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug_text): Path<String>,
    Query(q): Query<CompareQuery>,
) -> Result<Response, ApiError> {
    let slug = slug(&slug_text)?;
    let tr = &staff.tr;
    let detail = state.app.article(&slug).await?;
    let here = format!("{}/compare", article_url(slug.as_str()));
    let comparison = state
        .app
        .article_comparison(&slug, number(&q.from), number(&q.to))
        .await;
    let (lang, dir) = lang_attrs(&detail.article.language);
    let head = detail.article.head;
    let to = number(&q.to).unwrap_or(head);
    let from = number(&q.from).unwrap_or((to - 1).max(1));
    let (notice, status, body) = match comparison {
        Ok(c) => {
            let d = diff(&c.old.body, &c.new.body);
            let stats = &d.stats;
            let body = html! {
                p { strong { (tr.t("article-compare-old")) } " " (revision_line(tr, &c.old)) }
                p { strong { (tr.t("article-compare-new")) } " " (revision_line(tr, &c.new)) }
                p.stats {
                    (tr.ta("article-diff-stats", &[
                        ("changed", stats.paragraphs_changed.into()),
                        ("inserted", stats.paragraphs_inserted.into()),
                        ("deleted", stats.paragraphs_deleted.into()),
                    ]))
                }
                h2 { (tr.t("field-title")) }
                p.diff-title lang=(lang) dir=(dir) { (diff_view::line(tr, &c.old.title, &c.new.title)) }
                h2 { (tr.t("field-body")) }
                @if d.is_identical() { p.empty { (tr.t("article-diff-none")) } }
                (diff_view::document(tr, &d, &c.language))
                p.hint { (tr.t("article-diff-keys")) }
            };
            (None, StatusCode::OK, body)
        }
        Err(e) => {
            let (message, status) = refused(tr, e)?;
            (Some(Notice::Error(message)), status, html! {})
        }
    };
    let title = tr.t("article-compare-title");
    let content = html! {
        h1 { (title) }
        p { a href=(article_url(slug.as_str())) lang=(lang) dir=(dir) { (detail.head.title) } }
        (compare_form(tr, &detail, from, to))
        (body)
    };
    let page = layout::page(
        &staff,
        Section::Articles,
        &title,
        notice.as_ref(),
        &here,
        content,
    );
    Ok((status, page).into_response())
}
