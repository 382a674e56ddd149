//! Translations: translators start and revise them, editors revise them in review; everyone
//! signed in reads them, their history, their diffs, what changed in the source since they
//! began, and their audit trail.

use bitext_domain::{
    Event, LanguageTag, Page, Precondition, Revision, RevisionSummary, Role, Slug, Translation,
};

use bitext_store::Tx;

use crate::{
    Actor, App, AppResult,
    articles::{Comparison, Content, Revised, based_on, diff_range},
};

/// Who writes translation revisions.
pub const WRITERS: &[Role] = &[Role::Translator, Role::Editor];

/// A translation and its head revision.
#[derive(Debug, Clone)]
pub struct TranslationDetail {
    pub translation: Translation,
    pub head: Revision,
}

/// Where a translation diff starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// A revision number.
    Revision(i32),
    /// The revision the caller last approved or sent back.
    LastReviewed,
    /// The revision last submitted for review.
    LastSubmitted,
    /// The revision last approved, by anyone.
    LastApproved,
    /// The revision readers last saw published.
    LastPublished,
}

impl App {
    /// Starts a translation in `draft`, pinned to the article's head (translators).
    ///
    /// # Errors
    /// Forbidden; the article not found; the article's own language; a translation into that
    /// language exists.
    pub async fn create_translation(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        content: Content,
    ) -> AppResult<TranslationDetail> {
        actor.require(&[Role::Translator])?;
        // Search terms and hash first: other writers need not wait for them.
        let revision = content.into_revision(false, None);
        let tx = self.write().await?;
        let (translation, head) = tx
            .create_translation(&actor.context(), slug.as_str(), language.as_str(), revision)
            .await?;
        tx.commit().await?;
        Ok(TranslationDetail { translation, head })
    }

    /// Adds a translation revision on top of `base`, rendering `source_revision` (default: the
    /// one its parent renders). Only the translation's assignee and editors write to it.
    ///
    /// # Errors
    /// Forbidden, also for a translator who does not hold the translation; not found; stale
    /// when `base` is not the head; a source revision outside the article's history; a state
    /// that takes no revisions.
    pub async fn revise_translation(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        base: impl Into<Precondition>,
        content: Content,
        source_revision: Option<i32>,
    ) -> AppResult<Revised<Translation>> {
        actor.require(WRITERS)?;
        // Search terms and hash first: other writers need not wait for them.
        let revision = content.into_revision(false, source_revision);
        let tx = self.write().await?;
        // The translation's row stays locked until the commit: its holder and its head cannot
        // change between these checks and the write.
        let held = crate::ownership::check_writer(&tx, actor, slug, language).await?;
        based_on(&base.into(), held.head)?;
        let (document, revision) = tx
            .add_translation_revision(&actor.context(), &held, revision)
            .await?;
        tx.commit().await?;
        Ok(Revised { document, revision })
    }

    /// A translation with its head revision.
    ///
    /// # Errors
    /// Not found.
    pub async fn translation(
        &self,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<TranslationDetail> {
        let tx = self.read().await?;
        let translation = tx.translation(slug.as_str(), language.as_str()).await?;
        let head = tx
            .translation_revision(slug.as_str(), language.as_str(), translation.head)
            .await?;
        Ok(TranslationDetail { translation, head })
    }

    /// A translation's history, oldest first.
    ///
    /// # Errors
    /// Not found.
    pub async fn translation_history(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<Revision>> {
        let tx = self.read().await?;
        Ok(tx
            .list_translation_revisions(slug.as_str(), language.as_str(), limit, after)
            .await?)
    }

    /// One translation revision.
    ///
    /// # Errors
    /// Not found.
    /// Every revision of a translation, oldest first, without titles and texts (for pickers
    /// and history lists).
    ///
    /// # Errors
    /// Not found.
    pub async fn translation_revision_summaries(
        &self,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<Vec<RevisionSummary>> {
        let tx = self.read().await?;
        Ok(tx
            .translation_revision_summaries(slug.as_str(), language.as_str())
            .await?)
    }

    pub async fn translation_revision(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        number: i32,
    ) -> AppResult<Revision> {
        let tx = self.read().await?;
        Ok(tx
            .translation_revision(slug.as_str(), language.as_str(), number)
            .await?)
    }

    /// Two translation revisions to compare: from `since` (default: the head's parent) to `to`
    /// (default: the head). Where `since` names a review or publication that never happened,
    /// the diff starts at the first revision.
    ///
    /// # Errors
    /// Not found; [`crate::AppError::DiffRange`] for numbers outside the history.
    pub async fn translation_comparison(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        since: Option<Since>,
        to: Option<i32>,
    ) -> AppResult<Comparison> {
        let tx = self.read().await?;
        Ok(compare_in(&tx, actor, slug, language, since, to).await?.1)
    }

    /// What changed in the source since the revision this translation renders: from that
    /// source revision to the article's head.
    ///
    /// # Errors
    /// Not found.
    pub async fn source_comparison(
        &self,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<Comparison> {
        let tx = self.read().await?;
        let t = tx.translation(slug.as_str(), language.as_str()).await?;
        let article = tx.article(slug.as_str()).await?;
        Ok(Comparison {
            old: tx
                .article_revision(slug.as_str(), t.source_revision)
                .await?,
            new: tx.article_revision(slug.as_str(), article.head).await?,
            language: article.language,
        })
    }

    /// A translation's audit trail, oldest first.
    ///
    /// # Errors
    /// Not found.
    pub async fn translation_events(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<Event>> {
        let tx = self.read().await?;
        Ok(tx
            .translation_events(slug.as_str(), language.as_str(), limit, after)
            .await?)
    }
}

/// The translation and two of its revisions to compare, read in `tx`: see
/// [`App::translation_comparison`].
pub(crate) async fn compare_in(
    tx: &Tx,
    actor: &Actor,
    slug: &Slug,
    language: &LanguageTag,
    since: Option<Since>,
    to: Option<i32>,
) -> AppResult<(Translation, Comparison)> {
    let (s, l) = (slug.as_str(), language.as_str());
    let t = tx.translation(s, l).await?;
    let from = match since {
        None => None,
        Some(Since::Revision(n)) => Some(n),
        Some(Since::LastReviewed) => Some(
            tx.last_reviewed_revision(s, l, actor.user.id)
                .await?
                .unwrap_or(1),
        ),
        Some(Since::LastSubmitted) => Some(t.last_submitted_revision.unwrap_or(1)),
        Some(Since::LastApproved) => Some(tx.last_approved_revision(s, l).await?.unwrap_or(1)),
        Some(Since::LastPublished) => Some(t.published_revision.unwrap_or(1)),
    };
    let (from, to) = diff_range(from, to, t.head)?;
    let comparison = Comparison {
        old: tx.translation_revision(s, l, from).await?,
        new: tx.translation_revision(s, l, to).await?,
        language: t.language.clone(),
    };
    Ok((t, comparison))
}
