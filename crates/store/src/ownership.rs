//! Who a translation belongs to: reading it for a decision that must hold until the write
//! commits, and recording a change of hands with its event.

use bitext_domain::{Person, Translation, ownership::Reassignment};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::translation,
    events::{self, NewEvent},
    translations::find_translation_for_update,
};

impl Tx {
    /// A translation, read to decide a write on it by [`find_translation_for_update`]: its row
    /// stays locked until the transaction ends, so that no one changes hands in between, and
    /// the revision and workflow writes of the same transaction lock the same row.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn translation_for_update(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Translation, StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let t = find_translation_for_update(db, &a, language).await?;
        let people = convert::people_of(db, [&t]).await?;
        convert::translation(t, &a, &people)
    }

    /// Gives `t` to the person `change` names (or to no one) and records the change, with who
    /// held it before and who holds it now, in the audit trail. Returns the translation after.
    ///
    /// # Errors
    /// Database errors; the lookups' not-found errors.
    pub async fn reassign(
        &self,
        ctx: &WriteContext,
        t: &Translation,
        change: &Reassignment,
    ) -> Result<Translation, StoreError> {
        let db = self.conn();
        let now = bitext_domain::now();
        translation::Entity::update_many()
            .col_expr(
                translation::Column::AssigneeId,
                Expr::value(change.to.as_ref().map(|p| p.id)),
            )
            .col_expr(translation::Column::UpdatedAt, Expr::value(now))
            .filter(translation::Column::Id.eq(t.id))
            .exec(db)
            .await?;
        let name = |p: &Option<Person>| p.as_ref().map(|p| p.name.clone());
        let detail = serde_json::json!({"from": name(&change.from), "to": name(&change.to)});
        let action = format!("translation.{}", change.handover.as_str());
        events::append(
            db,
            ctx,
            NewEvent {
                article_id: t.article_id,
                translation_id: Some(t.id),
                action: &action,
                from_state: Some(t.state.as_str()),
                to_state: Some(t.state.as_str()),
                revision: Some(t.head),
                detail: Some(detail.to_string()),
            },
        )
        .await?;
        let mut after = t.clone();
        after.assignee = change.to.clone();
        after.updated_at = now;
        Ok(after)
    }
}
