//! What readers get, without signing in: a published edition, a language's feed and the
//! front page's pages.

use bitext_domain::{LanguageTag, Slug};
use bitext_store::{
    feed::{FeedFilter, FeedPage},
    publishing::Published,
};

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
    /// published or corrected first, at most `limit` of them.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn feed(&self, language: &LanguageTag, limit: u64) -> AppResult<FeedPage> {
        let tx = self.read().await?;
        Ok(tx.feed(Some(language.as_str()), limit).await?)
    }

    /// One page of the front page: at most `limit` published translations that `filter`
    /// holds, newest first, with the next page's cursor, and the languages that have a feed
    /// (sorted), read together.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn front_page(
        &self,
        filter: &FeedFilter,
        limit: u64,
    ) -> AppResult<(FeedPage, Vec<String>)> {
        let tx = self.read().await?;
        let page = tx.feed_page(filter, limit).await?;
        let mut languages = tx.feed_languages().await?;
        languages.sort_unstable();
        Ok((page, languages))
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
