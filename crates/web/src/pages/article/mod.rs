//! An article's page at `/articles/{slug}`: the source's head, its translations and its
//! history with links to compare revisions. The source desk revises the source here, and a
//! translator starts a translation with the source beside the form.

pub mod compare;
pub mod desk;

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use bitext_app::articles::{ArticleDetail, SOURCE_DESK};
use bitext_domain::{Revision, Role, Slug, Translation};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    layout::{self, Notice, Section, lang_attrs},
    pages::edit_form::EditForm,
    session::Staff,
    tr::Tr,
    widgets::{article_url, state_badge, time, translation_url},
};

/// Revisions shown in one page of the history.
const HISTORY_PAGE: u64 = 100;

#[derive(Debug, Default, Deserialize)]
pub struct ArticleQuery {
    done: Option<String>,
    /// The history's cursor.
    history: Option<i64>,
}

/// What a person typed in this page's forms, shown again when a post is refused.
#[derive(Debug, Default)]
pub struct Typed {
    pub revision: Option<EditForm>,
    pub translation: Option<desk::StartForm>,
}

/// Parses the path's slug, or answers 404 as the API would.
pub fn slug(slug: &str) -> Result<Slug, ApiError> {
    Slug::parse(slug).map_err(ApiError::from)
}

/// `GET /articles/{slug}`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug_text): Path<String>,
    Query(q): Query<ArticleQuery>,
) -> Result<Response, ApiError> {
    let slug = slug(&slug_text)?;
    let notice = layout::done_notice(&staff.tr, q.done.as_deref());
    render(&state, &staff, &slug, notice, &Typed::default(), q.history).await
}

/// The article's page, with a notice and what was typed, answered 200.
pub async fn render(
    state: &AppState,
    staff: &Staff,
    slug: &Slug,
    notice: Option<Notice>,
    typed: &Typed,
    history_after: Option<i64>,
) -> Result<Response, ApiError> {
    let tr = &staff.tr;
    let detail = state.app.article(slug).await?;
    let history = state
        .app
        .article_history(slug, HISTORY_PAGE, history_after)
        .await?;
    let roles = staff.user().roles;
    let a = &detail.article;
    let head = &detail.head;
    let (lang, dir) = lang_attrs(&a.language);
    let here = article_url(&a.slug);
    let content = html! {
        h1 lang=(lang) dir=(dir) { (head.title) }
        p.meta {
            span.slug { (a.slug) } " · "
            (tr.ta("article-source-language", &[("language", a.language.as_str().into())])) " · "
            (tr.ta("article-head", &[("revision", a.head.into())])) " · "
            (time(tr, a.updated_at))
        }
        div.article-columns {
            section.article-source aria-labelledby="source-heading" {
                h2 #source-heading { (tr.ta("article-source-heading", &[("revision", head.number.into())])) }
                (source_text(head, &a.language))
            }
            @if roles.contains(Role::Translator) {
                (desk::start_form(staff, &detail, typed.translation.as_ref()))
            }
        }
        (translations(tr, &detail.translations))
        @if roles.any(SOURCE_DESK) {
            (desk::revise_form(staff, &detail, typed.revision.as_ref()))
        }
        (history_table(tr, &detail, &history.items))
        @if let Some(cursor) = &history.next_cursor {
            p.pager { a rel="next" href={ (here) "?history=" (cursor) "#history" } { (tr.t("article-history-more")) } }
        }
        @if a.head > 1 { (compare_form(tr, &detail, a.head - 1, a.head)) }
    };
    Ok(layout::page(
        staff,
        Section::Articles,
        &head.title,
        notice.as_ref(),
        &here,
        content,
    )
    .into_response())
}

/// A revision's title-less text, one `<p>` per paragraph in its language.
pub fn source_text(revision: &Revision, language: &str) -> Markup {
    let (lang, dir) = lang_attrs(language);
    html! {
        div.source-text lang=(lang) dir=(dir) {
            @for p in bitext_domain::text::paragraphs(&revision.body) { p.text { (p) } }
        }
    }
}

