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

    /// The newest editions published in `language`, newest first.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn feed(&self, language: &LanguageTag, limit: u64) -> AppResult<Vec<FeedItem>> {
        let tx = self.read().await?;
        Ok(tx.feed(Some(language.as_str()), limit).await?)
    }

    /// The newest editions in every language, newest first (for the readers' index).
    ///
    /// # Errors
    /// Database errors only.
    pub async fn latest_editions(&self, limit: u64) -> AppResult<Vec<FeedItem>> {
        let tx = self.read().await?;
        Ok(tx.feed(None, limit).await?)
    }
}
