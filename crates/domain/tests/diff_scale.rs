//! Large inputs finish and rebuild: unrelated 100,000-word bodies, and a huge
//! paragraph without blank lines. Timing is the benchmark's job, not this test's.

mod support;

use std::time::Instant;

use bitext_domain::diff::{diff, fixtures, unified};

/// Debug builds are many times slower; they diff smaller texts of the same shape.
fn words(release: usize) -> usize {
    if cfg!(debug_assertions) {
        release / 5
    } else {
        release
    }
}

#[test]
fn two_unrelated_100000_word_bodies_produce_a_diff() {
    let n = words(100_000);
    let old = fixtures::english_article(21, n);
    let new = fixtures::english_article(22, n);
    let started = Instant::now();
    let d = diff(&old, &new);
    eprintln!(
        "unrelated {n} words: {:?}, stats {:?}",
        started.elapsed(),
        d.stats
    );
    assert_eq!(d.old_text(), old);
    assert_eq!(d.new_text(), new);
    assert!(d.stats.words_inserted > n / 2 && d.stats.words_deleted > n / 2);
    assert!(!serde_json::to_vec(&d).unwrap().is_empty());

    let started = Instant::now();
    let text = unified(&old, &new, "old", "new");
    eprintln!("unified, unrelated {n} words: {:?}", started.elapsed());
    assert!(text.starts_with("--- a/old\n+++ b/new\n@@ "));
}

#[test]
fn two_unrelated_huge_paragraphs_produce_a_diff() {
    let n = words(100_000);
    let old = fixtures::english_words(23, n);
    let new = fixtures::english_words(24, n);
    let started = Instant::now();
    let d = diff(&old, &new);
    eprintln!(
        "unrelated single paragraph {n} words: {:?}, stats {:?}",
        started.elapsed(),
        d.stats
    );
    assert_eq!(d.paragraphs.len(), 1);
    assert_eq!(d.old_text(), old);
    assert_eq!(d.new_text(), new);
}

#[test]
fn a_1pct_edit_of_a_huge_paragraph_stays_fine_grained() {
    let n = words(100_000);
    let old = fixtures::english_words(25, n);
    let new = fixtures::edit_words(&old, 26, 0.01);
    let started = Instant::now();
    let d = diff(&old, &new);
    eprintln!(
        "edited single paragraph {n} words: {:?}, stats {:?}",
        started.elapsed(),
        d.stats
    );
    assert_eq!(d.old_text(), old);
    assert_eq!(d.new_text(), new);
    // About 1% of words were edited; a coarse answer would count far more.
    assert!(d.stats.words_deleted < n / 20, "{:?}", d.stats);
    assert!(d.stats.words_inserted < n / 20, "{:?}", d.stats);
}

#[test]
fn long_runs_of_flags_and_combining_marks_stay_linear() {
    let n = words(100_000) / 2;
    let units = [
        "🇫🇷",
        "a\u{301}",
        "\u{600}",
        "👍\u{1F3FD}\u{200D}",
        "a.",
        "1,",
        "a\u{301}.\u{301}",
        "\u{5D0}\"",
        "\r\u{301}",
        " \u{301}",
        "\u{1100}\u{1161}",
    ];
    for unit in units {
        let old = unit.repeat(n);
        let new = format!("{}x{}", unit.repeat(n / 2), unit.repeat(n / 2));
        let started = Instant::now();
        let d = diff(&old, &new);
        eprintln!("{n} × {unit:?}: {:?}", started.elapsed());
        assert_eq!(d.old_text(), old);
        assert_eq!(d.new_text(), new);
    }
}

#[test]
fn a_unified_diff_of_unrelated_one_word_lines_completes_and_applies() {
    let n = words(100_000);
    let lines = |seed| fixtures::english_words(seed, n).replace(' ', "\n");
    let (old, new) = (lines(27), lines(28));
    let started = Instant::now();
    let text = unified(&old, &new, "old", "new");
    eprintln!(
        "unified, {n} unrelated one-word lines: {:?}",
        started.elapsed()
    );
    assert!(text.starts_with("--- a/old\n+++ b/new\n@@ "));

    let patch = support::gnu_patch();
    let dir = tempfile::tempdir().unwrap();
    let (old_path, diff_path, out_path) = (
        dir.path().join("old"),
        dir.path().join("diff"),
        dir.path().join("out"),
    );
    std::fs::write(&old_path, &old).unwrap();
    std::fs::write(&diff_path, &text).unwrap();
    let status = std::process::Command::new(&patch)
        .arg("--quiet")
        .arg(format!("--output={}", out_path.display()))
        .arg(&old_path)
        .arg(&diff_path)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read(&out_path).unwrap(), new.as_bytes());
}
