//! Diffs over HTTP: JSON that rebuilds the text, a unified diff that `patch` applies, HTML.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, gnu_patch, spawn_app};

const OLD: &str = "第一段没有变。\n\n今天台北下雨。\n\nA paragraph in English.\n";
const NEW: &str =
    "第一段没有变。\n\n今天台北下大雨。\n\nA short paragraph in English.\n\n新的一段。";

#[tokio::test]
async fn the_json_diff_aligns_paragraphs_and_diffs_words_and_characters() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "T", OLD).await;
    app.revise_article("a", 1, NEW, false).await;
    let d: Value = app
        .get("/api/v1/articles/a/diff", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((d["from"].as_i64(), d["to"].as_i64()), (Some(1), Some(2)));
    let ops: Vec<&str> = d["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["op"].as_str().unwrap())
        .collect();
    assert_eq!(ops, ["equal", "change", "change", "insert"]);
    let spans = &d["paragraphs"][1]["spans"];
    assert!(
        spans
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["op"] == "insert" && s["text"] == "大"),
        "{spans}"
    );
    let spans = &d["paragraphs"][2]["spans"];
    assert!(
        spans
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["op"] == "insert" && s["text"].as_str().unwrap().contains("short"))
    );
    // The served JSON is the domain diff: it rebuilds the newer body exactly.
    let diff: bitext_domain::diff::Diff = serde_json::from_value(d.clone()).unwrap();
    assert_eq!(diff.new_text(), NEW);
    assert_eq!(diff.old_text(), OLD);
}

#[tokio::test]
async fn the_unified_diff_applies_with_patch() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "T", OLD).await;
    app.revise_article("a", 1, NEW, false).await;
    let res = app
        .request(
            Method::GET,
            "/api/v1/articles/a/diff?from=1&to=2",
            &app.editor,
        )
        .header("accept", "text/x-diff")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/x-diff")
    );
    let patch = res.text().await.unwrap();
    assert_eq!(apply_patch(OLD, &patch), NEW, "{patch}");
}

/// Applies `patch` to a file holding `old` with GNU patch, and returns the result.
fn apply_patch(old: &str, patch: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let old_path = dir.path().join("old.txt");
    let out = dir.path().join("new.txt");
    std::fs::write(&old_path, old).unwrap();
    let mut child = std::process::Command::new(gnu_patch())
        .arg("--quiet")
        .arg(format!("--output={}", out.display()))
        .arg(&old_path)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("GNU patch runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(patch.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success(), "{patch}");
    std::fs::read_to_string(&out).unwrap()
}

#[tokio::test]
async fn the_html_diff_escapes_user_text() {
    let app = spawn_app().await;
    // The first paragraph is folded away, the second is context, the third changes.
    let kept = "<i>folded</i> & kept\n\n<u>context</u>";
    app.create_article("a", "en", "T", &format!("{kept}\n\n<b>bold</b>"))
        .await;
    let new = format!("{kept}\n\n<script>alert(1)</script>");
    app.revise_article("a", 1, &new, false).await;
    let res = app
        .request(Method::GET, "/api/v1/articles/a/diff", &app.editor)
        .header("accept", "text/html")
        .header("accept-language", "zh-CN")
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = res.text().await.unwrap();
    for tag in ["<script", "<b>", "<i>", "<u>"] {
        assert!(!html.contains(tag), "{tag}: {html}");
    }
    assert!(html.contains("&lt;") && html.contains("alert(1)"), "{html}");
    assert!(
        html.contains("<summary lang=\"zh-CN\" dir=\"ltr\">⋯ 1 段未改动</summary>\n\
             <p class=\"diff-equal\" data-old=\"0\" data-new=\"0\">&lt;i&gt;folded&lt;/i&gt; &amp; kept</p>"),
        "{html}"
    );
    assert!(html.contains(">&lt;u&gt;context&lt;/u&gt;</p>"), "{html}");
    assert!(html.contains("lang=\"zh-CN\""));
}

#[tokio::test]
async fn an_unacceptable_format_is_406() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "x").await;
    let res = app
        .request(Method::GET, "/api/v1/articles/a/diff", &app.editor)
        .header("accept", "image/png")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_ACCEPTABLE);
}

#[tokio::test]
async fn translation_diffs_compare_translation_revisions() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "T", "一").await;
    app.create_translation("a", "en", "One fish.").await;
    app.post_if_match(
        "/api/v1/articles/a/translations/en/revisions",
        &app.translator,
        "\"1\"",
        &serde_json::json!({"title": "T", "body": "Two fish."}),
    )
    .await;
    let d: Value = app
        .get("/api/v1/articles/a/translations/en/diff", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(d["stats"]["words_inserted"], 1);
    assert_eq!(d["stats"]["words_deleted"], 1);
}

