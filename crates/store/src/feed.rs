//! A language's feed: the newest editions, read in a fixed number of statements whatever its
//! length.

use std::collections::HashMap;

use bitext_domain::State;
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
    /// The newest editions into `language` (into any language: `None`), newest first, leaving
    /// out withdrawn translations.
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
        let rows = edition::Entity::find()
            .filter(Expr::col((edition::Entity, edition::Column::TranslationId)).in_subquery(live))
            .order_by_desc(edition::Column::CreatedAt)
            .order_by_desc(edition::Column::Id)
            .limit(limit)
            .all(db)
            .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
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
            .zip(editions)
            .map(|((t, a, revision), edition)| {
                let missing = || StoreError::corrupt("edition's translation", t.to_string());
                let translation = translations.get(&t).ok_or_else(missing)?;
                let (title, body) = texts.get(&(t, revision)).cloned().ok_or_else(missing)?;
                Ok(FeedItem {
                    slug: slugs.get(&a).cloned().ok_or_else(missing)?,
                    language: translation.language.clone(),
                    title,
                    body,
                    edition,
                })
            })
            .collect()
    }
}