fn translations(tr: &Tr, rows: &[Translation]) -> Markup {
    html! {
        section.panel aria-labelledby="translations-heading" {
            h2 #translations-heading { (tr.t("article-translations")) }
            @if rows.is_empty() {
                p.empty { (tr.t("article-translations-none")) }
            } @else {
                table.list {
                    caption.visually-hidden { (tr.t("article-translations")) }
                    thead { tr {
                        th scope="col" { (tr.t("list-language")) }
                        th scope="col" { (tr.t("list-state")) }
                        th scope="col" { (tr.t("list-assignee")) }
                        th scope="col" { (tr.t("article-translation-revision")) }
                        th scope="col" { (tr.t("article-translation-pages")) }
                    } }
                    tbody {
                        @for t in rows {
                            tr {
                                th scope="row" { a href=(translation_url(&t.slug, &t.language, None)) { (t.language) } }
                                td {
                                    (state_badge(tr, t.state))
                                    @if t.outdated() { " " span.badge.outdated { (tr.t("list-outdated")) } }
                                }
                                td { @if let Some(p) = &t.assignee { (p.display_name) } @else { "—" } }
                                td.number { (t.head) " "
                                    span.slug { (tr.ta("article-renders-source", &[("revision", t.source_revision.into())])) }
                                }
                                td.links {
                                    a href=(translation_url(&t.slug, &t.language, None)) { (tr.t("article-link-workspace")) } " · "
                                    a href=(translation_url(&t.slug, &t.language, Some("review"))) { (tr.t("article-link-review")) } " · "
                                    a href=(translation_url(&t.slug, &t.language, Some("publish"))) { (tr.t("article-link-publish")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn compare_url(slug: &str, from: i32, to: i32) -> String {
    format!("{}/compare?from={from}&to={to}", article_url(slug))
}

fn history_table(tr: &Tr, detail: &ArticleDetail, revisions: &[Revision]) -> Markup {
    let slug = &detail.article.slug;
    html! {
        section.panel #history {
            table.list {
                caption { (tr.t("article-history")) }
                thead { tr {
                    th scope="col" { (tr.t("article-revision")) }
                    th scope="col" { (tr.t("article-author")) }
                    th scope="col" { (tr.t("article-time")) }
                    th scope="col" { (tr.t("field-message")) }
                    th scope="col" { (tr.t("article-compare")) }
                } }
                tbody {
                    @for r in revisions {
                        tr {
                            th.number scope="row" {
                                (r.number)
                                @if r.minor { " " span.badge.minor { (tr.t("article-minor")) } }
                            }
                            td { (r.author) }
                            td { (time(tr, r.created_at)) }
                            td dir="auto" { (r.message) }
                            td {
                                @if let Some(parent) = r.parent {
                                    a href=(compare_url(slug, parent, r.number)) {
                                        (tr.ta("article-compare-parent", &[("from", parent.into()), ("to", r.number.into())]))
                                    }
                                }
                                @if r.number != detail.article.head && r.number + 1 != detail.article.head {
                                    @if r.parent.is_some() { " · " }
                                    a href=(compare_url(slug, r.number, detail.article.head)) {
                                        (tr.ta("article-compare-head", &[("from", r.number.into())]))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Two revision numbers to compare, by hand, `from` and `to` filled in.
pub fn compare_form(tr: &Tr, detail: &ArticleDetail, from: i32, to: i32) -> Markup {
    let head = detail.article.head;
    html! {
        form.filters method="get" action={ (article_url(&detail.article.slug)) "/compare" } aria-label=(tr.t("article-compare")) {
            label { (tr.t("article-compare-from")) " " input type="number" name="from" min="1" max=(head) value=(from) required; }
            label { (tr.t("article-compare-to")) " " input type="number" name="to" min="1" max=(head) value=(to) required; }
            button type="submit" { (tr.t("article-compare")) }
        }
    }
}

/// Answers a refused post with the article's page again, the typed text kept.
pub async fn refused(
    state: &AppState,
    staff: &Staff,
    slug: &Slug,
    status: StatusCode,
    message: String,
    typed: &Typed,
) -> Result<Response, ApiError> {
    let mut res = render(
        state,
        staff,
        slug,
        Some(Notice::Error(message)),
        typed,
        None,
    )
    .await?;
    *res.status_mut() = status;
    Ok(res)
}
