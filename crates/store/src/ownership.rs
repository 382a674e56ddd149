//! Who a translation belongs to: reading it for a decision that must hold until the write
//! commits, and recording a change of hands with its event.

use bitext_domain::{Person, Translation, ownership::Reassignment};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, IdenStatic, Iterable, QueryFilter,
    sea_query::{Alias, Expr, ExprTrait, JoinType, LockType, Query, SelectStatement},
};

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{article, translation, user},
    events::{self, NewEvent},
};

impl Tx {
    /// A translation, read to decide a write on it with the lock
    /// `translations::find_translation_for_update` takes: its row stays locked until the
    /// transaction ends, so that no one changes hands in between, and the revision and
    /// workflow writes of the same transaction lock the same row.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn translation_for_update(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Translation, StoreError> {
        let db = self.conn();
        // The translation, its article and the two people it names, in one statement: a
        // write holds the database (SQLite) or the row (PostgreSQL) while it reads them.
        let Some(row) = db.query_one(&held_translation(slug, language)).await? else {
            let a = find_article(db, slug).await?;
            return Err(StoreError::TranslationNotFound {
                slug: a.slug,
                language: language.to_owned(),
            });
        };
        let t = translation::Model::from_query_result(&row, "t_")?;
        let a = article::Model::from_query_result(&row, "a_")?;
        let people = [
            user::Model::from_query_result_optional(&row, "ap_")?,
            user::Model::from_query_result_optional(&row, "as_")?,
        ]
        .into_iter()
        .flatten()
        .map(|u| (u.id, u))
        .collect();
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

/// `SELECT` of a translation by its article's slug and its language, with the article, its
/// approver and its assignee, each column named with its table's prefix (`t_`, `a_`, `ap_`,
/// `as_`). On PostgreSQL it locks the translation's row `FOR NO KEY UPDATE` (see
/// `find_translation_for_update`), and no other: the article stays free to be revised.
fn held_translation(slug: &str, language: &str) -> SelectStatement {
    let (t, a, ap, asg) = (
        Alias::new("t"),
        Alias::new("a"),
        Alias::new("ap"),
        Alias::new("as"),
    );
    let mut q = Query::select();
    columns::<translation::Entity>(&mut q, &t, "t_");
    columns::<article::Entity>(&mut q, &a, "a_");
    columns::<user::Entity>(&mut q, &ap, "ap_");
    columns::<user::Entity>(&mut q, &asg, "as_");
    q.from_as(translation::Entity, t.clone())
        .join_as(
            JoinType::InnerJoin,
            article::Entity,
            a.clone(),
            Expr::col((a.clone(), article::Column::Id))
                .equals((t.clone(), translation::Column::ArticleId)),
        )
        .join_as(
            JoinType::LeftJoin,
            user::Entity,
            ap.clone(),
            Expr::col((ap, user::Column::Id)).equals((t.clone(), translation::Column::ApprovedBy)),
        )
        .join_as(
            JoinType::LeftJoin,
            user::Entity,
            asg.clone(),
            Expr::col((asg, user::Column::Id)).equals((t.clone(), translation::Column::AssigneeId)),
        )
        .and_where(Expr::col((a, article::Column::Slug)).eq(slug))
        .and_where(Expr::col((t.clone(), translation::Column::Language)).eq(language))
        .lock_with_tables(LockType::NoKeyUpdate, [t]);
    q
}

/// Selects every column of `E` from the table named `table`, as `{prefix}{column}`.
fn columns<E: EntityTrait>(q: &mut SelectStatement, table: &Alias, prefix: &str) {
    for c in E::Column::iter() {
        q.expr_as(
            Expr::col((table.clone(), c)),
            Alias::new(format!("{prefix}{}", c.as_str())),
        );
    }
}
