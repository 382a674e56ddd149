//! Properties of the diff engine over random Unicode texts: both bodies rebuild
//! from the diff (also after a JSON round trip), spans are well formed, and GNU
//! `patch` turns the older body into the newer one with the unified diff.

mod support;

use std::path::Path;
use std::process::Command;

use bitext_domain::diff::{Diff, ParagraphDiff, SpanOp, diff, unified};
use proptest::prelude::*;
use proptest::sample::select;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that texts are built from: scripts with and without spaces, emoji
/// (with ZWJ sequences, modifiers and flags), combining and prepended marks, and
/// every kind of whitespace that matters to paragraphs and lines.
const PIECES: &[&str] = &[
    "the",
    "quick",
    "fox",
    "can't",
    "3.14",
    "e\u{301}te\u{301}",
    "Ünïcödé",
    ",",
    ".",
    "!",
    "—",
    "我们",
    "今天",
    "去",
    "公园",
    "。",
    "，",
    "“引号”",
    "カタカナ",
    "ひらがな",
    "한국어",
    "ภาษาไทย",
    "กำลัง",
    "ພາສາລາວ",
    "ភាសាខ្មែរ",
    "မြန်မာ",
    "مرحبا",
    "بالعالم",
    "\u{600}\u{661}\u{662}",
    "עברית",
    "😀",
    "👍\u{1F3FD}",
    "👨\u{200D}👩\u{200D}👧",
    "🇫🇷",
    "🏳\u{FE0F}\u{200D}🌈",
    "\u{200D}",
    "a\u{301}\u{302}",
    "\u{301}",
    "我\u{301}",
    "ก",
    "ข",
    "\u{E33}",
    "\u{E31}",
    "\u{600}",
    "\u{661}",
    "1",
    "\u{1100}",
    "\u{1161}",
    "\u{FE0F}",
    " ",
    "  ",
    "\t",
    "\u{3000}",
    "\u{A0}",
    "\n",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    " \n \n",
    "\n\t\n",
];

fn pieces() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(select(PIECES), 0..48)
}

/// Pairs of texts: usually an edit of the first (so the diff has structure to
/// find), sometimes two unrelated texts.
fn pair() -> impl Strategy<Value = (String, String)> {
    let edits = prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, select(PIECES)), 0..6);
    (
        pieces(),
        edits,
        prop::bool::weighted(0.2),
        pieces(),
        prop::bool::ANY,
    )
        .prop_map(|(a, edits, unrelated, c, trailing_newline)| {
            let mut b = if unrelated { c } else { a.clone() };
            for (at, kind, piece) in edits {
                let i = if b.is_empty() { 0 } else { at.index(b.len()) };
                match kind {
                    0 if !b.is_empty() => b[i] = piece,
                    1 if !b.is_empty() => {
                        b.remove(i);
                    }
                    _ => b.insert(i, piece),
                }
            }
            let mut b = b.concat();
            if trailing_newline && !b.ends_with('\n') {
                b.push('\n');
            }
            (a.concat(), b)
        })
}

fn check_spans(d: &Diff, old: &str, new: &str) {
    for p in &d.paragraphs {
        let ParagraphDiff::Change { spans, .. } = p else {
            continue;
        };
        assert!(!spans.is_empty());
        for pair in spans.windows(2) {
            assert_ne!(
                pair[0].op, pair[1].op,
                "adjacent spans share an op: {spans:?}"
            );
        }
        for s in spans {
            assert!(!s.text.is_empty(), "empty span in {spans:?}");
            // A span is made of whole grapheme clusters: no cluster of the
            // paragraph's text straddles its ends.
            let graphemes: Vec<&str> = s.text.graphemes(true).collect();
            assert!(!graphemes.is_empty());
        }
        let side = |skip: SpanOp| -> String {
            spans
                .iter()
                .filter(|s| s.op != skip)
                .map(|s| s.text.as_str())
                .collect()
        };
        let (old_para, new_para) = (side(SpanOp::Insert), side(SpanOp::Delete));
        assert!(old.contains(&old_para) && new.contains(&new_para));
        assert_ne!(old_para, new_para);
    }
}

