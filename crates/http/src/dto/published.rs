//! The JSON shape of a published edition.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// A paragraph of the translation beside the source paragraph it renders.
#[derive(Debug, Serialize, ToSchema)]
pub struct PairView {
    pub index: usize,
    /// `null` where the source has fewer paragraphs, and always in the translation layout.
    pub source: Option<String>,
    pub translation: Option<String>,
}

/// One edition in the history.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionSummaryView {
    pub number: i32,
    pub published_at: DateTime<Utc>,
    pub correction_note: Option<String>,
}

/// A published edition, paragraphs paired.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedView {
    /// The layout asked for: `side-by-side`, `interleaved` (both pair the paragraphs) or
    /// `translation` (no source title, no source paragraphs).
    pub layout: String,
    pub slug: String,
    pub language: String,
    pub direction: String,
    pub source_language: String,
    pub source_direction: String,
    pub edition: i32,
    pub latest_edition: i32,
    pub published_at: DateTime<Utc>,
    pub publisher: String,
    pub title: String,
    /// `null` in the translation layout.
    pub source_title: Option<String>,
    pub source_revision: i32,
    pub translation_revision: i32,
    /// The credit line in the reader's language (or the override).
    pub credits: String,
    pub translators: Vec<String>,
    pub editors: Vec<String>,
    pub credit_override: Option<String>,
    pub correction_note: Option<String>,
    pub editions: Vec<EditionSummaryView>,
    pub paragraphs: Vec<PairView>,
}
