//! The history page at `/articles/{slug}/{lang}/history`: the translation's revisions (each
//! with a link to what it changed, and a form to compare any two on the review page) and its
//! audit trail, a page at a time: who did what, when, from which state to which, on which
//! revision, with the details recorded.

use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use bitext_domain::{Event, RevisionSummary, State as Workflow};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    format::date_time,
    layout::{self, Section},
    pages::{
        actions::document,
        review::review_url,
        tabs::{self, Tab},
    },
    session::Staff,
    tr::Tr,
    widgets::{event_text, message_or_key, time, translation_url},
};

/// Events on one page of the audit trail.
const EVENTS: u64 = 50;

#[derive(Debug, Default, Deserialize)]
pub struct HistoryQuery {
    /// The audit trail's page: the cursor after which it starts.
    events: Option<String>,
    done: Option<String>,
}

fn state_name(tr: &Tr, state: Option<&str>) -> String {
    match state.map(|s| s.parse::<Workflow>()) {
        Some(Ok(s)) => tr.state(s),
        Some(Err(_)) => state.unwrap_or_default().to_owned(),
        None => "—".to_owned(),
    }
}

/// The recorded details of an event (a JSON object), each under its name; a comment recorded
/// by its number links to it on the review page.
fn detail(tr: &Tr, review: &str, detail: Option<&str>) -> Markup {
    let Some(text) = detail else {
        return html! {};
    };
    let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(text)
    else {
        return html! { span dir="auto" { (text) } };
    };
    html! {
        dl.event-detail {
            @for (key, value) in &fields {
                div {
                    dt { (message_or_key(tr, &format!("history-detail-{key}"), key)) }
                    dd dir="auto" {
                        @match value {
                            serde_json::Value::String(s) => (s),
                            serde_json::Value::Number(n) if key == "comment" => {
                                a href={ (review) "#comment-" (n) } {
                                    (tr.ta("history-comment-number", &[("number", n.as_i64().unwrap_or_default().into())]))
                                }
                            }
                            serde_json::Value::Bool(true) => (tr.t("history-yes")),
                            serde_json::Value::Bool(false) => (tr.t("history-no")),
                            serde_json::Value::Null => "—",
                            other => (other.to_string()),
                        }
                    }
                }
            }
        }
    }
}

fn revisions(tr: &Tr, slug: &str, language: &str, history: &[RevisionSummary]) -> Markup {
    let head = history.last().map_or(1, |r| r.number);
    let option = |r: &RevisionSummary, selected: bool| {
        html! {
            option value=(r.number) selected[selected] {
                (tr.ta("review-revision-option", &[
                    ("number", r.number.into()),
                    ("author", r.author.as_str().into()),
                    ("date", date_time(tr, r.created_at).into()),
                ]))
            }
        }
    };
    html! {
        section aria-labelledby="revisions" {
            h2 #revisions { (tr.t("history-revisions")) }
            form.review-picker method="get" action=(translation_url(slug, language, Some("review"))) {
                label for="compare-from" { (tr.t("review-from")) }
                select #compare-from name="from" {
                    @for r in history { (option(r, r.number == (head - 1).max(1))) }
                }
                label for="compare-to" { (tr.t("review-to")) }
                select #compare-to name="to" {
                    @for r in history { (option(r, r.number == head)) }
                }
                button type="submit" { (tr.t("review-compare")) }
            }
            table.list {
                caption.visually-hidden { (tr.t("history-revisions")) }
                thead { tr {
                    th scope="col" { (tr.t("history-revision")) }
                    th scope="col" { (tr.t("history-author")) }
                    th scope="col" { (tr.t("history-time")) }
                    th scope="col" { (tr.t("field-message")) }
                    th scope="col" { (tr.t("review-source-revision")) }
                    th scope="col" { (tr.t("history-changes")) }
                } }
                tbody {
                    @for r in history.iter().rev() {
                        tr {
                            th scope="row" { (r.number) }
                            td { (r.author) }
                            td { (time(tr, r.created_at)) }
                            td dir="auto" { (r.message) }
                            td.number { @if let Some(s) = r.source_revision { (s) } @else { "—" } }
                            td {
                                @if r.number > 1 {
                                    a href=(review_url(slug, language, r.number - 1, r.number)) {
                                        (tr.ta("history-changes-of", &[("number", r.number.into())]))
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

/// The audit trail's page: `here` is this page's address, `review` the review page's.
fn events(
    tr: &Tr,
    (here, review): (&str, &str),
    events: &[Event],
    next: Option<&str>,
    paged: bool,
) -> Markup {
    html! {
        section aria-labelledby="events" {
            h2 #events { (tr.t("history-events")) }
            @if events.is_empty() {
                p.empty { (tr.t("history-no-events")) }
            } @else {
                table.list.events {
                    caption.visually-hidden { (tr.t("history-events")) }
                    thead { tr {
                        th scope="col" { (tr.t("history-time")) }
                        th scope="col" { (tr.t("history-who")) }
                        th scope="col" { (tr.t("history-what")) }
                        th scope="col" { (tr.t("list-state")) }
                        th scope="col" { (tr.t("history-revision")) }
                        th scope="col" { (tr.t("history-detail")) }
                    } }
                    tbody {
                        @for e in events {
                            tr {
                                td { (time(tr, e.created_at)) }
                                td { (e.actor) }
                                td { (event_text(tr, &e.action)) }
                                td {
                                    @if e.from_state.is_some() && e.from_state == e.to_state {
                                        (state_name(tr, e.to_state.as_deref()))
                                    } @else if e.from_state.is_some() || e.to_state.is_some() {
                                        (tr.ta("history-state-change", &[
                                            ("from", state_name(tr, e.from_state.as_deref()).into()),
                                            ("to", state_name(tr, e.to_state.as_deref()).into()),
                                        ]))
                                    }
                                }
                                td.number { @if let Some(r) = e.revision { (r) } }
                                td { (detail(tr, review, e.detail.as_deref())) }
                            }
                        }
                    }
                }
            }
            p.pager {
                @if paged { a href={ (here) "#events" } { (tr.t("history-first-page")) } " " }
                @if let Some(cursor) = next {
                    a rel="next" href={ (here) "?events=" (cursor) "#events" } { (tr.t("list-next-page")) }
                }
            }
        }
    }
}

/// `GET /articles/{slug}/{lang}/history`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    Query(q): Query<HistoryQuery>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let app = &state.app;
    let t = app.translation(&slug, &language).await?.translation;
    let history = app.translation_revision_summaries(&slug, &language).await?;
    let after = q.events.as_deref().and_then(|c| c.parse().ok());
    let trail = app
        .translation_events(&slug, &language, EVENTS, after)
        .await?;
    let tr = &staff.tr;
    let here = translation_url(&t.slug, &t.language, Some("history"));
    let title = tr.ta("history-title", &[("language", t.language.as_str().into())]);
    let content = html! {
        h1 { (title) " " span.slug { (t.slug) } }
        (tabs::tabs(tr, &t, Tab::History))
        (tabs::status(tr, &t))
        (revisions(tr, &t.slug, &t.language, &history))
        (events(
            tr,
            (&here, &translation_url(&t.slug, &t.language, Some("review"))),
            &trail.items,
            trail.next_cursor.as_deref(),
            after.is_some(),
        ))
    };
    let notice = layout::done_notice(tr, q.done.as_deref());
    Ok(layout::page(
        &staff,
        Section::Articles,
        &title,
        notice.as_ref(),
        &here,
        content,
    )
    .into_response())
}
