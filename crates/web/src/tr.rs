//! The words of a page in the reader's language: every text a page shows comes from Fluent
//! through a [`Tr`], and every message it shows about an error from the error catalogue.

use bitext_domain::Coded;
use bitext_i18n::{Arg, Locale, Localizer};

/// The interface language of one page, and the lookups it makes.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Self { locale }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        Localizer::global().format(&self.locale, id, &[])
    }

    /// The message `id` with `args`.
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        Localizer::global().format(&self.locale, id, args)
    }

    /// What stands between two sentences of running text: a space in English, nothing in
    /// Chinese, where the full stop closes the sentence.
    pub fn sentence_gap(&self) -> String {
        self.t("sentence-gap")
    }

    /// The tag of the language, for `lang` attributes.
    pub fn lang(&self) -> &'static str {
        self.locale.as_str()
    }

    /// The localized explanation of a use case's error, as the API would give it in `detail`.
    pub fn error(&self, error: &impl Coded) -> String {
        let localizer = Localizer::global();
        let raw = error.args();
        let args = localizer.error_args(&self.locale, &raw);
        localizer.error_detail(&self.locale, error.code(), &args)
    }

    /// A state's name, as workflow.ftl gives it.
    pub fn state(&self, state: bitext_domain::State) -> String {
        self.t(&format!("state-{}", state.as_str()))
    }

    /// A role's name, as workflow.ftl gives it.
    pub fn role(&self, role: bitext_domain::Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }
}

/// A use case's refusal as a page shows it: the localized explanation and the status the API
/// would answer. An internal error stays an error (logged and answered generically).
///
/// # Errors
/// The error itself, when it is the server's fault.
pub fn refused(
    tr: &Tr,
    error: bitext_app::AppError,
) -> Result<(String, axum::http::StatusCode), bitext_http::error::ApiError> {
    if error.is_internal() {
        return Err(error.into());
    }
    let message = tr.error(&error);
    Ok((message, bitext_http::error::ApiError::from(error).status()))
}

/// Where an action goes back to: the form's `next` when it is a path on this site, or
/// `default`.
pub fn back_to(next: Option<&str>, default: impl FnOnce() -> String) -> String {
    next.map(|n| crate::pages::sign_in::safe_next(Some(n)))
        .unwrap_or_else(default)
}
