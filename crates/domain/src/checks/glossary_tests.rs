use crate::checks::{Finding, Severity, Span, Term, check_with};

use super::{FORBIDDEN, MISSING};

fn term(term: &str, translation: &str, variants: &[&str], forbidden: &[&str]) -> Term {
    Term {
        term: term.into(),
        translation: translation.into(),
        variants: variants.iter().map(|v| (*v).into()).collect(),
        forbidden: forbidden.iter().map(|v| (*v).into()).collect(),
        note: String::new(),
    }
}

fn zh_en(source: &str, translation: &str, glossary: &[Term]) -> Vec<Finding> {
    check_with(source, "zh-Hans", translation, "en", glossary)
        .into_iter()
        .filter(|f| f.code == MISSING || f.code == FORBIDDEN)
        .collect()
}

fn customs() -> Vec<Term> {
    vec![term(
        "海关",
        "customs",
        &["customs service"],
        &["customhouse"],
    )]
}

#[test]
fn a_term_rendered_as_agreed_is_not_a_finding() {
    assert!(
        zh_en(
            "海关加强了检查。",
            "Customs stepped up inspections.",
            &customs()
        )
        .is_empty()
    );
}

#[test]
fn a_variant_is_as_good_as_the_agreed_rendering() {
    let found = zh_en(
        "海关加强了检查。",
        "The customs service stepped up checks.",
        &customs(),
    );
    assert!(found.is_empty());
}

#[test]
fn a_term_without_an_allowed_rendering_is_a_warning_on_the_term() {
    let found = zh_en(
        "第一段。\n\n今天，海关加强了检查。",
        "First.\n\nToday, border officers stepped up checks.",
        &customs(),
    );
    assert_eq!(found.len(), 1);
    let f = &found[0];
    assert_eq!(
        (f.code, f.severity, f.paragraph),
        (MISSING, Severity::Warning, 1)
    );
    assert_eq!(f.source, Some(Span { start: 3, end: 5 }));
    assert_eq!(f.expected.as_deref(), Some("customs"));
}

#[test]
fn a_forbidden_rendering_is_an_error_on_it_with_the_agreed_one_suggested() {
    let found = zh_en(
        "海关加强了检查。",
        "The customhouse stepped up checks.",
        &customs(),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.code, f.severity), (FORBIDDEN, Severity::Error));
    assert_eq!(f.translation, Some(Span { start: 4, end: 15 }));
    assert_eq!(f.suggestion.as_deref(), Some("customs"));
}

#[test]
fn a_forbidden_rendering_where_the_source_lacks_the_term_is_left_alone() {
    assert!(zh_en("港口很忙。", "The old customhouse is busy.", &customs()).is_empty());
}

#[test]
fn english_renderings_match_case_aside_with_plurals_and_possessives() {
    let glossary = vec![term("关税", "tariff", &[], &[])];
    for rendering in [
        "Tariffs rose.",
        "The tariff's effect.",
        "TARIFF talks.",
        "tariffes",
    ] {
        assert!(
            zh_en("关税上升。", rendering, &glossary).is_empty(),
            "{rendering}"
        );
    }
}

#[test]
fn english_renderings_match_only_whole_words() {
    let glossary = vec![term("关税", "tariff", &[], &[])];
    assert_eq!(
        zh_en("关税上升。", "Tariffication rose.", &glossary).len(),
        1
    );
    let glossary = vec![term("港", "port", &[], &["harbor"])];
    assert!(zh_en("港口。", "The harbormaster's port.", &glossary).is_empty());
}

#[test]
fn an_acronym_matches_only_in_capitals() {
    let glossary = vec![term("美国", "US", &[], &[])];
    assert!(zh_en("美国表示。", "The US said.", &glossary).is_empty());
    assert_eq!(zh_en("美国表示。", "They told us.", &glossary).len(), 1);
}

#[test]
fn a_term_inside_a_longer_term_of_the_source_is_not_looked_for() {
    let glossary = vec![
        term("人民币", "yuan", &[], &[]),
        term("人民", "people", &[], &[]),
    ];
    assert!(zh_en("人民币升值。", "The yuan rose.", &glossary).is_empty());
}

#[test]
fn a_forbidden_word_inside_an_allowed_rendering_is_not_an_error() {
    let glossary = vec![term(
        "海关总署",
        "General Administration of Customs",
        &[],
        &["Customs"],
    )];
    let found = zh_en(
        "海关总署表示。",
        "The General Administration of Customs said.",
        &glossary,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn english_to_chinese_terms_match_as_substrings() {
    let glossary = vec![term("customs", "海关", &[], &["关口"])];
    let run = |t: &str| check_with("Customs officers said.", "en", t, "zh-Hans", &glossary);
    assert!(run("海关官员表示。").iter().all(|f| f.code != MISSING));
    let found = run("关口官员表示。");
    assert!(
        found
            .iter()
            .any(|f| f.code == FORBIDDEN && f.translation == Some(Span { start: 0, end: 2 }))
    );
}

#[test]
fn spans_count_characters_after_wider_ones() {
    let glossary = vec![term("关税", "tariff", &[], &["duty"])];
    let found = zh_en("“关税”上升。", "“Duty” rose.", &glossary);
    assert_eq!(found[0].translation, Some(Span { start: 1, end: 5 }));
    assert_eq!(found[0].source, Some(Span { start: 1, end: 3 }));
}

#[test]
fn a_two_thousand_term_glossary_on_a_long_text_reports_nothing_for_agreed_renderings() {
    let glossary: Vec<Term> = (0..2000)
        .map(|i| {
            term(
                &format!("术语{i}号"),
                &format!("term{i}"),
                &[],
                &[&format!("bad{i}")],
            )
        })
        .collect();
    let source = "术语7号和海关。".repeat(20);
    let translation = "term7 and customs. ".repeat(20);
    let body_s = vec![source; 400].join("\n\n");
    let body_t = vec![translation; 400].join("\n\n");
    let found = check_with(&body_s, "zh-Hans", &body_t, "en", &glossary);
    assert!(
        found
            .iter()
            .all(|f| f.code != MISSING && f.code != FORBIDDEN)
    );
    // One forbidden rendering among the 2,000 terms is still found, in its paragraph.
    let body_t = body_t.replacen("term7 and", "bad7 and", 1);
    let found = check_with(&body_s, "zh-Hans", &body_t, "en", &glossary);
    let forbidden: Vec<_> = found.iter().filter(|f| f.code == FORBIDDEN).collect();
    assert_eq!(forbidden.len(), 1, "{found:?}");
    assert_eq!(forbidden[0].paragraph, 0);
}
