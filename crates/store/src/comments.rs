//! Review comments: anchored to a paragraph (and optionally a quoted span) of a revision,
//! threaded, resolvable; read against a later revision, each anchor follows its paragraph.

use std::collections::HashMap;

use bitext_domain::{Anchor, Comment, CommentError, Page, anchor};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, sea_query::Expr,
};

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{comment, translation_revision},
    events::{self, NewEvent},
    translations::find_translation,
};

/// A comment as written.
#[derive(Debug, Clone, Default)]
pub struct NewComment {
    /// The revision commented on (default: the head; a reply: its parent's).
    pub revision: Option<i32>,
    /// The paragraph (0-based) commented on.
    pub paragraph: Option<i32>,
    /// A span quoted from that paragraph.
    pub quote: Option<String>,
    pub body: String,
    /// The comment this one answers.
    pub parent_id: Option<i64>,
}

const MAX_BODY: usize = 10_000;

impl Tx {
    /// Adds a comment.
    ///
    /// # Errors
    /// [`StoreError::Comment`] for an empty body, a revision, paragraph or quote that is not in
    /// the text, or a parent from elsewhere; the lookups' not-found errors.
    pub async fn add_comment(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        mut input: NewComment,
    ) -> Result<Comment, StoreError> {
        let body = input.body.trim();
        if body.is_empty() {
            return Err(CommentError::Empty.into());
        }
        if body.chars().count() > MAX_BODY {
            return Err(CommentError::TooLong { max: MAX_BODY }.into());
        }
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        let t = find_translation(txn, &a, language).await?;
        if let Some(parent_id) = input.parent_id {
            let parent = comment::Entity::find_by_id(parent_id)
                .one(txn)
                .await?
                .filter(|p| p.translation_id == t.id)
                .ok_or(CommentError::ParentNotFound { id: parent_id })?;
            input.revision = input.revision.or(Some(parent.revision));
            input.paragraph = input.paragraph.or(parent.paragraph);
        }
        let revision = input.revision.unwrap_or(t.head);
        if !(1..=t.head).contains(&revision) {
            return Err(CommentError::RevisionOutOfRange {
                number: revision,
                head: t.head,
            }
            .into());
        }
        let text = revision_body(txn, t.id, revision).await?;
        if let Some(p) = input.paragraph {
            let para = usize::try_from(p)
                .ok()
                .and_then(|p| anchor::paragraph(&text, p))
                .ok_or(CommentError::ParagraphNotFound {
                    revision,
                    paragraph: p,
                })?;
            if let Some(q) = input.quote.as_deref().filter(|q| !q.is_empty())
                && !para.contains(q)
            {
                return Err(CommentError::QuoteNotFound { paragraph: p }.into());
            }
        } else if input.quote.as_deref().is_some_and(|q| !q.is_empty()) {
            return Err(CommentError::QuoteWithoutParagraph.into());
        }
        let model = comment::ActiveModel {
            translation_id: Set(t.id),
            revision: Set(revision),
            parent_id: Set(input.parent_id),
            author_id: Set(ctx.actor_id),
            paragraph: Set(input.paragraph),
            quote: Set(input.quote.filter(|q| !q.is_empty())),
            body: Set(body.to_owned()),
            created_at: Set(bitext_domain::now()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: "comment.add",
                from_state: None,
                to_state: None,
                revision: Some(revision),
                detail: Some(format!("{{\"comment\":{}}}", model.id)),
            },
        )
        .await?;
        let author = ctx.actor_name.clone();
        Ok(to_comment(model, author, None, None))
    }

