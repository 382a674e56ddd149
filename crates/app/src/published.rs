//! What readers get, without signing in: a published edition and a language's feed.

use bitext_domain::{LanguageTag, Slug};
use bitext_store::publishing::{FeedItem, Published};

use crate::{App, AppResult};

impl App {
    /// The current (or a given) edition of a published translation, with its history of
    /// editions; a withdrawn one carries its notice.
    ///
    /// # Errors
    /// Not found, or never published.
    pub async fn published(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        edition: Option<i32>,
    ) -> AppResult<Published> {
        let tx = self.read().await?;
        Ok(tx
            .published(slug.as_str(), language.as_str(), edition)
            .await?)
    }

    /// The translations published in `language`, each with its newest edition, most recently
    /// published or corrected first.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn feed(&self, language: &LanguageTag, limit: u64) -> AppResult<Vec<FeedItem>> {
        let tx = self.read().await?;
        Ok(tx.feed(Some(language.as_str()), limit).await?)
    }

    /// The translations published in every language, each with its newest edition, most
    /// recently published or corrected first (for the readers' index).
    ///
    /// # Errors
    /// Database errors only.
    pub async fn latest_editions(&self, limit: u64) -> AppResult<Vec<FeedItem>> {
        let tx = self.read().await?;
        Ok(tx.feed(None, limit).await?)
    }

    /// The languages that have a feed, spelled as their translations spell them.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn feed_languages(&self) -> AppResult<Vec<String>> {
        let tx = self.read().await?;
        Ok(tx.feed_languages().await?)
    }
}
