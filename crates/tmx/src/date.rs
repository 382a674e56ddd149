//! TMX dates: `YYYYMMDDThhmmssZ` in UTC, as TMX 1.4b writes them.

use chrono::{DateTime, NaiveDateTime, Utc};

/// Writes a date in TMX form (`20261130T064205Z`); fractions of a second are dropped.
pub fn format_date(date: &DateTime<Utc>) -> String {
    date.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Reads a TMX date. Besides the TMX form it accepts RFC 3339 (`2026-11-30T06:42:05Z`), which
/// some tools write instead.
///
/// # Errors
/// `None` when the text is neither.
pub fn parse_date(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(naive) = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ") {
        return Some(naive.and_utc());
    }
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}
