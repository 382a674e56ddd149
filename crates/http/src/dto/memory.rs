//! The JSON shapes of the translation memory: lookups and their suggestions, concordance
//! results, and what an import did.

use bitext_app::memory::MemoryUnit;
use bitext_app::memory::{ParagraphSuggestions, Suggestion};
use bitext_domain::diff::Diff;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `POST /api/v1/tm/lookup`: a text to find remembered translations of.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LookupBody {
    /// The language of `text`, a BCP 47 tag.
    #[schema(example = "zh-CN")]
    pub source_language: String,
    /// The language of the translations wanted.
    #[schema(example = "en-US")]
    pub target_language: String,
    /// 1 to 5,000 characters.
    #[schema(example = "美国海关与边境保护局周二宣布新规定。")]
    pub text: String,
}

/// Where a remembered unit came from.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitOrigin {
    /// `approval` (an approved translation revision) or `import` (a TMX file).
    pub kind: &'static str,
    /// The article, for units of an approval.
    pub slug: Option<String>,
    /// The translation revision approved.
    pub revision: Option<i32>,
    /// The source revision it rendered.
    pub source_revision: Option<i32>,
    /// The source paragraph it comes from (from 0); absent for a title.
    pub paragraph: Option<i32>,
    /// Who translated it.
    pub translator: Option<String>,
    /// When it was approved (or the date an imported unit carries).
    pub created_at: DateTime<Utc>,
    /// Whether the revision it comes from was published.
    pub published: bool,
    /// Whether its translation has since been withdrawn.
    pub withdrawn: bool,
    /// The note an imported unit carries.
    pub note: Option<String>,
}

/// A remembered unit: a source text and its translation.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitView {
    pub id: i64,
    /// `paragraph` or `sentence`.
    pub kind: &'static str,
    pub source_language: String,
    pub target_language: String,
    pub source: String,
    pub target: String,
    pub origin: UnitOrigin,
}

impl From<MemoryUnit> for UnitView {
    fn from(u: MemoryUnit) -> Self {
        Self {
            id: u.id,
            kind: u.kind.as_str(),
            source_language: u.source_language,
            target_language: u.target_language,
            source: u.source,
            target: u.target,
            origin: UnitOrigin {
                kind: if u.approved { "approval" } else { "import" },
                slug: u.slug,
                revision: u.revision,
                source_revision: u.source_revision,
                paragraph: u.paragraph,
                translator: u.translator,
                created_at: u.created_at,
                published: u.published,
                withdrawn: u.withdrawn,
                note: u.note,
            },
        }
    }
}

/// A remembered unit offered for a text.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionView {
    /// 0 to 100: the edit distance between the remembered source and the text, over characters
    /// for Chinese and other scripts without spaces, over words otherwise; 100 when identical.
    pub score: u8,
    /// What was approved for this paragraph of the same article, whose source has not
    /// changed since.
    pub carry_over: bool,
    pub unit: UnitView,
    /// From the remembered source to the text looked up, by the same engine as revision diffs.
    pub diff: Diff,
}

impl From<Suggestion> for SuggestionView {
    fn from(s: Suggestion) -> Self {
        Self {
            score: s.score,
            carry_over: s.carry_over,
            unit: s.unit.into(),
            diff: s.diff,
        }
    }
}

/// Up to five suggestions, best first.
#[derive(Debug, Serialize, ToSchema)]
pub struct LookupView {
    pub suggestions: Vec<SuggestionView>,
}

/// The suggestions for one source paragraph of a translation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParagraphSuggestionsView {
    /// Counted from 0.
    pub paragraph: usize,
    /// The source revision the paragraph was read from (the article's head).
    pub source_revision: i32,
    pub source_language: String,
    pub target_language: String,
    /// The source paragraph's text.
    pub source: String,
    pub suggestions: Vec<SuggestionView>,
}

impl From<ParagraphSuggestions> for ParagraphSuggestionsView {
    fn from(p: ParagraphSuggestions) -> Self {
        Self {
            paragraph: p.paragraph,
            source_revision: p.source_revision,
            source_language: p.source_language,
            target_language: p.target_language,
            source: p.source,
            suggestions: p.suggestions.into_iter().map(Into::into).collect(),
        }
    }
}

/// Units holding a term, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConcordanceView {
    pub units: Vec<UnitView>,
}

/// A unit of a TMX file left out of an import.
#[derive(Debug, Serialize, ToSchema)]
pub struct SkippedView {
    /// The line of its `<tu>`.
    pub line: u64,
    /// A stable code: `tmx-missing-target`, `tmx-bad-language`, …
    pub code: &'static str,
    /// Why, in the caller's language.
    pub message: String,
}

/// What a TMX import did. The units not skipped were imported, all in one transaction.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemoryImportView {
    /// Units read (one per target language of a `<tu>`), skipped ones included.
    pub read: u64,
    /// Units new to the memory.
    pub recorded: u64,
    /// Units the memory already held, not recorded twice.
    pub already: u64,
    pub skipped: Vec<SkippedView>,
}
