//! Appending to the audit trail, always inside the caller's transaction.

use sea_orm::{
    ActiveValue::Set, ConnectionTrait, EntityTrait, QueryTrait, sea_query::InsertStatement,
};

use crate::{StoreError, WriteContext, entity::event};

/// One audit record to append.
pub(crate) struct NewEvent<'a> {
    pub article_id: i64,
    pub translation_id: Option<i64>,
    pub action: &'a str,
    pub from_state: Option<&'a str>,
    pub to_state: Option<&'a str>,
    pub revision: Option<i32>,
    pub detail: Option<String>,
}

pub(crate) async fn append(
    db: &impl ConnectionTrait,
    ctx: &WriteContext,
    e: NewEvent<'_>,
) -> Result<(), StoreError> {
    // Nothing is read back: the trail is only appended to.
    event::Entity::insert(row(ctx, e))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The statement [`append`] runs, for a [`crate::batch::Batch`].
pub(crate) fn append_statement(ctx: &WriteContext, e: NewEvent<'_>) -> InsertStatement {
    event::Entity::insert(row(ctx, e)).into_query()
}

fn row(ctx: &WriteContext, e: NewEvent<'_>) -> event::ActiveModel {
    event::ActiveModel {
        article_id: Set(e.article_id),
        translation_id: Set(e.translation_id),
        actor_id: Set(ctx.actor_id),
        action: Set(e.action.to_owned()),
        from_state: Set(e.from_state.map(str::to_owned)),
        to_state: Set(e.to_state.map(str::to_owned)),
        revision: Set(e.revision),
        request_id: Set(ctx.request_id.clone()),
        correlation_id: Set(ctx.correlation_id.clone()),
        detail: Set(e.detail),
        created_at: Set(bitext_domain::now()),
        ..Default::default()
    }
}
