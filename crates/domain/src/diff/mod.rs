//! Diffs between two bodies: paragraphs aligned first, then changed paragraphs by words.
//!
//! # What is compared
//!
//! A body is plain text whose paragraphs are separated by blank lines (see
//! [`crate::text`]). The paragraphs of the two bodies are aligned by their text;
//! in a replaced block, old and new paragraphs are paired by position, and each
//! pair is diffed inline by words. A word is a Unicode word (UAX #29), except
//! that scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, …)
//! count every grapheme cluster as a word. Whitespace and punctuation are tokens
//! of their own, and no change ever starts or ends inside a grapheme cluster.
//! A pair that shares almost no three-word sequence (a rewrite) is shown as one
//! replacement rather than as a scatter of common words kept equal.
//!
//! # Layout and exact rebuilding
//!
//! Each body is `leading + Σ (paragraph + separator)`: the whitespace before the
//! first paragraph, then every paragraph (without whitespace at either end)
//! followed by the whitespace after it — blank lines, `\r\n` pairs, indentation
//! of the next paragraph, or the body's final newline (or nothing). Whitespace
//! does not make a paragraph different; it travels beside the text:
//!
//! - [`Diff::leading`] is the newer body's leading whitespace, and
//!   [`Diff::old_leading`] is present only when the older one's differs;
//! - every hunk has a `separator`: the whitespace after the paragraph in the
//!   newer body (in the older body for a `delete`); `equal` and `change` hunks
//!   add `old_separator` only when the older body had other whitespace there.
//!
//! So [`Diff::old_text`] and [`Diff::new_text`] give both bodies back byte for
//! byte, and so does a [`Diff`] read back from its JSON:
//!
//! ```json
//! // "Title\n\nThe quick fox." → "Title\n\nThe slow fox.\n"
//! {"stats": {"paragraphs_equal": 1, "paragraphs_inserted": 0, "paragraphs_deleted": 0,
//!            "paragraphs_changed": 1, "words_inserted": 1, "words_deleted": 1,
//!            "coarsened": false},
//!  "leading": "",
//!  "paragraphs": [
//!   {"op": "equal", "old_index": 0, "new_index": 0, "text": "Title", "separator": "\n\n"},
//!   {"op": "change", "old_index": 1, "new_index": 1,
//!    "spans": [{"op": "equal", "text": "The "}, {"op": "delete", "text": "quick"},
//!              {"op": "insert", "text": "slow"}, {"op": "equal", "text": " fox."}],
//!    "separator": "\n", "old_separator": ""}]}
//! ```
//!
//! # Bounded time
//!
//! Every call into the diff algorithm has a deadline sized to its input (see
//! [`DiffLimits`]). Paragraph alignment runs on the short sequence of paragraph
//! ids, so a deadline can at worst coarsen the inline diff of a paragraph (shown
//! as a larger replaced region, and flagged in [`DiffStats::coarsened`]); it
//! never turns an ordinary edit into "everything replaced". A huge paragraph
//! without blank lines is aligned by sentence-like chunks before its words.
//!
//! # Other views
//!
//! [`unified`] renders a line-based unified diff that GNU `patch` applies, and
//! [`to_html`] an HTML fragment of a [`Diff`] ([`to_html_in`] with its language marked), which
//! folds the unchanged paragraphs away from the changes under a summary in the caller's words.

mod align;
mod clock;
#[doc(hidden)]
pub mod fixtures;
mod html;
mod inline;
mod intern;
mod json;
mod model;
mod related;
mod spans;
mod unified;

/// The paragraphs of a body, as the diff numbers them; it lives in [`crate::text`], and this
/// path stays for the crates that used it here.
pub use crate::text::paragraphs;
pub(crate) use align::{Step, align};
pub(crate) use clock::Clock;
pub use clock::DiffLimits;
pub use html::{Labels, to_html, to_html_in};
pub use json::to_json;
pub use model::{Diff, DiffStats, ParagraphDiff, Span, SpanOp};
pub use unified::unified;

use inline::Scratch;

use crate::text::{self, count_words};

/// Diffs two bodies with the default time limits.
pub fn diff(old: &str, new: &str) -> Diff {
    diff_with_limits(old, new, &DiffLimits::default())
}

