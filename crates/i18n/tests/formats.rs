//! Lists, dates, times and numbers in each supported locale, in CLDR's forms, as the public
//! API gives them.

use bitext_i18n::{Locale, Localizer, format_date, format_date_time, format_number};
use chrono::{DateTime, TimeZone, Utc};

#[test]
fn lists_are_joined_per_locale() {
    let localizer = Localizer::global();
    let none: [&str; 0] = [];
    assert_eq!(localizer.format_list(&Locale::EN_US, &none), "");
    assert_eq!(localizer.format_list(&Locale::EN_US, &["Ann"]), "Ann");
    assert_eq!(
        localizer.format_list(&Locale::EN_US, &["Ann", "Bo"]),
        "Ann and Bo"
    );
    assert_eq!(
        localizer.format_list(&Locale::EN_US, &["Ann", "Bo", "Cy"]),
        "Ann, Bo, and Cy"
    );
    assert_eq!(
        localizer.format_list(&Locale::ZH_CN, &["张三", "李四", "王五"]),
        "张三、李四和王五"
    );
    assert_eq!(
        localizer.format_list(&Locale::ZH_TW, &["陳一", "林二"]),
        "陳一和林二"
    );
}

#[test]
fn chinese_lists_space_latin_names_from_the_conjunction() {
    let localizer = Localizer::global();
    for locale in [Locale::ZH_CN, Locale::ZH_TW] {
        let list = |items: &[&str]| localizer.format_list(&locale, items);
        assert_eq!(
            list(&["Alex Chen", "Maya Ortiz"]),
            "Alex Chen 和 Maya Ortiz"
        );
        assert_eq!(list(&["陳大文", "李小明"]), "陳大文和李小明");
        assert_eq!(list(&["Alex Chen", "李小明"]), "Alex Chen 和李小明");
        assert_eq!(list(&["陳大文", "Maya Ortiz"]), "陳大文和 Maya Ortiz");
        assert_eq!(
            list(&["Alex Chen", "陳大文", "Maya Ortiz"]),
            "Alex Chen、陳大文和 Maya Ortiz"
        );
    }
    assert_eq!(
        localizer.format_list(&Locale::EN_US, &["Alex Chen", "陳大文", "Maya Ortiz"]),
        "Alex Chen, 陳大文, and Maya Ortiz"
    );
}

#[test]
fn list_items_can_be_written_as_placeholders() {
    let joined = Localizer::global().format_list_with(
        &Locale::ZH_CN,
        &["Alex Chen", "李小明"],
        |index, _| format!("[{index}]"),
    );
    assert_eq!(joined, "[0] 和[1]");
}

#[test]
fn alternatives_are_joined_with_or_per_locale() {
    let localizer = Localizer::global();
    let none: [&str; 0] = [];
    assert_eq!(localizer.format_or_list(&Locale::EN_US, &none), "");
    assert_eq!(
        localizer.format_or_list(&Locale::EN_US, &["editor"]),
        "editor"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::EN_US, &["editor", "admin"]),
        "editor or admin"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::EN_US, &["translator", "editor", "admin"]),
        "translator, editor, or admin"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::ZH_CN, &["编辑", "管理员"]),
        "编辑或管理员"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::ZH_CN, &["译者", "编辑", "管理员"]),
        "译者、编辑或管理员"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::ZH_TW, &["譯者", "編輯", "管理員"]),
        "譯者、編輯或管理員"
    );
}

#[test]
fn lists_of_one_two_and_three_mixed_names_read_naturally_in_each_locale() {
    let localizer = Localizer::global();
    let cases: [(Locale, &[&str], &str); 9] = [
        (Locale::EN_US, &["李小明"], "李小明"),
        (
            Locale::EN_US,
            &["Alex Chen", "李小明"],
            "Alex Chen and 李小明",
        ),
        (
            Locale::EN_US,
            &["李小明", "Alex Chen", "陳大文"],
            "李小明, Alex Chen, and 陳大文",
        ),
        (Locale::ZH_CN, &["Alex Chen"], "Alex Chen"),
        (
            Locale::ZH_CN,
            &["李小明", "Alex Chen"],
            "李小明和 Alex Chen",
        ),
        (
            Locale::ZH_CN,
            &["Alex Chen", "李小明", "Maya Ortiz"],
            "Alex Chen、李小明和 Maya Ortiz",
        ),
        (Locale::ZH_TW, &["陳大文"], "陳大文"),
        (
            Locale::ZH_TW,
            &["Alex Chen", "陳大文"],
            "Alex Chen 和陳大文",
        ),
        (
            Locale::ZH_TW,
            &["陳大文", "Maya Ortiz", "Alex Chen"],
            "陳大文、Maya Ortiz 和 Alex Chen",
        ),
    ];
    for (locale, names, expected) in cases {
        assert_eq!(localizer.format_list(&locale, names), expected, "{locale}");
    }
}

#[test]
fn alternatives_in_chinese_space_latin_words_from_the_conjunction() {
    let localizer = Localizer::global();
    assert_eq!(
        localizer.format_or_list(&Locale::ZH_CN, &["editor", "管理员"]),
        "editor 或管理员"
    );
    assert_eq!(
        localizer.format_or_list(&Locale::ZH_TW, &["譯者", "editor", "admin"]),
        "譯者、editor 或 admin"
    );
}

fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, month, day, hour, minute, 30)
        .single()
        .expect("valid time")
}

#[test]
fn dates_are_written_the_way_each_locale_writes_them() {
    let day = at(2026, 11, 29, 16, 45);
    assert_eq!(format_date(&Locale::EN_US, day), "Nov 29, 2026");
    assert_eq!(format_date(&Locale::ZH_CN, day), "2026年11月29日");
    assert_eq!(format_date(&Locale::ZH_TW, day), "2026年11月29日");
}

#[test]
fn times_of_day_are_given_to_the_minute_and_marked_as_utc() {
    let morning = at(2026, 3, 1, 9, 5);
    assert_eq!(
        format_date_time(&Locale::EN_US, morning),
        "Mar 1, 2026, 9:05\u{202f}AM UTC"
    );
    assert_eq!(
        format_date_time(&Locale::ZH_CN, morning),
        "2026年3月1日 09:05（UTC）"
    );
    assert_eq!(
        format_date_time(&Locale::ZH_TW, morning),
        "2026年3月1日 上午9:05（UTC）"
    );
    let evening = at(2026, 11, 29, 16, 45);
    assert_eq!(
        format_date_time(&Locale::EN_US, evening),
        "Nov 29, 2026, 4:45\u{202f}PM UTC"
    );
    assert_eq!(
        format_date_time(&Locale::ZH_CN, evening),
        "2026年11月29日 16:45（UTC）"
    );
}

#[test]
fn numbers_are_grouped_by_thousands() {
    for locale in Locale::ALL {
        assert_eq!(format_number(&locale, 1_234_567), "1,234,567", "{locale}");
        assert_eq!(format_number(&locale, -1_000), "-1,000", "{locale}");
        assert_eq!(format_number(&locale, 999), "999", "{locale}");
    }
}
