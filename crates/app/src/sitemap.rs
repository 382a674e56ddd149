//! The sitemap's use cases: its index of blocks of articles, and one block's pages.

use bitext_store::sitemap::{ArticleBlocks, ReachableArticles};

use crate::{App, AppResult};

impl App {
    /// The blocks of `size` article ids that have a page readers can reach, each with when it
    /// last changed.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn article_blocks(&self, size: i64) -> AppResult<ArticleBlocks> {
        let tx = self.read().await?;
        Ok(tx.article_blocks(size).await?)
    }

    /// The articles of block `number` of `size` that readers can reach, most recently
    /// published or corrected first, with their published translations that are not
    /// withdrawn; none when the block has nothing published.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn published_block(&self, number: i64, size: i64) -> AppResult<ReachableArticles> {
        let tx = self.read().await?;
        Ok(tx.published_block(number, size).await?)
    }
}
