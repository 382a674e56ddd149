//! One module per resource; each owns its routes.

pub mod accept;
pub mod admin;
pub mod articles;
pub mod assignments;
pub mod checks;
pub mod crawlers;
pub mod diff;
pub mod editions;
pub mod feed;
pub mod front;
pub mod glossary;
pub mod health;
pub mod listing;
pub mod memory;
pub mod people;
pub mod published;
mod reading;
pub mod search;
pub mod translations;
pub mod workflow;

use bitext_app::articles::Content;
use bitext_domain::{Body, LanguageTag, Message, Slug, State, Title};

use crate::error::ApiError;

/// Parses a revision's title, body and message.
///
/// # Errors
/// 422 for an empty or long title, a long body or a long message.
pub(crate) fn content(title: &str, body: &str, message: Option<&str>) -> Result<Content, ApiError> {
    Ok(Content {
        title: Title::parse(title)?,
        body: Body::parse(body)?,
        message: Message::parse(message.unwrap_or_default())?,
    })
}

/// A slug from a path.
///
/// # Errors
/// 422 for a malformed slug.
pub(crate) fn slug(slug: &str) -> Result<Slug, ApiError> {
    Ok(Slug::parse(slug)?)
}

/// A language tag from a path or body, canonicalized.
///
/// # Errors
/// 422 for a malformed tag.
pub(crate) fn language(tag: &str) -> Result<LanguageTag, ApiError> {
    Ok(LanguageTag::parse(tag)?)
}

/// A workflow state from a query.
///
/// # Errors
/// 400 for a name that is no state.
pub(crate) fn state(name: &str) -> Result<State, ApiError> {
    name.parse::<State>()
        .map_err(|_| ApiError::invalid_query("state", name))
}

/// Common `ETag` header.
pub(crate) fn etag_header(head: i32) -> [(axum::http::HeaderName, String); 1] {
    [(axum::http::header::ETAG, crate::extract::etag(head))]
}
