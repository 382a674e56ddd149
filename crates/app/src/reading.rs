//! What readers reach without signing in, beyond one translation: the original's page, the
//! article's pages in each language that every page links to, and the sitemap's list.

use bitext_domain::{LanguageTag, Revision, Slug};
use bitext_store::{
    StoreError,
    publishing::Published,
    reachable::{PublishedArticle, PublishedTranslation},
};

use crate::{App, AppResult};

/// What `/read/{slug}/{lang}` shows.
#[derive(Debug, Clone)]
pub enum Reading {
    /// A translation's edition (with its notice, when withdrawn), and the article with the
    /// translations readers can reach.
    Translation(Box<Published>, PublishedArticle),
    /// The original, in the article's own language: the source revision that the most recent
    /// edition of any translation pins, and the article with those translations (never none).
    Original(Box<Revision>, PublishedArticle),
}

impl App {
    /// The page of the article `slug` in `language`: the original's when `language` is the
    /// article's own, else the translation's at `edition` (default: the newest). Either comes
    /// with the article's published translations that are not withdrawn, read in the same
    /// snapshot.
    ///
    /// # Errors
    /// Not found: the article, the translation, any edition or the one asked for; for the
    /// original, no translation that is published and not withdrawn
    /// ([`StoreError::NotPublished`]).
    pub async fn reading(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        edition: Option<i32>,
    ) -> AppResult<Reading> {
        let tx = self.read().await?;
        let article = tx.published_translations(slug.as_str()).await?;
        if article.language == language.as_str() {
            let Some(&PublishedTranslation {
                source_revision, ..
            }) = article.newest()
            else {
                return Err(StoreError::NotPublished {
                    slug: slug.to_string(),
                    language: language.to_string(),
                }
                .into());
            };
            let source = tx.article_revision(slug.as_str(), source_revision).await?;
            return Ok(Reading::Original(Box::new(source), article));
        }
        let published = tx
            .published(slug.as_str(), language.as_str(), edition)
            .await?;
        Ok(Reading::Translation(Box::new(published), article))
    }
}
