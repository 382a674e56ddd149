//! What callers pass to writes.

/// A new revision's content, already validated by the caller.
#[derive(Debug, Clone)]
pub struct NewRevision {
    pub title: String,
    pub body: String,
    pub message: String,
    /// Source revisions: a typo fix that does not outdate translations.
    pub minor: bool,
    /// Translation revisions: the source revision it renders (defaults to the previous one).
    pub source_revision: Option<i32>,
}

/// Who writes and under which request, for the audit trail.
#[derive(Debug, Clone)]
pub struct WriteContext {
    pub actor_id: i64,
    pub request_id: Option<String>,
}
