//! Broken alignment end to end: correct articles pair up whatever their paragraphs' lengths;
//! a translation with a paragraph split, two merged, one dropped or one added is reported at
//! the first paragraph that is off, with what restores the pairs where the evidence settles it,
//! and never with a wrong place or a wrong fix.

mod news;

use bitext_domain::checks::{Finding, Severity, alignment, check, figures::matching};
use bitext_domain::text::{paragraphs, sentences};
use news::{CARMAKER, FLOOD, chinese, english};

const CODES: [&str; 5] = [
    alignment::PARAGRAPH_COUNT,
    alignment::SPLIT,
    alignment::MERGE,
    alignment::MISSING,
    alignment::EXTRA,
];

/// The alignment findings of a check: (code, paragraph).
fn alignment_findings(found: &[Finding]) -> Vec<(&'static str, usize)> {
    found
        .iter()
        .filter(|f| CODES.contains(&f.code))
        .map(|f| (f.code, f.paragraph))
        .collect()
}

/// One direction of an article: the source, its language, the translation's paragraphs and
/// their language.
struct Direction {
    source: String,
    from: &'static str,
    translation: Vec<String>,
    to: &'static str,
}

impl Direction {
    fn check(&self, translation: &[String]) -> Vec<Finding> {
        check(&self.source, self.from, &translation.join("\n\n"), self.to)
    }
}

fn zh_to_en(article: &[(&str, &str)]) -> Direction {
    Direction {
        source: chinese(article),
        from: "zh-Hans",
        translation: article.iter().map(|p| p.1.to_owned()).collect(),
        to: "en",
    }
}

fn en_to_zh(article: &[(&str, &str)]) -> Direction {
    Direction {
        source: english(article),
        from: "en",
        translation: article.iter().map(|p| p.0.to_owned()).collect(),
        to: "zh-Hans",
    }
}

/// Every article in both directions.
fn all_directions() -> Vec<Direction> {
    [FLOOD, CARMAKER]
        .into_iter()
        .flat_map(|a| [zh_to_en(a), en_to_zh(a)])
        .collect()
}

/// The translation with paragraphs `k` and `k + 1` joined into one.
fn merged(t: &[String], k: usize) -> Vec<String> {
    let mut t = t.to_vec();
    let next = t.remove(k + 1);
    t[k] = format!("{} {next}", t[k]);
    t
}

/// The translation with paragraph `k` cut in two after its first sentence, if it has two.
fn split(t: &[String], k: usize) -> Option<Vec<String>> {
    let pieces = sentences(&t[k]);
    if pieces.len() < 2 {
        return None;
    }
    let (head, tail) = (pieces[0].trim().to_owned(), pieces[1..].concat());
    let mut t = t.to_vec();
    t[k] = head;
    t.insert(k + 1, tail.trim().to_owned());
    Some(t)
}

/// The translation without paragraph `k`.
fn dropped(t: &[String], k: usize) -> Vec<String> {
    let mut t = t.to_vec();
    t.remove(k);
    t
}

/// Asserts what a broken translation must never get wrong: the count is reported, nothing is
/// placed after the paragraph that is really off, and a fix, if one is said, is the right one
/// in the right place.
fn assert_never_wrong(found: &[Finding], off: usize, fix: &str, case: &str) {
    let found = alignment_findings(found);
    assert!(
        found
            .iter()
            .any(|&(c, p)| c == alignment::PARAGRAPH_COUNT && p <= off),
        "{case}: {found:?}"
    );
    for (code, paragraph) in &found {
        assert!(*paragraph <= off, "{case}: {found:?}");
        if *code != alignment::PARAGRAPH_COUNT {
            assert_eq!((*code, *paragraph), (fix, off), "{case}: {found:?}");
        }
    }
}

#[test]
fn correct_articles_of_equal_count_never_alarm_in_either_direction() {
    let both: Vec<(&str, &str)> = FLOOD.iter().chain(CARMAKER).copied().collect();
    let mut articles: Vec<&[(&str, &str)]> = vec![FLOOD, CARMAKER, &both];
    // Every run of three paragraphs or more: short articles, and any paragraph first or last.
    for article in [FLOOD, CARMAKER] {
        for from in 0..article.len() {
            for to in from + 3..=article.len() {
                articles.push(&article[from..to]);
            }
        }
    }
    for article in articles {
        for d in [zh_to_en(article), en_to_zh(article)] {
            let found = d.check(&d.translation);
            assert_eq!(alignment_findings(&found), [], "{} → {}", d.from, d.to);
        }
    }
}

#[test]
fn a_merged_split_or_dropped_paragraph_is_never_placed_after_itself_nor_given_a_wrong_fix() {
    for d in all_directions() {
        let n = d.translation.len();
        for k in 0..n - 1 {
            let case = format!("{} merged at {k}", d.from);
            assert_never_wrong(
                &d.check(&merged(&d.translation, k)),
                k,
                alignment::SPLIT,
                &case,
            );
        }
        for k in 0..n {
            if let Some(t) = split(&d.translation, k) {
                let case = format!("{} split at {k}", d.from);
                assert_never_wrong(&d.check(&t), k, alignment::MERGE, &case);
            }
            let case = format!("{} dropped at {k}", d.from);
            assert_never_wrong(
                &d.check(&dropped(&d.translation, k)),
                k,
                alignment::MISSING,
                &case,
            );
        }
    }
}

