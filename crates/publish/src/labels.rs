//! Localized labels built from Fluent messages: dates, datelines and edition numbers.

use chrono::{DateTime, Datelike, SecondsFormat, Utc};

use bitext_i18n::{Arg, Locale, Localizer};

/// The message `id` in `locale`.
pub(crate) fn message(locale: &Locale, id: &str, args: &[(&str, Arg)]) -> String {
    Localizer::global().format(locale, id, args)
}

/// A calendar date in the reader's language, such as "March 1, 2026" or "2026年3月1日".
pub(crate) fn date(locale: &Locale, at: DateTime<Utc>) -> String {
    message(
        locale,
        "web-date",
        &[
            ("year", Arg::from(at.year())),
            ("month", Arg::from(at.month())),
            ("day", Arg::from(at.day())),
        ],
    )
}

/// "Published March 1, 2026, 10:00 UTC" in the reader's language.
pub(crate) fn published(locale: &Locale, at: DateTime<Utc>) -> String {
    message(
        locale,
        "web-published",
        &[
            ("date", Arg::from(date(locale, at))),
            ("time", Arg::from(at.format("%H:%M").to_string())),
        ],
    )
}

/// "Edition 2" in the reader's language.
pub(crate) fn edition(locale: &Locale, number: i32) -> String {
    message(locale, "web-edition", &[("number", Arg::from(number))])
}

/// The machine-readable time: RFC 3339 in UTC, to the second (`2026-03-01T10:00:00Z`).
pub(crate) fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 9, 5, 7)
            .single()
            .expect("valid time")
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date(&Locale::EN_US, at()), "March 1, 2026");
        assert_eq!(date(&Locale::ZH_CN, at()), "2026年3月1日");
        assert_eq!(date(&Locale::ZH_TW, at()), "2026年3月1日");
        assert_eq!(
            published(&Locale::EN_US, at()),
            "Published March 1, 2026, 09:05 UTC"
        );
        assert_eq!(
            published(&Locale::ZH_TW, at()),
            "發布於 2026年3月1日 09:05（UTC）"
        );
    }

    #[test]
    fn every_month_has_its_english_name() {
        let names: Vec<String> = (1..=12)
            .map(|month| {
                let day = Utc
                    .with_ymd_and_hms(2026, month, 1, 0, 0, 0)
                    .single()
                    .expect("valid time");
                date(&Locale::EN_US, day)
            })
            .collect();
        assert_eq!(names[0], "January 1, 2026");
        assert_eq!(names[8], "September 1, 2026");
        assert_eq!(names[11], "December 1, 2026");
    }

    #[test]
    fn machine_times_are_rfc_3339_in_utc() {
        assert_eq!(rfc3339(at()), "2026-03-01T09:05:07Z");
    }

    #[test]
    fn edition_numbers_are_localized() {
        assert_eq!(edition(&Locale::EN_US, 2), "Edition 2");
        assert_eq!(edition(&Locale::ZH_CN, 2), "第 2 版");
    }
}
