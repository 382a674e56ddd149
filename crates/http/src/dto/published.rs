//! The JSON shape of a published edition.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// A paragraph of the translation beside the source paragraph it renders.
///
/// A paragraph that begins with `## ` is a subhead: its kind is `heading` and
/// its text is what follows the `## `, on one line. It keeps its place in the
/// pairing, so a subhead of the translation stands beside the subhead it
/// renders.
#[derive(Debug, Serialize, ToSchema)]
pub struct PairView {
    /// Zero-based paragraph number, as in diffs and comment anchors.
    pub index: usize,
    /// `null` where the source has fewer paragraphs, and always in the translation layout.
    pub source: Option<String>,
    /// What the source paragraph is; `null` when `source` is.
    pub source_kind: Option<ParagraphKind>,
    /// `null` where the translation has fewer paragraphs.
    pub translation: Option<String>,
    /// What the translation paragraph is; `null` when `translation` is.
    pub translation_kind: Option<ParagraphKind>,
}

/// What a published paragraph is: running text, or a subhead (a paragraph that
/// begins with `## `).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Paragraph,
    Heading,
}

impl From<&bitext_publish::Block<'_>> for ParagraphKind {
    fn from(block: &bitext_publish::Block<'_>) -> Self {
        if block.is_heading() {
            Self::Heading
        } else {
            Self::Paragraph
        }
    }
}

/// One edition in the history.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionSummaryView {
    pub number: i32,
    pub published_at: DateTime<Utc>,
    pub correction_note: Option<String>,
    /// The edition only refreshed the original's text (minor source revisions) under the same
    /// translation revision: readers see no correction notice, feeds do not announce it.
    pub minor: bool,
}

/// An edition just published: what it pins and whether it is minor.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionView {
    pub number: i32,
    pub published_at: DateTime<Utc>,
    pub publisher: String,
    pub source_revision: i32,
    pub translation_revision: i32,
    pub correction_note: Option<String>,
    /// Only the original's text was refreshed: no correction notice, not in the feeds.
    pub minor: bool,
}

impl From<bitext_domain::Edition> for EditionView {
    fn from(e: bitext_domain::Edition) -> Self {
        Self {
            number: e.number,
            published_at: e.created_at,
            publisher: e.publisher,
            source_revision: e.source_revision,
            translation_revision: e.translation_revision,
            correction_note: e.correction_note,
            minor: e.minor,
        }
    }
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
    /// This edition only refreshed the original's text: it carries no correction notice.
    pub minor: bool,
    pub editions: Vec<EditionSummaryView>,
    pub paragraphs: Vec<PairView>,
}