/// Twelve paragraphs, `P0.` to `P11.`; the newer body changes paragraphs 6 and 10.
fn long_bodies() -> (String, String) {
    let body = |edited: &[usize]| {
        (0..12)
            .map(|i| match edited.contains(&i) {
                true => format!("P{i}, edited."),
                false => format!("P{i}."),
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    (body(&[]), body(&[6, 10]))
}

async fn html_diff(app: &TestApp, accept_language: &str) -> String {
    let res = app
        .request(Method::GET, "/api/v1/articles/a/diff", &app.editor)
        .header("accept", "text/html")
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap()
}

/// The HTML diff's paragraphs and folds, one item each: `equal 5` or `change 6` for a paragraph
/// (its number in the newer body), the `<summary>` element for the start of a fold, `end` for
/// its end.
fn skeleton(html: &str) -> Vec<String> {
    let paragraph = |line: &str| {
        let rest = line.strip_prefix("<p class=\"diff-")?;
        let (op, rest) = rest.split_once('"')?;
        let number = rest.split_once("data-new=\"")?.1.split_once('"')?.0;
        Some(format!("{op} {number}"))
    };
    html.lines()
        .filter_map(|line| match line {
            "</details>" => Some("end".to_owned()),
            _ => match line.strip_prefix("<details class=\"diff-folded\">") {
                Some(summary) => Some(summary.to_owned()),
                None => paragraph(line),
            },
        })
        .collect()
}

#[tokio::test]
async fn the_html_diff_folds_unchanged_paragraphs_away_from_changes_under_a_localized_count() {
    let app = spawn_app().await;
    let (old, new) = long_bodies();
    app.create_article("a", "en", "T", &old).await;
    app.revise_article("a", 1, &new, false).await;
    let equal = |i: usize| format!("equal {i}");
    let change = |i: usize| format!("change {i}");
    for (accept_language, five, one) in [
        (
            "en-US",
            "<summary lang=\"en-US\" dir=\"ltr\">⋯ 5 unchanged paragraphs</summary>",
            "<summary lang=\"en-US\" dir=\"ltr\">⋯ 1 unchanged paragraph</summary>",
        ),
        (
            "zh-CN",
            "<summary lang=\"zh-CN\" dir=\"ltr\">⋯ 5 段未改动</summary>",
            "<summary lang=\"zh-CN\" dir=\"ltr\">⋯ 1 段未改动</summary>",
        ),
    ] {
        let html = html_diff(&app, accept_language).await;
        // Paragraphs 0–4 folded; 5, 7, 9 and 11 the context of the changes 6 and 10; 8 folded.
        let mut expected = vec![five.to_owned()];
        expected.extend((0..5).map(equal));
        expected.extend([
            "end".into(),
            equal(5),
            change(6),
            equal(7),
            one.into(),
            equal(8),
        ]);
        expected.extend(["end".into(), equal(9), change(10), equal(11)]);
        assert_eq!(skeleton(&html), expected, "{html}");
        assert!(
            html.contains(
                "<p class=\"diff-change\" data-old=\"6\" data-new=\"6\">P6<ins>, edited</ins>.</p>"
            ),
            "{html}"
        );
    }
}

#[tokio::test]
async fn an_unchanged_body_is_one_folded_block_in_the_html_diff() {
    let app = spawn_app().await;
    let (old, _) = long_bodies();
    app.create_article("a", "en", "T", &old).await;
    app.revise_article("a", 1, &old, false).await;
    let html = html_diff(&app, "zh-TW").await;
    let mut expected =
        vec!["<summary lang=\"zh-TW\" dir=\"ltr\">⋯ 12 段未變更</summary>".to_owned()];
    expected.extend((0..12).map(|i| format!("equal {i}")));
    expected.push("end".into());
    assert_eq!(skeleton(&html), expected, "{html}");
}

#[tokio::test]
async fn folding_leaves_the_json_and_unified_diffs_whole() {
    let app = spawn_app().await;
    let (old, new) = long_bodies();
    app.create_article("a", "en", "T", &old).await;
    app.revise_article("a", 1, &new, false).await;

    let res = app.get("/api/v1/articles/a/diff", &app.editor).await;
    let text = res.text().await.unwrap();
    assert!(!text.contains('⋯') && !text.contains("details"), "{text}");
    let d: bitext_domain::diff::Diff = serde_json::from_str(&text).unwrap();
    assert_eq!(d.paragraphs.len(), 12);
    assert_eq!(
        (d.stats.paragraphs_equal, d.stats.paragraphs_changed),
        (10, 2)
    );
    assert_eq!((d.old_text(), d.new_text()), (old.clone(), new.clone()));

    let patch = app
        .request(Method::GET, "/api/v1/articles/a/diff", &app.editor)
        .header("accept", "text/x-diff")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !patch.contains('⋯') && !patch.contains("details"),
        "{patch}"
    );
    // The domain's unified diff as it always was: three lines of context around each change.
    assert_eq!(
        patch,
        bitext_domain::diff::unified(&old, &new, "a@1", "a@2")
    );
    assert!(
        patch.contains(
            "@@ -10,7 +10,7 @@\n \n P5.\n \n-P6.\n+P6, edited.\n \n P7.\n \n@@ -18,6 +18,6 @@\n"
        ),
        "{patch}"
    );
    assert_eq!(apply_patch(&old, &patch), new);
}
