//! The translation workspace at `/articles/{slug}/{lang}`: the source's paragraphs beside the
//! translation's, one text area each, with the translation memory's suggestions under each
//! source paragraph and the review comments in the margin. The text is saved
//! as one revision on top of the head it was read from (a stale save answers with the merge
//! page); unsaved text is kept by the browser until it is sent. Submitting and claiming are on
//! the page too.

pub mod margin;
pub mod memory;
pub mod save;
pub mod source;

use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use bitext_app::{articles::Comparison, translations::TranslationDetail};
use bitext_domain::{Comment, LanguageTag, Role, Slug, State as WorkflowState};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    layout::{self, Notice, Section, csrf_field, lang_attrs},
    pages::{actions::document, checks, edit_form::EditForm},
    session::Staff,
    widgets::{article_url, state_badge, time, translation_url},
};
use margin::{Place, Threads};

/// Comments read per request, and requests at most: a thread-heavy translation still shows.
const COMMENT_PAGE: u64 = 200;
const COMMENT_PAGES: usize = 10;

#[derive(Debug, Default, Deserialize)]
pub struct WorkspaceQuery {
    done: Option<String>,
    /// The paragraph (from 1) to comment on: the new comment form opens with it chosen.
    comment: Option<usize>,
}

/// `GET /articles/{slug}/{lang}`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    Query(q): Query<WorkspaceQuery>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let notice = layout::done_notice(&staff.tr, q.done.as_deref());
    let view = View {
        notice: notice.as_ref(),
        typed: None,
        comment_on: q.comment.and_then(|n| n.checked_sub(1)),
    };
    render(&state, &staff, &slug, &language, view).await
}

