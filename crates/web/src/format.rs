//! Dates and numbers for people, in the page's language (CLDR's forms, through the i18n crate).

use chrono::{DateTime, Utc};

use crate::tr::Tr;

/// A date and time, with the time zone (UTC) named.
pub fn date_time(tr: &Tr, at: DateTime<Utc>) -> String {
    bitext_i18n::format_date_time(&tr.locale, at)
}

/// A date.
pub fn date(tr: &Tr, at: DateTime<Utc>) -> String {
    bitext_i18n::format_date(&tr.locale, at)
}

/// A whole number with the locale's grouping.
pub fn number(tr: &Tr, n: i64) -> String {
    bitext_i18n::format_number(&tr.locale, n)
}
