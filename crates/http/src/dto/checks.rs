//! The JSON shapes of the quality checks: the findings on a revision, their dismissals and the
//! counts the review queue shows.

use bitext_app::checks::RevisionChecks;
use bitext_domain::{CheckCounts, Dismissal, checks::Span};
use bitext_i18n::{Locale, finding_message};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a finding is in one paragraph, in characters (Unicode scalar values) from its start.
#[derive(Debug, Serialize, ToSchema)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
    /// The text the span covers.
    pub text: String,
}

impl SpanView {
    fn of(span: Span, paragraph: &str) -> Self {
        Self {
            start: span.start,
            end: span.end,
            text: paragraph
                .chars()
                .skip(span.start)
                .take(span.end.saturating_sub(span.start))
                .collect(),
        }
    }
}

/// Errors and warnings nobody dismissed, and dismissed findings.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckCountsView {
    pub errors: u64,
    pub warnings: u64,
    pub dismissed: u64,
}

impl From<CheckCounts> for CheckCountsView {
    fn from(c: CheckCounts) -> Self {
        Self {
            errors: c.errors,
            warnings: c.warnings,
            dismissed: c.dismissed,
        }
    }
}

/// An editor's dismissal of a finding.
#[derive(Debug, Serialize, ToSchema)]
pub struct DismissalView {
    /// The finding's id.
    pub finding: String,
    pub code: String,
    /// Where it was dismissed.
    pub revision: i32,
    pub paragraph: i32,
    pub reason: String,
    /// Display name.
    pub dismissed_by: String,
    pub created_at: DateTime<Utc>,
}

impl From<Dismissal> for DismissalView {
    fn from(d: Dismissal) -> Self {
        Self {
            finding: d.finding,
            code: d.code,
            revision: d.revision,
            paragraph: d.paragraph,
            reason: d.reason,
            dismissed_by: d.dismissed_by,
            created_at: d.created_at,
        }
    }
}

/// One finding.
#[derive(Debug, Serialize, ToSchema)]
pub struct FindingView {
    /// Stable while the finding recurs on the same paragraph text: what a dismissal names.
    pub id: String,
    /// What was found, e.g. `figure-mismatch`.
    pub code: String,
    /// `error` (holds approval back until fixed or dismissed) or `warning`.
    pub severity: String,
    /// The paragraph, counted from 0 as diffs and comments count.
    pub paragraph: usize,
    /// What was found, in the caller's language.
    pub message: String,
    /// Where it is in the source paragraph, if anywhere.
    pub source: Option<SpanView>,
    /// Where it is in the translation paragraph, if anywhere.
    pub translation: Option<SpanView>,
    /// What a figure was read as on each side: 24000 for "2.4万".
    pub source_value: Option<f64>,
    pub translation_value: Option<f64>,
    /// What to write instead, where that is certain.
    pub suggestion: Option<String>,
    /// What the check looked for and did not find.
    pub expected: Option<String>,
    /// Set when an editor dismissed it.
    pub dismissal: Option<DismissalView>,
}

/// `GET …/translations/{lang}/checks`
#[derive(Debug, Serialize, ToSchema)]
pub struct ChecksView {
    /// The translation revision checked.
    pub revision: i32,
    /// The source revision it renders, which it was checked against.
    pub source_revision: i32,
    pub source_language: String,
    pub language: String,
    pub counts: CheckCountsView,
    pub findings: Vec<FindingView>,
}

impl ChecksView {
    /// The checks, their messages in `locale`.
    pub fn new(checks: RevisionChecks, locale: &Locale) -> Self {
        let findings = checks
            .findings
            .iter()
            .map(|r| {
                let (sp, tp) = checks.paragraphs_of(r);
                let f = &r.finding;
                FindingView {
                    id: r.id.clone(),
                    code: f.code.to_owned(),
                    severity: f.severity.as_str().to_owned(),
                    paragraph: f.paragraph,
                    message: finding_message(locale, f, sp, tp),
                    source: f.source.map(|s| SpanView::of(s, sp)),
                    translation: f.translation.map(|s| SpanView::of(s, tp)),
                    source_value: f.source_value,
                    translation_value: f.translation_value,
                    suggestion: f.suggestion.clone(),
                    expected: f.expected.clone(),
                    dismissal: r.dismissal.clone().map(Into::into),
                }
            })
            .collect();
        Self {
            revision: checks.revision,
            source_revision: checks.source_revision,
            source_language: checks.source_language,
            language: checks.language,
            counts: checks.counts.into(),
            findings,
        }
    }
}

/// `POST …/translations/{lang}/checks/dismissals`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DismissBody {
    /// The finding's `id`.
    #[schema(max_length = 64)]
    pub finding: String,
    /// The revision the finding was read on (default: the head).
    #[schema(minimum = 1)]
    pub revision: Option<i32>,
    /// Why it is not a mistake; kept in the translation's history.
    pub reason: String,
}