async fn all_comments(
    state: &AppState,
    slug: &Slug,
    language: &LanguageTag,
) -> Result<Vec<Comment>, ApiError> {
    let mut all = Vec::new();
    let mut after = None;
    for _ in 0..COMMENT_PAGES {
        let page = state
            .app
            .comments(slug, language, None, COMMENT_PAGE, after)
            .await?;
        all.extend(page.items);
        match page.next_cursor.and_then(|c| c.parse().ok()) {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    Ok(all)
}

/// Rows a text area needs to show `text` without scrolling, roughly.
fn rows_for(texts: &[&str]) -> usize {
    let longest = texts
        .iter()
        .map(|t| t.chars().count() / 45 + t.lines().count())
        .max()
        .unwrap_or(0);
    (longest + 1).clamp(3, 24)
}

/// What the workspace shows besides the translation.
#[derive(Debug, Default)]
pub struct View<'a> {
    /// A notice above the page.
    pub notice: Option<&'a Notice>,
    /// What the person typed, shown instead of the head.
    pub typed: Option<&'a EditForm>,
    /// The paragraph (0-based) the new comment form opens on.
    pub comment_on: Option<usize>,
}

/// The workspace, filled with the head or with what the person typed; answered 200.
pub async fn render(
    state: &AppState,
    staff: &Staff,
    slug: &Slug,
    language: &LanguageTag,
    view: View<'_>,
) -> Result<Response, ApiError> {
    let tr = &staff.tr;
    let typed = view.typed;
    let detail = state.app.translation(slug, language).await?;
    let source = state.app.source_comparison(slug, language).await?;
    let threads = Threads::of(all_comments(state, slug, language).await?);
    let found = state.app.checks(slug, language, None).await?;
    let remembered = state
        .app
        .all_suggestions(&staff.actor, slug, language)
        .await?;
    let t = &detail.translation;
    let head = &detail.head;
    let here = translation_url(&t.slug, &t.language, None);
    let place = Place {
        base_url: &here,
        language: &t.language,
        head: t.head,
    };
    let column = if t.outdated() {
        source::changes(
            tr,
            (&source.old.title, &source.old.body),
            (&source.new.title, &source.new.body),
        )
    } else {
        source::plain(&source.new.title, &source.new.body)
    };
    let base = typed.and_then(|f| f.base).unwrap_or(t.head);
    let seen = typed.and_then(|f| f.source).unwrap_or(source.new.number);
    let title = typed.map_or(head.title.clone(), |f| f.title.clone());
    let message = typed.map_or(String::new(), |f| f.message.clone());
    let paragraphs: Vec<String> = match typed {
        Some(f) => f.paragraphs(),
        None => bitext_domain::text::paragraphs(&head.body)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    };
    let head_paragraphs = bitext_domain::text::paragraphs(&head.body).len();
    let count = column.rows.len().max(paragraphs.len()).max(1);
    let (src_lang, src_dir) = lang_attrs(&source.language);
    let (lang, dir) = lang_attrs(&t.language);
    let source_paragraphs = bitext_domain::text::paragraphs(&source.new.body);
    let shown = checks::Shown {
        tr,
        checks: &found,
        slug: &t.slug,
        language: &t.language,
        back: &here,
        dismiss_with: checks::Shown::may_dismiss(staff).then_some(staff.csrf.as_str()),
        anchor: |i| format!("#para-{}", i + 1),
    };
    let content = html! {
        h1 {
            span lang=(lang) dir=(dir) { (head.title) }
            " " span.h1-sub { (tr.ta("workspace-heading", &[("language", t.language.as_str().into())])) }
        }
        (facts(staff, &detail, &source, &here))
        section.panel.general-comments aria-labelledby="general-comments" {
            h2 #general-comments { (tr.t("workspace-comments-general")) }
            @for th in &threads.general { (margin::thread(staff, &place, th)) }
            (margin::new_comment(staff, &place, head_paragraphs, view.comment_on))
        }
        @if t.outdated() {
            div.notice.warn role="note" {
                h2 { (tr.ta("workspace-source-changed", &[
                    ("from", t.source_revision.into()),
                    ("to", source.new.number.into()),
                ])) }
                p { (tr.t("workspace-source-changed-hint")) }
            }
        }
        (checks::summary(&shown))
        form #ws-save method="post" action={ (here) "/save" }
            data-autosave={ (t.slug) "/" (t.language) "/" (base) } {
            (csrf_field(&staff.csrf))
            input type="hidden" name="base" value=(base);
            input type="hidden" name="source" value=(seen);
            p.notice.restored data-restored hidden { (tr.t("workspace-restored")) }
        }
        div.ws-grid {
            div.ws-row.ws-columns {
                h2 { (tr.ta("workspace-source", &[("language", source.language.as_str().into()), ("revision", source.new.number.into())])) }
                h2 { (tr.ta("workspace-translation", &[("language", t.language.as_str().into()), ("revision", base.into())])) }
                h2 { (tr.t("workspace-comments")) }
            }
            div.ws-row {
                div.ws-source { p.ws-title lang=(src_lang) dir=(src_dir) { (column.title) } }
                div.ws-target {
                    label for="ws-title" { (tr.t("field-title")) }
                    input #ws-title type="text" name="title" form="ws-save" value=(title) required lang=(lang) dir=(dir);
                }
                div.ws-margin {}
            }
            @for i in 0..count {
                @let text = paragraphs.get(i).map_or("", String::as_str);
                @let src = source_paragraphs.get(i).copied().unwrap_or("");
                div.ws-row id={ "para-" (i + 1) } {
                    div.ws-source lang=(src_lang) dir=(src_dir) {
                        @if let Some(row) = column.rows.get(i) { (row) }
                        (memory::beside(tr, remembered.get(i), i))
                    }
                    div.ws-target {
                        label for={ "p-" (i + 1) } { (tr.ta("workspace-paragraph", &[("number", (i + 1).into())])) }
                        textarea id={ "p-" (i + 1) } name="p" form="ws-save" rows=(rows_for(&[text, src])) lang=(lang) dir=(dir) { (text) }
                    }
                    div.ws-margin {
                        (checks::beside(&shown, i))
                        @if let Some(list) = threads.by_paragraph.get(&i) {
                            @for th in list { (margin::thread(staff, &place, th)) }
                        }
                        (margin::comment_link(staff, i))
                    }
                }
            }
        }
        div.ws-save {
            p {
                label for="ws-message" { (tr.t("field-message")) }
                input #ws-message type="text" name="message" form="ws-save" value=(message);
            }
            p { button.primary type="submit" form="ws-save" { (tr.t("workspace-save")) } }
        }
    };
    Ok(layout::page(
        staff,
        Section::Articles,
        &head.title,
        view.notice,
        &here,
        content,
    )
    .into_response())
}

/// The translation's state, holder and revisions, and what can be done with it from here.
fn facts(staff: &Staff, detail: &TranslationDetail, source: &Comparison, here: &str) -> Markup {
    let tr = &staff.tr;
    let t = &detail.translation;
    let roles = staff.user().roles;
    let editable = matches!(
        t.state,
        WorkflowState::Draft | WorkflowState::ChangesRequested
    );
    html! {
        dl.facts {
            div { dt { (tr.t("list-state")) } dd { (state_badge(tr, t.state)) } }
            div { dt { (tr.t("list-assignee")) }
                dd { @if let Some(p) = &t.assignee { (p.display_name) } @else { (tr.t("workspace-no-assignee")) } } }
            div { dt { (tr.t("workspace-head")) }
                dd { (tr.ta("article-revision-by", &[("revision", t.head.into()), ("author", detail.head.author.as_str().into())]))
                     " · " (time(tr, detail.head.created_at)) } }
            div { dt { (tr.t("workspace-source-revision")) }
                dd {
                    (tr.ta("workspace-renders", &[("revision", t.source_revision.into()), ("head", source.new.number.into())]))
                    @if t.outdated() { " " span.badge.outdated { (tr.t("list-outdated")) } }
                } }
        }
        div.ws-actions {
            @if editable {
                form method="post" action={ (here) "/actions" } {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="submit";
                    input type="hidden" name="revision" value=(t.head);
                    input type="hidden" name="next" value=(here);
                    button.primary type="submit" { (tr.t("workspace-submit")) }
                }
            }
            @if t.assignee.is_none() && roles.contains(Role::Translator) {
                form method="post" action={ (here) "/claim" } {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="next" value=(here);
                    button type="submit" { (tr.t("workspace-claim")) }
                }
            }
            p.links {
                a href=(article_url(&t.slug)) { (tr.t("workspace-article")) } " · "
                a href=(translation_url(&t.slug, &t.language, Some("review"))) { (tr.t("article-link-review")) } " · "
                a href=(translation_url(&t.slug, &t.language, Some("publish"))) { (tr.t("article-link-publish")) }
            }
        }
        @match t.state.after_new_revision() {
            None => p.hint { (tr.t("workspace-save-closed")) },
            Some(next) if next != t.state => p.hint { (tr.ta("workspace-save-moves", &[("state", tr.state(next).into())])) },
            Some(_) => {},
        }
    }
}