#[test]
fn two_paragraphs_merged_into_one_are_split_where_the_second_began() {
    for (d, k) in [
        (zh_to_en(FLOOD), 5),
        (en_to_zh(FLOOD), 3),
        (zh_to_en(CARMAKER), 2),
    ] {
        let t = merged(&d.translation, k);
        let found = d.check(&t);
        assert_eq!(
            alignment_findings(&found),
            [(alignment::PARAGRAPH_COUNT, k), (alignment::SPLIT, k)]
        );
        let split = found.iter().find(|f| f.code == alignment::SPLIT).unwrap();
        let span = split.translation.expect("where to split");
        let quoted: String = t[k]
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert!(
            !quoted.is_empty() && d.translation[k + 1].starts_with(&quoted),
            "{quoted:?} does not open {:?}",
            d.translation[k + 1]
        );
        assert_eq!(split.severity, Severity::Error);
    }
}

#[test]
fn a_paragraph_split_in_two_is_merged_back() {
    for (d, k) in [
        (zh_to_en(FLOOD), 5),
        (en_to_zh(FLOOD), 7),
        (zh_to_en(CARMAKER), 9),
    ] {
        let found = d.check(&split(&d.translation, k).unwrap());
        assert_eq!(
            alignment_findings(&found),
            [(alignment::PARAGRAPH_COUNT, k), (alignment::MERGE, k)]
        );
        let count = &found[found
            .iter()
            .position(|f| f.code == alignment::PARAGRAPH_COUNT)
            .unwrap()];
        let n = d.translation.len() as f64;
        assert_eq!(
            (count.source_value, count.translation_value),
            (Some(n), Some(n + 1.0))
        );
    }
}

#[test]
fn a_dropped_paragraph_is_missing_and_quoted_from_the_source() {
    for (d, k) in [
        (zh_to_en(FLOOD), 0),
        (en_to_zh(FLOOD), 8),
        (zh_to_en(CARMAKER), 4),
    ] {
        let found = d.check(&dropped(&d.translation, k));
        assert_eq!(
            alignment_findings(&found),
            [(alignment::PARAGRAPH_COUNT, k), (alignment::MISSING, k)]
        );
        let missing = found.iter().find(|f| f.code == alignment::MISSING).unwrap();
        let span = missing.source.expect("the source paragraph's opening");
        let source = paragraphs(&d.source)[k];
        let quoted: String = source.chars().take(span.end).collect();
        assert_eq!(span.start, 0);
        assert!(quoted.chars().count() >= 10, "{quoted:?}");
    }
}

#[test]
fn a_paragraph_pasted_in_twice_is_extra_where_it_does_not_belong() {
    let d = zh_to_en(FLOOD);
    let mut t = d.translation.clone();
    t.insert(1, d.translation[9].clone());
    let found = d.check(&t);
    assert_eq!(
        alignment_findings(&found),
        [(alignment::PARAGRAPH_COUNT, 1), (alignment::EXTRA, 1)]
    );
    let extra = found.iter().find(|f| f.code == alignment::EXTRA).unwrap();
    assert_eq!(extra.translation.map(|s| s.start), Some(0));
}

#[test]
fn a_shift_with_equal_counts_is_reported_where_it_begins_and_only_then() {
    for d in all_directions() {
        let n = d.translation.len();
        for k in 0..n {
            for l in k + 2..n - 1 {
                let Some(t) = split(&merged(&d.translation, l), k) else {
                    continue;
                };
                let found = alignment_findings(&d.check(&t));
                assert!(
                    found.is_empty() || found == [(alignment::MERGE, k)],
                    "{} split at {k}, merged at {l}: {found:?}",
                    d.from
                );
            }
        }
    }
    let d = zh_to_en(FLOOD);
    let t = split(&merged(&d.translation, 7), 1).unwrap();
    assert_eq!(alignment_findings(&d.check(&t)), [(alignment::MERGE, 1)]);
}

#[test]
fn paragraphs_after_the_break_are_not_compared_pair_by_pair() {
    let d = zh_to_en(FLOOD);
    let mut t = dropped(&d.translation, 6);
    // A mistyped figure before the break is still found; the shifted pairs after it raise no
    // figure mismatch.
    t[3] = t[3].replace("24,000", "2,400");
    let found = d.check(&t);
    let mismatches: Vec<usize> = found
        .iter()
        .filter(|f| f.code == matching::FIGURE_MISMATCH)
        .map(|f| f.paragraph)
        .collect();
    assert_eq!(mismatches, [3]);
    assert!(alignment_findings(&found).contains(&(alignment::MISSING, 6)));
}
