//! Properties of the translation memory's text model: units are trimmed slices of the two
//! bodies in order, and a paragraph's sentence units put back together are the paragraph; the
//! score is symmetric, 100 exactly for texts equal once normalized, and falls by one edit's
//! worth per token changed; n-gram keys are sorted and distinct, and survive edits elsewhere.
//!
//! Translations are the newsroom articles, in either direction, with sentences dropped or
//! merged, paragraphs merged and lines broken at random, so that the cases reach sentence
//! pairs, paragraph pairs left alone and translations whose pairs go off; each test counts that
//! they did.

mod news;

use std::cell::Cell;

use bitext_domain::memory::{Query, UnitKind, UnitText, distance, grams, normalize, score, units};
use bitext_domain::text::{paragraphs, sentences};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestRunner};

/// What is done to one paragraph of a translation.
#[derive(Debug, Clone, Copy)]
enum Edit {
    Keep,
    /// Leave sentence `n % count` out.
    DropSentence(usize),
    /// End sentence `n % count` with a comma, running it into the next.
    MergeSentences(usize),
    /// Join the paragraph and the next into one.
    MergeParagraphs,
    /// Break a line after sentence `n % count`.
    BreakLine(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => Just(Edit::Keep),
        2 => any::<usize>().prop_map(Edit::DropSentence),
        1 => any::<usize>().prop_map(Edit::MergeSentences),
        1 => Just(Edit::MergeParagraphs),
        1 => any::<usize>().prop_map(Edit::BreakLine),
    ]
}

/// A translation pair: an article in one direction, a run of its paragraphs, each edited.
fn translation() -> impl Strategy<Value = (String, String)> {
    (
        select(vec![news::FLOOD, news::CARMAKER]),
        any::<bool>(),
        0usize..6,
        prop::collection::vec(edit(), 1..12),
    )
        .prop_map(|(article, zh_to_en, skip, edits)| {
            let pairs: Vec<(&str, &str)> = article
                .iter()
                .skip(skip)
                .take(edits.len())
                .map(|p| if zh_to_en { (p.0, p.1) } else { (p.1, p.0) })
                .collect();
            let source: Vec<&str> = pairs.iter().map(|p| p.0).collect();
            let mut target: Vec<String> = Vec::new();
            for (&(_, t), edit) in pairs.iter().zip(&edits) {
                let mut pieces: Vec<String> = sentences(t).iter().map(|s| s.to_string()).collect();
                let k = |n: usize| n % pieces.len();
                match *edit {
                    Edit::Keep => {}
                    Edit::DropSentence(n) if pieces.len() > 1 => {
                        pieces.remove(k(n));
                    }
                    Edit::MergeSentences(n) if pieces.len() > 1 => {
                        let at = n % (pieces.len() - 1);
                        let s = pieces[at].trim_end().to_owned();
                        let comma = if s.ends_with('。') { "，" } else { ", " };
                        pieces[at] = format!("{}{comma}", s.trim_end_matches(['。', '.']));
                    }
                    Edit::BreakLine(n) => {
                        let at = k(n);
                        pieces[at] = format!("{}\n", pieces[at].trim_end());
                    }
                    Edit::MergeParagraphs if !target.is_empty() => {
                        let last = target.pop().unwrap_or_default();
                        pieces.insert(0, format!("{last} "));
                    }
                    _ => {}
                }
                target.push(pieces.concat().trim().to_owned());
            }
            (source.join("\n\n"), target.join("\n\n"))
        })
}

