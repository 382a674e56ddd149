//! Localized labels built from Fluent messages and CLDR's date forms: datelines and edition
//! numbers.

use chrono::{DateTime, SecondsFormat, Utc};

use bitext_i18n::{Arg, Locale, Localizer, format_date_time};

/// The message `id` in `locale`.
pub(crate) fn message(locale: &Locale, id: &str, args: &[(&str, Arg)]) -> String {
    Localizer::global().format(locale, id, args)
}

/// "Published Mar 1, 2026, 10:00 AM UTC" in the reader's language.
pub(crate) fn published(locale: &Locale, at: DateTime<Utc>) -> String {
    message(
        locale,
        "web-published",
        &[("datetime", Arg::from(format_date_time(locale, at)))],
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
    fn datelines_read_naturally_in_each_language() {
        assert_eq!(
            published(&Locale::EN_US, at()),
            "Published Mar 1, 2026, 9:05\u{202f}AM UTC"
        );
        assert_eq!(
            published(&Locale::ZH_CN, at()),
            "发布于 2026年3月1日 09:05（UTC）"
        );
        assert_eq!(
            published(&Locale::ZH_TW, at()),
            "發布於 2026年3月1日 上午9:05（UTC）"
        );
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
