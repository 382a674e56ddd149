//! Storage errors: what the caller did wrong (a conflict, a missing record) is told apart from
//! what went wrong in the database.

use bitext_domain::{Coded, TransitionError, WorkflowError};
use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("article {slug} not found")]
    ArticleNotFound { slug: String },
    #[error("translation {slug}/{language} not found")]
    TranslationNotFound { slug: String, language: String },
    #[error("revision {number} not found")]
    RevisionNotFound { number: i32 },
    #[error("slug {slug} is taken")]
    SlugTaken { slug: String },
    #[error("translation {slug}/{language} exists")]
    TranslationExists { slug: String, language: String },
    #[error("a translation cannot be in the article's own language {language}")]
    SameLanguage { language: String },
    #[error("stale base: expected head {expected}, head is {current}")]
    Stale { expected: i32, current: i32 },
    #[error("source revision {number} is not between 1 and {head}")]
    SourceRevisionInvalid { number: i32, head: i32 },
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error(transparent)]
    Workflow(#[from] WorkflowError),
    #[error("{slug}/{language} was never published")]
    NotPublished { slug: String, language: String },
    #[error("edition {number} not found")]
    EditionNotFound { number: i32 },
    #[error("webhook {id} not found")]
    WebhookNotFound { id: i64 },
    #[error("comment {id} not found")]
    CommentNotFound { id: i64 },
    #[error("invalid {field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("user {name} exists")]
    UserExists { name: String },
    #[error("user {name} not found")]
    UserNotFound { name: String },
    #[error("token {id} not found")]
    TokenNotFound { id: i64 },
    /// A stored value that does not parse: the database holds what the code never writes.
    #[error("stored {what} does not parse: {value:?}")]
    Corrupt { what: &'static str, value: String },
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

impl StoreError {
    /// Whether the error is the database's fault rather than the caller's.
    pub fn is_internal(&self) -> bool {
        matches!(self, Self::Database(_) | Self::Corrupt { .. })
    }

    /// A stored value of `what` that does not parse.
    pub(crate) fn corrupt(what: &'static str, value: impl Into<String>) -> Self {
        Self::Corrupt {
            what,
            value: value.into(),
        }
    }

    /// A unique violation in a write, if that is what `err` is.
    pub(crate) fn is_unique_violation(err: &DbErr) -> bool {
        matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
    }
}

impl Coded for StoreError {
    fn code(&self) -> &'static str {
        match self {
            Self::ArticleNotFound { .. } => "article-not-found",
            Self::TranslationNotFound { .. } => "translation-not-found",
            Self::RevisionNotFound { .. } => "revision-not-found",
            Self::SlugTaken { .. } => "slug-taken",
            Self::TranslationExists { .. } => "translation-exists",
            Self::SameLanguage { .. } => "same-language",
            Self::Stale { .. } => "precondition-failed",
            Self::SourceRevisionInvalid { .. } => "source-revision-invalid",
            Self::Transition(e) => e.code(),
            Self::Workflow(e) => e.code(),
            Self::CommentNotFound { .. } | Self::WebhookNotFound { .. } => "not-found",
            Self::NotPublished { .. } => "not-published",
            Self::EditionNotFound { .. } => "edition-not-found",
            Self::Invalid { .. } => "validation",
            Self::UserExists { .. } => "validation",
            Self::UserNotFound { .. } | Self::TokenNotFound { .. } => "not-found",
            Self::Database(_) | Self::Corrupt { .. } => "internal",
        }
    }

    fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::ArticleNotFound { slug } | Self::SlugTaken { slug } => {
                vec![("slug", slug.clone())]
            }
            Self::TranslationNotFound { slug, language }
            | Self::TranslationExists { slug, language } => {
                vec![("slug", slug.clone()), ("language", language.clone())]
            }
            Self::RevisionNotFound { number } => vec![("number", number.to_string())],
            Self::SameLanguage { language } => vec![("language", language.clone())],
            Self::Stale { expected, current } => vec![
                ("expected", expected.to_string()),
                ("current", current.to_string()),
            ],
            Self::SourceRevisionInvalid { number, head } => {
                vec![("number", number.to_string()), ("head", head.to_string())]
            }
            Self::Transition(e) => e.args(),
            Self::Workflow(e) => e.args(),
            Self::CommentNotFound { id } => vec![("what", format!("comment {id}"))],
            Self::WebhookNotFound { id } => vec![("what", format!("webhook {id}"))],
            Self::NotPublished { slug, language } => {
                vec![("slug", slug.clone()), ("language", language.clone())]
            }
            Self::EditionNotFound { number } => vec![("number", number.to_string())],
            Self::Invalid { field, reason } => {
                vec![("field", (*field).to_owned()), ("reason", reason.clone())]
            }
            Self::UserExists { name } => vec![
                ("field", "name".into()),
                ("reason", format!("{name} exists")),
            ],
            Self::UserNotFound { name } => vec![("what", format!("user {name}"))],
            Self::TokenNotFound { id } => vec![("what", format!("token {id}"))],
            Self::Database(_) | Self::Corrupt { .. } => vec![],
        }
    }
}
