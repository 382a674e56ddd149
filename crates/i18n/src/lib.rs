//! Bitext's user-facing text: Fluent bundles embedded from `locales/`, language
//! negotiation from `Accept-Language`, and the [`Localizer`] that formats messages.
//!
//! `en-US` is the source language and the fallback; `zh-CN` and `zh-TW` are
//! complete translations. Every error code ([`bitext_domain::ErrorCode`]) has two
//! messages, `error-<code>-title` and `error-<code>` (the detail); the [`Localizer`]
//! renders them with their typed arguments (see [`Localizer::error_args`]).
//!
//! Dates, times, numbers and lists take their forms from CLDR through ICU4X
//! ([`format_date`], [`format_date_time`], [`format_number`], [`Localizer::format_list`]).
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
mod checks;
mod coded;
mod error;
mod format;
mod list;
mod locale;
mod localizer;
mod negotiate;

pub use arg::Arg;
pub use catalog::message_ids;
pub use checks::{finding_message, severity_name};
pub use coded::{detail_id, title_id};
pub use error::I18nError;
pub use format::{format_date, format_date_time, format_decimal, format_number};
pub use locale::Locale;
pub use localizer::Localizer;
