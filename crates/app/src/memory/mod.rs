//! The translation memory as the desk uses it: units recorded when a revision is approved (in
//! the approval's transaction), suggestions for a source paragraph or any text, concordance
//! searches, and TMX export and import.
//!
//! Choices where the product leaves them open:
//! - A suggestion is offered from a score of [`MIN_SCORE`]; at most [`MAX_SUGGESTIONS`] are
//!   given, best first: a carry-over, then by score, then published before approved before
//!   imported, then the newest. The same pair remembered twice is offered once.
//! - The article's title pair is remembered as a paragraph pair (without a paragraph number).
//! - Units of a withdrawn translation are offered, marked as withdrawn.
//!
//! An approval records its units in its own transaction and leaves their index entries to
//! [`App::index_memory`], run after it commits by [`App::run_memory_indexer`] beside the
//! server; lookups and concordance read the units still waiting directly, so nothing goes
//! unfound in between (see `bitext_store::memory`'s `pending`).

mod error;
mod interchange;
mod rank;

use std::time::Duration;

use bitext_domain::{
    LanguageTag, Revision, Role, Slug, Translation,
    content::plain_text,
    diff::{Diff, diff},
    memory::{UnitKind, normalize, units},
    text::paragraphs,
};
use bitext_store::{
    Tx,
    memory::{NewUnit, Recorded, UnitSource},
};

pub use bitext_store::memory::{ExportFilter, MemoryUnit, Side};
pub use error::MemoryError;
pub use interchange::{ImportReport, MAX_SEGMENT, MemoryExport, Skipped};

use crate::{Actor, App, AppResult};

/// Who reads the memory: the whole desk.
pub const READERS: &[Role] = &[Role::Translator, Role::Editor, Role::Publisher, Role::Admin];
/// Who imports into it and exports it whole.
pub const KEEPERS: &[Role] = &[Role::Editor, Role::Admin];

/// The lowest score a suggestion is offered at.
pub const MIN_SCORE: u8 = 50;
/// The most suggestions offered for one text.
pub const MAX_SUGGESTIONS: usize = 5;
/// The most characters of a text looked up.
pub const MAX_TEXT: usize = 5_000;
/// The most characters of a concordance term.
pub const MAX_TERM: usize = 200;
/// The most concordance results.
pub const MAX_CONCORDANCE: u64 = 50;

/// How many units scored for one lookup, at most.
const CANDIDATES: u64 = 100;
/// How many waiting units one indexing transaction takes: about one approval's, so that on
/// SQLite other writers wait for one approval's indexing at most.
const INDEX_BATCH: u64 = 200;

/// A remembered unit offered for a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// 0 to 100: 100 when the remembered source is the text itself.
    pub score: u8,
    /// What was approved for this paragraph of the same article, unchanged since.
    pub carry_over: bool,
    pub unit: MemoryUnit,
    /// From the remembered source to the text looked up.
    pub diff: Diff,
}

/// The suggestions for one source paragraph of a translation.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphSuggestions {
    pub paragraph: usize,
    /// The source revision the paragraph was read from: the article's head.
    pub source_revision: i32,
    pub source_language: String,
    pub target_language: String,
    pub source: String,
    pub suggestions: Vec<Suggestion>,
}

impl App {
    /// Writes the index entries of the memory units waiting for them, a batch per
    /// transaction, until none waits, then checkpoints SQLite's log (so that copying what it
    /// wrote falls on this, not on the next approval); returns how many it indexed.
    ///
    /// # Errors
    /// Database errors; the batch that failed stays waiting.
    pub async fn index_memory(&self) -> AppResult<u64> {
        // A read first: an idle server takes no write lock every tick.
        if self.read().await?.pending_count(1).await? == 0 {
            return Ok(0);
        }
        let mut total = 0;
        loop {
            let tx = self.write().await?;
            let n = tx.index_pending(INDEX_BATCH).await?;
            tx.commit().await?;
            total += n;
            if n < INDEX_BATCH {
                self.store().checkpoint().await?;
                return Ok(total);
            }
        }
    }

    /// Indexes waiting memory units whenever an approval of this process leaves some, and
    /// every `every` (for those of other processes sharing the database), until `shutdown`.
    pub async fn run_memory_indexer(&self, every: Duration, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            if let Err(e) = self.index_memory().await {
                tracing::error!(error = %e, "memory indexer");
            }
            tokio::select! {
                () = &mut shutdown => break,
                () = self.memory_waiting.notified() => {}
                () = tokio::time::sleep(every) => {}
            }
        }
    }

    /// Wakes the indexer: an approval committed units to index.
    pub(crate) fn memory_recorded(&self) {
        self.memory_waiting.notify_one();
    }

    /// Up to [`MAX_SUGGESTIONS`] remembered units for `text`, best first.
    ///
    /// # Errors
    /// Forbidden; an empty or too long text.
    pub async fn memory_lookup(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        text: &str,
    ) -> AppResult<Vec<Suggestion>> {
        actor.require(READERS)?;
        plain_text(text)?;
        let text = checked_text(text, MAX_TEXT, MemoryError::TextEmpty)?;
        let tx = self.read().await?;
        suggest(&tx, source.as_str(), target.as_str(), &text, None).await
    }

    /// The suggestions for source paragraph `paragraph` (from 0) of the article's head, for
    /// its translation into `language`, with a carry-over where that paragraph was approved
    /// unchanged before.
    ///
    /// # Errors
    /// Forbidden; not found (the translation, or the paragraph).
    pub async fn suggestions(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        paragraph: usize,
    ) -> AppResult<ParagraphSuggestions> {
        actor.require(READERS)?;
        let tx = self.read().await?;
        let all = paragraph_suggestions(&tx, slug, language, Some(paragraph)).await?;
        all.into_iter().next().ok_or_else(|| {
            MemoryError::ParagraphNotFound {
                paragraph,
                count: 0,
            }
            .into()
        })
    }

    /// The suggestions for every source paragraph of the article's head, for the workspace.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn all_suggestions(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<Vec<ParagraphSuggestions>> {
        actor.require(READERS)?;
        let tx = self.read().await?;
        paragraph_suggestions(&tx, slug, language, None).await
    }

    /// Up to `limit` units of the pair holding `term` on `side`, newest first.
    ///
    /// # Errors
    /// Forbidden; an empty or too long term.
    pub async fn concordance(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        term: &str,
        side: Side,
        limit: u64,
    ) -> AppResult<Vec<MemoryUnit>> {
        actor.require(READERS)?;
        plain_text(term)?;
        let term = checked_text(term, MAX_TERM, MemoryError::TermEmpty)?;
        let tx = self.read().await?;
        Ok(tx
            .memory_concordance(
                source.as_str(),
                target.as_str(),
                &term,
                side,
                limit.clamp(1, MAX_CONCORDANCE),
            )
            .await?)
    }
}

