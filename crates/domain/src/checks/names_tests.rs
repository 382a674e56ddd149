use crate::checks::{Finding, Span, Term, check_with};

use super::INCONSISTENT;

fn names(source: &str, translation: &str) -> Vec<Finding> {
    names_with(source, translation, &[])
}

fn names_with(source: &str, translation: &str, glossary: &[Term]) -> Vec<Finding> {
    check_with(source, "zh-Hans", translation, "en", glossary)
        .into_iter()
        .filter(|f| f.code == INCONSISTENT)
        .collect()
}

#[test]
fn a_name_rendered_one_way_throughout_is_not_a_finding() {
    let found = names(
        "王明说，会议很好。\n\n王明还说，明天再谈。",
        "Wang Ming said the meeting went well.\n\nWang Ming's view: talk tomorrow.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_one_letter_off_in_a_later_paragraph_is_a_warning_there() {
    let found = names(
        "王明说，会议很好。\n\n王明还说，明天再谈。",
        "Wang Ming said the meeting went well.\n\nWang Min also said they would talk.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].paragraph, 1);
    assert_eq!(found[0].translation, Some(Span { start: 0, end: 8 }));
    assert_eq!(found[0].expected.as_deref(), Some("Wang Ming"));
}

#[test]
fn a_name_in_the_other_order_is_a_warning() {
    let found = names(
        "王明说，王明还说。",
        "Wang Ming said, and later Ming Wang said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].translation, Some(Span { start: 26, end: 35 }));
}

#[test]
fn a_given_name_hyphenated_after_it_was_joined_is_a_warning() {
    let found = names(
        "王明华表示。\n\n王明华补充。",
        "Wang Minghua said.\n\nWang Ming-hua added.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].expected.as_deref(), Some("Wang Minghua"));
    assert_eq!(found[0].translation, Some(Span { start: 0, end: 13 }));
}

#[test]
fn two_people_of_the_same_surname_are_not_confused() {
    let found = names(
        "王明和王敏见面。",
        "Wang Ming met Wang Min. Wang Min spoke first; Wang Ming listened.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn traditional_characters_are_read_too() {
    let found = names("張偉說。張偉又說。", "Zhang Wei said. Then Zhang Wen said.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_surname_alone_is_not_a_rendering_of_the_full_name() {
    let found = names(
        "王明说。王明又说。",
        "Wang Ming said. Mr Wang added. Wang said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn names_romanised_otherwise_are_left_alone() {
    let found = names(
        "蔡英文表示。蔡英文又说。",
        "Tsai Ing-wen said. Tsai Ingwen said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn ordinary_capitalised_words_near_a_name_are_left_alone() {
    let found = names(
        "高明的策略。王明说。",
        "A clever plan. Wang Ming said. The Great Wall, New York and Hong Kong. Gao Ming Tower.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_rendering_the_glossary_allows_is_not_a_finding() {
    let glossary = vec![Term {
        term: "王明".into(),
        translation: "Wang Ming".into(),
        variants: vec!["Ming Wang".into()],
        ..Term::default()
    }];
    let found = names_with(
        "王明说，王明还说。",
        "Wang Ming said, and later Ming Wang said.",
        &glossary,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn names_are_not_checked_in_a_chinese_translation() {
    let found = check_with(
        "Wang Ming said. Wang Min said.",
        "en",
        "王明说。王敏说。",
        "zh-Hans",
        &[],
    );
    assert!(found.iter().all(|f| f.code != INCONSISTENT));
}
