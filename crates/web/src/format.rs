//! Dates and numbers for people, in the page's language.

use chrono::{DateTime, Utc};

use crate::tr::Tr;

/// A date and time (UTC).
pub fn date_time(tr: &Tr, at: DateTime<Utc>) -> String {
    let _ = tr;
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}
