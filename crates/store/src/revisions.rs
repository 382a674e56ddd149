//! The revision stacks of articles and of translations, in one implementation: numbering and
//! parents, the content hash, a lost race told as a stale base, reading one revision with its
//! author, and paging through a history with the authors' names in one more statement.
//!
//! The two stacks differ only in their owner (an article or a translation) and in one column
//! (`minor` for source revisions, `source_revision` for translations): [`Stack`] says which.

use bitext_domain::{Page, Revision};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    FromQueryResult, IntoActiveModel, QueryFilter, QueryOrder, QueryResult, QuerySelect,
    QueryTrait, sea_query::InsertStatement,
};

use crate::{
    NewRevision, StoreError, WriteContext, convert,
    entity::{article_revision, translation_revision},
};

/// One revision stack: whose revisions, and how they are stored.
pub(crate) trait Stack: EntityTrait
where
    Self::Model: IntoActiveModel<Self::ActiveModel> + Sync,
    Self::ActiveModel: ActiveModelTrait<Entity = Self> + sea_orm::ActiveModelBehavior + Send,
{
    /// The column naming the owner (article or translation).
    fn owner() -> Self::Column;
    fn number() -> Self::Column;
    fn number_of(model: &Self::Model) -> i32;
    fn author_of(model: &Self::Model) -> i64;
    /// A new row, with what only this stack stores taken from `rev`.
    fn row(owner: i64, number: i32, author: i64, rev: &NewRevision) -> Self::ActiveModel;
    fn revision(model: Self::Model, author: String) -> Revision;
}

/// The common columns of a new revision row.
struct Common {
    number: i32,
    parent: Option<i32>,
    author: i64,
    message: String,
    title: String,
    body: String,
    content_hash: String,
    created_at: chrono::DateTime<Utc>,
}

fn common(number: i32, author: i64, rev: &NewRevision) -> Common {
    Common {
        number,
        parent: (number > 1).then_some(number - 1),
        author,
        message: rev.message.clone(),
        title: rev.title.clone(),
        body: rev.body.clone(),
        content_hash: rev.derived.content_hash.clone(),
        created_at: bitext_domain::now(),
    }
}

impl Stack for article_revision::Entity {
    fn owner() -> Self::Column {
        article_revision::Column::ArticleId
    }
    fn number() -> Self::Column {
        article_revision::Column::Number
    }
    fn number_of(m: &Self::Model) -> i32 {
        m.number
    }
    fn author_of(m: &Self::Model) -> i64 {
        m.author_id
    }
    fn row(owner: i64, number: i32, author: i64, rev: &NewRevision) -> Self::ActiveModel {
        let c = common(number, author, rev);
        article_revision::ActiveModel {
            article_id: Set(owner),
            number: Set(c.number),
            parent: Set(c.parent),
            author_id: Set(c.author),
            created_at: Set(c.created_at),
            message: Set(c.message),
            title: Set(c.title),
            body: Set(c.body),
            content_hash: Set(c.content_hash),
            minor: Set(rev.minor),
            ..Default::default()
        }
    }
    fn revision(m: Self::Model, author: String) -> Revision {
        convert::article_revision(m, author)
    }
}

impl Stack for translation_revision::Entity {
    fn owner() -> Self::Column {
        translation_revision::Column::TranslationId
    }
    fn number() -> Self::Column {
        translation_revision::Column::Number
    }
    fn number_of(m: &Self::Model) -> i32 {
        m.number
    }
    fn author_of(m: &Self::Model) -> i64 {
        m.author_id
    }
    /// `rev.source_revision` must be set by the caller: the source revision this one renders.
    fn row(owner: i64, number: i32, author: i64, rev: &NewRevision) -> Self::ActiveModel {
        let c = common(number, author, rev);
        translation_revision::ActiveModel {
            translation_id: Set(owner),
            number: Set(c.number),
            parent: Set(c.parent),
            author_id: Set(c.author),
            created_at: Set(c.created_at),
            message: Set(c.message),
            title: Set(c.title),
            body: Set(c.body),
            content_hash: Set(c.content_hash),
            source_revision: Set(rev.source_revision.unwrap_or(1)),
            ..Default::default()
        }
    }
    fn revision(m: Self::Model, author: String) -> Revision {
        convert::translation_revision(m, author)
    }
}