/// `text` trimmed, refused when empty or longer than `max` characters.
fn checked_text(text: &str, max: usize, empty: MemoryError) -> Result<String, MemoryError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(empty);
    }
    if trimmed.chars().count() > max {
        return Err(MemoryError::TextTooLong { max });
    }
    Ok(trimmed.to_owned())
}

/// The suggestions for `text`, with `carry_over` first if given.
async fn suggest(
    tx: &Tx,
    source: &str,
    target: &str,
    text: &str,
    carry_over: Option<MemoryUnit>,
) -> AppResult<Vec<Suggestion>> {
    let candidates = tx
        .memory_candidates(source, target, text, CANDIDATES)
        .await?;
    let ranked = rank::rank(text, candidates, carry_over, MIN_SCORE, MAX_SUGGESTIONS);
    Ok(ranked
        .into_iter()
        .map(|(score, carry_over, unit)| Suggestion {
            score,
            carry_over,
            diff: diff(&unit.source, text),
            unit,
        })
        .collect())
}

async fn paragraph_suggestions(
    tx: &Tx,
    slug: &Slug,
    language: &LanguageTag,
    only: Option<usize>,
) -> AppResult<Vec<ParagraphSuggestions>> {
    let article = tx.article(slug.as_str()).await?;
    let translation = tx.translation(slug.as_str(), language.as_str()).await?;
    let head = tx.article_revision(slug.as_str(), article.head).await?;
    let source_paragraphs = paragraphs(&head.body);
    let wanted: Vec<usize> = match only {
        Some(i) if i < source_paragraphs.len() => vec![i],
        Some(i) => {
            return Err(MemoryError::ParagraphNotFound {
                paragraph: i,
                count: source_paragraphs.len(),
            }
            .into());
        }
        None => (0..source_paragraphs.len()).collect(),
    };
    let texts: Vec<&str> = wanted
        .iter()
        .map(|&i| source_paragraphs[i].trim())
        .collect();
    let carry_overs = tx.memory_carry_overs(translation.id, &texts).await?;
    let mut out = Vec::with_capacity(wanted.len());
    for ((i, text), carry_over) in wanted.into_iter().zip(texts).zip(carry_overs) {
        let carry_over = carry_over.filter(|u| normalize(&u.source) == normalize(text));
        out.push(ParagraphSuggestions {
            paragraph: i,
            source_revision: head.number,
            source_language: article.language.clone(),
            target_language: translation.language.clone(),
            source: text.to_owned(),
            suggestions: suggest(
                tx,
                &article.language,
                &translation.language,
                text,
                carry_over,
            )
            .await?,
        });
    }
    Ok(out)
}

/// Records the units of the `approved` revision of `translation`, just approved in `tx`: its title pair and the paragraph and sentence pairs of its body against
/// the source revision it renders.
///
/// # Errors
/// Database errors; the approval is then not committed either.
pub(crate) async fn record_approval(
    tx: &Tx,
    translation: &Translation,
    approved: &Revision,
) -> AppResult<Recorded> {
    let slug = translation.slug.as_str();
    let article = tx.article(slug).await?;
    let source_revision = approved
        .source_revision
        .unwrap_or(translation.source_revision);
    let source = tx.article_revision(slug, source_revision).await?;
    let mut new = Vec::new();
    let (title_source, title_target) = (source.title.trim(), approved.title.trim());
    if !title_source.is_empty() && !title_target.is_empty() {
        new.push(NewUnit {
            kind: UnitKind::Paragraph,
            paragraph: None,
            source: title_source.to_owned(),
            target: title_target.to_owned(),
        });
    }
    new.extend(
        units(&source.body, &approved.body)
            .into_iter()
            .map(NewUnit::from),
    );
    Ok(tx
        .record_units(
            &UnitSource::Approval {
                source_language: article.language,
                target_language: translation.language.clone(),
                article_id: article.id,
                translation_id: translation.id,
                revision: approved.number,
                source_revision,
                translator: approved.author.clone(),
                at: bitext_domain::now(),
            },
            &new,
        )
        .await?)
}
