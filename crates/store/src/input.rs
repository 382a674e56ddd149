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
    /// The server's id of the request.
    pub request_id: Option<String>,
    /// The id the client gave its request, if any (bounded and sanitized by the caller).
    pub correlation_id: Option<String>,
}
