//! Translations of articles and their revisions.

use bitext_domain::{Event, Page, Revision, RevisionSummary, State, Translation, WorkflowError};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, LockType},
};

use crate::{
    NewRevision, StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{article, event, translation, translation_revision},
    events::{self, NewEvent},
    revisions,
    search::{self, Doc},
};

impl Tx {
    /// Creates a translation in `draft` with its first revision, pinned to the article's head.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::SameLanguage`],
    /// [`StoreError::TranslationExists`].
    pub async fn create_translation(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        rev: NewRevision,
    ) -> Result<(Translation, Revision), StoreError> {
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        if a.language == language {
            return Err(StoreError::SameLanguage {
                language: language.to_owned(),
            });
        }
        let now = bitext_domain::now();
        let inserted = translation::ActiveModel {
            article_id: Set(a.id),
            language: Set(language.to_owned()),
            state: Set(State::Draft.as_str().to_owned()),
            head: Set(1),
            source_revision: Set(a.head),
            created_by: Set(ctx.actor_id),
            assignee_id: Set(Some(ctx.actor_id)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await;
        let model = match inserted {
            Ok(m) => m,
            Err(e) if StoreError::is_unique_violation(&e) => {
                return Err(StoreError::TranslationExists {
                    slug: slug.to_owned(),
                    language: language.to_owned(),
                });
            }
            Err(e) => return Err(e.into()),
        };
        let rev = NewRevision {
            source_revision: Some(a.head),
            ..rev
        };
        let revision =
            revisions::insert::<translation_revision::Entity>(txn, ctx, model.id, 1, &rev).await?;
        search::mark(txn, translation_doc(&model), revision.created_at).await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(model.id),
                action: "translation.create",
                from_state: None,
                to_state: Some(State::Draft.as_str()),
                revision: Some(1),
                detail: None,
            },
        )
        .await?;
        let people = convert::people_of(txn, [&model]).await?;
        Ok((convert::translation(model, &a, &people)?, revision))
    }