/// Span ends are grapheme boundaries of the paragraph they split.
fn check_grapheme_boundaries(d: &Diff) {
    for p in &d.paragraphs {
        let ParagraphDiff::Change { spans, .. } = p else {
            continue;
        };
        for skip in [SpanOp::Insert, SpanOp::Delete] {
            let mut text = String::new();
            let mut cuts = Vec::new();
            for s in spans.iter().filter(|s| s.op != skip) {
                text.push_str(&s.text);
                cuts.push(text.len());
            }
            let boundaries: Vec<usize> = text
                .grapheme_indices(true)
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for cut in cuts {
                assert!(
                    boundaries.contains(&cut),
                    "a span ends inside a grapheme cluster at byte {cut} of {text:?}: {spans:?}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn both_bodies_rebuild_from_the_diff((old, new) in pair()) {
        let d = diff(&old, &new);
        prop_assert_eq!(d.old_text(), old.as_str());
        prop_assert_eq!(d.new_text(), new.as_str());
        check_spans(&d, &old, &new);
        check_grapheme_boundaries(&d);
        prop_assert_eq!(d.is_identical(), old == new);
    }

    #[test]
    fn a_diff_read_back_from_json_still_rebuilds_both_bodies((old, new) in pair()) {
        let d = diff(&old, &new);
        let json = serde_json::to_string(&d).unwrap();
        let back: Diff = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &d);
        prop_assert_eq!(back.old_text(), old.as_str());
        prop_assert_eq!(back.new_text(), new.as_str());
    }

    #[test]
    fn counts_match_the_hunks((old, new) in pair()) {
        let d = diff(&old, &new);
        let s = d.stats;
        let count = |f: fn(&ParagraphDiff) -> bool| d.paragraphs.iter().filter(|p| f(p)).count();
        prop_assert_eq!(s.paragraphs_equal, count(|p| matches!(p, ParagraphDiff::Equal { .. })));
        prop_assert_eq!(s.paragraphs_inserted, count(|p| matches!(p, ParagraphDiff::Insert { .. })));
        prop_assert_eq!(s.paragraphs_deleted, count(|p| matches!(p, ParagraphDiff::Delete { .. })));
        prop_assert_eq!(s.paragraphs_changed, count(|p| matches!(p, ParagraphDiff::Change { .. })));
        prop_assert_eq!(
            s.paragraphs_equal + s.paragraphs_deleted + s.paragraphs_changed,
            bitext_domain::text::paragraphs(&old).len()
        );
        prop_assert_eq!(
            s.paragraphs_equal + s.paragraphs_inserted + s.paragraphs_changed,
            bitext_domain::text::paragraphs(&new).len()
        );
        if old == new {
            prop_assert_eq!((s.words_inserted, s.words_deleted), (0, 0));
        }
    }
}

/// Applies `unified(old, new)` to `old` with GNU patch and returns the result.
fn apply_with_patch(patch: &Path, dir: &Path, old: &str, new: &str) -> Vec<u8> {
    let old_path = dir.join("old.txt");
    let out_path = dir.join("out.txt");
    let diff_path = dir.join("change.diff");
    std::fs::write(&old_path, old).unwrap();
    let _ = std::fs::remove_file(&out_path);
    let text = unified(old, new, "body", "body");
    if text.is_empty() {
        return old.as_bytes().to_vec();
    }
    std::fs::write(&diff_path, &text).unwrap();
    let output = Command::new(patch)
        .arg("--quiet")
        .arg(format!("--output={}", out_path.display()))
        .arg(&old_path)
        .arg(&diff_path)
        .output()
        .expect("patch runs");
    assert!(
        output.status.success(),
        "patch failed: {}{}\nold: {old:?}\nnew: {new:?}\ndiff:\n{text}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    std::fs::read(&out_path).unwrap_or_default()
}

#[test]
fn gnu_patch_applies_the_unified_diff_exactly() {
    let patch = support::gnu_patch();
    let dir = tempfile::tempdir().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(300));
    runner
        .run(&pair(), |(old, new)| {
            let got = apply_with_patch(&patch, dir.path(), &old, &new);
            prop_assert_eq!(String::from_utf8_lossy(&got), new.as_str());
            prop_assert_eq!(got, new.as_bytes());
            Ok(())
        })
        .unwrap();
}

#[test]
fn gnu_patch_handles_the_awkward_cases() {
    let patch = support::gnu_patch();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("", "new\n"),
        ("", "new"),
        ("old\n", ""),
        ("old", ""),
        ("a\r\nb\r\n", "a\r\nc\r\n"),
        ("a\r\nb", "a\nb"),
        ("same", "same\n"),
        ("same\n", "same"),
        ("\n\n\n", "\n"),
        (
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
            "1\n2\nthree\n4\n5\n6\n7\n8\n9\nten",
        ),
    ];
    for (old, new) in cases {
        let got = apply_with_patch(&patch, dir.path(), old, new);
        assert_eq!(got, new.as_bytes(), "old {old:?} new {new:?}");
    }
}