/// Diffs two bodies within the given time limits.
pub fn diff_with_limits(old: &str, new: &str, limits: &DiffLimits) -> Diff {
    let mut clock = Clock::new(limits);
    let old_layout = text::layout(old);
    let new_layout = text::layout(new);
    let (olds, news) = (&old_layout.paragraphs, &new_layout.paragraphs);
    let steps = align::align(olds, news, &mut clock);

    let mut stats = DiffStats::default();
    let mut hunks = Vec::with_capacity(steps.len());
    let mut scratch = Scratch::default();
    for step in steps {
        let hunk = match step {
            Step::Equal { old, new } => {
                stats.paragraphs_equal += 1;
                ParagraphDiff::Equal {
                    old_index: old,
                    new_index: new,
                    text: news[new].text.to_owned(),
                    separator: news[new].separator.to_owned(),
                    old_separator: differing(olds[old].separator, news[new].separator),
                }
            }
            Step::Insert { new } => {
                stats.paragraphs_inserted += 1;
                stats.words_inserted += count_words(news[new].text);
                ParagraphDiff::Insert {
                    new_index: new,
                    text: news[new].text.to_owned(),
                    separator: news[new].separator.to_owned(),
                }
            }
            Step::Delete { old } => {
                stats.paragraphs_deleted += 1;
                stats.words_deleted += count_words(olds[old].text);
                ParagraphDiff::Delete {
                    old_index: old,
                    text: olds[old].text.to_owned(),
                    separator: olds[old].separator.to_owned(),
                }
            }
            Step::Pair { old, new } => {
                stats.paragraphs_changed += 1;
                let inline =
                    inline::diff_pair(olds[old].text, news[new].text, &mut clock, &mut scratch);
                stats.words_inserted += inline.words_inserted;
                stats.words_deleted += inline.words_deleted;
                ParagraphDiff::Change {
                    old_index: old,
                    new_index: new,
                    spans: inline.spans,
                    separator: news[new].separator.to_owned(),
                    old_separator: differing(olds[old].separator, news[new].separator),
                }
            }
        };
        hunks.push(hunk);
    }
    stats.coarsened = clock.coarsened();
    Diff {
        stats,
        leading: new_layout.leading.to_owned(),
        old_leading: differing(old_layout.leading, new_layout.leading),
        paragraphs: hunks,
    }
}

