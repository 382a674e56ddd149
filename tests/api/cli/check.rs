//! `bitext check SOURCE TRANSLATION --from --to`: figures checked across scripts on two files,
//! with an exit status that fits a script.

use std::process::{Command, Output};

use super::offline;

/// `bitext check` on two texts written to files, in `lang`'s environment, with no database.
fn check(source: &str, translation: &str, extra: &[&str], lang: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let (s, t) = (
        dir.path().join("source.txt"),
        dir.path().join("translation.txt"),
    );
    std::fs::write(&s, source).unwrap();
    std::fs::write(&t, translation).unwrap();
    offline(env!("CARGO_BIN_EXE_bitext"), lang)
        .arg("check")
        .args([&s, &t])
        .args(["--from", "zh-Hans", "--to", "en"])
        .args(extra)
        .output()
        .unwrap()
}

const SOURCE: &str = "县政府说，已有4000多人被安置。\n\n损失约2.4万元。\n";

#[test]
fn a_correct_translation_exits_0_with_nothing_to_say() {
    let out = check(
        SOURCE,
        "The county said more than 4,000 people had been sheltered.\n\nLosses came to about 24,000 yuan.\n",
        &[],
        "C.UTF-8",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_mistyped_figure_exits_1_and_names_the_paragraph_and_both_readings() {
    let translation = "The county said more than 4,000 people had been sheltered.\n\nLosses came to about 2,400 yuan.\n";
    let out = check(SOURCE, translation, &[], "C.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("paragraph 1: error: figure-mismatch"),
        "{text}"
    );
    assert!(
        text.contains("read as 24,000") && text.contains("read as 2,400"),
        "{text}"
    );

    let out = check(SOURCE, translation, &["--format", "json"], "C.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["code"], "figure-mismatch");
    assert_eq!(findings[0]["severity"], "error");
    assert_eq!(findings[0]["paragraph"], 1);

    let out = check(SOURCE, translation, &[], "zh_CN.UTF-8");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("第 1 段：错误"), "{text}");
}

#[test]
fn a_missing_file_exits_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args([
            "check",
            "/nonexistent/a",
            "/nonexistent/b",
            "--from",
            "zh-Hans",
            "--to",
            "en",
        ])
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_paragraph_left_untranslated_or_a_placeholder_left_in_exits_1() {
    let out = check(
        SOURCE,
        "县政府说，已有4000多人被安置。\n\nLosses came to about [TK] yuan.\n",
        &[],
        "C.UTF-8",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("paragraph 0: error: paragraph-identical"),
        "{text}"
    );
    assert!(
        text.contains("paragraph 1: error: placeholder: “[TK]”"),
        "{text}"
    );
}

#[test]
fn a_glossary_file_is_checked_a_forbidden_rendering_exits_1_and_a_bad_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("terms.csv");
    std::fs::write(
        &csv,
        "term,translation,variants,forbidden,note\n县政府,county government,,county administration,\n",
    )
    .unwrap();
    let csv_arg = csv.to_str().unwrap();
    let translation = "The county administration said more than 4,000 people had been sheltered.\n\nLosses came to about 24,000 yuan.\n";
    let out = check(SOURCE, translation, &[], "C.UTF-8");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = check(SOURCE, translation, &["--glossary", csv_arg], "C.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("paragraph 0: error: glossary-forbidden"),
        "{text}"
    );

    std::fs::write(&csv, "term;translation\n").unwrap();
    let out = check(SOURCE, translation, &["--glossary", csv_arg], "C.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Cannot read the glossary"), "{err}");
}
