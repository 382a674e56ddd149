//! What callers pass to writes.

/// A new revision's content, already validated by the caller, with its content hash, worked out
/// when it is made (which callers do before they begin a write transaction, so that the work
/// does not hold up other writers). Its search terms are worked out after it commits (see
/// [`crate::search`]).
#[derive(Debug, Clone)]
pub struct NewRevision {
    pub title: String,
    pub body: String,
    pub message: String,
    /// Source revisions: a typo fix that does not outdate translations.
    pub minor: bool,
    /// Translation revisions: the source revision it renders (defaults to the previous one).
    pub source_revision: Option<i32>,
    pub(crate) derived: Derived,
}

/// What a revision's text gives, once.
#[derive(Debug, Clone)]
pub(crate) struct Derived {
    pub(crate) content_hash: String,
}

impl NewRevision {
    /// A new revision, its content hash worked out now.
    pub fn new(
        title: String,
        body: String,
        message: String,
        minor: bool,
        source_revision: Option<i32>,
    ) -> Self {
        let derived = Derived {
            content_hash: bitext_domain::content_hash(&title, &body),
        };
        Self {
            title,
            body,
            message,
            minor,
            source_revision,
            derived,
        }
    }
}

/// Who writes and under which request, for the audit trail.
#[derive(Debug, Clone)]
pub struct WriteContext {
    pub actor_id: i64,
    /// The writer's user name, as what they write is credited (read with their id).
    pub actor_name: String,
    /// The server's id of the request.
    pub request_id: Option<String>,
    /// The id the client gave its request, if any (bounded and sanitized by the caller).
    pub correlation_id: Option<String>,
}
