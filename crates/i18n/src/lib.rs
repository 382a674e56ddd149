//! Bitext's user-facing text: Fluent bundles embedded from `locales/`, language
//! negotiation from `Accept-Language`, and the [`Localizer`] that formats messages.
//!
//! `en-US` is the source language and the fallback; `zh-CN` and `zh-TW` are
//! complete translations. Every API error code `<code>` has two messages,
//! `error-<code>-title` and `error-<code>` (the detail); [`ERROR_CODES`] lists them.
//!
//! ```
//! use bitext_i18n::{Arg, Localizer};
//!
//! let i18n = Localizer::global();
//! let locale = i18n.negotiate(Some("zh-TW,zh;q=0.9,en;q=0.8"));
//! let args = [("number", Arg::from(4_u64))];
//! assert_eq!(i18n.format(&locale, "error-revision-not-found", &args), "沒有第 4 版。");
//! assert_eq!(i18n.format(&locale, "error-revision-not-found-title", &[]), "修訂版本不存在");
//! ```

mod arg;
pub mod catalog;
mod error;
mod list;
mod locale;
mod localizer;
mod negotiate;

pub use arg::Arg;
pub use catalog::message_ids;
pub use error::I18nError;
pub use locale::Locale;
pub use localizer::Localizer;

/// Every API error code that has its messages in `errors.ftl`: the detail is
/// `error-<code>` and the title `error-<code>-title`.
pub const ERROR_CODES: &[&str] = &[
    "bad-request",
    "invalid-json",
    "unsupported-media-type",
    "payload-too-large",
    "invalid-utf8",
    "validation",
    "invalid-language-tag",
    "invalid-slug",
    "empty-title",
    "title-too-long",
    "body-too-long",
    "message-too-long",
    "credit-too-long",
    "secret-length",
    "unauthorized",
    "forbidden",
    "not-found",
    "article-not-found",
    "translation-not-found",
    "revision-not-found",
    "route-not-found",
    "method-not-allowed",
    "slug-taken",
    "translation-exists",
    "same-language",
    "precondition-required",
    "precondition-failed",
    "invalid-if-match",
    "source-revision-invalid",
    "diff-range-invalid",
    "not-acceptable",
    "invalid-query",
    "invalid-cursor",
    "transition-not-allowed",
    "not-head",
    "second-pair-of-eyes",
    "open-threads",
    "comment-required",
    "outdated-not-acknowledged",
    "correction-note-required",
    "not-assignee",
    "translation-unassigned",
    "translation-held",
    "assignee-not-eligible",
    "unsupported-language",
    "not-published",
    "edition-not-found",
    "withdrawn",
    "invalid-url",
    "internal",
    "service-unavailable",
];
