//! Errors of values that come from outside (fields, review comments), each with a stable code,
//! and the [`Coded`] trait that every error a person may see implements.

use crate::{ErrorArg, ErrorArgs, ErrorCode};

/// An error with a stable code and typed named arguments, so that a front end can render it in
/// the reader's language (the code is also the Fluent message id, `error-<code>`).
pub trait Coded {
    /// The stable code, e.g. [`ErrorCode::InvalidSlug`].
    fn code(&self) -> ErrorCode;
    /// Named arguments for the localized message: those [`ErrorCode::params`] declares.
    fn args(&self) -> ErrorArgs;
}

/// A value from outside that cannot become a domain value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("invalid language tag {tag:?}")]
    LanguageTag { tag: String },
    #[error("invalid slug {slug:?}")]
    Slug { slug: String },
    #[error("the title is empty")]
    EmptyTitle,
    #[error("the title is longer than {max} characters")]
    TitleTooLong { max: usize },
    #[error("the body is longer than {max} characters")]
    BodyTooLong { max: usize },
    #[error("the message is longer than {max} characters")]
    MessageTooLong { max: usize },
    #[error("the credit line is longer than {max} characters")]
    CreditTooLong { max: usize },
    #[error("invalid URL {url:?}")]
    Url { url: String },
    #[error("webhooks are not delivered to {host}")]
    WebhookDestination { host: String },
    #[error("a secret is {min} to {max} bytes")]
    SecretLength { min: usize, max: usize },
    #[error("a password is at least {min} characters and at most {max} bytes")]
    PasswordLength { min: usize, max: usize },
    #[error("unknown role {role:?}")]
    Role { role: String },
    /// A character no text may hold: U+0000 and the C0 controls other than tab, line feed and
    /// carriage return (databases refuse some of them; none of them is text).
    #[error("the text holds the control character {character}")]
    ControlCharacter { character: String },
}

impl Coded for ValidationError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::LanguageTag { .. } => ErrorCode::InvalidLanguageTag,
            Self::Slug { .. } => ErrorCode::InvalidSlug,
            Self::EmptyTitle => ErrorCode::EmptyTitle,
            Self::TitleTooLong { .. } => ErrorCode::TitleTooLong,
            Self::BodyTooLong { .. } => ErrorCode::BodyTooLong,
            Self::MessageTooLong { .. } => ErrorCode::MessageTooLong,
            Self::CreditTooLong { .. } => ErrorCode::CreditTooLong,
            Self::Url { .. } => ErrorCode::InvalidUrl,
            Self::SecretLength { .. } => ErrorCode::SecretLength,
            Self::PasswordLength { .. } => ErrorCode::PasswordLength,
            Self::WebhookDestination { .. } => ErrorCode::WebhookDestination,
            Self::ControlCharacter { .. } => ErrorCode::ControlCharacter,
            Self::Role { .. } => ErrorCode::UnknownRole,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::LanguageTag { tag } => vec![("tag", ErrorArg::text(tag))],
            Self::Slug { slug } => vec![("slug", ErrorArg::text(slug))],
            Self::EmptyTitle => vec![],
            Self::TitleTooLong { max }
            | Self::BodyTooLong { max }
            | Self::MessageTooLong { max }
            | Self::CreditTooLong { max } => vec![("max", (*max).into())],
            Self::Url { url } => vec![("url", ErrorArg::text(url))],
            Self::SecretLength { min, max } | Self::PasswordLength { min, max } => {
                vec![("min", (*min).into()), ("max", (*max).into())]
            }
            Self::Role { role } => vec![("role", ErrorArg::text(role))],
            Self::WebhookDestination { host } => vec![("host", ErrorArg::text(host))],
            Self::ControlCharacter { character } => {
                vec![("character", ErrorArg::text(character))]
            }
        }
    }
}

/// Why a review comment cannot be written, or comments cannot be read, as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommentError {
    #[error("a comment needs text")]
    Empty,
    #[error("a comment is longer than {max} characters")]
    TooLong { max: usize },
    #[error("comment {id} is not a comment on this translation")]
    ParentNotFound { id: i64 },
    #[error("revision {number} is not between 1 and {head}")]
    RevisionOutOfRange { number: i32, head: i32 },
    #[error("revision {revision} has no paragraph {paragraph}")]
    ParagraphNotFound { revision: i32, paragraph: i32 },
    #[error("the quote is not in paragraph {paragraph}")]
    QuoteNotFound { paragraph: i32 },
    #[error("a quote needs a paragraph")]
    QuoteWithoutParagraph,
}

impl Coded for CommentError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Empty => ErrorCode::CommentEmpty,
            Self::TooLong { .. } => ErrorCode::CommentTooLong,
            Self::ParentNotFound { .. } => ErrorCode::ParentCommentNotFound,
            Self::RevisionOutOfRange { .. } => ErrorCode::RevisionOutOfRange,
            Self::ParagraphNotFound { .. } => ErrorCode::ParagraphNotFound,
            Self::QuoteNotFound { .. } => ErrorCode::QuoteNotFound,
            Self::QuoteWithoutParagraph => ErrorCode::QuoteWithoutParagraph,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::Empty | Self::QuoteWithoutParagraph => vec![],
            Self::TooLong { max } => vec![("max", (*max).into())],
            Self::ParentNotFound { id } => vec![("id", (*id).into())],
            Self::RevisionOutOfRange { number, head } => {
                vec![("number", (*number).into()), ("head", (*head).into())]
            }
            Self::ParagraphNotFound {
                revision,
                paragraph,
            } => vec![
                ("revision", (*revision).into()),
                ("paragraph", (*paragraph).into()),
            ],
            Self::QuoteNotFound { paragraph } => vec![("paragraph", (*paragraph).into())],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_declared(err: &impl Coded) {
        let (code, args) = (err.code(), err.args());
        assert!(code.accepts(&args), "{code}: {args:?}");
    }

    #[test]
    fn validation_errors_give_the_arguments_their_codes_declare() {
        for err in [
            ValidationError::LanguageTag { tag: "x!".into() },
            ValidationError::Slug { slug: "A B".into() },
            ValidationError::EmptyTitle,
            ValidationError::TitleTooLong { max: 1 },
            ValidationError::BodyTooLong { max: 1 },
            ValidationError::MessageTooLong { max: 1 },
            ValidationError::CreditTooLong { max: 1 },
            ValidationError::Url { url: "ftp:".into() },
            ValidationError::SecretLength { min: 1, max: 2 },
            ValidationError::Role {
                role: "chief".into(),
            },
        ] {
            assert_declared(&err);
        }
    }

    #[test]
    fn comment_errors_give_the_arguments_their_codes_declare() {
        for err in [
            CommentError::Empty,
            CommentError::TooLong { max: 10 },
            CommentError::ParentNotFound { id: 4 },
            CommentError::RevisionOutOfRange { number: 9, head: 2 },
            CommentError::ParagraphNotFound {
                revision: 1,
                paragraph: 7,
            },
            CommentError::QuoteNotFound { paragraph: 0 },
            CommentError::QuoteWithoutParagraph,
        ] {
            assert_declared(&err);
        }
    }

    #[test]
    fn an_unknown_role_is_named_by_its_own_code_with_the_value_given() {
        let err = ValidationError::Role {
            role: "chief".into(),
        };
        assert_eq!(err.code(), ErrorCode::UnknownRole);
        assert_eq!(err.args(), vec![("role", ErrorArg::text("chief"))]);
    }
}
