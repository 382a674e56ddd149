//! A language's feed: its published translations, each as its newest edition has it and dated by
//! its newest edition that readers were told of, read in a fixed number of statements whatever
//! its length.

use std::collections::HashMap;

use bitext_domain::State;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::{
    StoreError, Tx,
    entity::{article, edition, translation, translation_revision},
    publishing::{FeedItem, to_edition},
};

impl Tx {
    /// The translations published into `language` (into any language: `None`), one item each
    /// with its newest edition, the time of its first and the time and note of its newest that
    /// was not minor, most recently published or corrected first (a minor edition, which only
    /// refreshed the original's text, moves nothing), leaving out withdrawn translations.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn feed(
        &self,
        language: Option<&str>,
        limit: u64,
    ) -> Result<Vec<FeedItem>, StoreError> {
        let db = self.conn();
        let mut live = Query::select()
            .column(translation::Column::Id)
            .from(translation::Entity)
            .and_where(Expr::col(translation::Column::State).ne(State::Withdrawn.as_str()))
            .to_owned();
        if let Some(language) = language {
            live.and_where(Expr::col(translation::Column::Language).eq(language));
        }
        // The newest edition of each translation that readers were told of (not minor): its
        // time orders the feed and is the entry's `updated`. Editions are stored in order, and
        // the first is never minor.
        let announced_ids = Query::select()
            .expr(Expr::col(edition::Column::Id).max())
            .from(edition::Entity)
            .and_where(Expr::col(edition::Column::TranslationId).in_subquery(live))
            .and_where(Expr::col(edition::Column::Minor).eq(false))
            .group_by_col(edition::Column::TranslationId)
            .to_owned();
        let announced = edition::Entity::find()
            .filter(Expr::col((edition::Entity, edition::Column::Id)).in_subquery(announced_ids))
            .order_by_desc(edition::Column::CreatedAt)
            .order_by_desc(edition::Column::Id)
            .limit(limit)
            .all(db)
            .await?;
        if announced.is_empty() {
            return Ok(Vec::new());
        }
        // The newest edition of each, minor or not: the text the entry carries.
        let newest_ids = Query::select()
            .expr(Expr::col(edition::Column::Id).max())
            .from(edition::Entity)
            .and_where(
                Expr::col(edition::Column::TranslationId)
                    .is_in(announced.iter().map(|e| e.translation_id)),
            )
            .group_by_col(edition::Column::TranslationId)
            .to_owned();
        let mut newest: HashMap<i64, edition::Model> = edition::Entity::find()
            .filter(Expr::col((edition::Entity, edition::Column::Id)).in_subquery(newest_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|e| (e.translation_id, e))
            .collect();
        let told: Vec<(DateTime<Utc>, Option<String>)> = announced
            .iter()
            .map(|e| (e.created_at, e.correction_note.clone()))
            .collect();
        let rows: Vec<edition::Model> = announced
            .into_iter()
            .map(|e| newest.remove(&e.translation_id).unwrap_or(e))
            .collect();
        let translations: HashMap<i64, translation::Model> = translation::Entity::find()
            .filter(translation::Column::Id.is_in(rows.iter().map(|e| e.translation_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect();
        let slugs: HashMap<i64, String> = article::Entity::find()
            .select_only()
            .column(article::Column::Id)
            .column(article::Column::Slug)
            .filter(article::Column::Id.is_in(rows.iter().map(|e| e.article_id)))
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let mut wanted = Condition::any();
        for e in &rows {
            wanted = wanted.add(
                Condition::all()
                    .add(translation_revision::Column::TranslationId.eq(e.translation_id))
                    .add(translation_revision::Column::Number.eq(e.translation_revision)),
            );
        }
        let first: HashMap<i64, DateTime<Utc>> = edition::Entity::find()
            .select_only()
            .column(edition::Column::TranslationId)
            .column_as(edition::Column::CreatedAt.min(), "first")
            .filter(edition::Column::TranslationId.is_in(rows.iter().map(|e| e.translation_id)))
            .group_by(edition::Column::TranslationId)
            .into_tuple::<(i64, DateTime<Utc>)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let texts: HashMap<(i64, i32), (String, String)> = translation_revision::Entity::find()
            .select_only()
            .column(translation_revision::Column::TranslationId)
            .column(translation_revision::Column::Number)
            .column(translation_revision::Column::Title)
            .column(translation_revision::Column::Body)
            .filter(wanted)
            .into_tuple::<(i64, i32, String, String)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(t, n, title, body)| ((t, n), (title, body)))
            .collect();
        let keys: Vec<(i64, i64, i32)> = rows
            .iter()
            .map(|e| (e.translation_id, e.article_id, e.translation_revision))
            .collect();
        let editions = to_edition(db, rows).await?;
        keys.into_iter()
            .zip(told)
            .zip(editions)
            .map(
                |(((t, a, revision), (updated_at, correction_note)), edition)| {
                    let missing = || StoreError::corrupt("edition's translation", t.to_string());
                    let translation = translations.get(&t).ok_or_else(missing)?;
                    let (title, body) = texts.get(&(t, revision)).cloned().ok_or_else(missing)?;
                    Ok(FeedItem {
                        slug: slugs.get(&a).cloned().ok_or_else(missing)?,
                        language: translation.language.clone(),
                        title,
                        body,
                        first_published_at: first.get(&t).copied().unwrap_or(edition.created_at),
                        updated_at,
                        correction_note,
                        edition,
                    })
                },
            )
            .collect()
    }

    /// The languages with a feed: those of every translation with an edition that is not
    /// withdrawn, as the translations spell them, in no particular order.
    ///
    /// # Errors
    /// Database errors.
    pub async fn feed_languages(&self) -> Result<Vec<String>, StoreError> {
        let published = Query::select()
            .column(edition::Column::TranslationId)
            .from(edition::Entity)
            .to_owned();
        Ok(translation::Entity::find()
            .select_only()
            .column(translation::Column::Language)
            .distinct()
            .filter(translation::Column::State.ne(State::Withdrawn.as_str()))
            .filter(
                Expr::col((translation::Entity, translation::Column::Id)).in_subquery(published),
            )
            .into_tuple::<String>()
            .all(self.conn())
            .await?)
    }
}
