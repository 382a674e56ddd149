//! The review page at `/articles/{slug}/{lang}/review`: by default what changed since the
//! editor signed in last reviewed this translation, each paragraph beside the source paragraph
//! it renders, comments in the margin; any two revisions compared with `?from=&to=`; and the
//! decision, approve or request changes, pinned to the revision shown.

mod decision;
mod rows;
mod threads;

use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use bitext_app::{articles::Comparison, translations::Since};
use bitext_domain::{
    Event, LanguageTag, Revision, RevisionSummary, Slug, diff::diff, text::paragraphs,
};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    format::date_time,
    layout::{self, Section, lang_attrs},
    pages::{
        actions::document,
        checks,
        tabs::{self, Tab},
    },
    session::Staff,
    tr::Tr,
    widgets::{time, translation_url},
};

use self::{
    rows::Sides,
    threads::{Context, Threads},
};

/// `?from=&to=` (revision numbers; by default from the editor's last review to the head) and
/// the notice after an action.
#[derive(Debug, Default, Deserialize)]
pub struct ReviewQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    /// The paragraph the comment form starts on.
    #[serde(default)]
    comment: String,
    done: Option<String>,
}

fn number(text: &str) -> Option<i32> {
    text.trim().parse().ok()
}

/// The review page's address comparing `from` to `to`.
pub fn review_url(slug: &str, language: &str, from: i32, to: i32) -> String {
    format!(
        "{}?from={from}&to={to}",
        translation_url(slug, language, Some("review"))
    )
}

/// Everything the page shows, read in one snapshot by the review use case.
struct Review {
    translation: bitext_domain::Translation,
    comparison: Comparison,
    source: Revision,
    source_language: String,
    history: Vec<RevisionSummary>,
    threads: Threads,
    submission: Option<Event>,
    /// The paragraph the comment form starts on.
    comment_on: Option<usize>,
    /// What the quality checks found on the newer revision.
    checks: bitext_app::checks::RevisionChecks,
}

async fn load(
    state: &AppState,
    staff: &Staff,
    slug: &Slug,
    language: &LanguageTag,
    q: &ReviewQuery,
) -> Result<Review, ApiError> {
    let since = number(&q.from).map_or(Since::LastReviewed, Since::Revision);
    let r = state
        .app
        .review(&staff.actor, slug, language, Some(since), number(&q.to))
        .await?;
    Ok(Review {
        translation: r.translation,
        comparison: r.comparison,
        source: r.source,
        source_language: r.source_language,
        history: r.history,
        threads: Threads::new(r.comments),
        submission: r.submission,
        comment_on: q.comment.trim().parse().ok(),
        checks: r.checks,
    })
}

/// The two selects that choose the revisions compared.
fn picker(tr: &Tr, r: &Review) -> Markup {
    let t = &r.translation;
    let option = |rev: &RevisionSummary, selected: bool| {
        let label = tr.ta(
            "review-revision-option",
            &[
                ("number", rev.number.into()),
                ("author", rev.author.as_str().into()),
                ("date", date_time(tr, rev.created_at).into()),
            ],
        );
        html! { option value=(rev.number) selected[selected] { (label) } }
    };
    html! {
        form.review-picker method="get" action=(translation_url(&t.slug, &t.language, Some("review"))) {
            label for="compare-from" { (tr.t("review-from")) }
            select #compare-from name="from" {
                @for rev in &r.history { (option(rev, rev.number == r.comparison.old.number)) }
            }
            label for="compare-to" { (tr.t("review-to")) }
            select #compare-to name="to" {
                @for rev in &r.history { (option(rev, rev.number == r.comparison.new.number)) }
            }
            button type="submit" { (tr.t("review-compare")) }
        }
    }
}

/// Who submitted the translation, at which revision and when.
fn submitted(tr: &Tr, submission: Option<&Event>) -> Markup {
    match submission {
        Some(e) => html! {
            (tr.ta("review-submitted-by", &[
                ("name", e.actor.as_str().into()),
                ("revision", e.revision.unwrap_or_default().into()),
            ]))
            " " (time(tr, e.created_at))
        },
        None => html! { (tr.t("review-never-submitted")) },
    }
}

