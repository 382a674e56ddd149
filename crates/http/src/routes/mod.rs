//! One module per resource; each owns its routes.

pub mod accept;
pub mod admin;
pub mod articles;
pub mod diff;
pub mod health;
pub mod published;
pub mod translations;
pub mod workflow;

use bitext_domain::{Body, LanguageTag, Title};
use bitext_store::NewRevision;

use crate::error::ApiError;

/// Validates a revision's title and body.
///
/// # Errors
/// 422 for an empty or long title, or a long body.
pub(crate) fn new_revision(
    title: &str,
    body: &str,
    message: Option<String>,
) -> Result<NewRevision, ApiError> {
    let title = Title::parse(title)?;
    let body = Body::parse(body)?;
    let message = message.unwrap_or_default();
    if message.chars().count() > 2000 {
        return Err(
            ApiError::new(axum::http::StatusCode::UNPROCESSABLE_ENTITY, "validation")
                .arg("field", "message")
                .arg("reason", "longer than 2000 characters"),
        );
    }
    Ok(NewRevision {
        title: title.into_string(),
        body: body.into_string(),
        message,
        minor: false,
        source_revision: None,
    })
}

/// A language tag from a path or body, canonicalized.
///
/// # Errors
/// 422 for a malformed tag.
pub(crate) fn language(tag: &str) -> Result<LanguageTag, ApiError> {
    Ok(LanguageTag::parse(tag)?)
}

/// Common `ETag` header.
pub(crate) fn etag_header(head: i32) -> [(axum::http::HeaderName, String); 1] {
    [(axum::http::header::ETAG, crate::extract::etag(head))]
}