    /// A translation by article slug and language.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn translation(&self, slug: &str, language: &str) -> Result<Translation, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        let people = convert::people_of(self.conn(), [&t]).await?;
        convert::translation(t, &a, &people)
    }

    /// An article's translations, by language.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`].
    pub async fn translations_of(&self, slug: &str) -> Result<Vec<Translation>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let rows = translation::Entity::find()
            .filter(translation::Column::ArticleId.eq(a.id))
            .order_by_asc(translation::Column::Language)
            .all(self.conn())
            .await?;
        let people = convert::people_of(self.conn(), &rows).await?;
        rows.into_iter()
            .map(|t| convert::translation(t, &a, &people))
            .collect()
    }

    /// Adds a revision on top of the head of `held`, the translation as
    /// [`Tx::translation_for_update`] read it in this transaction (its row stays locked until
    /// the commit, so nothing changes it in between). On an approved translation the approval is
    /// superseded and it returns to review; on a published one a correction begins (back to
    /// draft). Returns the translation after, without reading it again.
    ///
    /// # Errors
    /// [`StoreError::SourceRevisionInvalid`], [`StoreError::Workflow`] on a withdrawn
    /// translation, and [`StoreError::Stale`] should the head have moved all the same.
    pub async fn add_translation_revision(
        &self,
        ctx: &WriteContext,
        held: &Translation,
        rev: NewRevision,
    ) -> Result<(Translation, Revision), StoreError> {
        let txn = self.conn();
        let from = held.state;
        let to = from
            .after_new_revision()
            .ok_or(WorkflowError::RevisionNotAllowed { state: from })?;
        let source_revision = rev.source_revision.unwrap_or(held.source_revision);
        if source_revision < 1 || source_revision > held.article_head {
            return Err(StoreError::SourceRevisionInvalid {
                number: source_revision,
                head: held.article_head,
            });
        }
        let superseded = from == State::Approved;
        let now = bitext_domain::now();
        let mut update = translation::Entity::update_many()
            .col_expr(translation::Column::Head, Expr::value(held.head + 1))
            .col_expr(translation::Column::State, Expr::value(to.as_str()))
            .col_expr(
                translation::Column::SourceRevision,
                Expr::value(source_revision),
            )
            .col_expr(translation::Column::UpdatedAt, Expr::value(now))
            .filter(translation::Column::Id.eq(held.id))
            .filter(translation::Column::Head.eq(held.head))
            .filter(translation::Column::State.eq(from.as_str()));
        if superseded {
            update = update
                .col_expr(
                    translation::Column::ApprovedRevision,
                    Expr::value(Option::<i32>::None),
                )
                .col_expr(
                    translation::Column::ApprovedBy,
                    Expr::value(Option::<i64>::None),
                );
        }
        let number = held.head + 1;
        let rev = NewRevision {
            source_revision: Some(source_revision),
            ..rev
        };
        let doc = Doc::Translation {
            id: held.id,
            article_id: held.article_id,
        };
        let event = |action| NewEvent {
            article_id: held.article_id,
            translation_id: Some(held.id),
            action,
            from_state: Some(from.as_str()),
            to_state: Some(to.as_str()),
            revision: Some(number),
            detail: None,
        };
        // The head's move, the revision, the search mark and the trail go together: one round
        // trip on SQLite. The update returns the row it moved, the insert the revision.
        let mut update = update.into_query();
        update.returning_col(translation::Column::Id);
        let mut writes = self.batch();
        writes.push(&update);
        writes.push(
            &revisions::insert_statement::<translation_revision::Entity>(
                ctx, held.id, number, &rev,
            ),
        );
        writes.push_statement(search::mark_statement(writes.backend(), doc, now));
        writes.push(&events::append_statement(ctx, event("translation.revise")));
        if superseded {
            let mut e = event("approval.superseded");
            e.detail = held
                .approved_revision
                .map(|n| format!("{{\"approved_revision\":{n}}}"));
            writes.push(&events::append_statement(ctx, e));
        }
        let rows = self
            .run(writes)
            .await
            .map_err(|e| revisions::lost_race(number, e))?;
        let [_moved, inserted] = rows.as_slice() else {
            // The head did not move (only a caller that did not lock the row gets here); what
            // else was written goes with the transaction, which the caller drops.
            let current = translation::Entity::find_by_id(held.id)
                .one(txn)
                .await?
                .map_or(held.head, |t| t.head);
            return Err(StoreError::Stale {
                expected: held.head,
                current,
            });
        };
        let revision = revisions::inserted::<translation_revision::Entity>(inserted, ctx)?;
        let after = Translation {
            state: to,
            head: number,
            source_revision,
            approved_revision: if superseded {
                None
            } else {
                held.approved_revision
            },
            approved_by: if superseded {
                None
            } else {
                held.approved_by.clone()
            },
            updated_at: now,
            ..held.clone()
        };
        Ok((after, revision))
    }

    /// A translation's revisions, oldest first, `limit` at a time after revision `after`.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn list_translation_revisions(
        &self,
        slug: &str,
        language: &str,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<Revision>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        revisions::page::<translation_revision::Entity>(self.conn(), t.id, limit, after).await
    }

    /// Every revision of a translation, oldest first, without titles and texts: what a list
    /// of them shows. One statement for the revisions, one for their authors' names.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn translation_revision_summaries(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Vec<RevisionSummary>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        let rows: Vec<(i32, i64, chrono::DateTime<chrono::Utc>, String, i32)> =
            translation_revision::Entity::find()
                .select_only()
                .column(translation_revision::Column::Number)
                .column(translation_revision::Column::AuthorId)
                .column(translation_revision::Column::CreatedAt)
                .column(translation_revision::Column::Message)
                .column(translation_revision::Column::SourceRevision)
                .filter(translation_revision::Column::TranslationId.eq(t.id))
                .order_by_asc(translation_revision::Column::Number)
                .into_tuple()
                .all(self.conn())
                .await?;
        let names = convert::user_names(self.conn(), rows.iter().map(|r| r.1)).await?;
        Ok(rows
            .into_iter()
            .map(
                |(number, author, created_at, message, source_revision)| RevisionSummary {
                    number,
                    author: names.get(&author).cloned().unwrap_or_default(),
                    created_at,
                    message,
                    source_revision: Some(source_revision),
                },
            )
            .collect())
    }

    /// One revision of a translation.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`],
    /// [`StoreError::RevisionNotFound`].
    pub async fn translation_revision(
        &self,
        slug: &str,
        language: &str,
        number: i32,
    ) -> Result<Revision, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        revisions::one::<translation_revision::Entity>(self.conn(), t.id, number).await
    }

    /// A translation's audit trail, oldest first.
    ///
    /// # Errors
    /// [`StoreError::ArticleNotFound`], [`StoreError::TranslationNotFound`].
    pub async fn translation_events(
        &self,
        slug: &str,
        language: &str,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<Event>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        let mut query = event::Entity::find()
            .filter(event::Column::TranslationId.eq(t.id))
            .order_by_asc(event::Column::Id);
        if let Some(after) = after {
            query = query.filter(event::Column::Id.gt(after));
        }
        let rows = query.limit(limit + 1).all(self.conn()).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |r| r.id);
        let names = convert::user_names(self.conn(), rows.iter().map(|r| r.actor_id)).await?;
        Ok(Page {
            items: rows
                .into_iter()
                .map(|r| {
                    let actor = names.get(&r.actor_id).cloned().unwrap_or_default();
                    convert::event(r, actor)
                })
                .collect(),
            next_cursor,
        })
    }
}

pub(crate) async fn find_translation(
    db: &impl ConnectionTrait,
    a: &article::Model,
    language: &str,
) -> Result<translation::Model, StoreError> {
    translation::Entity::find()
        .filter(translation::Column::ArticleId.eq(a.id))
        .filter(translation::Column::Language.eq(language))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::TranslationNotFound {
            slug: a.slug.clone(),
            language: language.to_owned(),
        })
}

/// [`find_translation`] for a write that decides on what it reads: the row is locked until the
/// transaction ends (`FOR NO KEY UPDATE` on PostgreSQL; SQLite's write transaction already
/// holds the whole database), so a concurrent writer waits, then reads what this one
/// committed. Every read the decision makes after this one sees the same state.
///
/// The lock is the one an `UPDATE` of the row takes, not `FOR UPDATE`: it leaves rows that
/// refer to the translation free to be written meanwhile. The search indexer, which holds the
/// waiting documents a revision marks, writes such rows (`search_documents`); were it made to
/// wait for this lock, it and the revision would wait for each other.
pub(crate) async fn find_translation_for_update(
    db: &impl ConnectionTrait,
    a: &article::Model,
    language: &str,
) -> Result<translation::Model, StoreError> {
    translation::Entity::find()
        .filter(translation::Column::ArticleId.eq(a.id))
        .filter(translation::Column::Language.eq(language))
        .lock(LockType::NoKeyUpdate)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::TranslationNotFound {
            slug: a.slug.clone(),
            language: language.to_owned(),
        })
}

/// A translation as a search document.
fn translation_doc(model: &translation::Model) -> Doc {
    Doc::Translation {
        id: model.id,
        article_id: model.article_id,
    }
}
