//! Storage errors: what the caller did wrong (a conflict, a missing record) is told apart from
//! what went wrong in the database.

use bitext_domain::{
    Coded, CommentError, ErrorArg, ErrorArgs, ErrorCode, RefreshError, TransitionError,
    WorkflowError,
};
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
    #[error(transparent)]
    Refresh(#[from] RefreshError),
    #[error("{slug}/{language} was never published")]
    NotPublished { slug: String, language: String },
    #[error("edition {number} not found")]
    EditionNotFound { number: i32 },
    #[error("webhook {id} not found")]
    WebhookNotFound { id: i64 },
    #[error("comment {id} not found")]
    CommentNotFound { id: i64 },
    #[error(transparent)]
    Comment(#[from] CommentError),
    #[error("glossary term {id} not found")]
    GlossaryTermNotFound { id: i64 },
    #[error("the glossary already has {term}")]
    GlossaryTermExists { term: String },
    #[error("stale glossary term: expected version {expected}, version is {current}")]
    GlossaryTermStale { expected: i32, current: i32 },
    #[error("user {name} exists")]
    UserExists { name: String },
    #[error("user {name} not found")]
    UserNotFound { name: String },
    #[error("token {id} not found")]
    TokenNotFound { id: i64 },
    /// A stored value that does not parse: the database holds what the code never writes.
    #[error("stored {what} does not parse: {value:?}")]
    Corrupt { what: &'static str, value: String },
    /// The database has migrations this build does not know: a newer build migrated it.
    #[error("the database's schema is newer than this build knows (migrations {})", migrations.join(", "))]
    SchemaNewer { migrations: Vec<String> },
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
    fn code(&self) -> ErrorCode {
        match self {
            Self::ArticleNotFound { .. } => ErrorCode::ArticleNotFound,
            Self::TranslationNotFound { .. } => ErrorCode::TranslationNotFound,
            Self::RevisionNotFound { .. } => ErrorCode::RevisionNotFound,
            Self::SlugTaken { .. } => ErrorCode::SlugTaken,
            Self::TranslationExists { .. } => ErrorCode::TranslationExists,
            Self::SameLanguage { .. } => ErrorCode::SameLanguage,
            Self::Stale { .. } => ErrorCode::PreconditionFailed,
            Self::SourceRevisionInvalid { .. } => ErrorCode::SourceRevisionInvalid,
            Self::Transition(e) => e.code(),
            Self::Workflow(e) => e.code(),
            Self::Refresh(e) => e.code(),
            Self::CommentNotFound { .. } => ErrorCode::CommentNotFound,
            Self::WebhookNotFound { .. } => ErrorCode::WebhookNotFound,
            Self::NotPublished { .. } => ErrorCode::NotPublished,
            Self::EditionNotFound { .. } => ErrorCode::EditionNotFound,
            Self::Comment(e) => e.code(),
            Self::GlossaryTermNotFound { .. } => ErrorCode::GlossaryTermNotFound,
            Self::GlossaryTermExists { .. } => ErrorCode::GlossaryTermExists,
            Self::GlossaryTermStale { .. } => ErrorCode::GlossaryTermStale,
            Self::UserExists { .. } => ErrorCode::UserExists,
            Self::UserNotFound { .. } => ErrorCode::UserNotFound,
            Self::TokenNotFound { .. } => ErrorCode::TokenNotFound,
            Self::SchemaNewer { .. } => ErrorCode::SchemaNewer,
            Self::Database(_) | Self::Corrupt { .. } => ErrorCode::Internal,
        }
    }

    fn args(&self) -> ErrorArgs {
        let text = ErrorArg::text;
        match self {
            Self::ArticleNotFound { slug } | Self::SlugTaken { slug } => {
                vec![("slug", text(slug))]
            }
            Self::TranslationNotFound { slug, language }
            | Self::TranslationExists { slug, language }
            | Self::NotPublished { slug, language } => {
                vec![("slug", text(slug)), ("language", text(language))]
            }
            Self::RevisionNotFound { number } | Self::EditionNotFound { number } => {
                vec![("number", (*number).into())]
            }
            Self::SameLanguage { language } => vec![("language", text(language))],
            Self::Stale { expected, current } | Self::GlossaryTermStale { expected, current } => {
                vec![
                    ("expected", (*expected).into()),
                    ("current", (*current).into()),
                ]
            }
            Self::SourceRevisionInvalid { number, head } => {
                vec![("number", (*number).into()), ("head", (*head).into())]
            }
            Self::Transition(e) => e.args(),
            Self::Workflow(e) => e.args(),
            Self::Refresh(e) => e.args(),
            Self::Comment(e) => e.args(),
            Self::CommentNotFound { id }
            | Self::WebhookNotFound { id }
            | Self::TokenNotFound { id }
            | Self::GlossaryTermNotFound { id } => vec![("id", (*id).into())],
            Self::GlossaryTermExists { term } => vec![("term", text(term))],
            Self::UserExists { name } | Self::UserNotFound { name } => {
                vec![("name", text(name))]
            }
            Self::SchemaNewer { migrations } => vec![("migrations", text(&migrations.join(", ")))],
            Self::Database(_) | Self::Corrupt { .. } => vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_give_the_arguments_their_codes_declare() {
        let (slug, language) = ("a".to_owned(), "en".to_owned());
        for err in [
            StoreError::ArticleNotFound { slug: slug.clone() },
            StoreError::TranslationNotFound {
                slug: slug.clone(),
                language: language.clone(),
            },
            StoreError::RevisionNotFound { number: 2 },
            StoreError::SlugTaken { slug: slug.clone() },
            StoreError::TranslationExists {
                slug: slug.clone(),
                language: language.clone(),
            },
            StoreError::SameLanguage {
                language: language.clone(),
            },
            StoreError::Stale {
                expected: 1,
                current: 2,
            },
            StoreError::GlossaryTermStale {
                expected: 1,
                current: 2,
            },
            StoreError::GlossaryTermNotFound { id: 3 },
            StoreError::GlossaryTermExists {
                term: "海关".into(),
            },
            StoreError::SourceRevisionInvalid { number: 3, head: 2 },
            StoreError::NotPublished { slug, language },
            StoreError::EditionNotFound { number: 1 },
            StoreError::WebhookNotFound { id: 1 },
            StoreError::CommentNotFound { id: 1 },
            StoreError::Comment(CommentError::Empty),
            StoreError::Refresh(RefreshError::Unchanged { revision: 2 }),
            StoreError::UserExists { name: "ann".into() },
            StoreError::UserNotFound { name: "ann".into() },
            StoreError::TokenNotFound { id: 1 },
            StoreError::Database(DbErr::Custom("down".into())),
        ] {
            assert!(err.code().accepts(&err.args()), "{err}: {:?}", err.args());
        }
    }

    #[test]
    fn missing_records_have_codes_of_their_own_with_numbers_and_names_as_data() {
        let comment = StoreError::CommentNotFound { id: 5 };
        assert_eq!(comment.code(), ErrorCode::CommentNotFound);
        assert_eq!(comment.args(), vec![("id", ErrorArg::Number(5))]);
        let user = StoreError::UserExists { name: "ann".into() };
        assert_eq!(user.code(), ErrorCode::UserExists);
        assert_eq!(user.args(), vec![("name", ErrorArg::text("ann"))]);
    }
}