fn differing(old: &str, new: &str) -> Option<String> {
    (old != new).then(|| old.to_owned())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn render(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| match s.op {
                SpanOp::Equal => s.text.clone(),
                SpanOp::Delete => format!("[-{}-]", s.text),
                SpanOp::Insert => format!("[+{}+]", s.text),
            })
            .collect()
    }

    fn check(old: &str, new: &str) -> Diff {
        let d = diff(old, new);
        assert_eq!(d.old_text(), old);
        assert_eq!(d.new_text(), new);
        d
    }

    #[test]
    fn inserting_a_paragraph_yields_one_insert_and_the_rest_equal() {
        let d = check("A.\n\nB.\n\nC.\n", "A.\n\nB.\n\nNew one.\n\nC.\n");
        let ops: Vec<_> = d
            .paragraphs
            .iter()
            .map(|p| (p.old_index(), p.new_index()))
            .collect();
        assert_eq!(
            ops,
            [
                (Some(0), Some(0)),
                (Some(1), Some(1)),
                (None, Some(2)),
                (Some(2), Some(3))
            ]
        );
        assert_eq!(d.stats.paragraphs_equal, 3);
        assert_eq!(d.stats.paragraphs_inserted, 1);
        assert_eq!(d.stats.words_inserted, 2);
        assert!(!d.stats.coarsened);
    }

    #[test]
    fn a_changed_paragraph_is_diffed_by_words() {
        let d = check(
            "Intro.\n\nThe quick brown fox.",
            "Intro.\n\nThe slow brown fox!\n",
        );
        let ParagraphDiff::Change {
            spans,
            old_separator,
            ..
        } = &d.paragraphs[1]
        else {
            panic!("expected a change: {d:?}");
        };
        assert_eq!(render(spans), "The [-quick-][+slow+] brown fox[-.-][+!+]");
        assert_eq!(old_separator.as_deref(), Some(""));
        assert_eq!((d.stats.words_inserted, d.stats.words_deleted), (1, 1));
    }

    #[test]
    fn chinese_is_diffed_by_character() {
        let d = check("我们今天去公园。", "我们明天去公园。");
        let ParagraphDiff::Change { spans, .. } = &d.paragraphs[0] else {
            panic!("expected a change: {d:?}");
        };
        assert_eq!(render(spans), "我们[-今-][+明+]天去公园。");
        assert_eq!((d.stats.words_inserted, d.stats.words_deleted), (1, 1));
    }

    #[test]
    fn whitespace_only_changes_keep_paragraphs_equal_and_rebuild() {
        let d = check("\nA\r\n\r\nB", "A\n\n\n  B\n");
        assert_eq!(d.stats.paragraphs_equal, 2);
        assert_eq!(d.old_leading.as_deref(), Some("\n"));
        assert!(!d.is_identical());
        assert!(check("same\n\ntext", "same\n\ntext").is_identical());
    }

    #[test]
    fn empty_and_blank_texts_rebuild() {
        for (a, b) in [
            ("", ""),
            ("", "x"),
            ("x", ""),
            ("\n\n", ""),
            ("", " \n"),
            ("a", "a\n"),
        ] {
            check(a, b);
        }
    }

    #[test]
    fn a_zero_deadline_coarsens_only_the_changed_paragraph() {
        let old = "Keep one.\n\nalpha beta gamma delta epsilon zeta\n\nKeep two.\n";
        let new = "Keep one.\n\nalpha BETA gamma delta epsilon ZETA\n\nKeep two.\n";
        let limits = DiffLimits {
            inline_floor: Duration::ZERO,
            per_item: Duration::ZERO,
            ..DiffLimits::default()
        };
        let fine = diff(old, new);
        let coarse = diff_with_limits(old, new, &limits);
        assert!(!fine.stats.coarsened);
        assert!(coarse.stats.coarsened);
        assert_eq!(coarse.old_text(), old);
        assert_eq!(coarse.new_text(), new);
        assert_eq!(coarse.stats.paragraphs_equal, 2);
        assert_eq!(coarse.stats.paragraphs_changed, 1);
        let spans = |d: &Diff| match &d.paragraphs[1] {
            ParagraphDiff::Change { spans, .. } => render(spans),
            other => panic!("expected a change: {other:?}"),
        };
        assert_eq!(
            spans(&fine),
            "alpha [-beta-][+BETA+] gamma delta epsilon [-zeta-][+ZETA+]"
        );
        assert_eq!(
            spans(&coarse),
            "alpha [-beta gamma delta epsilon zeta-][+BETA gamma delta epsilon ZETA+]"
        );
    }

    #[test]
    fn the_json_shape_is_the_documented_one() {
        let d = check("Title\n\nThe quick fox.", "Title\n\nThe slow fox.\n");
        let expected = serde_json::json!({
            "stats": {"paragraphs_equal": 1, "paragraphs_inserted": 0, "paragraphs_deleted": 0,
                      "paragraphs_changed": 1, "words_inserted": 1, "words_deleted": 1,
                      "coarsened": false},
            "leading": "",
            "paragraphs": [
                {"op": "equal", "old_index": 0, "new_index": 0, "text": "Title", "separator": "\n\n"},
                {"op": "change", "old_index": 1, "new_index": 1,
                 "spans": [{"op": "equal", "text": "The "}, {"op": "delete", "text": "quick"},
                           {"op": "insert", "text": "slow"}, {"op": "equal", "text": " fox."}],
                 "separator": "\n", "old_separator": ""}
            ]
        });
        assert_eq!(serde_json::to_value(&d).unwrap(), expected);
    }

    #[test]
    fn an_unrelated_paragraph_pair_is_one_replacement() {
        let old = fixtures::english_words(1, 80);
        let new = fixtures::english_words(2, 80);
        let d = check(&old, &new);
        let ParagraphDiff::Change { spans, .. } = &d.paragraphs[0] else {
            panic!("expected a change");
        };
        assert_eq!(render(spans), format!("[-{old}-][+{new}+]"));
        assert!(!d.stats.coarsened);
    }

    #[test]
    fn a_huge_paragraph_is_aligned_by_chunks() {
        let old = fixtures::english_words(7, 6_000);
        let new = fixtures::edit_words(&old, 8, 0.01);
        let d = check(&old, &new);
        assert_eq!(d.paragraphs.len(), 1);
        assert!(!d.stats.coarsened);
        let ParagraphDiff::Change { spans, .. } = &d.paragraphs[0] else {
            panic!("expected a change");
        };
        let changed: usize = spans
            .iter()
            .filter(|s| s.op != SpanOp::Equal)
            .map(|s| s.text.len())
            .sum();
        assert!(
            changed < old.len() / 10,
            "{changed} of {} bytes changed",
            old.len()
        );
    }
}