/// Writes revision `number` of `owner` by the writer of `ctx`, after the caller moved the
/// owner's head from `number - 1` in the same transaction. Returns it with its author's name.
///
/// # Errors
/// [`StoreError::Stale`] when that number is taken (another writer won the race).
pub(crate) async fn insert<S>(
    db: &impl ConnectionTrait,
    ctx: &WriteContext,
    owner: i64,
    number: i32,
    rev: &NewRevision,
) -> Result<Revision, StoreError>
where
    S: Stack,
    S::Model: IntoActiveModel<S::ActiveModel> + Sync,
    S::ActiveModel: ActiveModelTrait<Entity = S> + sea_orm::ActiveModelBehavior + Send,
{
    let model = S::row(owner, number, ctx.actor_id, rev)
        .insert(db)
        .await
        .map_err(|e| lost_race(number, e))?;
    Ok(S::revision(model, ctx.actor_name.clone()))
}

/// The statement [`insert`] runs, for a [`crate::batch::Batch`]: it returns the new row, which
/// [`inserted`] reads. A unique violation it meets is told by [`lost_race`].
pub(crate) fn insert_statement<S>(
    ctx: &WriteContext,
    owner: i64,
    number: i32,
    rev: &NewRevision,
) -> InsertStatement
where
    S: Stack,
    S::Model: IntoActiveModel<S::ActiveModel> + Sync,
    S::ActiveModel: ActiveModelTrait<Entity = S> + sea_orm::ActiveModelBehavior + Send,
{
    let mut statement = S::insert(S::row(owner, number, ctx.actor_id, rev)).into_query();
    statement.returning_all();
    statement
}

/// The revision in `row`, which [`insert_statement`] returned, written by the writer of `ctx`.
///
/// # Errors
/// When the row is not a revision row.
pub(crate) fn inserted<S>(row: &QueryResult, ctx: &WriteContext) -> Result<Revision, StoreError>
where
    S: Stack,
    S::Model: IntoActiveModel<S::ActiveModel> + Sync,
    S::ActiveModel: ActiveModelTrait<Entity = S> + sea_orm::ActiveModelBehavior + Send,
{
    let model = S::Model::from_query_result(row, "")?;
    Ok(S::revision(model, ctx.actor_name.clone()))
}

/// `err`, met writing revision `number`: [`StoreError::Stale`] when the number was taken.
pub(crate) fn lost_race(number: i32, err: DbErr) -> StoreError {
    if StoreError::is_unique_violation(&err) {
        StoreError::Stale {
            expected: number - 1,
            current: number,
        }
    } else {
        err.into()
    }
}

/// Revision `number` of `owner`.
///
/// # Errors
/// [`StoreError::RevisionNotFound`].
pub(crate) async fn one<S>(
    db: &impl ConnectionTrait,
    owner: i64,
    number: i32,
) -> Result<Revision, StoreError>
where
    S: Stack,
    S::Model: IntoActiveModel<S::ActiveModel> + Sync,
    S::ActiveModel: ActiveModelTrait<Entity = S> + sea_orm::ActiveModelBehavior + Send,
{
    let model = S::find()
        .filter(S::owner().eq(owner))
        .filter(S::number().eq(number))
        .one(db)
        .await?
        .ok_or(StoreError::RevisionNotFound { number })?;
    let author = convert::user_name(db, S::author_of(&model)).await?;
    Ok(S::revision(model, author))
}

/// `owner`'s revisions, oldest first, `limit` at a time after revision `after`.
///
/// # Errors
/// Database errors only.
pub(crate) async fn page<S>(
    db: &impl ConnectionTrait,
    owner: i64,
    limit: u64,
    after: Option<i64>,
) -> Result<Page<Revision>, StoreError>
where
    S: Stack,
    S::Model: IntoActiveModel<S::ActiveModel> + Sync,
    S::ActiveModel: ActiveModelTrait<Entity = S> + sea_orm::ActiveModelBehavior + Send,
{
    let mut query = S::find()
        .filter(S::owner().eq(owner))
        .order_by_asc(S::number());
    if let Some(after) = after {
        query = query.filter(S::number().gt(after));
    }
    let rows = query.limit(limit + 1).all(db).await?;
    let (rows, next_cursor) = crate::page::split(rows, limit, |r| i64::from(S::number_of(r)));
    let names = convert::user_names(db, rows.iter().map(S::author_of)).await?;
    Ok(Page {
        items: rows
            .into_iter()
            .map(|r| {
                let author = names.get(&S::author_of(&r)).cloned().unwrap_or_default();
                S::revision(r, author)
            })
            .collect(),
        next_cursor,
    })
}
