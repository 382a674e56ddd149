//! Workflow actions from any page: submit, approve, request changes, publish, withdraw, reopen,
//! and claiming a translation. Each posts here and, done, goes back to the page it came from
//! with a notice; refused, it shows why (with any comment typed kept on the page).

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::ActionInput;
use bitext_domain::{Action, LanguageTag, Slug};
use bitext_http::{AppState, error::ApiError};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{refusal, with_done},
    session::Staff,
    tr::{back_to, refused},
    widgets::translation_url,
};

/// The fields of an action form; which ones matter depends on the action.
#[derive(Debug, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    action: String,
    revision: Option<i32>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    correction_note: String,
    /// A checkbox: present when ticked.
    acknowledge_outdated: Option<String>,
    acknowledge_open_threads: Option<String>,
    next: Option<String>,
}

fn some_text(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.trim().to_owned())
}

/// Parses the path's slug and language, or answers 404 as the API would.
pub fn document(slug: &str, language: &str) -> Result<(Slug, LanguageTag), ApiError> {
    let slug = Slug::parse(slug).map_err(ApiError::from)?;
    let language = LanguageTag::parse(language).map_err(ApiError::from)?;
    Ok((slug, language))
}

/// `POST /articles/{slug}/{lang}/actions`.
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ActionForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), None)
    });
    let Ok(action) = f.action.parse::<Action>() else {
        return Err(ApiError::bad_request());
    };
    let input = ActionInput {
        action,
        revision: f.revision,
        comment: some_text(&f.comment),
        correction_note: some_text(&f.correction_note),
        acknowledge_outdated: f.acknowledge_outdated.is_some(),
        acknowledge_open_threads: f.acknowledge_open_threads.is_some(),
    };
    match state.app.act(&staff.actor, &slug, &language, &input).await {
        Ok(_) => Ok(
            Redirect::to(&with_done(&back, &format!("action-{}", action.as_str()))).into_response(),
        ),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            let kept = [f.comment.as_str(), f.correction_note.as_str()].join("\n\n");
            Ok(refusal(&staff, status, &message, &back, Some(kept.trim())))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ClaimForm {
    next: Option<String>,
}

/// `POST /articles/{slug}/{lang}/claim`: a translator takes a translation no one holds.
pub async fn claim(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<ClaimForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), None)
    });
    match state.app.claim(&staff.actor, &slug, &language).await {
        Ok(_) => Ok(Redirect::to(&with_done(&back, "claimed")).into_response()),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            Ok(refusal(&staff, status, &message, &back, None))
        }
    }
}
