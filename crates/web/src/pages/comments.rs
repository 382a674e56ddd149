//! Review comments from the pages: a new comment on a revision (on a paragraph, optionally on a
//! quoted span), a reply, and resolving or reopening a thread. Each goes back to the page it
//! came from, at the thread.

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::NewComment;
use bitext_http::{AppState, error::ApiError};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{refusal, with_done},
    pages::actions::document,
    session::Staff,
    tr::{back_to, refused},
    widgets::translation_url,
};

#[derive(Debug, Deserialize)]
pub struct CommentForm {
    revision: Option<i32>,
    /// Empty when the comment is on the whole revision.
    #[serde(default)]
    paragraph: String,
    #[serde(default)]
    quote: String,
    #[serde(default)]
    body: String,
    parent: Option<i64>,
    next: Option<String>,
}

/// `POST /articles/{slug}/{lang}/comments`.
pub async fn add(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<CommentForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), Some("review"))
    });
    let input = NewComment {
        revision: f.revision,
        paragraph: f.paragraph.trim().parse().ok(),
        quote: (!f.quote.trim().is_empty()).then(|| f.quote.clone()),
        body: f.body.clone(),
        parent_id: f.parent,
    };
    match state
        .app
        .add_comment(&staff.actor, &slug, &language, input)
        .await
    {
        Ok(c) => Ok(Redirect::to(&format!(
            "{}#comment-{}",
            with_done(&back, "commented"),
            c.id
        ))
        .into_response()),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            Ok(refusal(&staff, status, &message, &back, Some(&f.body)))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ResolveForm {
    /// `resolve` (the default) or `reopen`.
    #[serde(default)]
    to: String,
    next: Option<String>,
}

/// `POST /articles/{slug}/{lang}/comments/{id}/resolve`.
pub async fn resolve(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language, id)): Path<(String, String, i64)>,
    CsrfForm(f): CsrfForm<ResolveForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), Some("review"))
    });
    let resolved = f.to != "reopen";
    match state
        .app
        .set_comment_resolved(&staff.actor, &slug, &language, id, resolved)
        .await
    {
        Ok(_) => {
            let done = if resolved { "resolved" } else { "reopened" };
            Ok(Redirect::to(&format!("{}#comment-{id}", with_done(&back, done))).into_response())
        }
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            Ok(refusal(&staff, status, &message, &back, None))
        }
    }
}
