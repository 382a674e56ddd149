//! The dashboard at `/`: what waits for the person signed in. Editors see what is in review,
//! translators their drafts and what came back with changes requested, publishers what is
//! approved; everyone sees outdated translations. Anonymous visitors get the sign-in page.

use axum::{
    extract::{Query, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
};
use bitext_app::{ListedTranslation, TranslationFilter, listing::AssigneeFilter};
use bitext_domain::{Role, State as WorkflowState};
use bitext_http::{AppState, error::ApiError};
use maud::html;

use crate::{
    layout::{self, Section},
    pages::sign_in,
    session::{MaybeStaff, PageTr, Staff},
    widgets,
};

/// How many rows each list shows.
const ROWS: u64 = 25;
/// How many changes the recent activity shows.
const ACTIVITY: u64 = 15;

async fn list(
    state: &AppState,
    staff: &Staff,
    filter: TranslationFilter,
    mine: bool,
) -> Result<Vec<ListedTranslation>, ApiError> {
    let assignee = mine.then_some(AssigneeFilter::Me);
    Ok(state
        .app
        .list_translations(&staff.actor, filter, assignee, ROWS, None)
        .await?
        .items)
}

fn in_state(state: WorkflowState) -> TranslationFilter {
    TranslationFilter {
        state: Some(state),
        ..TranslationFilter::default()
    }
}

/// `GET /`.
pub async fn show(
    State(state): State<AppState>,
    MaybeStaff(staff): MaybeStaff,
    tr: PageTr,
    headers: HeaderMap,
    query: Query<sign_in::Next>,
) -> Result<Response, ApiError> {
    let Some(staff) = staff else {
        return Ok(sign_in::show(State(state), MaybeStaff(None), tr, headers, query).await);
    };
    let tr = &staff.tr;
    let roles = staff.user().roles;
    let mut sections = Vec::new();
    if roles.contains(Role::Translator) {
        let mut mine = Vec::new();
        for s in [WorkflowState::ChangesRequested, WorkflowState::Draft] {
            mine.extend(list(&state, &staff, in_state(s), true).await?);
        }
        sections.push(("dashboard-mine", "dashboard-mine-empty", mine));
    }
    let mut checks = None;
    if roles.contains(Role::Editor) {
        let waiting = list(&state, &staff, in_state(WorkflowState::InReview), false).await?;
        let ids: Vec<i64> = waiting.iter().map(|w| w.translation.id).collect();
        checks = Some(state.app.check_counts(&ids).await?);
        sections.push(("dashboard-in-review", "dashboard-in-review-empty", waiting));
    }
    if roles.contains(Role::Publisher) {
        let approved = list(&state, &staff, in_state(WorkflowState::Approved), false).await?;
        sections.push(("dashboard-approved", "dashboard-approved-empty", approved));
    }
    let outdated = list(
        &state,
        &staff,
        TranslationFilter {
            outdated: Some(true),
            ..TranslationFilter::default()
        },
        false,
    )
    .await?;
    sections.push(("dashboard-outdated", "dashboard-outdated-empty", outdated));
    let activity = state.app.recent_activity(ACTIVITY).await?;

    let content = html! {
        h1 { (tr.ta("dashboard-title", &[("name", staff.user().display_name.as_str().into())])) }
        @for (caption, empty, rows) in &sections {
            section.panel {
                @if rows.is_empty() {
                    h2 { (tr.t(caption)) }
                    p.empty { (tr.t(empty)) }
                } @else {
                    @let counted = (*caption == "dashboard-in-review").then_some(checks.as_ref()).flatten();
                    (widgets::translation_table_with_checks(tr, &tr.t(caption), rows, counted))
                }
            }
        }
        section.panel aria-labelledby="activity-heading" {
            h2 #activity-heading { (tr.t("dashboard-activity")) }
            @if activity.is_empty() {
                p.empty { (tr.t("dashboard-activity-empty")) }
            } @else {
                ol.activity {
                    @for a in &activity {
                        li {
                            (widgets::time(tr, a.event.created_at))
                            " · "
                            (tr.ta("dashboard-activity-line", &[
                                ("actor", a.actor_display_name.as_str().into()),
                                ("what", widgets::event_text(tr, &a.event.action).into()),
                            ]))
                            " · "
                            @match &a.language {
                                Some(lang) => a href=(widgets::translation_url(&a.slug, lang, Some("history"))) { (a.slug) " (" (lang) ")" },
                                None => a href=(widgets::article_url(&a.slug)) { (a.slug) },
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &staff,
        Section::Dashboard,
        &tr.t("shell-dashboard"),
        None,
        "/",
        content,
    )
    .into_response())
}
