//! The translation memory as TMX through the API: an export that translate-toolkit reads, an
//! import that skips and reports bad units by line and keeps the rest, re-imports that add
//! nothing, and documents cut short that import nothing.

use std::process::Command;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const SOURCE: &str =
    "美国海关与边境保护局周二宣布新规定。新规定将于下月生效。\n\n“润”运动在年轻人中流行。";
const ENGLISH: &str = "U.S. Customs and Border Protection announced new rules on Tuesday. The new rules will take effect next month.\n\nThe \"run\" movement is popular among young people & <students>.";

async fn approved(app: &TestApp) {
    app.create_article("rules", "zh-CN", "海关新规", SOURCE)
        .await;
    app.create_translation("rules", "en", ENGLISH).await;
    let path = "/api/v1/articles/rules/translations/en/actions";
    let res = app
        .post(path, &app.translator, &json!({"action": "submit"}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    app.dismiss_findings("rules", "en").await;
    let body = json!({"action": "approve", "revision": 1});
    let res = app.post(path, &app.editor, &body).await;
    assert_eq!(res.status(), StatusCode::OK);
}

async fn import(app: &TestApp, token: &str, tmx: &str) -> reqwest::Response {
    app.request(Method::POST, "/api/v1/tm/import", token)
        .header("content-type", "application/x-tmx+xml")
        .header("accept-language", "zh-CN")
        .body(tmx.to_owned())
        .send()
        .await
        .unwrap()
}

/// Four `<tu>`s on lines 4, 8, 11 and 15: good, without a translation, with a language that
/// is no tag, good.
const ARCHIVE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu creationid="chen" creationdate="20250102T030405Z">
  <tuv xml:lang="zh-CN"><seg>国务院新闻办公室举行发布会。</seg></tuv>
  <tuv xml:lang="en-US"><seg>The State Council Information Office held a press conference.</seg></tuv>
</tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>没有译文。</seg></tuv>
</tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>语言标记错误。</seg></tuv>
  <tuv xml:lang="en_??"><seg>A bad tag.</seg></tuv>
</tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>外交部发言人回答记者提问。</seg></tuv>
  <tuv xml:lang="en-US"><seg>The foreign ministry spokesperson answered <ph>[1]</ph>questions.</seg></tuv>
</tu>
</body></tmx>
"#;

#[tokio::test]
async fn translate_toolkit_reads_the_memory_export_with_every_approved_pair() {
    let app = spawn_app().await;
    approved(&app).await;
    let res = app.get("/api/v1/tm/export", &app.editor).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/x-tmx+xml")
    );
    let tmx = res.text().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("memory.tmx");
    std::fs::write(&path, &tmx).unwrap();
    let script = r#"
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps(sorted([u.source, u.target] for u in store.units), ensure_ascii=False))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3 runs; install translate-toolkit with `pip install translate-toolkit`");
    assert!(
        out.status.success(),
        "translate-toolkit is needed (`pip install translate-toolkit`): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: Vec<(String, String)> = serde_json::from_slice(&out.stdout).unwrap();
    let units = app.count("tm_units").await;
    assert_eq!(read.len() as i64, units);
    assert!(read.contains(&(
        "“润”运动在年轻人中流行。".to_owned(),
        "The \"run\" movement is popular among young people & <students>.".to_owned()
    )));
    assert!(read.contains(&("海关新规".to_owned(), "A title".to_owned())));
    // Only editors and admins take the whole memory away.
    let res = app.get("/api/v1/tm/export", &app.translator).await;
    assert_eq!(problem(res).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_import_keeps_good_units_and_reports_bad_ones_by_line_in_the_callers_language() {
    let app = spawn_app().await;
    let res = import(&app, &app.editor, ARCHIVE).await;
    assert_eq!(res.status(), StatusCode::OK);
    let report: Value = res.json().await.unwrap();
    assert_eq!(report["read"], 4);
    assert_eq!(report["recorded"], 2);
    assert_eq!(report["already"], 0);
    let skipped = report["skipped"].as_array().unwrap();
    let lines: Vec<(u64, &str)> = skipped
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lines,
        vec![(8, "tmx-missing-target"), (11, "tmx-bad-language")]
    );
    assert!(skipped[1]["message"].as_str().unwrap().contains("第 11 行"));
    // The imported units are offered, as imports, with their translator and date.
    let body = json!({"source_language": "zh-Hans", "target_language": "en",
        "text": "外交部发言人回答记者提问。"});
    let found: Value = app
        .post("/api/v1/tm/lookup", &app.translator, &body)
        .await
        .json()
        .await
        .unwrap();
    let unit = &found["suggestions"][0]["unit"];
    assert_eq!(
        unit["target"],
        "The foreign ministry spokesperson answered questions."
    );
    assert_eq!(unit["origin"]["kind"], "import");
    let res = import(&app, &app.editor, ARCHIVE).await;
    let again: Value = res.json().await.unwrap();
    assert_eq!(
        (again["recorded"].as_u64(), again["already"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(app.count("tm_units").await, 2);
}

#[tokio::test]
async fn a_document_cut_short_imports_nothing_and_names_the_line() {
    let app = spawn_app().await;
    let before = app.snapshot().await;
    let cut = &ARCHIVE[..ARCHIVE
        .find("<tu>\n  <tuv xml:lang=\"zh-CN\"><seg>外交部")
        .unwrap()
        + 30];
    let (status, body) = problem(import(&app, &app.editor, cut).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "memory-import-unreadable");
    assert!(body["detail"].as_str().unwrap().contains("第"));
    assert_eq!(app.snapshot().await, before);
    let (status, _) = problem(import(&app, &app.editor, "not xml at all").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.snapshot().await, before);
    // Translators do not import; JSON is no TMX.
    let (status, _) = problem(import(&app, &app.translator, ARCHIVE).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let res = app.post("/api/v1/tm/import", &app.editor, &json!({})).await;
    assert_eq!(problem(res).await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(app.snapshot().await, before);
}
