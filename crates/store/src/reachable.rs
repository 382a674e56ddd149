//! The pages of an article readers can reach: its published translations that are not
//! withdrawn, each as its newest edition has it, for the links between an article's pages in
//! each language, the original's page and the sitemap. Read in a fixed number of statements,
//! whatever the number of articles and translations.

use std::collections::HashMap;

use bitext_domain::State;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query, SelectStatement},
};

use crate::{
    StoreError, Tx,
    articles::find_article,
    entity::{edition, event, translation, translation_revision},
};

/// The workflow actions that change what readers can reach without an edition (a translation
/// withdrawn, or reopened after it), as the partial indexes of
/// `m20261216_000021_reach_changes` spell them: written out, not bound, so that both databases
/// see the indexes' own condition.
pub(crate) const REACH_ACTIONS: &str = "action IN ('withdraw', 'reopen')";

/// When what readers can reach last changed without an edition: the newest withdrawal or
/// reopening of a translation of `article`, or of any article. One index lookup.
///
/// # Errors
/// Database errors.
pub(crate) async fn reach_changed_at(
    db: &impl ConnectionTrait,
    article: Option<i64>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    let mut query = event::Entity::find()
        .select_only()
        .column(event::Column::CreatedAt)
        .filter(Expr::cust(REACH_ACTIONS));
    if let Some(id) = article {
        query = query.filter(event::Column::ArticleId.eq(id));
    }
    Ok(query
        .order_by_desc(event::Column::Id)
        .limit(1)
        .into_tuple::<DateTime<Utc>>()
        .one(db)
        .await?)
}

/// A published translation that is not withdrawn, as its newest edition has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedTranslation {
    pub language: String,
    /// The title of the newest edition.
    pub title: String,
    /// When the newest edition was published.
    pub updated_at: DateTime<Utc>,
    /// The source revision the newest edition pins.
    pub source_revision: i32,
    /// When the first edition was published.
    pub first_published_at: DateTime<Utc>,
}

/// An article and the translations of it readers can reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedArticle {
    pub slug: String,
    /// The original's language.
    pub language: String,
    /// Ordered by language tag; empty when nothing is published or all is withdrawn.
    pub translations: Vec<PublishedTranslation>,
    /// When a translation of it was last withdrawn or reopened: its pages then link to
    /// another set of languages, with no new edition to date them by.
    pub reach_changed_at: Option<DateTime<Utc>>,
}

impl PublishedArticle {
    /// The translation whose newest edition was published last: the original's page shows the
    /// source revision it pins. `None` when there is no translation.
    pub fn newest(&self) -> Option<&PublishedTranslation> {
        self.translations
            .iter()
            .max_by_key(|t| (t.updated_at, t.source_revision))
    }

    /// When what its pages show of its translations last changed: the newest of their
    /// editions, or a withdrawal or reopening since. `None` when there is neither.
    pub fn modified_at(&self) -> Option<DateTime<Utc>> {
        self.translations
            .iter()
            .map(|t| t.updated_at)
            .chain(self.reach_changed_at)
            .max()
    }

    /// When the article was first published: its earliest translation's first edition.
    pub fn first_published_at(&self) -> Option<DateTime<Utc>> {
        self.translations.iter().map(|t| t.first_published_at).min()
    }
}

impl Tx {
    /// The article `slug` with its published translations that are not withdrawn (none, when
    /// nothing is published).
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`]; database errors; a stored value that does not parse.
    pub async fn published_translations(&self, slug: &str) -> Result<PublishedArticle, StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let mut live = live();
        live.and_where(Expr::col(translation::Column::ArticleId).eq(a.id));
        let mut found = reachable(db, live).await?;
        Ok(PublishedArticle {
            translations: found.remove(&a.id).unwrap_or_default(),
            reach_changed_at: reach_changed_at(db, Some(a.id)).await?,
            slug: a.slug,
            language: a.language,
        })
    }
}

/// The ids of the translations that are not withdrawn.
pub(crate) fn live() -> SelectStatement {
    Query::select()
        .column(translation::Column::Id)
        .from(translation::Entity)
        .and_where(Expr::col(translation::Column::State).ne(State::Withdrawn.as_str()))
        .to_owned()
}

/// The published translations among `live`, by article, each ordered by language: four
/// statements, whatever their number.
pub(crate) async fn reachable(
    db: &impl ConnectionTrait,
    live: SelectStatement,
) -> Result<HashMap<i64, Vec<PublishedTranslation>>, StoreError> {
    // The newest edition of each translation: editions are numbered and stored in order.
    let newest = Query::select()
        .expr(Expr::col(edition::Column::Id).max())
        .from(edition::Entity)
        .and_where(Expr::col(edition::Column::TranslationId).in_subquery(live.clone()))
        .group_by_col(edition::Column::TranslationId)
        .to_owned();
    let rows = edition::Entity::find()
        .select_only()
        .column(edition::Column::TranslationId)
        .column(edition::Column::ArticleId)
        .column(edition::Column::SourceRevision)
        .column(edition::Column::CreatedAt)
        .filter(Expr::col((edition::Entity, edition::Column::Id)).in_subquery(newest.clone()))
        .order_by_desc(edition::Column::CreatedAt)
        .order_by_desc(edition::Column::Id)
        .into_tuple::<(i64, i64, i32, DateTime<Utc>)>()
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(HashMap::new());
    }
    let first: HashMap<i64, DateTime<Utc>> = edition::Entity::find()
        .select_only()
        .column(edition::Column::TranslationId)
        .column_as(edition::Column::CreatedAt.min(), "first")
        .filter(Expr::col(edition::Column::TranslationId).in_subquery(live.clone()))
        .group_by(edition::Column::TranslationId)
        .into_tuple::<(i64, DateTime<Utc>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let languages: HashMap<i64, String> = translation::Entity::find()
        .select_only()
        .column(translation::Column::Id)
        .column(translation::Column::Language)
        .filter(Expr::col((translation::Entity, translation::Column::Id)).in_subquery(live))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let pinned = Query::select()
        .column(edition::Column::TranslationId)
        .column(edition::Column::TranslationRevision)
        .from(edition::Entity)
        .and_where(Expr::col(edition::Column::Id).in_subquery(newest))
        .to_owned();
    let titles: HashMap<i64, String> = translation_revision::Entity::find()
        .select_only()
        .column(translation_revision::Column::TranslationId)
        .column(translation_revision::Column::Title)
        .filter(
            Expr::tuple([
                Expr::col((
                    translation_revision::Entity,
                    translation_revision::Column::TranslationId,
                )),
                Expr::col((
                    translation_revision::Entity,
                    translation_revision::Column::Number,
                )),
            ])
            .in_subquery(pinned),
        )
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut by_article: HashMap<i64, Vec<PublishedTranslation>> = HashMap::new();
    for (t, article, source_revision, updated_at) in rows {
        let missing = || StoreError::corrupt("edition's translation", t.to_string());
        by_article
            .entry(article)
            .or_default()
            .push(PublishedTranslation {
                language: languages.get(&t).cloned().ok_or_else(missing)?,
                title: titles.get(&t).cloned().ok_or_else(missing)?,
                updated_at,
                source_revision,
                first_published_at: first.get(&t).copied().unwrap_or(updated_at),
            });
    }
    for translations in by_article.values_mut() {
        translations.sort_by(|a, b| a.language.cmp(&b.language));
    }
    Ok(by_article)
}