/// Where `text` lies in `body` at or after byte `from`, checking it is a trimmed, non-empty
/// slice there.
fn locate(body: &str, text: &str, from: usize) -> Result<usize, TestCaseError> {
    prop_assert!(
        !text.is_empty() && text.trim() == text,
        "{text:?} is not trimmed"
    );
    let at = body[from..].find(text);
    prop_assert!(
        at.is_some(),
        "{text:?} is not in the body after byte {from}"
    );
    Ok(from + at.unwrap_or_default())
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks the units of one pair; returns (sentence units, multi-sentence paragraph units without
/// sentence units).
fn check_units(
    source: &str,
    target: &str,
    found: &[UnitText],
) -> Result<(usize, usize), TestCaseError> {
    let (sp, tp) = (paragraphs(source), paragraphs(target));
    let mut cursor = (0, 0);
    let mut paragraph: Option<&UnitText> = None;
    let mut inside = (0, 0);
    let mut sentence_units: Vec<&UnitText> = Vec::new();
    let mut counts = (0, 0);
    let mut close =
        |p: Option<&UnitText>, sentence_units: &mut Vec<&UnitText>| -> Result<(), TestCaseError> {
            let Some(p) = p else { return Ok(()) };
            if sentence_units.is_empty() {
                if sentences(&p.source).len() > 1 && sentences(&p.target).len() > 1 {
                    counts.1 += 1;
                }
                return Ok(());
            }
            prop_assert!(
                sentence_units.len() >= 2,
                "one sentence unit would repeat its paragraph"
            );
            counts.0 += sentence_units.len();
            for side in [
                |u: &UnitText| u.source.clone(),
                |u: &UnitText| u.target.clone(),
            ] {
                let joined: String = sentence_units.iter().map(|u| side(u)).collect();
                prop_assert_eq!(without_whitespace(&joined), without_whitespace(&side(p)));
            }
            sentence_units.clear();
            Ok(())
        };
    for (n, u) in found.iter().enumerate() {
        match u.kind {
            UnitKind::Paragraph => {
                close(paragraph, &mut sentence_units)?;
                prop_assert!(paragraph.is_none_or(|p| p.paragraph < u.paragraph));
                prop_assert_eq!(
                    u.paragraph,
                    n - found[..n]
                        .iter()
                        .filter(|u| u.kind == UnitKind::Sentence)
                        .count()
                );
                prop_assert_eq!(u.source.as_str(), sp[u.paragraph]);
                prop_assert_eq!(u.target.as_str(), tp[u.paragraph]);
                cursor = (
                    locate(source, &u.source, cursor.0)?,
                    locate(target, &u.target, cursor.1)?,
                );
                inside = (0, 0);
                paragraph = Some(u);
            }
            UnitKind::Sentence => {
                let Some(p) = paragraph else {
                    return Err(TestCaseError::fail(
                        "a sentence unit before any paragraph unit",
                    ));
                };
                prop_assert_eq!(u.paragraph, p.paragraph);
                let at = (
                    locate(&p.source, &u.source, inside.0)?,
                    locate(&p.target, &u.target, inside.1)?,
                );
                inside = (at.0 + u.source.len(), at.1 + u.target.len());
                sentence_units.push(u);
            }
        }
    }
    close(paragraph, &mut sentence_units)?;
    Ok(counts)
}

#[test]
fn units_are_trimmed_slices_in_order_and_sentence_units_rebuild_their_paragraph() {
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::with_cases(300)
    });
    let (with_sentences, without, off) = (Cell::new(0), Cell::new(0), Cell::new(0));
    runner
        .run(&translation(), |(source, target)| {
            let found = units(&source, &target);
            let (s, w) = check_units(&source, &target, &found)?;
            with_sentences.set(with_sentences.get() + usize::from(s > 0));
            without.set(without.get() + w);
            let recorded = found
                .iter()
                .filter(|u| u.kind == UnitKind::Paragraph)
                .count();
            off.set(off.get() + usize::from(recorded < paragraphs(&source).len()));
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    // The generator reached every state the properties are about.
    assert!(
        with_sentences.get() > 50,
        "cases with sentence units: {}",
        with_sentences.get()
    );
    assert!(
        without.get() > 10,
        "multi-sentence paragraph pairs refusing a sentence alignment: {}",
        without.get()
    );
    assert!(
        off.get() > 30,
        "cases whose paragraph pairs go off: {}",
        off.get()
    );
}

/// Pieces of random texts: words of both scripts, sentence ends, quotes and whitespace.
const PIECES: &[&str] = &[
    "the", "Fox", "3.14", "U.S.", "Dr.", "e\u{301}", ".", "!", "?", ",", "“", "”", "我们", "今天",
    "。", "！", "，", "「", "」", " ", "  ", "\u{3000}", "\u{85}", "\u{2029}", "\n", "\n\n",
    "\r\n\r\n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(select(PIECES), 0..60).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn units_of_random_texts_are_trimmed_slices_in_order(source in text(), target in text()) {
        let found = units(&source, &target);
        check_units(&source, &target, &found)?;
    }

    #[test]
    fn score_is_symmetric_bounded_and_100_only_for_normalized_equal_texts(a in text(), b in text()) {
        let s = score(&a, &b);
        prop_assert_eq!(s, score(&b, &a));
        prop_assert!(s <= 100);
        prop_assert_eq!(s == 100, normalize(&a) == normalize(&b));
        prop_assert_eq!(score(&a, &a), 100);
        prop_assert_eq!(distance(&a, &b), distance(&b, &a));
        prop_assert_eq!(Query::new(&a).score(&b), s);
    }

    #[test]
    fn grams_are_sorted_distinct_and_the_same_for_normalized_equal_texts(a in text()) {
        let keys = grams(&a, "zh>en");
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]));
        let respaced = format!("  {}\n", a.replace(' ', "\u{3000}\n"));
        prop_assert_eq!(grams(&respaced, "zh>en"), keys);
    }
}

