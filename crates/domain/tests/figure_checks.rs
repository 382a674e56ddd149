//! Figures checked across scripts end to end: a Chinese source and its English translation (and
//! the other way round) read by each language's grammar and matched paragraph by paragraph.
//! Correct renderings raise nothing; a planted error raises one finding in its paragraph.

use bitext_domain::checks::{Severity, check};

/// Correct renderings: (Chinese, English).
const CORRECT: &[(&str, &str)] = &[
    (
        "已有4000多人被安置。",
        "More than 4,000 people have been sheltered.",
    ),
    ("损失约2.4万元。", "Losses came to about 24,000 yuan."),
    ("出口额达1600亿美元。", "Exports reached US$160 billion."),
    (
        "三分之二的居民已撤离。",
        "Two-thirds of residents have left.",
    ),
    ("支持率为百分之四十。", "Support stood at 40%."),
    ("近两千名学生参加。", "Nearly 2,000 students took part."),
    (
        "会议于2022年5月30日举行。",
        "The meeting was held on May 30, 2022.",
    ),
    (
        "他在90年代移居香港。",
        "He moved to Hong Kong in the 1990s.",
    ),
    ("项目为期12个月。", "The project runs for 12 months."),
    ("一直有人说一些话。", "People have always said things."),
    ("他有一个儿子。", "He has one son."),
    (
        "经济连续六个季度增长。",
        "The economy grew for six quarters in a row.",
    ),
    (
        "新冠疫情期间，G7峰会推迟。",
        "During the COVID-19 pandemic, the G7 summit was postponed.",
    ),
    ("波音737停飞。", "The Boeing 737 was grounded."),
    (
        "数以亿计的人受影响。",
        "Hundreds of millions of people were affected.",
    ),
    ("几十名志愿者赶到。", "Dozens of volunteers arrived."),
    ("9月份销量上升。", "Sales rose in September."),
];

/// Planted errors: (Chinese, English).
const WRONG: &[(&str, &str)] = &[
    ("损失约2.4万元。", "Losses came to about 2,400 yuan."),
    ("支持率为百分之四十。", "Support stood at 14%."),
    ("三分之二的居民已撤离。", "A third of residents have left."),
    (
        "会议于2022年5月30日举行。",
        "The meeting was held on May 3, 2022.",
    ),
    (
        "已有4000多人被安置。",
        "More than 400 people have been sheltered.",
    ),
];

#[test]
fn correct_renderings_raise_nothing_in_either_direction() {
    for (zh, en) in CORRECT {
        assert_eq!(check(zh, "zh-Hans", en, "en"), [], "{zh} → {en}");
        assert_eq!(check(en, "en", zh, "zh-Hans"), [], "{en} → {zh}");
    }
}

#[test]
fn a_mistyped_figure_is_an_error_in_its_paragraph() {
    for (zh, en) in WRONG {
        let source = format!("第一段没有数字。\n\n{zh}");
        let translation = format!("The first paragraph has no figure.\n\n{en}");
        let found = check(&source, "zh-Hans", &translation, "en");
        assert!(!found.is_empty(), "{zh} → {en}");
        assert!(
            found
                .iter()
                .all(|f| f.paragraph == 1 && f.severity == Severity::Error),
            "{zh} → {en}: {found:?}"
        );
    }
}
