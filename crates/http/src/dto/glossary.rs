//! The JSON shapes of a language pair's glossary terms: requests (unknown fields rejected) and
//! responses.

use bitext_app::glossary::{GlossaryEntry, Imported};
use bitext_domain::checks::Term;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `POST …/terms` and `PUT …/terms/{id}`: a term and its renderings. Every field is trimmed;
/// empty renderings are dropped, repeated ones kept once.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TermInput {
    /// The term as the source language writes it; 1 to 200 characters, unique in the pair.
    #[schema(example = "海关")]
    pub term: String,
    /// The rendering agreed on; 1 to 200 characters.
    #[schema(example = "customs")]
    pub translation: String,
    /// Other renderings that are also right.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Renderings that must not be used.
    #[serde(default)]
    pub forbidden: Vec<String>,
    /// Why, or how to use it; up to 2,000 characters.
    #[serde(default)]
    pub note: String,
}

impl From<TermInput> for Term {
    fn from(t: TermInput) -> Self {
        Self {
            term: t.term,
            translation: t.translation,
            variants: t.variants,
            forbidden: t.forbidden,
            note: t.note,
        }
    }
}

/// One glossary term. Its `version` is its entity tag: `ETag: "<version>"`.
#[derive(Debug, Serialize, ToSchema)]
pub struct TermView {
    pub id: i64,
    pub source_language: String,
    pub target_language: String,
    pub term: String,
    pub translation: String,
    pub variants: Vec<String>,
    pub forbidden: Vec<String>,
    pub note: String,
    /// 1 when added; every change adds one.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

impl From<GlossaryEntry> for TermView {
    fn from(e: GlossaryEntry) -> Self {
        Self {
            id: e.id,
            source_language: e.source_language,
            target_language: e.target_language,
            term: e.term.term,
            translation: e.term.translation,
            variants: e.term.variants,
            forbidden: e.term.forbidden,
            note: e.term.note,
            version: e.version,
            created_at: e.created_at,
            created_by: e.created_by,
            updated_at: e.updated_at,
            updated_by: e.updated_by,
        }
    }
}

/// A page of glossary terms.
#[derive(Debug, Serialize, ToSchema)]
pub struct TermList {
    pub items: Vec<TermView>,
    pub next_cursor: Option<String>,
}

/// What an import did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportReport {
    /// Terms new to the glossary.
    pub created: u64,
    /// Terms it had, replaced by the file's entries.
    pub updated: u64,
}

impl From<Imported> for ImportReport {
    fn from(i: Imported) -> Self {
        Self {
            created: i.created,
            updated: i.updated,
        }
    }
}
