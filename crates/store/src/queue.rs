//! The review queue: what waits for someone, read in a fixed number of statements whatever its
//! length.

use std::collections::HashMap;

use bitext_domain::{Action, CheckCounts, QueueItem, Role, State, User};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    StoreError, Tx, convert,
    entity::{article, comment, event, translation, translation_revision},
};

impl Tx {
    /// What waits for `user`, oldest first: for editors, translations in review; for
    /// translators, translations sent back to them (assigned to them). Each item names its
    /// assignee, and who last submitted it and when.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn review_queue(
        &self,
        user: &User,
        language: Option<&str>,
        limit: u64,
    ) -> Result<Vec<QueueItem>, StoreError> {
        let db = self.conn();
        let editor = user.roles.contains(Role::Editor);
        let mut waiting = Condition::any();
        if editor {
            waiting = waiting.add(translation::Column::State.eq(State::InReview.as_str()));
        }
        if user.roles.contains(Role::Translator) {
            let mut sent_back = Condition::all()
                .add(translation::Column::State.eq(State::ChangesRequested.as_str()));
            if !editor {
                sent_back = sent_back.add(translation::Column::AssigneeId.eq(user.id));
            }
            waiting = waiting.add(sent_back);
        }
        if waiting.is_empty() {
            return Ok(Vec::new());
        }
        let mut query = translation::Entity::find()
            .filter(waiting)
            .order_by_asc(translation::Column::UpdatedAt)
            .order_by_asc(translation::Column::Id)
            .limit(limit);
        if let Some(language) = language {
            query = query.filter(translation::Column::Language.eq(language));
        }
        let rows = query.all(db).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = rows.iter().map(|t| t.id).collect();

        let articles: HashMap<i64, article::Model> = article::Entity::find()
            .filter(article::Column::Id.is_in(rows.iter().map(|t| t.article_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let mut heads = Condition::any();
        for t in &rows {
            heads = heads.add(
                Condition::all()
                    .add(translation_revision::Column::TranslationId.eq(t.id))
                    .add(translation_revision::Column::Number.eq(t.head)),
            );
        }
        let mut titles: HashMap<i64, String> = translation_revision::Entity::find()
            .select_only()
            .column(translation_revision::Column::TranslationId)
            .column(translation_revision::Column::Title)
            .filter(heads)
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let open: HashMap<i64, i64> = comment::Entity::find()
            .select_only()
            .column(comment::Column::TranslationId)
            .column_as(comment::Column::Id.count(), "open")
            .filter(comment::Column::TranslationId.is_in(ids.clone()))
            .filter(comment::Column::ResolvedAt.is_null())
            .filter(comment::Column::ParentId.is_null())
            .group_by(comment::Column::TranslationId)
            .into_tuple::<(i64, i64)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        // The newest submission of each: the first row per translation, newest first.
        let mut submitted: HashMap<i64, event::Model> = HashMap::new();
        for e in event::Entity::find()
            .filter(event::Column::TranslationId.is_in(ids))
            .filter(event::Column::Action.eq(Action::Submit.as_str()))
            .order_by_desc(event::Column::Id)
            .all(db)
            .await?
        {
            if let Some(t) = e.translation_id {
                submitted.entry(t).or_insert(e);
            }
        }
        let named: Vec<i64> = submitted
            .values()
            .map(|e| e.actor_id)
            .chain(
                rows.iter()
                    .flat_map(|t| [t.approved_by, t.assignee_id])
                    .flatten(),
            )
            .collect();
        let people = convert::people(db, named).await?;

        rows.into_iter()
            .map(|t| {
                let a = articles.get(&t.article_id).ok_or_else(|| {
                    StoreError::corrupt("translation's article", t.id.to_string())
                })?;
                let submission = submitted.get(&t.id);
                Ok(QueueItem {
                    title: titles.remove(&t.id).unwrap_or_default(),
                    open_comments: open.get(&t.id).copied().unwrap_or(0).unsigned_abs(),
                    submitted_by: submission
                        .and_then(|e| people.get(&e.actor_id))
                        .map(|u| u.display_name.clone()),
                    submitted_at: submission.map(|e| e.created_at),
                    // Counted by the checks, which the application layer runs.
                    checks: CheckCounts::default(),
                    translation: convert::translation(t, a, &people)?,
                })
            })
            .collect()
    }
}
