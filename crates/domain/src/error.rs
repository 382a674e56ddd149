//! Validation errors for values that come from outside, each with a stable code.

/// An error with a stable machine-readable code and named arguments, so that the HTTP layer can
/// render it in the caller's language (the code is also the Fluent message id, `error-<code>`).
pub trait Coded {
    /// The stable code, e.g. `invalid-slug`.
    fn code(&self) -> &'static str;
    /// Named arguments for the localized message.
    fn args(&self) -> Vec<(&'static str, String)>;
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
    #[error("a secret is {min} to {max} bytes")]
    SecretLength { min: usize, max: usize },
    #[error("unknown role {role:?}")]
    Role { role: String },
}

impl Coded for ValidationError {
    fn code(&self) -> &'static str {
        match self {
            Self::LanguageTag { .. } => "invalid-language-tag",
            Self::Slug { .. } => "invalid-slug",
            Self::EmptyTitle => "empty-title",
            Self::TitleTooLong { .. } => "title-too-long",
            Self::BodyTooLong { .. } => "body-too-long",
            Self::MessageTooLong { .. } => "message-too-long",
            Self::CreditTooLong { .. } => "credit-too-long",
            Self::Url { .. } => "invalid-url",
            Self::SecretLength { .. } => "secret-length",
            Self::Role { .. } => "validation",
        }
    }

    fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::LanguageTag { tag } => vec![("tag", tag.clone())],
            Self::Slug { slug } => vec![("slug", slug.clone())],
            Self::EmptyTitle => vec![],
            Self::TitleTooLong { max }
            | Self::BodyTooLong { max }
            | Self::MessageTooLong { max }
            | Self::CreditTooLong { max } => {
                vec![("max", max.to_string())]
            }
            Self::Url { url } => vec![("url", url.clone())],
            Self::SecretLength { min, max } => {
                vec![("min", min.to_string()), ("max", max.to_string())]
            }
            Self::Role { role } => vec![("field", "roles".into()), ("reason", role.clone())],
        }
    }
}
