//! Dates, times, numbers and lists in each locale's own forms, from the CLDR data compiled in
//! through ICU4X: "Mar 1, 2026" and "2026年3月1日", "1,234,567", "A, B, and C" and "甲、乙和丙".
//!
//! Dates are in the Gregorian calendar and in UTC, the time zone every time in Bitext is kept in;
//! a time of day says so ("… UTC").

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use writeable::Writeable;

use crate::{Arg, Locale, Localizer};

/// A calendar date in `locale`'s medium form: "Mar 1, 2026", "2026年3月1日".
///
/// A date in a year beyond ±9999, which ICU4X's calendar does not build, is written as
/// ISO 8601 (`+10000-01-02`) instead.
pub fn format_date(locale: &Locale, at: DateTime<Utc>) -> String {
    match gregorian(at) {
        Some(date) => formatters(locale)
            .date
            .format(&date)
            .write_to_string()
            .into_owned(),
        None => at.format("%Y-%m-%d").to_string(),
    }
}

/// A date with hours and minutes in `locale`'s medium form, marked as UTC (the message
/// `datetime-utc`): "Mar 1, 2026, 9:05 AM UTC", "2026年3月1日 09:05（UTC）".
///
/// A date in a year beyond ±9999 is written as ISO 8601 instead.
pub fn format_date_time(locale: &Locale, at: DateTime<Utc>) -> String {
    let datetime = match gregorian(at) {
        Some(date) => {
            let time = Time::try_new(time_part(at.hour()), time_part(at.minute()), 0, 0)
                .unwrap_or_else(|_| Time::start_of_day());
            formatters(locale)
                .date_time
                .format(&IcuDateTime { date, time })
                .write_to_string()
                .into_owned()
        }
        None => at.format("%Y-%m-%d %H:%M").to_string(),
    };
    Localizer::global().format(locale, "datetime-utc", &[("datetime", Arg::from(datetime))])
}

/// A whole number with `locale`'s digit grouping: "1,234,567", "-42".
pub fn format_number(locale: &Locale, number: i64) -> String {
    formatters(locale)
        .number
        .format(&Decimal::from(number))
        .write_to_string()
        .into_owned()
}

/// A number with `locale`'s digit grouping and up to three decimal places, as a figure a check
/// read is shown: "24,000", "0.667".
pub fn format_decimal(locale: &Locale, number: f64) -> String {
    let text = format!("{number:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match Decimal::try_from_str(text) {
        Ok(decimal) if number.is_finite() => formatters(locale)
            .number
            .format(&decimal)
            .write_to_string()
            .into_owned(),
        _ => text.to_owned(),
    }
}

/// The formatters of one locale, built once from the compiled data.
pub(crate) struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    number: DecimalFormatter,
    /// "A, B, and C".
    pub(crate) and: ListFormatter,
    /// "A, B, or C".
    pub(crate) or: ListFormatter,
}

/// The formatters of `locale`.
///
/// # Panics
///
/// If the compiled CLDR data lacks a supported locale, which this module's tests rule out.
pub(crate) fn formatters(locale: &Locale) -> &'static Formatters {
    static ALL: OnceLock<Vec<Formatters>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|locale| match Formatters::new(locale) {
                Ok(formatters) => formatters,
                Err(error) => panic!("the compiled CLDR data lacks {locale}: {error}"),
            })
            .collect()
    });
    &all[locale.index()]
}

impl Formatters {
    fn new(locale: &Locale) -> Result<Formatters, String> {
        let icu = locale.icu();
        let wide = ListFormatterOptions::default().with_length(ListLength::Wide);
        Ok(Formatters {
            date: FixedCalendarDateTimeFormatter::try_new((&icu).into(), YMD::medium())
                .map_err(|error| error.to_string())?,
            date_time: FixedCalendarDateTimeFormatter::try_new(
                (&icu).into(),
                YMD::medium().with_time_hm(),
            )
            .map_err(|error| error.to_string())?,
            number: DecimalFormatter::try_new((&icu).into(), Default::default())
                .map_err(|error| error.to_string())?,
            and: ListFormatter::try_new_and((&icu).into(), wide)
                .map_err(|error| error.to_string())?,
            or: ListFormatter::try_new_or((&icu).into(), wide)
                .map_err(|error| error.to_string())?,
        })
    }
}

/// The date of `at` in the Gregorian calendar, if ICU4X's calendar reaches it.
fn gregorian(at: DateTime<Utc>) -> Option<Date<Gregorian>> {
    let month = u8::try_from(at.month()).ok()?;
    let day = u8::try_from(at.day()).ok()?;
    Date::try_new_gregorian(at.year(), month, day).ok()
}

/// An hour or minute (always below 60) as ICU4X takes it.
fn time_part(value: u32) -> u8 {
    u8::try_from(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn every_supported_locale_has_compiled_data() {
        for locale in Locale::ALL {
            assert!(Formatters::new(&locale).is_ok(), "{locale}");
        }
    }

    #[test]
    fn dates_beyond_the_calendar_fall_back_to_iso_8601() {
        let year = |year: i32| {
            Utc.with_ymd_and_hms(year, 1, 2, 3, 4, 0)
                .single()
                .expect("valid time")
        };
        assert_eq!(format_date(&Locale::EN_US, year(9_999)), "Jan 2, 9999");
        assert_eq!(format_date(&Locale::EN_US, year(10_000)), "+10000-01-02");
        assert_eq!(
            format_date_time(&Locale::ZH_CN, year(10_000)),
            "+10000-01-02 03:04（UTC）"
        );
    }
}
