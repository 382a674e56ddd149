//! What an editor's review page shows, read in one snapshot: the two revisions compared, the
//! source revision the newer one renders, the history to choose others from, the comments with
//! their anchors followed to the newer revision, who last submitted it, and what the quality
//! checks found on the newer revision.

use bitext_domain::{Comment, Event, LanguageTag, Revision, RevisionSummary, Slug, Translation};
use bitext_store::checks::CheckSubject;

use crate::{
    Actor, App, AppResult,
    articles::Comparison,
    checks::{RevisionChecks, checks_of},
    translations::{Since, compare_in},
};

/// How many comments one statement reads; a review reads at most [`MAX_COMMENTS`].
const COMMENT_BATCH: u64 = 500;
const MAX_COMMENTS: usize = 5_000;

/// A review, as of one moment.
#[derive(Debug, Clone)]
pub struct Review {
    pub translation: Translation,
    pub comparison: Comparison,
    /// The source revision that the newer translation revision renders.
    pub source: Revision,
    pub source_language: String,
    pub history: Vec<RevisionSummary>,
    pub comments: Vec<Comment>,
    pub submission: Option<Event>,
    /// The quality checks of the newer revision.
    pub checks: RevisionChecks,
}

impl App {
    /// Everything a review of `slug` into `language` shows, from `since` (default: what this
    /// editor last reviewed) to `to` (default: the head), in one read transaction.
    ///
    /// # Errors
    /// Not found; [`crate::AppError::DiffRange`] for numbers outside the history.
    pub async fn review(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        since: Option<Since>,
        to: Option<i32>,
    ) -> AppResult<Review> {
        let (s, l) = (slug.as_str(), language.as_str());
        let tx = self.read().await?;
        let since = since.or(Some(Since::LastReviewed));
        let (translation, comparison) = compare_in(&tx, actor, slug, language, since, to).await?;
        let article = tx.article(s).await?;
        let source_number = comparison
            .new
            .source_revision
            .unwrap_or(translation.source_revision);
        let source = tx.article_revision(s, source_number).await?;
        let history = tx.translation_revision_summaries(s, l).await?;
        let mut comments = Vec::new();
        let mut after = None;
        while comments.len() < MAX_COMMENTS {
            let page = tx
                .comments(s, l, Some(comparison.new.number), COMMENT_BATCH, after)
                .await?;
            comments.extend(page.items);
            match page.next_cursor.and_then(|c| c.parse().ok()) {
                Some(c) => after = Some(c),
                None => break,
            }
        }
        let submission = tx
            .last_translation_event(s, l, bitext_domain::Action::Submit.as_str())
            .await?;
        // The revision and the source it renders are read already: checked as they are.
        let subject = CheckSubject {
            translation_id: translation.id,
            revision: comparison.new.number,
            source_revision: source.number,
            source_language: article.language.clone(),
            language: translation.language.clone(),
            source_body: source.body.clone(),
            body: comparison.new.body.clone(),
        };
        let checks = checks_of(&tx, subject).await?;
        Ok(Review {
            translation,
            comparison,
            source,
            source_language: article.language,
            history,
            comments,
            submission,
            checks,
        })
    }
}
