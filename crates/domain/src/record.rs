//! Records as the rest of the system sees them: what storage returns and the API shows.

use chrono::{DateTime, Utc};

use crate::{Roles, State};

/// Someone who uses Bitext, as authenticated by a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub display_name: String,
    pub roles: Roles,
    /// The interface language the person chose (a supported UI locale's tag), if any.
    pub language: Option<String>,
}

/// A person as shown beside what they hold: their user name and their display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub display_name: String,
}

impl From<&User> for Person {
    fn from(u: &User) -> Self {
        Self {
            id: u.id,
            name: u.name.clone(),
            display_name: u.display_name.clone(),
        }
    }
}

/// A source article and where its history stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: i64,
    pub slug: String,
    pub language: String,
    /// The newest revision's number.
    pub head: i32,
    /// The newest revision that was not minor: translations older than it are outdated.
    pub major_head: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One immutable revision of an article or a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub number: i32,
    pub parent: Option<i32>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub message: String,
    pub title: String,
    pub body: String,
    pub content_hash: String,
    /// Source revisions only: a minor change does not make translations outdated.
    pub minor: bool,
    /// Translation revisions only: the source revision this revision renders.
    pub source_revision: Option<i32>,
}

/// What a list of revisions shows of each: everything but the title and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionSummary {
    pub number: i32,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub message: String,
    /// Translation revisions only: the source revision this revision renders.
    pub source_revision: Option<i32>,
}

/// A translation of an article into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub id: i64,
    pub article_id: i64,
    pub slug: String,
    pub language: String,
    pub state: State,
    pub head: i32,
    /// The source revision the head revision renders.
    pub source_revision: i32,
    pub approved_revision: Option<i32>,
    pub approved_by: Option<String>,
    pub last_submitted_revision: Option<i32>,
    /// The revision that was last published.
    pub published_revision: Option<i32>,
    /// Why it was withdrawn, while it is.
    pub withdrawn_reason: Option<String>,
    /// Credit text an editor set to replace the generated credit line.
    pub credit_override: Option<String>,
    /// Who it belongs to: its creator, until an editor reassigns it or a translator claims it
    /// while no one holds it. Only the assignee and editors write to it.
    pub assignee: Option<Person>,
    /// The article's head and newest major revision when this was read.
    pub article_head: i32,
    pub article_major_head: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Translation {
    /// A translation is outdated when the source has had a major revision since the revision
    /// it renders.
    pub fn outdated(&self) -> bool {
        self.source_revision < self.article_major_head
    }
}

/// An append-only audit record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub actor: String,
    pub action: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub revision: Option<i32>,
    pub request_id: Option<String>,
    /// The id the client gave its request, if any.
    pub correlation_id: Option<String>,
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A review comment, with its anchor followed to the revision it is read against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub revision: i32,
    pub parent_id: Option<i64>,
    pub author: String,
    pub paragraph: Option<i32>,
    pub quote: Option<String>,
    pub body: String,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolved_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub anchor: Option<Anchor>,
}

/// Where a comment's paragraph is in a later revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub revision: i32,
    /// `None` when the paragraph is gone: the comment is detached.
    pub paragraph: Option<i32>,
    /// Whether the paragraph, and the quoted span, are still there.
    pub status: crate::anchor::AnchorStatus,
}

/// A translation waiting for someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    pub translation: Translation,
    pub title: String,
    pub open_comments: u64,
    /// Who last submitted it for review, and when (none for one never submitted).
    pub submitted_by: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// What the quality checks found on the head and was not dismissed.
    pub checks: CheckCounts,
}

/// How many quality-check findings a revision has that nobody dismissed, by severity, and how
/// many were dismissed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckCounts {
    pub errors: u64,
    pub warnings: u64,
    pub dismissed: u64,
}

/// An editor's decision that a check finding is not a mistake, with their reason. It holds for
/// every revision where the same finding recurs on the same paragraph text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dismissal {
    /// The finding's fingerprint ([`crate::checks::Finding::fingerprint`]).
    pub finding: String,
    pub code: String,
    /// The revision, and the paragraph in it, where it was dismissed.
    pub revision: i32,
    pub paragraph: i32,
    pub reason: String,
    pub dismissed_by: String,
    pub created_at: DateTime<Utc>,
}

/// An immutable published edition: what was published, credited to whom, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    pub number: i32,
    pub source_revision: i32,
    pub translation_revision: i32,
    /// Display names, in order of first contribution.
    pub translators: Vec<String>,
    /// Display names of those who approved, in order.
    pub editors: Vec<String>,
    pub credit_override: Option<String>,
    pub correction_note: Option<String>,
    /// Only the original's text changed, by minor revisions: no notice for readers, and feeds
    /// do not announce it.
    pub minor: bool,
    pub publisher: String,
    pub created_at: DateTime<Utc>,
}

/// A page of a list and the cursor for the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_newer_major_source_revision_outdates() {
        let now = crate::clock::now();
        let mut t = Translation {
            id: 1,
            article_id: 1,
            slug: "a".into(),
            language: "en".into(),
            state: State::Draft,
            head: 1,
            source_revision: 2,
            approved_revision: None,
            approved_by: None,
            last_submitted_revision: None,
            published_revision: None,
            withdrawn_reason: None,
            credit_override: None,
            assignee: None,
            article_head: 3,
            article_major_head: 2,
            created_at: now,
            updated_at: now,
        };
        assert!(!t.outdated());
        t.article_major_head = 3;
        assert!(t.outdated());
    }
}
