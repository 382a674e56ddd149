//! Translations across articles, filtered and a page at a time, read in a fixed number of
//! statements whatever the page's length.

use std::collections::HashMap;

use bitext_domain::{Page, State, Translation};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::{
    StoreError, Tx, convert,
    entity::{article, article_revision, translation, user},
};

/// Filters for listing translations.
#[derive(Debug, Clone, Default)]
pub struct TranslationFilter {
    /// Only translations into this language.
    pub language: Option<String>,
    pub state: Option<State>,
    /// Only translations held by the person with this user name.
    pub assignee: Option<String>,
    /// Only outdated translations (`true`), or only current ones (`false`).
    pub outdated: Option<bool>,
}

/// A translation in a list, with its article's title.
#[derive(Debug, Clone)]
pub struct ListedTranslation {
    pub translation: Translation,
    /// The title of the article's head revision.
    pub article_title: String,
    /// The language of the article (and of its title).
    pub article_language: String,
}

impl Tx {
    /// Translations in the order they were started, `limit` at a time after the cursor `after`
    /// (a translation id).
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn list_translations(
        &self,
        filter: &TranslationFilter,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<ListedTranslation>, StoreError> {
        let db = self.conn();
        let mut query = translation::Entity::find().order_by_asc(translation::Column::Id);
        if let Some(after) = after {
            query = query.filter(translation::Column::Id.gt(after));
        }
        if let Some(language) = &filter.language {
            query = query.filter(translation::Column::Language.eq(language.as_str()));
        }
        if let Some(state) = filter.state {
            query = query.filter(translation::Column::State.eq(state.as_str()));
        }
        if let Some(name) = &filter.assignee {
            // The person's id first, so that the index on (assignee, state, id) gives the order.
            let id: Option<i64> = user::Entity::find()
                .select_only()
                .column(user::Column::Id)
                .filter(user::Column::Name.eq(name.as_str()))
                .into_tuple()
                .one(db)
                .await?;
            let Some(id) = id else {
                return Ok(Page {
                    items: Vec::new(),
                    next_cursor: None,
                });
            };
            query = query.filter(translation::Column::AssigneeId.eq(id));
        }
        if let Some(outdated) = filter.outdated {
            // Outdated: the source had a major revision since the revision it renders.
            let major_head = Query::select()
                .column((article::Entity, article::Column::MajorHead))
                .from(article::Entity)
                .and_where(
                    Expr::col((article::Entity, article::Column::Id))
                        .equals((translation::Entity, translation::Column::ArticleId)),
                )
                .to_owned();
            let source = Expr::col((translation::Entity, translation::Column::SourceRevision));
            query = query.filter(if outdated {
                source.lt(major_head)
            } else {
                source.gte(major_head)
            });
        }
        let rows = query.limit(limit + 1).all(db).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |t| t.id);
        if rows.is_empty() {
            return Ok(Page {
                items: Vec::new(),
                next_cursor,
            });
        }

        let articles: HashMap<i64, article::Model> = article::Entity::find()
            .filter(article::Column::Id.is_in(rows.iter().map(|t| t.article_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let mut heads = Condition::any();
        for a in articles.values() {
            heads = heads.add(
                Condition::all()
                    .add(article_revision::Column::ArticleId.eq(a.id))
                    .add(article_revision::Column::Number.eq(a.head)),
            );
        }
        let titles: HashMap<i64, String> = article_revision::Entity::find()
            .select_only()
            .column(article_revision::Column::ArticleId)
            .column(article_revision::Column::Title)
            .filter(heads)
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let people = convert::people_of(db, &rows).await?;
        let items = rows
            .into_iter()
            .map(|t| {
                let a = articles.get(&t.article_id).ok_or_else(|| {
                    StoreError::corrupt("translation's article", t.id.to_string())
                })?;
                Ok(ListedTranslation {
                    article_title: titles.get(&a.id).cloned().unwrap_or_default(),
                    article_language: a.language.clone(),
                    translation: convert::translation(t, a, &people)?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(Page { items, next_cursor })
    }
}