/// Han characters and English words to build token sequences from; neither holds `龘` or `zzz`.
const HAN: &[&str] = &["南", "江", "市", "雨", "水", "的", "了", "在", "人", "一"];
const WORDS: &[&str] = &[
    "the", "river", "rose", "rain", "city", "of", "and", "in", "a", "flood",
];

/// A token sequence of 1 to 300 tokens (across several 64-token words of the bit-parallel
/// distance), Chinese or English, and positions to replace with a token it does not hold.
fn replaced() -> impl Strategy<Value = (bool, Vec<&'static str>, Vec<usize>)> {
    any::<bool>().prop_flat_map(|chinese| {
        let vocab = if chinese { HAN } else { WORDS };
        (
            Just(chinese),
            prop::collection::vec(select(vocab), 1..300),
            prop::collection::vec(any::<usize>(), 0..40),
        )
    })
}

fn join(chinese: bool, tokens: &[&str]) -> String {
    tokens.join(if chinese { "" } else { " " })
}

proptest! {
    #[test]
    fn each_token_replaced_lowers_the_score_by_its_share((chinese, tokens, at) in replaced()) {
        let fresh = if chinese { "龘" } else { "zzz" };
        let mut edited = tokens.clone();
        let mut seen = std::collections::BTreeSet::new();
        let mut last = 100u8;
        for &i in &at {
            let i = i % tokens.len();
            edited[i] = fresh;
            seen.insert(i);
            let (a, b) = (join(chinese, &tokens), join(chinese, &edited));
            // Every replaced token must be edited, and replacing them is enough.
            prop_assert_eq!(distance(&a, &b), seen.len());
            let expected = (100.0 * (1.0 - seen.len() as f64 / tokens.len() as f64)).round() as u8;
            let s = score(&a, &b);
            prop_assert_eq!(s, expected.min(99));
            prop_assert!(s <= last);
            last = s;
        }
    }

    #[test]
    fn bigrams_away_from_the_edits_are_kept((tokens, at) in (prop::collection::vec(select(HAN), 2..80), prop::collection::vec(any::<usize>(), 0..5))) {
        let mut edited = tokens.clone();
        let touched: Vec<usize> = at.iter().map(|i| i % tokens.len()).collect();
        for &i in &touched {
            edited[i] = "龘";
        }
        let keys = grams(&edited.concat(), "zh>en");
        for i in 0..tokens.len() - 1 {
            if !touched.contains(&i) && !touched.contains(&(i + 1)) {
                let bigram = grams(&tokens[i..i + 2].concat(), "zh>en");
                prop_assert!(keys.binary_search(&bigram[0]).is_ok());
            }
        }
    }
}
