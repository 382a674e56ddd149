//! Source articles and their revisions.

use std::collections::HashMap;

use bitext_domain::{Article, Page, Revision, State};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::{
    NewRevision, StoreError, Tx, WriteContext, convert,
    entity::{article, article_revision, translation},
    events::{self, NewEvent},
    revisions,
    search::{self, Doc},
};

/// Filters for listing articles.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Only articles written in this (source) language.
    pub language: Option<String>,
    /// Only articles with a translation into this language; the state and outdated filters
    /// then look at that translation only.
    pub translation_language: Option<String>,
    /// Only articles with a translation in this state.
    pub state: Option<State>,
    /// Only articles with (or without) an outdated translation.
    pub outdated: Option<bool>,
}

impl Tx {
    /// Creates an article with its first revision.
    ///
    /// # Errors
    /// [`StoreError::SlugTaken`] when the slug is in use.
    pub async fn create_article(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        rev: NewRevision,
    ) -> Result<(Article, Revision), StoreError> {
        let txn = self.conn();
        let now = bitext_domain::now();
        let inserted = article::ActiveModel {
            slug: Set(slug.to_owned()),
            language: Set(language.to_owned()),
            head: Set(1),
            major_head: Set(1),
            created_by: Set(ctx.actor_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await;
        let model = match inserted {
            Ok(m) => m,
            Err(e) if StoreError::is_unique_violation(&e) => {
                return Err(StoreError::SlugTaken {
                    slug: slug.to_owned(),
                });
            }
            Err(e) => return Err(e.into()),
        };
        let revision =
            revisions::insert::<article_revision::Entity>(txn, ctx, model.id, 1, &rev).await?;
        search::mark(txn, article_doc(&model), revision.created_at).await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: model.id,
                translation_id: None,
                action: "article.create",
                from_state: None,
                to_state: None,
                revision: Some(1),
                detail: None,
            },
        )
        .await?;
        Ok((convert::article(model), revision))
    }

    /// An article by slug.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`].
    pub async fn article(&self, slug: &str) -> Result<Article, StoreError> {
        find_article(self.conn(), slug).await.map(convert::article)
    }

    /// Articles in creation order, `limit` at a time, after the cursor `after` (an article id).
    ///
    /// # Errors
    /// Database errors only.
    pub async fn list_articles(
        &self,
        filter: &ArticleFilter,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<Article>, StoreError> {
        let mut query = article::Entity::find().order_by_asc(article::Column::Id);
        if let Some(after) = after {
            query = query.filter(article::Column::Id.gt(after));
        }
        if let Some(language) = &filter.language {
            query = query.filter(article::Column::Language.eq(language.as_str()));
        }
        // The translations the other filters look at: all, or those into one language.
        let translations = || {
            let mut sub = Query::select();
            sub.column(translation::Column::ArticleId)
                .from(translation::Entity);
            if let Some(language) = &filter.translation_language {
                sub.and_where(
                    Expr::col((translation::Entity, translation::Column::Language))
                        .eq(language.as_str()),
                );
            }
            sub
        };
        if filter.translation_language.is_some() {
            query = query.filter(
                Expr::col((article::Entity, article::Column::Id)).in_subquery(translations()),
            );
        }
        if let Some(state) = filter.state {
            query = query.filter(
                Expr::col((article::Entity, article::Column::Id)).in_subquery(
                    translations()
                        .and_where(
                            Expr::col((translation::Entity, translation::Column::State))
                                .eq(state.as_str()),
                        )
                        .to_owned(),
                ),
            );
        }
        if let Some(outdated) = filter.outdated {
            let sub = translations()
                .and_where(
                    Expr::col((translation::Entity, translation::Column::SourceRevision))
                        .lt(Expr::col((article::Entity, article::Column::MajorHead))),
                )
                .to_owned();
            let id = Expr::col((article::Entity, article::Column::Id));
            query = query.filter(if outdated {
                id.in_subquery(sub)
            } else {
                id.not_in_subquery(sub)
            });
        }
        let rows = query.limit(limit + 1).all(self.conn()).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |a| a.id);
        Ok(Page {
            items: rows.into_iter().map(convert::article).collect(),
            next_cursor,
        })
    }

