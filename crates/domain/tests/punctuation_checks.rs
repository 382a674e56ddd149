//! Punctuation and typography end to end, through the whole checker: correct news articles
//! raise nothing in either direction, and each rule finds what was planted, where it is, in
//! English and in Chinese.

mod news;

use bitext_domain::checks::{Finding, Severity, check, punctuation};
use news::{CARMAKER, FLOOD, chinese, english};

const CODES: [&str; 6] = [
    punctuation::FULL_WIDTH,
    punctuation::HALF_WIDTH,
    punctuation::UNPAIRED,
    punctuation::DOUBLE_SPACE,
    punctuation::HAN_SPACE,
    punctuation::QUESTION,
];

/// The punctuation findings of a check: (code, paragraph, what the span covers in the
/// translation or else the source, suggestion).
fn punctuation_findings(
    found: &[Finding],
    source: &str,
    translation: &str,
) -> Vec<(&'static str, usize, String, Option<String>)> {
    let paragraphs = |t: &str| -> Vec<String> {
        bitext_domain::text::paragraphs(t)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let (sp, tp) = (paragraphs(source), paragraphs(translation));
    found
        .iter()
        .filter(|f| CODES.contains(&f.code))
        .map(|f| {
            let (text, span) = match f.translation {
                Some(span) => (&tp[f.paragraph], span),
                None => (&sp[f.paragraph], f.source.expect("a span")),
            };
            let quoted = text
                .chars()
                .skip(span.start)
                .take(span.end - span.start)
                .collect();
            assert_eq!(f.severity, Severity::Warning);
            (f.code, f.paragraph, quoted, f.suggestion.clone())
        })
        .collect()
}

fn zh_to_en(source: &str, translation: &str) -> Vec<(&'static str, usize, String, Option<String>)> {
    punctuation_findings(
        &check(source, "zh-Hans", translation, "en"),
        source,
        translation,
    )
}

fn en_to_zh(source: &str, translation: &str) -> Vec<(&'static str, usize, String, Option<String>)> {
    punctuation_findings(
        &check(source, "en", translation, "zh-Hans"),
        source,
        translation,
    )
}

fn found(
    code: &'static str,
    paragraph: usize,
    quoted: &str,
    suggestion: Option<&str>,
) -> (&'static str, usize, String, Option<String>) {
    (
        code,
        paragraph,
        quoted.to_owned(),
        suggestion.map(str::to_owned),
    )
}

#[test]
fn correct_articles_raise_no_punctuation_finding_in_either_direction() {
    for article in [FLOOD, CARMAKER] {
        let (zh, en) = (chinese(article), english(article));
        assert_eq!(zh_to_en(&zh, &en), []);
        assert_eq!(en_to_zh(&en, &zh), []);
    }
}

#[test]
fn full_width_punctuation_left_in_english_is_found_with_its_replacement() {
    let found_ = zh_to_en(
        "气象部门预计，降雨将持续到周五。",
        "Forecasters expect the rain to last until Friday，officials said（on Wednesday）。",
    );
    assert_eq!(
        found_,
        [
            found(punctuation::FULL_WIDTH, 0, "，", Some(", ")),
            found(punctuation::FULL_WIDTH, 0, "（", Some(" (")),
            found(punctuation::FULL_WIDTH, 0, "）", Some(")")),
            found(punctuation::FULL_WIDTH, 0, "。", Some(".")),
        ]
    );
}

#[test]
fn half_width_punctuation_between_chinese_characters_is_found_with_its_replacement() {
    let found_ = en_to_zh(
        "Horizon said it had no plans to cut jobs. Is the price war over?",
        "地平线表示,目前没有裁员计划.价格战结束了吗?",
    );
    assert_eq!(
        found_,
        [
            found(punctuation::HALF_WIDTH, 0, ",", Some("，")),
            found(punctuation::HALF_WIDTH, 0, ".", Some("。")),
            found(punctuation::HALF_WIDTH, 0, "?", Some("？")),
        ]
    );
}

#[test]
fn an_unclosed_quotation_is_found_in_both_languages() {
    let en =
        "“The market has changed faster than anyone expected, chief executive Laura Berg said.";
    let zh = "首席执行官劳拉·伯格说：“市场变化之快超出了所有人的预期。";
    assert_eq!(
        en_to_zh(en, zh),
        [found(punctuation::UNPAIRED, 0, "“", None)]
    );
    assert_eq!(
        zh_to_en(zh, en),
        [found(punctuation::UNPAIRED, 0, "“", None)]
    );
}

#[test]
fn doubled_spaces_and_spaces_between_chinese_characters_are_found() {
    assert_eq!(
        zh_to_en(
            "气象部门预计，降雨将持续到周五。",
            "Forecasters expect the rain  to last until Friday."
        ),
        [found(punctuation::DOUBLE_SPACE, 0, "  ", Some(" "))]
    );
    assert_eq!(
        en_to_zh(
            "Forecasters expect the rain to last until Friday.",
            "气象部门预计，降雨将 持续到周五。"
        ),
        [found(punctuation::HAN_SPACE, 0, "将 持", Some("将持"))]
    );
}

#[test]
fn a_question_rendered_as_a_statement_is_found_in_the_source() {
    assert_eq!(
        en_to_zh(
            "Is the price war over? Not yet, Berg said.",
            "价格战已经结束。伯格说还没有。"
        ),
        [found(
            punctuation::QUESTION,
            0,
            "Is the price war over?",
            None
        )]
    );
    assert_eq!(
        zh_to_en(
            "价格战结束了吗？伯格说还没有。",
            "The price war is over. Not yet, Berg said."
        ),
        [found(punctuation::QUESTION, 0, "价格战结束了吗？", None)]
    );
}

#[test]
fn a_question_reported_rather_than_asked_is_not_lost() {
    assert_eq!(
        zh_to_en(
            "一些居民质疑，为什么预警发布得这么晚？",
            "Some residents asked why the warning had come so late."
        ),
        []
    );
}