    /// A translation's comments, oldest first, with anchors followed to revision `at`
    /// (default: the head).
    ///
    /// # Errors
    /// [`StoreError::Comment`] for `at` outside the history; the lookups' not-found errors.
    pub async fn comments(
        &self,
        slug: &str,
        language: &str,
        at: Option<i32>,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<Comment>, StoreError> {
        let a = find_article(self.conn(), slug).await?;
        let t = find_translation(self.conn(), &a, language).await?;
        let at = at.unwrap_or(t.head);
        if !(1..=t.head).contains(&at) {
            return Err(CommentError::RevisionOutOfRange {
                number: at,
                head: t.head,
            }
            .into());
        }
        let mut query = comment::Entity::find()
            .filter(comment::Column::TranslationId.eq(t.id))
            .order_by_asc(comment::Column::Id);
        if let Some(after) = after {
            query = query.filter(comment::Column::Id.gt(after));
        }
        let rows = query.limit(limit + 1).all(self.conn()).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |c| c.id);
        let mut ids: Vec<i64> = rows.iter().map(|c| c.author_id).collect();
        ids.extend(rows.iter().filter_map(|c| c.resolved_by));
        let names = convert::user_names(self.conn(), ids).await?;
        let target = revision_body(self.conn(), t.id, at).await?;
        let mut maps: HashMap<i32, Vec<Option<usize>>> = HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for c in rows {
            let anchor = match c.paragraph {
                Some(p) => {
                    if let std::collections::hash_map::Entry::Vacant(slot) = maps.entry(c.revision)
                    {
                        let from = revision_body(self.conn(), t.id, c.revision).await?;
                        slot.insert(anchor::paragraph_map(&from, &target));
                    }
                    let moved = usize::try_from(p)
                        .ok()
                        .and_then(|p| maps[&c.revision].get(p).copied().flatten());
                    Some(Anchor {
                        revision: at,
                        paragraph: moved.and_then(|m| i32::try_from(m).ok()),
                        status: anchor::status(&target, moved, c.quote.as_deref()),
                    })
                }
                None => None,
            };
            let author = names.get(&c.author_id).cloned().unwrap_or_default();
            let resolver = c.resolved_by.and_then(|id| names.get(&id).cloned());
            out.push(to_comment(c, author, resolver, anchor));
        }
        Ok(Page {
            items: out,
            next_cursor,
        })
    }

    /// Resolves (or reopens) a comment thread.
    ///
    /// # Errors
    /// [`StoreError::CommentNotFound`]; the lookups' not-found errors.
    pub async fn set_comment_resolved(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        id: i64,
        resolved: bool,
    ) -> Result<Comment, StoreError> {
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        let t = find_translation(txn, &a, language).await?;
        let c = comment::Entity::find_by_id(id)
            .one(txn)
            .await?
            .filter(|c| c.translation_id == t.id)
            .ok_or(StoreError::CommentNotFound { id })?;
        let (at, by) = if resolved {
            (Some(bitext_domain::now()), Some(ctx.actor_id))
        } else {
            (None, None)
        };
        comment::Entity::update_many()
            .col_expr(comment::Column::ResolvedAt, Expr::value(at))
            .col_expr(comment::Column::ResolvedBy, Expr::value(by))
            .filter(comment::Column::Id.eq(c.id))
            .exec(txn)
            .await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: if resolved {
                    "comment.resolve"
                } else {
                    "comment.reopen"
                },
                from_state: None,
                to_state: None,
                revision: Some(c.revision),
                detail: Some(format!("{{\"comment\":{}}}", c.id)),
            },
        )
        .await?;
        let updated = comment::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(StoreError::CommentNotFound { id })?;
        let mut ids = vec![updated.author_id];
        ids.extend(updated.resolved_by);
        let names = convert::user_names(txn, ids).await?;
        let author = names.get(&updated.author_id).cloned().unwrap_or_default();
        let resolver = updated.resolved_by.and_then(|id| names.get(&id).cloned());
        Ok(to_comment(updated, author, resolver, None))
    }
}

async fn revision_body(
    db: &impl ConnectionTrait,
    translation_id: i64,
    number: i32,
) -> Result<String, StoreError> {
    translation_revision::Entity::find()
        .filter(translation_revision::Column::TranslationId.eq(translation_id))
        .filter(translation_revision::Column::Number.eq(number))
        .one(db)
        .await?
        .map(|r| r.body)
        .ok_or(StoreError::RevisionNotFound { number })
}

fn to_comment(
    c: comment::Model,
    author: String,
    resolved_by: Option<String>,
    anchor: Option<Anchor>,
) -> Comment {
    Comment {
        id: c.id,
        revision: c.revision,
        parent_id: c.parent_id,
        author,
        paragraph: c.paragraph,
        quote: c.quote,
        body: c.body,
        resolved_at: c.resolved_at,
        resolved_by,
        created_at: c.created_at,
        anchor,
    }
}
