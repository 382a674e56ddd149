//! Diffs over HTTP: JSON that rebuilds the text, a unified diff that `patch` applies, HTML.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::{gnu_patch, spawn_app};

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
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    let out = dir.path().join("new.txt");
    std::fs::write(&old, OLD).unwrap();
    let mut child = std::process::Command::new(gnu_patch())
        .arg("--quiet")
        .arg(format!("--output={}", out.display()))
        .arg(&old)
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
    assert_eq!(std::fs::read_to_string(&out).unwrap(), NEW);
}

#[tokio::test]
async fn the_html_diff_escapes_user_text() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "<b>bold</b>").await;
    app.revise_article("a", 1, "<script>alert(1)</script>", false)
        .await;
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
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;") && html.contains("alert(1)"), "{html}");
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
