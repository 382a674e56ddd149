//! The JSON shapes of the workflow: actions, review comments and the review queue.

use bitext_domain::{Action, Comment, QueueItem, anchor::AnchorStatus};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::dto::{
    checks::CheckCountsView,
    documents::{PersonView, direction},
};

/// An action's name.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionName {
    Submit,
    Approve,
    RequestChanges,
    Publish,
    Withdraw,
    Reopen,
}

impl From<ActionName> for Action {
    fn from(a: ActionName) -> Self {
        match a {
            ActionName::Submit => Action::Submit,
            ActionName::Approve => Action::Approve,
            ActionName::RequestChanges => Action::RequestChanges,
            ActionName::Publish => Action::Publish,
            ActionName::Withdraw => Action::Withdraw,
            ActionName::Reopen => Action::Reopen,
        }
    }
}

/// `POST …/translations/{lang}/actions`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionBody {
    pub action: ActionName,
    /// `approve`: the revision approved; it must be the head.
    #[schema(minimum = 1)]
    pub revision: Option<i32>,
    /// The reason `request_changes` and `withdraw` require; a remark otherwise.
    pub comment: Option<String>,
    /// `publish` of a correction: the note shown to readers.
    pub correction_note: Option<String>,
    /// `publish`: publish although the source changed since the translated revision.
    pub acknowledge_outdated: Option<bool>,
    /// `approve`: approve although review threads (unresolved comments) are open; recorded in
    /// the event's detail. Without it, approving over open threads is refused with 409
    /// `open-threads`.
    pub acknowledge_open_threads: Option<bool>,
}

/// `POST …/translations/{lang}/comments`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCommentBody {
    /// The revision commented on (default: the head; replies: the parent's).
    #[schema(minimum = 1)]
    pub revision: Option<i32>,
    /// The paragraph commented on, counted from 0.
    #[schema(minimum = 0)]
    pub paragraph: Option<i32>,
    /// A span quoted from that paragraph.
    pub quote: Option<String>,
    pub body: String,
    /// The comment this one answers.
    pub parent_id: Option<i64>,
}

/// Where a comment's paragraph is in the revision it is read against (`?revision=N`, default
/// the head), and whether what the comment points at is still there.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnchorView {
    pub revision: i32,
    /// `null` when the paragraph is gone.
    pub paragraph: Option<i32>,
    /// The paragraph is gone (kept for compatibility: the same as `status` = `detached`).
    pub detached: bool,
    /// `attached`: the paragraph is there, and so is the quoted span if the comment quotes
    /// one; `quote_gone`: the paragraph is there but no longer contains the quoted span;
    /// `detached`: the paragraph is gone.
    pub status: AnchorStatusView,
}

/// How a comment's anchor stands in the revision it is read against.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnchorStatusView {
    Attached,
    QuoteGone,
    Detached,
}

impl From<AnchorStatus> for AnchorStatusView {
    fn from(s: AnchorStatus) -> Self {
        match s {
            AnchorStatus::Attached => Self::Attached,
            AnchorStatus::QuoteGone => Self::QuoteGone,
            AnchorStatus::Detached => Self::Detached,
        }
    }
}

/// A review comment.
#[derive(Debug, Serialize, ToSchema)]
pub struct CommentView {
    pub id: i64,
    pub revision: i32,
    pub parent_id: Option<i64>,
    pub author: String,
    pub paragraph: Option<i32>,
    pub quote: Option<String>,
    pub body: String,
    pub resolved: bool,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolved_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub anchor: Option<AnchorView>,
}

impl From<Comment> for CommentView {
    fn from(c: Comment) -> Self {
        Self {
            id: c.id,
            revision: c.revision,
            parent_id: c.parent_id,
            author: c.author,
            paragraph: c.paragraph,
            quote: c.quote,
            body: c.body,
            resolved: c.resolved_at.is_some(),
            resolved_at: c.resolved_at,
            resolved_by: c.resolved_by,
            created_at: c.created_at,
            anchor: c.anchor.map(|a| AnchorView {
                revision: a.revision,
                detached: a.status == AnchorStatus::Detached,
                paragraph: a.paragraph,
                status: a.status.into(),
            }),
        }
    }
}

/// A translation's comments.
#[derive(Debug, Serialize, ToSchema)]
pub struct CommentList {
    pub items: Vec<CommentView>,
    /// The cursor of the next page, when there is one.
    pub next_cursor: Option<String>,
}

/// A translation waiting for the caller.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueItemView {
    pub slug: String,
    pub language: String,
    pub direction: String,
    pub state: String,
    pub head: i32,
    pub title: String,
    pub source_revision: i32,
    pub outdated: bool,
    /// Unresolved comment threads.
    pub open_comments: u64,
    pub updated_at: DateTime<Utc>,
    /// Who last submitted it for review (display name), and when.
    pub submitted_by: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Who it belongs to.
    pub assignee: Option<PersonView>,
    /// What the quality checks found on the head.
    pub checks: CheckCountsView,
}

impl From<QueueItem> for QueueItemView {
    fn from(q: QueueItem) -> Self {
        let t = q.translation;
        Self {
            direction: direction(&t.language),
            outdated: t.outdated(),
            slug: t.slug,
            language: t.language,
            state: t.state.as_str().to_owned(),
            head: t.head,
            title: q.title,
            source_revision: t.source_revision,
            open_comments: q.open_comments,
            updated_at: t.updated_at,
            submitted_by: q.submitted_by,
            submitted_at: q.submitted_at,
            assignee: t.assignee.map(Into::into),
            checks: q.checks.into(),
        }
    }
}

/// The review queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueList {
    pub items: Vec<QueueItemView>,
}
