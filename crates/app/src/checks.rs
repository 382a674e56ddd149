//! The quality checks in the workflow: the findings on a translation revision against the
//! source revision it renders, with the language pair's glossary and the editors' dismissals;
//! dismissing a finding with a reason; and the counts the review queue shows.

use std::collections::HashMap;

use bitext_domain::{
    CheckCounts, Dismissal, LanguageTag, QueueItem, Role, Slug, ValidationError,
    checks::{self, Reviewed, Term},
    plain_text,
    text::paragraphs,
};
use bitext_store::{
    Tx,
    checks::{CheckSubject, NewDismissal},
};

use crate::{Actor, App, AppError, AppResult};

/// Who dismisses findings: the editors who approve over them.
pub const DISMISSERS: &[Role] = &[Role::Editor];

/// The longest reason a dismissal keeps, in characters.
const MAX_REASON: usize = 2000;

/// The findings on one translation revision.
#[derive(Debug, Clone)]
pub struct RevisionChecks {
    pub revision: i32,
    /// The source revision it renders, which it was checked against.
    pub source_revision: i32,
    pub source_language: String,
    pub language: String,
    /// The paragraphs of each text, as the findings count them.
    pub source_paragraphs: Vec<String>,
    pub paragraphs: Vec<String>,
    /// In the order of the paragraphs they are in.
    pub findings: Vec<Reviewed>,
    pub counts: CheckCounts,
}

impl RevisionChecks {
    /// The source and translation paragraphs `finding` is in (empty where a side has none),
    /// to show the text it points at.
    pub fn paragraphs_of(&self, finding: &Reviewed) -> (&str, &str) {
        (
            self.source_paragraphs
                .get(finding.finding.paragraph)
                .map_or("", String::as_str),
            self.paragraphs
                .get(finding.finding.paragraph)
                .map_or("", String::as_str),
        )
    }
}

/// The paragraphs of `text`, owned.
fn owned_paragraphs(text: &str) -> Vec<String> {
    paragraphs(text).into_iter().map(str::to_owned).collect()
}

/// The checks of `subject` with `glossary`, each finding matched with its dismissal.
fn run(subject: CheckSubject, glossary: &[Term], dismissals: &[Dismissal]) -> RevisionChecks {
    let findings = checks::review(
        &subject.source_body,
        &subject.source_language,
        &subject.body,
        &subject.language,
        glossary,
        dismissals,
    );
    RevisionChecks {
        revision: subject.revision,
        source_revision: subject.source_revision,
        source_language: subject.source_language,
        language: subject.language,
        source_paragraphs: owned_paragraphs(&subject.source_body),
        paragraphs: owned_paragraphs(&subject.body),
        counts: checks::counts(&findings),
        findings,
    }
}

/// The checks of revision `revision` (default: the head), read in `tx`.
pub(crate) async fn checks_in(
    tx: &Tx,
    slug: &Slug,
    language: &LanguageTag,
    revision: Option<i32>,
) -> AppResult<RevisionChecks> {
    let subject = tx
        .check_subject(slug.as_str(), language.as_str(), revision)
        .await?;
    checks_of(tx, subject).await
}

/// The checks of `subject`, read already, with its pair's glossary and its translation's
/// dismissals read in `tx`.
pub(crate) async fn checks_of(tx: &Tx, subject: CheckSubject) -> AppResult<RevisionChecks> {
    let terms = tx
        .glossary(&subject.source_language, &subject.language)
        .await?;
    let dismissals = tx
        .dismissals(&[subject.translation_id])
        .await?
        .remove(&subject.translation_id)
        .unwrap_or_default();
    Ok(run(subject, &terms, &dismissals))
}

/// What the checks found on the heads of these translations, in a fixed number of statements.
pub(crate) async fn counts_in(tx: &Tx, ids: &[i64]) -> AppResult<HashMap<i64, CheckCounts>> {
    let subjects = tx.check_subjects_of_heads(ids).await?;
    let mut dismissals = tx.dismissals(ids).await?;
    let mut glossaries: HashMap<(String, String), Vec<Term>> = HashMap::new();
    let mut counts = HashMap::new();
    for (id, subject) in subjects {
        let pair = (subject.source_language.clone(), subject.language.clone());
        if !glossaries.contains_key(&pair) {
            let terms = tx.glossary(&pair.0, &pair.1).await?;
            glossaries.insert(pair.clone(), terms);
        }
        let dismissed = dismissals.remove(&id).unwrap_or_default();
        counts.insert(id, run(subject, &glossaries[&pair], &dismissed).counts);
    }
    Ok(counts)
}

/// Fills in each queue item's check counts, in a fixed number of statements.
pub(crate) async fn count_in(tx: &Tx, items: &mut [QueueItem]) -> AppResult<()> {
    let ids: Vec<i64> = items.iter().map(|i| i.translation.id).collect();
    let counts = counts_in(tx, &ids).await?;
    for item in items {
        item.checks = counts
            .get(&item.translation.id)
            .copied()
            .unwrap_or_default();
    }
    Ok(())
}

impl App {
    /// What the checks found on the heads of these translations (by id), for lists.
    ///
    /// # Errors
    /// Database errors.
    pub async fn check_counts(
        &self,
        translation_ids: &[i64],
    ) -> AppResult<HashMap<i64, CheckCounts>> {
        let tx = self.read().await?;
        counts_in(&tx, translation_ids).await
    }

    /// The findings on revision `revision` (default: the head) of a translation, against the
    /// source revision it renders, with dismissals.
    ///
    /// # Errors
    /// Not found: the translation or the revision.
    pub async fn checks(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        revision: Option<i32>,
    ) -> AppResult<RevisionChecks> {
        let tx = self.read().await?;
        checks_in(&tx, slug, language, revision).await
    }

    /// Dismisses finding `finding` (its fingerprint) of revision `revision` (default: the
    /// head), with a reason kept in the history (editors). It holds on later revisions while
    /// the same finding recurs on the same paragraph text. Returns the dismissal and whether it
    /// is new (a finding dismissed before keeps its first dismissal).
    ///
    /// # Errors
    /// Forbidden; no reason, or one too long; [`AppError::FindingNotFound`] when the revision
    /// has no such finding; not found.
    pub async fn dismiss_finding(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        revision: Option<i32>,
        finding: &str,
        reason: &str,
    ) -> AppResult<(Dismissal, bool)> {
        actor.require(DISMISSERS)?;
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppError::ReasonRequired);
        }
        plain_text(reason)?;
        if reason.chars().count() > MAX_REASON {
            return Err(ValidationError::MessageTooLong { max: MAX_REASON }.into());
        }
        let tx = self.write().await?;
        let checks = checks_in(&tx, slug, language, revision).await?;
        let found = checks
            .findings
            .iter()
            .find(|f| f.id == finding)
            .ok_or_else(|| AppError::FindingNotFound {
                id: finding.chars().take(64).collect(),
                revision: checks.revision,
            })?;
        let input = NewDismissal {
            finding: found.id.clone(),
            code: found.finding.code.to_owned(),
            revision: checks.revision,
            paragraph: i32::try_from(found.finding.paragraph).unwrap_or(i32::MAX),
            reason: reason.to_owned(),
        };
        let dismissed = tx
            .dismiss_finding(&actor.context(), slug.as_str(), language.as_str(), input)
            .await?;
        tx.commit().await?;
        Ok(dismissed)
    }
}