fn render(staff: &Staff, r: &Review, here: &str) -> Markup {
    let tr = &staff.tr;
    let t = &r.translation;
    let (old, new) = (&r.comparison.old, &r.comparison.new);
    let body = diff(&old.body, &new.body);
    let source_paragraphs = paragraphs(&r.source.body);
    let sides = Sides {
        tr,
        source: &source_paragraphs,
        source_language: &r.source_language,
        language: &t.language,
    };
    let ctx = Context {
        tr,
        csrf: &staff.csrf,
        slug: &t.slug,
        language: &t.language,
        revision: new.number,
        back: here,
        paragraphs: bitext_domain::text::paragraphs(&new.body).len(),
        chosen: r.comment_on,
    };
    let shown = checks::Shown {
        tr,
        checks: &r.checks,
        slug: &t.slug,
        language: &t.language,
        back: here,
        dismiss_with: checks::Shown::may_dismiss(staff).then_some(staff.csrf.as_str()),
        anchor: |i| format!("#p-{i}"),
    };
    let margin = |i: usize| {
        html! {
            (checks::beside(&shown, i))
            (threads::margin(&ctx, &r.threads, i))
        }
    };
    let title = diff(&old.title, &new.title);
    let title_changed = rows::has_changes(&title);
    let (src_lang, src_dir) = lang_attrs(&r.source_language);
    let (lang, dir) = lang_attrs(&t.language);
    html! {
        h1 { (tr.ta("review-title", &[("language", t.language.as_str().into())])) " " span.slug { (t.slug) } }
        (tabs::tabs(tr, t, Tab::Review))
        (tabs::status(tr, t))
        p.submitted { (submitted(tr, r.submission.as_ref())) }
        p.comparing {
            @if old.number == new.number {
                (tr.ta("review-whole", &[("revision", new.number.into())]))
            } @else {
                (tr.ta("review-comparing", &[("from", old.number.into()), ("to", new.number.into())]))
            }
            (tr.sentence_gap())
            (tr.ta("review-renders", &[("revision", r.source.number.into())]))
        }
        @if new.number != t.head {
            p.notice.error {
                (tr.ta("review-not-head", &[("revision", new.number.into()), ("head", t.head.into())]))
                (tr.sentence_gap())
                a href=(review_url(&t.slug, &t.language, new.number, t.head)) { (tr.t("review-see-head")) }
            }
        }
        (picker(tr, r))
        (checks::summary(&shown))
        h2 { (tr.t("review-changes")) }
        p.legend {
            ins { (tr.t("review-legend-inserted")) } " " del { (tr.t("review-legend-deleted")) }
            span.keys-hint hidden data-needs-script { " " (tr.t("review-keys")) }
        }
        @if old.number != new.number && !rows::has_changes(&body) && !title_changed {
            p.empty { (tr.t("review-no-changes")) }
        }
        div.review-grid {
            div.review-head aria-hidden="true" {
                span { (tr.ta("review-source-column", &[("revision", r.source.number.into())])) }
                span { (tr.ta("review-translation-column", &[("revision", new.number.into())])) }
                span { (tr.t("review-comments-column")) }
            }
            div.review-row.title id="title" data-change[title_changed]
                tabindex=[title_changed.then_some("-1")] {
                h3.review-label { (tr.t("field-title")) }
                div.review-source {
                    span.visually-hidden { (tr.t("review-original")) }
                    p lang=(src_lang) dir=(src_dir) { (r.source.title) }
                }
                div.review-translation {
                    span.visually-hidden { (tr.t("review-translation")) }
                    p lang=(lang) dir=(dir) { (rows::inline(tr, &title)) }
                }
                div.review-notes {}
            }
            (rows::rows(&sides, &body, &margin))
        }
        h2 #general { (tr.t("review-general")) }
        @for th in &r.threads.general { (threads::thread(&ctx, th)) }
        @if !r.threads.detached.is_empty() {
            h3 { (tr.t("review-detached")) }
            @for th in &r.threads.detached { (threads::thread(&ctx, th)) }
        }
        (threads::new_thread(&ctx))
        (decision::panel(staff, r, here))
    }
}

/// `GET /articles/{slug}/{lang}/review`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    Query(q): Query<ReviewQuery>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let r = load(&state, &staff, &slug, &language, &q).await?;
    let t = &r.translation;
    let here = review_url(
        &t.slug,
        &t.language,
        r.comparison.old.number,
        r.comparison.new.number,
    );
    let notice = layout::done_notice(&staff.tr, q.done.as_deref());
    let title = staff
        .tr
        .ta("review-title", &[("language", t.language.as_str().into())]);
    Ok(layout::page(
        &staff,
        Section::Articles,
        &title,
        notice.as_ref(),
        &here,
        render(&staff, &r, &here),
    )
    .into_response())
}
