//! The sitemap in parts: articles fall in blocks of consecutive ids, and each block that has a
//! page readers can reach is one sitemap of the index. A part is read along the article ids of
//! its block, so what one request reads, and holds, is bounded by the block's size, not by
//! the archive's.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Select,
    sea_query::{Expr, ExprTrait},
};

use crate::{
    StoreError, Tx,
    articles::slugs_and_languages,
    entity::{edition, event, translation},
    reachable::{PublishedArticle, REACH_ACTIONS, live, reachable},
};

/// A block of article ids, numbered from 1: block `n` of `size` holds the articles with ids
/// `(n - 1) * size + 1` to `n * size`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleBlock {
    pub number: i64,
    /// When what the block lists last changed: its newest edition of a translation readers can
    /// reach, or a withdrawal or reopening of one of its translations since.
    pub modified_at: DateTime<Utc>,
}

/// The blocks with a page readers can reach, in order, and when what readers can reach last
/// changed without an edition (a block may have gone with its last translation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleBlocks {
    pub blocks: Vec<ArticleBlock>,
    pub reach_changed_at: Option<DateTime<Utc>>,
}

/// The articles of one block that readers can reach, the most recently published or corrected
/// first, with their published translations that are not withdrawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReachableArticles {
    pub articles: Vec<PublishedArticle>,
    /// The newest withdrawal or reopening of a translation of an article of the block, listed
    /// or not.
    pub reach_changed_at: Option<DateTime<Utc>>,
}

/// The block of an article id, as SQL: `size` is the caller's constant, never a reader's input.
fn block_of(size: i64) -> Expr {
    Expr::cust(format!("(article_id - 1) / {size} + 1"))
}

impl Tx {
    /// Every block of `size` article ids with a page readers can reach: two statements, one
    /// over the editions of translations that are not withdrawn, one over the withdrawals and
    /// reopenings.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn article_blocks(&self, size: i64) -> Result<ArticleBlocks, StoreError> {
        let db = self.conn();
        let editions = edition::Entity::find()
            .filter(Expr::col(edition::Column::TranslationId).in_subquery(live()));
        let newest_edition: BTreeMap<i64, DateTime<Utc>> =
            newest_by_block(db, editions, edition::Column::CreatedAt, size)
                .await?
                .into_iter()
                .collect();
        let reach_changes = event::Entity::find().filter(Expr::cust(REACH_ACTIONS));
        let reach: HashMap<i64, DateTime<Utc>> =
            newest_by_block(db, reach_changes, event::Column::CreatedAt, size)
                .await?
                .into_iter()
                .collect();
        let reach_changed_at = reach.values().max().copied();
        Ok(ArticleBlocks {
            blocks: newest_edition
                .into_iter()
                .map(|(number, newest)| ArticleBlock {
                    number,
                    modified_at: reach
                        .get(&number)
                        .map_or(newest, |&at| Ord::max(at, newest)),
                })
                .collect(),
            reach_changed_at,
        })
    }

    /// The articles of block `number` of `size` that readers can reach (none for a block with
    /// nothing published, or out of range), in a fixed number of statements.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn published_block(
        &self,
        number: i64,
        size: i64,
    ) -> Result<ReachableArticles, StoreError> {
        let db = self.conn();
        let first = number
            .saturating_sub(1)
            .saturating_mul(size)
            .saturating_add(1);
        let last = number.saturating_mul(size);
        let mut live = live();
        live.and_where(Expr::col(translation::Column::ArticleId).between(first, last));
        let mut found = reachable(db, live).await?;
        let mut reach = reach_changed_by_article(db, first, last).await?;
        let reach_changed_at = reach.values().max().copied();
        let articles = slugs_and_languages(db, found.keys().copied()).await?;
        let mut order: Vec<(i64, (DateTime<Utc>, i32))> = found
            .iter()
            .filter_map(|(id, ts)| {
                ts.iter()
                    .map(|t| (t.updated_at, t.source_revision))
                    .max()
                    .map(|newest| (*id, newest))
            })
            .collect();
        order.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let articles = order
            .into_iter()
            .map(|(id, _)| {
                let (slug, language) = articles
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| StoreError::corrupt("edition's article", id.to_string()))?;
                Ok(PublishedArticle {
                    slug,
                    language,
                    translations: found.remove(&id).unwrap_or_default(),
                    reach_changed_at: reach.remove(&id),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(ReachableArticles {
            articles,
            reach_changed_at,
        })
    }
}

/// The newest `created_at` of `rows` in each block of `size` article ids that has one.
async fn newest_by_block<E: EntityTrait>(
    db: &impl ConnectionTrait,
    rows: Select<E>,
    created_at: E::Column,
    size: i64,
) -> Result<Vec<(i64, DateTime<Utc>)>, StoreError> {
    Ok(rows
        .select_only()
        .column_as(block_of(size), "block")
        .column_as(created_at.max(), "newest")
        .group_by(block_of(size))
        .into_tuple::<(i64, DateTime<Utc>)>()
        .all(db)
        .await?)
}

/// [`crate::reachable::reach_changed_at`] of each article with an id from `first` to `last`
/// that has one, in one statement along the index of those events.
async fn reach_changed_by_article(
    db: &impl ConnectionTrait,
    first: i64,
    last: i64,
) -> Result<HashMap<i64, DateTime<Utc>>, StoreError> {
    Ok(event::Entity::find()
        .select_only()
        .column(event::Column::ArticleId)
        .column_as(event::Column::CreatedAt.max(), "newest")
        .filter(Expr::cust(REACH_ACTIONS))
        .filter(event::Column::ArticleId.between(first, last))
        .group_by(event::Column::ArticleId)
        .into_tuple::<(i64, DateTime<Utc>)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}
