//! `bitext diff OLD NEW`: the server's engine on two files, with the exit codes of diff(1).

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

use super::offline;

/// `bitext diff ARGS` in an English environment with no database anywhere.
fn diff(args: &[&str], files: &[&Path]) -> Output {
    offline(env!("CARGO_BIN_EXE_bitext"), "C.UTF-8")
        .arg("diff")
        .args(args)
        .args(files)
        .output()
        .unwrap()
}

/// Files in a temporary folder: `same1` and `same2` alike, `other` different, `latin1` not UTF-8.
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Files {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("same1"), "今天下雨。\n\nSame.\n").unwrap();
        std::fs::write(dir.path().join("same2"), "今天下雨。\n\nSame.\n").unwrap();
        std::fs::write(dir.path().join("other"), "今天下大雨。\n\nSame.").unwrap();
        std::fs::write(dir.path().join("latin1"), b"caf\xe9\n").unwrap();
        Files { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

#[test]
fn diff_works_on_files_without_a_database() {
    let f = Files::new();
    let (old, new) = (f.path("same1"), f.path("other"));
    let out = diff(&["--format", "json"], &[&old, &new]);
    assert_eq!(out.status.code(), Some(1));
    let d: bitext_domain::diff::Diff = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d.new_text(), "今天下大雨。\n\nSame.");
    let out = diff(&[], &[&old, &new]);
    let mut patch = Command::new("patch")
        .arg("--quiet")
        .arg(format!("--output={}", f.path("out.txt").display()))
        .arg(&old)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    patch.stdin.take().unwrap().write_all(&out.stdout).unwrap();
    assert!(patch.wait().unwrap().success());
    assert_eq!(
        std::fs::read_to_string(f.path("out.txt")).unwrap(),
        "今天下大雨。\n\nSame."
    );
}

#[test]
fn diff_exits_0_for_the_same_files_1_for_different_ones_and_2_for_trouble() {
    let f = Files::new();
    let (same1, same2, other) = (f.path("same1"), f.path("same2"), f.path("other"));
    let (missing, latin1, folder) = (f.path("missing"), f.path("latin1"), f.path(""));
    for format in ["unified", "json", "html"] {
        let args = ["--format", format];
        let code = |files: &[&Path]| diff(&args, files).status.code();
        assert_eq!(code(&[&same1, &same2]), Some(0), "{format}: same");
        assert_eq!(code(&[&same1, &other]), Some(1), "{format}: different");
        assert_eq!(code(&[&other, &same1]), Some(1), "{format}: different");
        for trouble in [
            [&*missing, &*same1],
            [&same1, &missing],
            [&same1, &latin1],
            [&folder, &same1],
        ] {
            let out = diff(&args, &trouble);
            assert_eq!(out.status.code(), Some(2), "{format}: {trouble:?}");
            assert!(out.stdout.is_empty(), "{format}: {trouble:?}");
            assert!(!out.stderr.is_empty(), "{format}: {trouble:?}");
        }
    }
    let out = diff(
        &["--format", "html", "--language", "xx-!!"],
        &[&same1, &other],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("“xx-!!” is not a valid BCP 47 language tag"),
        "{stderr}"
    );
    let out = diff(&[], &[&same1, &latin1]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("is not UTF-8"), "{stderr}");
    // Nothing to show for the same files in a unified diff.
    assert!(diff(&[], &[&same1, &same2]).stdout.is_empty());
}

#[test]
fn diff_as_html_is_a_whole_page_with_the_texts_language_marked() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("a<b>.txt"), dir.path().join("new.txt"));
    std::fs::write(&old, "ئەسكى سۆز\n\nبىر").unwrap();
    std::fs::write(&new, "يېڭى سۆز\n\nبىر").unwrap();
    let out = diff(&["--format", "html", "--language", "UG"], &[&old, &new]);
    assert_eq!(out.status.code(), Some(1));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\" dir=\"ltr\">"),
        "{page}"
    );
    assert!(page.contains("<meta charset=\"utf-8\">"), "{page}");
    let title = format!(
        "<title>Changes from {}/a&lt;b&gt;.txt to {}/new.txt</title>",
        dir.path().display(),
        dir.path().display()
    );
    assert!(page.contains(&title), "{page}");
    assert!(page.contains("<h1>Changes from "), "{page}");
    // The texts are Uyghur, right to left, inside an English page.
    assert!(
        page.contains(
            "<div class=\"bitext-diff\" lang=\"ug\" dir=\"rtl\">\n<p class=\"diff-change\""
        ),
        "{page}"
    );
    assert!(page.contains("<ins>يېڭى</ins>"), "{page}");
    assert!(page.ends_with("</body>\n</html>\n"), "{page}");

    // Without --language the texts are marked as of unknown language, not as the page's.
    let out = diff(&["--format", "html"], &[&old, &new]);
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.contains("<div class=\"bitext-diff\" lang=\"\" dir=\"auto\">"),
        "{page}"
    );

    // The page's own words come from the environment's language.
    let out = offline(env!("CARGO_BIN_EXE_bitext"), "zh_TW.UTF-8")
        .args(["diff", "--format", "html"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-TW\" dir=\"ltr\">"),
        "{page}"
    );
    assert!(
        page.contains("的變更</title>") && page.contains("<ins>新增</ins>"),
        "{page}"
    );
}

#[test]
fn diff_as_html_folds_unchanged_paragraphs_under_words_in_the_environments_language() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&old, "一。\n\n二。\n\n三。\n\n四。\n\n五。\n").unwrap();
    std::fs::write(&new, "一。\n\n二。\n\n三。\n\n四。\n\n五！\n").unwrap();
    let folded = |page: &str, summary: &str| {
        let fold = format!("<details class=\"diff-folded\">{summary}\n");
        let (_, rest) = page.split_once(&fold).unwrap_or_else(|| panic!("{page}"));
        // The first three paragraphs are folded; the fourth is the change's context.
        let (inside, after) = rest.split_once("</details>\n").unwrap();
        assert_eq!(
            inside.matches("<p class=\"diff-equal\"").count(),
            3,
            "{page}"
        );
        assert!(
            after.starts_with("<p class=\"diff-equal\" data-old=\"3\" data-new=\"3\">四。</p>\n"),
            "{page}"
        );
        assert_eq!(page.matches("<details").count(), 1, "{page}");
    };

    // The texts are Chinese; the page and its summary are English, marked so.
    let out = diff(&["--format", "html", "--language", "zh"], &[&old, &new]);
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.contains("<div class=\"bitext-diff\" lang=\"zh\" dir=\"ltr\">"),
        "{page}"
    );
    folded(
        &page,
        "<summary lang=\"en-US\" dir=\"ltr\">⋯ 3 unchanged paragraphs</summary>",
    );

    let out = offline(env!("CARGO_BIN_EXE_bitext"), "zh_TW.UTF-8")
        .args(["diff", "--format", "html"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    folded(
        &page,
        "<summary lang=\"zh-TW\" dir=\"ltr\">⋯ 3 段未變更</summary>",
    );
}
