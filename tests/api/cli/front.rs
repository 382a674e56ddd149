//! `bitext` runs `diff` itself and hands every other command to `bitext-full` beside it: the
//! two answer alike, and a `bitext` without its other half says so.

use std::{
    path::Path,
    process::Output,
    time::{Duration, Instant},
};

use super::{bitext, offline};

const FRONT: &str = env!("CARGO_BIN_EXE_bitext");
const FULL: &str = env!("CARGO_BIN_EXE_bitext-full");

/// `binary ARGS` in an environment of `lang` with no database anywhere.
fn run(binary: &str, args: &[&str], lang: &str) -> Output {
    offline(binary, lang).args(args).output().unwrap()
}

fn same_answer(args: &[&str]) {
    let (front, full) = (run(FRONT, args, "C.UTF-8"), run(FULL, args, "C.UTF-8"));
    assert_eq!(front.status.code(), full.status.code(), "{args:?}");
    assert_eq!(
        String::from_utf8_lossy(&front.stdout),
        String::from_utf8_lossy(&full.stdout),
        "{args:?}"
    );
    assert_eq!(
        String::from_utf8_lossy(&front.stderr),
        String::from_utf8_lossy(&full.stderr),
        "{args:?}"
    );
}

#[test]
fn diff_prints_the_same_from_either_binary() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let old = write("old", "今天下雨。\n\nA <b> & c.\n\nSame.\n");
    let new = write("new", "今天下大雨。\n\nA <i> & c.\n\nSame.\n");
    let missing = dir.path().join("missing").display().to_string();
    for format in ["unified", "json", "html"] {
        same_answer(&["diff", "--format", format, &old, &new]);
        same_answer(&["diff", "--format", format, &old, &old]);
        same_answer(&["diff", "--format", format, &old, &missing]);
    }
    same_answer(&[
        "diff",
        "--format",
        "html",
        "--language",
        "zh-Hans",
        &old,
        &new,
    ]);
}

#[test]
fn help_versions_and_usage_errors_are_the_whole_commands() {
    same_answer(&["--version"]);
    same_answer(&["--help"]);
    // The whole command's help of `diff` names the options every command takes.
    same_answer(&["diff", "--help"]);
    let help = run(FRONT, &["diff", "--help"], "C.UTF-8");
    assert!(String::from_utf8_lossy(&help.stdout).contains("--database-url"));
    same_answer(&["diff", "only-one-file"]);
    same_answer(&["diff", "--format", "yaml", "a", "b"]);
    same_answer(&["no-such-command"]);
    // Options of every command, before `diff` or after its files.
    same_answer(&[
        "--log-format",
        "json",
        "diff",
        "/nonexistent/a",
        "/nonexistent/b",
    ]);
    same_answer(&[
        "diff",
        "/nonexistent/a",
        "/nonexistent/b",
        "--log-format",
        "json",
    ]);
}

#[test]
fn a_bitext_without_bitext_full_says_so_and_still_diffs() {
    let dir = tempfile::tempdir().unwrap();
    let alone = dir.path().join("bitext");
    std::fs::copy(FRONT, &alone).unwrap();
    let alone = alone.display().to_string();
    for (lang, words) in [
        ("C.UTF-8", "must be installed beside it"),
        ("zh_CN.UTF-8", "须与 bitext 安装在同一目录"),
        ("zh_TW.UTF-8", "須與 bitext 安裝在同一目錄"),
    ] {
        let out = run(&alone, &["migrate"], lang);
        assert_eq!(out.status.code(), Some(127), "{lang}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(words), "{lang}: {said}");
        assert!(said.contains("bitext-full"), "{lang}: {said}");
        assert!(out.stdout.is_empty());
    }
    let file = dir.path().join("text");
    std::fs::write(&file, "Same.\n").unwrap();
    let file = file.display().to_string();
    let out = run(&alone, &["diff", &file, &file], "C.UTF-8");
    assert_eq!(out.status.code(), Some(0));
}

/// The process a script starts as `bitext serve` becomes the server, so that its id is the
/// server's own: signals sent to it reach the server, and waiting for it waits for the server.
#[cfg(target_os = "linux")]
#[test]
fn a_handed_over_command_runs_in_the_process_bitext_started() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("b.db").display());
    let mut child = bitext(&db)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .spawn()
        .unwrap();
    let exe = Path::new("/proc").join(child.id().to_string()).join("exe");
    let deadline = Instant::now() + Duration::from_secs(10);
    let became = loop {
        let now = std::fs::read_link(&exe).unwrap();
        if now != Path::new(FRONT).canonicalize().unwrap() || Instant::now() > deadline {
            break now;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(became, Path::new(FULL).canonicalize().unwrap());
    assert!(child.try_wait().unwrap().is_none(), "the server is running");
    child.kill().unwrap();
    child.wait().unwrap();
}
