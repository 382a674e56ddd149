//! Workflow actions on translations, the review queue, and what each editor last reviewed.
//! An action is decided by the domain on data read inside the write transaction, then applied
//! by one conditional update, with its event (and, for requested changes, its comment) in the
//! same transaction.

use bitext_domain::{Action, ActionRequest, Event, Translation, User, decide};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{comment, edition, event, translation, translation_revision},
    events::{self, NewEvent},
    publishing::{NewEdition, create_edition},
    translations::{find_translation, find_translation_for_update},
    webhooks::enqueue,
};

/// An action as asked for.
#[derive(Debug, Clone)]
pub struct ActionInput {
    pub action: Action,
    pub revision: Option<i32>,
    pub comment: Option<String>,
    /// Publishing a correction: the note shown to readers.
    pub correction_note: Option<String>,
    pub acknowledge_outdated: bool,
    /// Approving although review threads are open.
    pub acknowledge_open_threads: bool,
}

/// What the application layer settles before an action: the deployment's setting and what the
/// checks found on the revision an approval names.
#[derive(Debug, Clone, Copy, Default)]
pub struct ActionRules {
    /// Let an editor approve a translation they wrote a revision of since the last approval.
    pub allow_self_approval: bool,
    /// Error-level check findings on the revision approved that are neither fixed nor
    /// dismissed.
    pub failing_checks: u64,
}

/// Events that record a review by an editor.
const REVIEW_ACTIONS: [&str; 2] = ["approve", "request_changes"];

impl Tx {
    /// Applies a workflow action under `rules`.
    ///
    /// # Errors
    /// [`StoreError::Workflow`] or [`StoreError::Transition`] when the rules refuse it (nothing is
    /// written), and the lookups' not-found errors.
    pub async fn apply_action(
        &self,
        ctx: &WriteContext,
        actor: &User,
        slug: &str,
        language: &str,
        input: &ActionInput,
        rules: ActionRules,
    ) -> Result<Translation, StoreError> {
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        let t = find_translation_for_update(txn, &a, language).await?;
        let state = convert::state(&t.state)?;
        let last_approval = event::Entity::find()
            .filter(event::Column::TranslationId.eq(t.id))
            .filter(event::Column::Action.eq("approve"))
            .order_by_desc(event::Column::Id)
            .one(txn)
            .await?
            .and_then(|e| e.revision)
            .unwrap_or(0);
        let authors: Vec<i64> = translation_revision::Entity::find()
            .select_only()
            .column(translation_revision::Column::AuthorId)
            .filter(translation_revision::Column::TranslationId.eq(t.id))
            .filter(translation_revision::Column::Number.gt(last_approval))
            .into_tuple()
            .all(txn)
            .await?;
        let comment = input
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        let correction_note = input
            .correction_note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let has_editions = edition::Entity::find()
            .filter(edition::Column::TranslationId.eq(t.id))
            .count(txn)
            .await?
            > 0;
        let open_threads = if input.action == Action::Approve {
            open_threads(txn, t.id).await?
        } else {
            0
        };
        let transition = decide(&ActionRequest {
            action: input.action,
            state,
            roles: actor.roles,
            actor: actor.id,
            head: t.head,
            revision: input.revision,
            comment,
            source_revision: t.source_revision,
            source_head: a.major_head,
            acknowledge_outdated: input.acknowledge_outdated,
            authors_since_approval: &authors,
            allow_self_approval: rules.allow_self_approval,
            open_threads,
            acknowledge_open_threads: input.acknowledge_open_threads,
            failing_checks: rules.failing_checks,
            has_editions,
            correction_note,
        })?;

        let mut update = translation::Entity::update_many()
            .col_expr(
                translation::Column::State,
                Expr::value(transition.to.as_str()),
            )
            .col_expr(
                translation::Column::UpdatedAt,
                Expr::value(bitext_domain::now()),
            )
            .filter(translation::Column::Id.eq(t.id))
            .filter(translation::Column::State.eq(state.as_str()))
            .filter(translation::Column::Head.eq(t.head));
        let none_i32 = || Expr::value(Option::<i32>::None);
        update = match input.action {
            Action::Submit => update.col_expr(
                translation::Column::LastSubmittedRevision,
                Expr::value(t.head),
            ),
            Action::Approve => update
                .col_expr(translation::Column::ApprovedRevision, Expr::value(t.head))
                .col_expr(translation::Column::ApprovedBy, Expr::value(actor.id)),
            Action::Publish => update.col_expr(
                translation::Column::PublishedRevision,
                Expr::value(t.approved_revision.unwrap_or(t.head)),
            ),
            Action::Withdraw => update.col_expr(
                translation::Column::WithdrawnReason,
                Expr::value(comment.map(str::to_owned)),
            ),
            Action::Reopen => update
                .col_expr(translation::Column::ApprovedRevision, none_i32())
                .col_expr(
                    translation::Column::ApprovedBy,
                    Expr::value(Option::<i64>::None),
                )
                .col_expr(
                    translation::Column::WithdrawnReason,
                    Expr::value(Option::<String>::None),
                ),
            Action::RequestChanges => update,
        };
        if update.exec(txn).await?.rows_affected != 1 {
            // Someone changed the translation since we read it; nothing was written.
            let current = find_translation(txn, &a, language).await?;
            return Err(StoreError::Stale {
                expected: t.head,
                current: current.head,
            });
        }

        let mut detail = serde_json::Map::new();
        if let Some(c) = comment {
            detail.insert("comment".into(), c.into());
        }
        if let Some(note) = input
            .correction_note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            detail.insert("correction_note".into(), note.into());
        }
        if input.action == Action::Publish && t.source_revision < a.major_head {
            detail.insert("acknowledged_outdated".into(), true.into());
            detail.insert("source_revision".into(), t.source_revision.into());
            detail.insert("source_head".into(), a.major_head.into());
        }
        if input.action == Action::Approve && open_threads > 0 {
            detail.insert("acknowledged_open_threads".into(), true.into());
            detail.insert("open_threads".into(), open_threads.into());
        }
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: input.action.as_str(),
                from_state: Some(transition.from.as_str()),
                to_state: Some(transition.to.as_str()),
                revision: Some(t.head),
                detail: (!detail.is_empty()).then(|| serde_json::Value::Object(detail).to_string()),
            },
        )
        .await?;
        if let (Action::RequestChanges, Some(c)) = (input.action, comment) {
            comment::ActiveModel {
                translation_id: Set(t.id),
                revision: Set(t.head),
                author_id: Set(actor.id),
                body: Set(c.to_owned()),
                created_at: Set(bitext_domain::now()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        let updated = find_translation(txn, &a, language).await?;
        match input.action {
            Action::Publish => {
                let note = if has_editions { correction_note } else { None };
                create_edition(
                    txn,
                    ctx,
                    &a,
                    &updated,
                    NewEdition::publishing(&updated, note),
                )
                .await?;
            }
            Action::Withdraw => {
                enqueue(
                    txn,
                    "translation.withdrawn",
                    serde_json::json!({
                        "event": "translation.withdrawn",
                        "slug": a.slug,
                        "language": updated.language,
                        "reason": comment,
                        "at": bitext_domain::now(),
                    }),
                )
                .await?;
            }
            _ => {}
        }
        let people = convert::people_of(txn, [&updated]).await?;
        convert::translation(updated, &a, &people)
    }

    /// The revision `user` last reviewed (approved or sent back) on this translation.
    ///
    /// # Errors
    /// The lookups' not-found errors.
    pub async fn last_reviewed_revision(
        &self,
        slug: &str,
        language: &str,
        user_id: i64,
    ) -> Result<Option<i32>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        Ok(event::Entity::find()
            .filter(event::Column::TranslationId.eq(t.id))
            .filter(event::Column::ActorId.eq(user_id))
            .filter(event::Column::Action.is_in(REVIEW_ACTIONS))
            .order_by_desc(event::Column::Id)
            .one(self.conn())
            .await?
            .and_then(|e| e.revision))
    }
}

