//! Errors of building the bundles and of strict formatting.

/// What can go wrong in this crate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    /// An embedded `.ftl` file has syntax errors (each given with its line).
    #[error("locales/{locale}/{file} does not parse: {}", errors.join("; "))]
    Parse {
        locale: String,
        file: String,
        errors: Vec<String>,
    },
    /// An embedded `.ftl` file defines an id that the same locale already defines.
    #[error("locales/{locale}/{file} cannot be added: {}", errors.join("; "))]
    Bundle {
        locale: String,
        file: String,
        errors: Vec<String>,
    },
    /// The locale has no message with this id, or the message has no value.
    #[error("no message {id:?} in {locale}")]
    MissingMessage { locale: String, id: String },
    /// The message exists but formatting it reported errors (such as a missing variable).
    #[error("formatting {id:?} in {locale} failed: {}", errors.join("; "))]
    Format {
        locale: String,
        id: String,
        errors: Vec<String>,
    },
    /// A locale tag that is not one of the supported locales.
    #[error("unsupported locale {0:?}")]
    UnsupportedLocale(String),
}
