//! What callers pass to writes.

/// A new revision's content, already validated by the caller, with what is worked out from it
/// (its search terms and its content hash). Those are worked out when it is made, which callers
/// do before they begin a write transaction, so that the work does not hold up other writers.
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
    pub(crate) title_terms: String,
    pub(crate) body_terms: String,
    pub(crate) content_hash: String,
}

impl NewRevision {
    /// A new revision, its search terms and content hash worked out now.
    pub fn new(
        title: String,
        body: String,
        message: String,
        minor: bool,
        source_revision: Option<i32>,
    ) -> Self {
        use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
        let derived = Derived {
            title_terms: index_text(&title, MAX_TITLE_TERMS),
            body_terms: index_text(&body, MAX_BODY_TERMS),
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
    /// The server's id of the request.
    pub request_id: Option<String>,
    /// The id the client gave its request, if any (bounded and sanitized by the caller).
    pub correlation_id: Option<String>,
}