/// Counts of unresolved comment threads by translation, for summaries.
pub(crate) async fn open_threads(
    db: &impl ConnectionTrait,
    translation_id: i64,
) -> Result<u64, StoreError> {
    Ok(comment::Entity::find()
        .filter(comment::Column::TranslationId.eq(translation_id))
        .filter(comment::Column::ResolvedAt.is_null())
        .filter(comment::Column::ParentId.is_null())
        .count(db)
        .await?)
}

impl Tx {
    /// The newest event of `action` (such as `submit`) on a translation, if any.
    ///
    /// # Errors
    /// The lookups' not-found errors.
    pub async fn last_translation_event(
        &self,
        slug: &str,
        language: &str,
        action: &str,
    ) -> Result<Option<Event>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        let Some(row) = event::Entity::find()
            .filter(event::Column::TranslationId.eq(t.id))
            .filter(event::Column::Action.eq(action))
            .order_by_desc(event::Column::Id)
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let actor = convert::user_name(self.conn(), row.actor_id).await?;
        Ok(Some(convert::event(row, actor)))
    }

    /// The revision a translation was last approved at, by anyone, if ever.
    ///
    /// # Errors
    /// The lookups' not-found errors.
    pub async fn last_approved_revision(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Option<i32>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        Ok(event::Entity::find()
            .filter(event::Column::TranslationId.eq(t.id))
            .filter(event::Column::Action.eq(Action::Approve.as_str()))
            .order_by_desc(event::Column::Id)
            .one(self.conn())
            .await?
            .and_then(|e| e.revision))
    }
}
