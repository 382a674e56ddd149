//! The glossary of a language pair over HTTP: terms added, read, changed and deleted by
//! editors, read by translators, guarded against stale edits, imported and exported as CSV and
//! TBX (all or nothing), and applied to translations by language prefix.

use bitext_domain::LanguageTag;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const G: &str = "/api/v1/glossary/zh/en";

fn customs() -> Value {
    json!({
        "term": "海关",
        "translation": "customs",
        "variants": ["customs service"],
        "forbidden": ["customhouse"],
        "note": "Lowercase unless it starts a sentence, & never \"the Customs\"."
    })
}

async fn add(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.post(&format!("{G}/terms"), token, body).await
}

async fn put(app: &TestApp, id: i64, if_match: Option<&str>, body: &Value) -> reqwest::Response {
    let mut req = app
        .request(Method::PUT, &format!("{G}/terms/{id}"), &app.editor2)
        .json(body);
    if let Some(tag) = if_match {
        req = req.header("If-Match", tag);
    }
    req.send().await.unwrap()
}

async fn import(app: &TestApp, path: &str, media: &str, text: String) -> reqwest::Response {
    app.request(Method::POST, path, &app.editor)
        .header("Content-Type", media)
        .body(text)
        .send()
        .await
        .unwrap()
}

async fn text(app: &TestApp, path: &str) -> String {
    let res = app.get(path, &app.translator).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn editors_add_read_change_and_delete_terms() {
    let app = spawn_app().await;
    let res = add(&app, &app.editor, &customs()).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(res.headers()["etag"], "\"1\"");
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["created_by"], "ed");
    assert_eq!(created["forbidden"], json!(["customhouse"]));

    add(
        &app,
        &app.editor,
        &json!({"term": "关税", "translation": "tariff"}),
    )
    .await;
    let found: Value = app
        .get(&format!("{G}/terms?q=tarif"), &app.translator)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    assert_eq!(found["items"][0]["term"], "关税");

    let mut changed = customs();
    changed["variants"] = json!(["customs service", "customs authority"]);
    let res = put(&app, id, Some("\"1\""), &changed).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["etag"], "\"2\"");
    let read: Value = app
        .get(&format!("{G}/terms/{id}"), &app.translator)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(read["variants"][1], "customs authority");
    assert_eq!(
        (read["version"].as_i64(), &read["updated_by"]),
        (Some(2), &json!("eve"))
    );

    let res = app
        .request(Method::DELETE, &format!("{G}/terms/{id}"), &app.editor)
        .header("If-Match", "\"2\"")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let (status, _) = problem(app.get(&format!("{G}/terms/{id}"), &app.editor).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn translators_read_the_glossary_but_cannot_change_it() {
    let app = spawn_app().await;
    let (status, _) = problem(add(&app, &app.translator, &customs()).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("glossary_terms").await, 0);
    add(&app, &app.editor, &customs()).await;
    let list = app.get(&format!("{G}/terms"), &app.translator).await;
    assert_eq!(list.status(), StatusCode::OK);
    let res = app
        .request(Method::POST, &format!("{G}/import"), &app.translator)
        .header("Content-Type", "text/csv")
        .body("term,translation,variants,forbidden,note\n")
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_change_needs_the_version_it_was_based_on() {
    let app = spawn_app().await;
    let created: Value = add(&app, &app.editor, &customs())
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_i64().unwrap();
    let mut mine = customs();
    mine["translation"] = json!("Customs");

    let (status, _) = problem(put(&app, id, None, &mine).await).await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED);

    assert_eq!(
        put(&app, id, Some("\"1\""), &customs()).await.status(),
        StatusCode::OK
    );
    let (status, body) = problem(put(&app, id, Some("\"1\""), &mine).await).await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(body["code"], "glossary-term-stale", "{body}");
    let read: Value = app
        .get(&format!("{G}/terms/{id}"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (read["translation"].as_str(), read["version"].as_i64()),
        (Some("customs"), Some(2))
    );
}

#[tokio::test]
async fn a_term_the_pair_has_already_is_a_conflict() {
    let app = spawn_app().await;
    add(&app, &app.editor, &customs()).await;
    let (status, _) = problem(add(&app, &app.editor, &customs()).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let other_pair = app
        .post("/api/v1/glossary/zh/fr/terms", &app.editor, &customs())
        .await;
    assert_eq!(other_pair.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_bad_csv_row_is_refused_with_its_line_and_nothing_is_written() {
    let app = spawn_app().await;
    let csv =
        "term,translation,variants,forbidden,note\n关税,tariff,,duty,\n海关,,,,\n人民币,yuan,,,\n";
    let (status, body) =
        problem(import(&app, &format!("{G}/import"), "text/csv", csv.into()).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "glossary-import-field-empty");
    assert!(
        body["detail"].as_str().unwrap().contains("line 3"),
        "{body}"
    );
    assert_eq!(app.count("glossary_terms").await, 0);

    let twice = "term,translation,variants,forbidden,note\n关税,tariff,,,\n关税,duty,,,\n";
    let (status, body) =
        problem(import(&app, &format!("{G}/import"), "text/csv", twice.into()).await).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("glossary-import-duplicate")
        )
    );
    assert_eq!(app.count("glossary_terms").await, 0);
}

#[tokio::test]
async fn a_csv_export_imports_back_as_it_was() {
    let app = spawn_app().await;
    add(&app, &app.editor, &customs()).await;
    add(
        &app,
        &app.editor,
        &json!({"term": "关税, 进口", "translation": "import \"tariff\""}),
    )
    .await;
    let csv = text(&app, &format!("{G}/export.csv")).await;
    let res = import(
        &app,
        "/api/v1/glossary/zh-Hant/en/import",
        "text/csv",
        csv.clone(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"created": 2, "updated": 0})
    );
    assert_eq!(
        text(&app, "/api/v1/glossary/zh-Hant/en/export.csv").await,
        csv
    );
    // Importing again replaces the terms it has.
    let again: Value = import(&app, "/api/v1/glossary/zh-Hant/en/import", "text/csv", csv)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again, json!({"created": 0, "updated": 2}));
}

#[tokio::test]
async fn a_tbx_export_imports_back_as_it_was() {
    let app = spawn_app().await;
    add(&app, &app.editor, &customs()).await;
    add(
        &app,
        &app.editor,
        &json!({"term": "<关税>", "translation": "tariff & duty"}),
    )
    .await;
    let tbx = text(&app, &format!("{G}/export.tbx")).await;
    let res = import(
        &app,
        "/api/v1/glossary/zh/en-GB/import",
        "application/x-tbx",
        tbx.replace("xml:lang=\"en\"", "xml:lang=\"en-GB\""),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
    let theirs = text(&app, "/api/v1/glossary/zh/en-GB/export.csv").await;
    assert_eq!(theirs, text(&app, &format!("{G}/export.csv")).await);

    let broken = "<martif>\n<text>\n<body>\n</text>\n</martif>";
    let (status, body) = problem(
        import(
            &app,
            &format!("{G}/import"),
            "application/xml",
            broken.into(),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("glossary-import-malformed")
        )
    );
}

#[tokio::test]
async fn translate_toolkit_reads_our_tbx_export() {
    let app = spawn_app().await;
    add(&app, &app.editor, &customs()).await;
    let tbx = text(&app, &format!("{G}/export.tbx")).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("glossary.tbx");
    std::fs::write(&path, &tbx).unwrap();
    let script = r#"
import sys
from translate.storage import tbx
store = tbx.tbxfile.parsefile(sys.argv[1])
unit = [u for u in store.units if not u.isheader()][0]
terms = unit.get_target_terms()
print(unit.source)
print(unit.target)
print("|".join(t.text for t in terms if not t.deprecated))
print("|".join(t.text for t in terms if t.deprecated))
"#;
    let ran = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output();
    let out = match ran {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "SKIPPED: python3 is not installed, so translate-toolkit cannot read the export"
            );
            return;
        }
        Err(e) => panic!("python3: {e}"),
    };
    assert!(
        out.status.success(),
        "translate-toolkit failed (pip install translate-toolkit): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines,
        ["海关", "customs", "customs|customs service", "customhouse"]
    );
}

#[tokio::test]
async fn a_glossary_applies_to_translations_between_more_specific_tags() {
    let app = spawn_app().await;
    add(&app, &app.editor, &customs()).await;
    app.post(
        "/api/v1/glossary/zh-Hans/en/terms",
        &app.editor,
        &json!({"term": "海关", "translation": "Customs"}),
    )
    .await;
    app.post(
        "/api/v1/glossary/zh/fr/terms",
        &app.editor,
        &json!({"term": "关税", "translation": "droit de douane"}),
    )
    .await;
    let tag = |t: &str| LanguageTag::parse(t).unwrap();
    let terms = app
        .app
        .glossary_for(&tag("zh-Hans-CN"), &tag("en-US"))
        .await
        .unwrap();
    assert_eq!(terms.len(), 1);
    assert_eq!(
        terms[0].translation, "Customs",
        "the more specific pair wins"
    );
    let terms = app
        .app
        .glossary_for(&tag("zh-Hant"), &tag("en"))
        .await
        .unwrap();
    assert_eq!(terms[0].translation, "customs");
    assert!(
        app.app
            .glossary_for(&tag("zh"), &tag("de"))
            .await
            .unwrap()
            .is_empty()
    );
}
