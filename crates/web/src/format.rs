//! Dates and times for people, in the page's language (CLDR's forms, through the i18n crate).

use chrono::{DateTime, Utc};

use crate::tr::Tr;

/// A date and time, with the time zone (UTC) named.
pub fn date_time(tr: &Tr, at: DateTime<Utc>) -> String {
    bitext_i18n::format_date_time(&tr.locale, at)
}