    /// The titles of these articles' head revisions, by article id, in one query.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn head_titles(
        &self,
        articles: &[Article],
    ) -> Result<std::collections::HashMap<i64, String>, StoreError> {
        if articles.is_empty() {
            return Ok(Default::default());
        }
        let mut heads = sea_orm::Condition::any();
        for a in articles {
            heads = heads.add(
                sea_orm::Condition::all()
                    .add(article_revision::Column::ArticleId.eq(a.id))
                    .add(article_revision::Column::Number.eq(a.head)),
            );
        }
        Ok(article_revision::Entity::find()
            .filter(heads)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|r| (r.article_id, r.title))
            .collect())
    }

    /// Adds a revision to an article whose head is `expected_head`.
    ///
    /// The head moves by a conditional update first, so that of two writers racing from the same
    /// head exactly one succeeds; the unique `(article, number)` constraint backs it up.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`]; [`StoreError::Stale`] when the head has moved.
    pub async fn add_article_revision(
        &self,
        ctx: &WriteContext,
        slug: &str,
        expected_head: i32,
        rev: NewRevision,
    ) -> Result<(Article, Revision), StoreError> {
        let txn = self.conn();
        let number = expected_head + 1;
        let mut update = article::Entity::update_many()
            .col_expr(article::Column::Head, Expr::value(number))
            .col_expr(
                article::Column::UpdatedAt,
                Expr::value(bitext_domain::now()),
            )
            .filter(article::Column::Slug.eq(slug))
            .filter(article::Column::Head.eq(expected_head));
        if !rev.minor {
            update = update.col_expr(article::Column::MajorHead, Expr::value(number));
        }
        // The update returns the article as moved, so it need not be read again.
        let Some(model) = update.exec_with_returning(txn).await?.pop() else {
            let current = find_article(txn, slug).await?;
            return Err(StoreError::Stale {
                expected: expected_head,
                current: current.head,
            });
        };
        // The revision, the search mark and the trail go together: one round trip on SQLite.
        let mut writes = self.batch();
        writes.push(&revisions::insert_statement::<article_revision::Entity>(
            ctx, model.id, number, &rev,
        ));
        writes.push_statement(search::mark_statement(
            writes.backend(),
            article_doc(&model),
            model.updated_at,
        ));
        writes.push(&events::append_statement(
            ctx,
            NewEvent {
                article_id: model.id,
                translation_id: None,
                action: if rev.minor {
                    "article.revise-minor"
                } else {
                    "article.revise"
                },
                from_state: None,
                to_state: None,
                revision: Some(number),
                detail: None,
            },
        ));
        let rows = self
            .run(writes)
            .await
            .map_err(|e| revisions::lost_race(number, e))?;
        let [inserted] = rows.as_slice() else {
            return Err(
                DbErr::Custom(format!("a revision's insert returned {} rows", rows.len())).into(),
            );
        };
        let revision = revisions::inserted::<article_revision::Entity>(inserted, ctx)?;
        Ok((convert::article(model), revision))
    }

    /// An article's revisions, oldest first, `limit` at a time after revision `after`.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`].
    pub async fn list_article_revisions(
        &self,
        slug: &str,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<Revision>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        revisions::page::<article_revision::Entity>(self.conn(), a.id, limit, after).await
    }

    /// One revision of an article.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::RevisionNotFound`].
    pub async fn article_revision(&self, slug: &str, number: i32) -> Result<Revision, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        article_revision_of(self.conn(), a.id, number).await
    }
}

/// The slug and language of each of the articles `ids`, by id.
pub(crate) async fn slugs_and_languages(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, (String, String)>, StoreError> {
    Ok(article::Entity::find()
        .select_only()
        .column(article::Column::Id)
        .column(article::Column::Slug)
        .column(article::Column::Language)
        .filter(article::Column::Id.is_in(ids))
        .into_tuple::<(i64, String, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, slug, language)| (id, (slug, language)))
        .collect())
}

pub(crate) async fn find_article(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<article::Model, StoreError> {
    article::Entity::find()
        .filter(article::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::ArticleNotFound {
            slug: slug.to_owned(),
        })
}

pub(crate) async fn article_revision_of(
    db: &impl ConnectionTrait,
    article_id: i64,
    number: i32,
) -> Result<Revision, StoreError> {
    revisions::one::<article_revision::Entity>(db, article_id, number).await
}

/// An article as a search document.
fn article_doc(model: &article::Model) -> Doc {
    Doc::Article { id: model.id }
}
