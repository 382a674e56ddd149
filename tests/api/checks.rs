//! The quality checks in the workflow: the checks of a revision over HTTP, dismissals with a
//! reason that hold while the paragraph text stays the same, approval held back by an error
//! nobody fixed or dismissed, and the counts in the review queue.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";
const SOURCE: &str = "全县共有4000多人转移。\n\n损失约2.4万元。";
const WRONG: &str =
    "More than 4,000 people in the county were moved.\n\nLosses came to about 2,400 yuan.";
const RIGHT: &str =
    "More than 4,000 people in the county were moved.\n\nLosses came to about 24,000 yuan.";

async fn checks(app: &TestApp, query: &str, language: &str) -> (StatusCode, Value) {
    let res = app
        .request(
            reqwest::Method::GET,
            &format!("{T}/checks{query}"),
            &app.editor,
        )
        .header("Accept-Language", language)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap())
}

async fn act(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.post(&format!("{T}/actions"), token, &body).await
}

async fn dismiss(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.post(&format!("{T}/checks/dismissals"), token, &body)
        .await
}

async fn revise(app: &TestApp, base: i32, body: &str) {
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            &format!("\"{base}\""),
            &json!({"title": "Floods", "body": body}),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::CREATED,
        "{}",
        res.text().await.unwrap()
    );
}

/// The story and a translation of it with `body`, submitted for review.
async fn in_review(app: &TestApp, body: &str) {
    app.create_article("story", "zh-Hans", "水灾", SOURCE).await;
    app.create_translation("story", "en", body).await;
    let res = act(app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_mistyped_figure_is_found_with_both_spans_and_told_in_the_callers_language() {
    let app = spawn_app().await;
    in_review(&app, WRONG).await;
    let (status, body) = checks(&app, "", "en-US").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["revision"], 1);
    assert_eq!(body["source_revision"], 1);
    assert_eq!(
        body["counts"],
        json!({"errors": 1, "warnings": 0, "dismissed": 0})
    );
    let findings = body["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{body}");
    let f = &findings[0];
    assert_eq!(f["code"], "figure-mismatch");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["paragraph"], 1);
    assert_eq!(f["source"]["text"], "约2.4万元");
    assert!(
        f["translation"]["text"].as_str().unwrap().contains("2,400"),
        "{f}"
    );
    assert_eq!(f["source_value"], 24000.0);
    assert!(f["dismissal"].is_null());
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("24,000") && message.contains("2,400"),
        "{message}"
    );

    let (_, zh) = checks(&app, "", "zh-CN").await;
    let message = zh["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("读作 24,000"), "{message}");
    assert_eq!(zh["findings"][0]["id"], f["id"]);
}

#[tokio::test]
async fn each_revision_is_checked_against_the_source_revision_it_renders() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "水灾", SOURCE).await;
    app.create_translation("story", "en", WRONG).await;
    revise(&app, 1, RIGHT).await;
    let (_, head) = checks(&app, "", "en-US").await;
    assert_eq!(head["revision"], 2);
    assert_eq!(head["findings"], json!([]));
    let (_, first) = checks(&app, "?revision=1", "en-US").await;
    assert_eq!(first["findings"].as_array().unwrap().len(), 1);

    // A new source revision does not change what revision 2 is checked against.
    let res = app
        .revise_article(
            "story",
            1,
            "全县共有5000多人转移。\n\n损失约2.4万元。",
            false,
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let (_, head) = checks(&app, "", "en-US").await;
    assert_eq!(head["source_revision"], 1);
    assert_eq!(head["findings"], json!([]));

    let (status, body) = checks(&app, "?revision=9", "en-US").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["code"], "revision-not-found");
    let res = app
        .get("/api/v1/articles/story/translations/fr/checks", &app.editor)
        .await;
    assert_eq!(problem(res).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn approval_waits_until_the_error_is_dismissed_with_a_reason_and_nothing_is_written_before() {
    let app = spawn_app().await;
    in_review(&app, WRONG).await;
    let (_, body) = checks(&app, "", "en-US").await;
    let id = body["findings"][0]["id"].as_str().unwrap().to_owned();

    let before = app.snapshot().await;
    let (status, refused) = problem(
        act(
            &app,
            &app.editor,
            json!({"action": "approve", "revision": 1}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(refused["code"], "checks-failing");
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .starts_with("1 error found by the checks"),
        "{refused}"
    );

    // Only editors dismiss; a reason is required; the finding must be on the revision.
    let (status, _) = problem(
        dismiss(
            &app,
            &app.translator,
            json!({"finding": id, "reason": "Fine."}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) =
        problem(dismiss(&app, &app.editor, json!({"finding": id, "reason": "  "})).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "reason-required");
    let (status, body) = problem(
        dismiss(
            &app,
            &app.editor,
            json!({"finding": "0123456789abcdef", "reason": "Fine."}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "finding-not-found");
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused request wrote something"
    );

    let res = dismiss(
        &app,
        &app.editor,
        json!({"finding": id, "revision": 1, "reason": "The county's own release says 2,400."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let dismissal: Value = res.json().await.unwrap();
    assert_eq!(dismissal["finding"], id);
    assert_eq!(dismissal["code"], "figure-mismatch");
    assert_eq!(dismissal["paragraph"], 1);
    assert_eq!(dismissal["reason"], "The county's own release says 2,400.");

    // Dismissing it again keeps the first dismissal and writes nothing.
    let after = app.snapshot().await;
    let res = dismiss(
        &app,
        &app.editor2,
        json!({"finding": id, "reason": "Another reason."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Value>().await.unwrap()["reason"],
        dismissal["reason"]
    );
    assert_eq!(app.snapshot().await, after);

    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let recorded: Vec<&Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "finding.dismiss")
        .collect();
    assert_eq!(recorded.len(), 1, "{events}");

    let (_, body) = checks(&app, "", "en-US").await;
    assert_eq!(
        body["counts"],
        json!({"errors": 0, "warnings": 0, "dismissed": 1})
    );
    assert_eq!(
        body["findings"][0]["dismissal"]["reason"],
        dismissal["reason"]
    );
    let res = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_dismissal_holds_on_later_revisions_only_while_the_paragraph_text_is_the_same() {
    let app = spawn_app().await;
    in_review(&app, WRONG).await;
    let (_, body) = checks(&app, "", "en-US").await;
    let id = body["findings"][0]["id"].as_str().unwrap().to_owned();
    let res = dismiss(
        &app,
        &app.editor,
        json!({"finding": id, "reason": "As released."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = act(
        &app,
        &app.editor,
        json!({"action": "request_changes", "comment": "Tighten the first paragraph."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);

    // The first paragraph changes, the second does not: still dismissed.
    revise(
        &app,
        1,
        &WRONG.replace("in the county were moved", "were moved out of the county"),
    )
    .await;
    let (_, body) = checks(&app, "", "en-US").await;
    assert_eq!(body["revision"], 2);
    assert_eq!(
        body["counts"],
        json!({"errors": 0, "warnings": 0, "dismissed": 1})
    );

    // The second paragraph changes and is still wrong: a new finding, not dismissed.
    revise(
        &app,
        2,
        &WRONG
            .replace("in the county were moved", "were moved out of the county")
            .replace("Losses came", "The losses came"),
    )
    .await;
    let (_, body) = checks(&app, "", "en-US").await;
    assert_eq!(
        body["counts"],
        json!({"errors": 1, "warnings": 0, "dismissed": 0})
    );
    assert_ne!(body["findings"][0]["id"], id.as_str());
    let res = act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let (status, refused) = problem(
        act(
            &app,
            &app.editor,
            json!({"action": "approve", "revision": 3}),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (StatusCode::CONFLICT, Some("checks-failing"))
    );

    // Fixing it is the other way through.
    let res = act(
        &app,
        &app.editor,
        json!({"action": "request_changes", "comment": "The figure."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    revise(&app, 3, RIGHT).await;
    let res = act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 4, "acknowledge_open_threads": true}),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
}

#[tokio::test]
async fn the_review_queue_shows_what_the_checks_found_on_each_head() {
    let app = spawn_app().await;
    in_review(&app, WRONG).await;
    app.create_article("calm", "zh-Hans", "平静", "今天无事。")
        .await;
    app.create_translation("calm", "en", "Nothing happened today.")
        .await;
    let res = app
        .post(
            "/api/v1/articles/calm/translations/en/actions",
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let body = queue(&app).await;
    let counts = |body: &Value, slug: &str| {
        body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["slug"] == slug)
            .map(|i| i["checks"].clone())
            .unwrap()
    };
    assert_eq!(
        counts(&body, "story"),
        json!({"errors": 1, "warnings": 0, "dismissed": 0})
    );
    assert_eq!(
        counts(&body, "calm"),
        json!({"errors": 0, "warnings": 0, "dismissed": 0})
    );

    let (_, found) = checks(&app, "", "en-US").await;
    let id = found["findings"][0]["id"].clone();
    let res = dismiss(
        &app,
        &app.editor,
        json!({"finding": id, "reason": "As released."}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let body = queue(&app).await;
    assert_eq!(
        counts(&body, "story"),
        json!({"errors": 0, "warnings": 0, "dismissed": 1})
    );
}

async fn queue(app: &TestApp) -> Value {
    app.get("/api/v1/review-queue", &app.editor)
        .await
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_glossary_of_the_pair_is_checked_a_forbidden_rendering_holds_approval_back() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "海关", "海关今天公布了数据。")
        .await;
    app.create_translation("story", "en", "The excise office released the data today.")
        .await;
    let (_, body) = checks(&app, "", "en-US").await;
    assert_eq!(body["findings"], json!([]), "no glossary, nothing to say");

    let res = app
        .post(
            "/api/v1/glossary/zh/en/terms",
            &app.editor,
            &json!({"term": "海关", "translation": "customs", "forbidden": ["excise office"]}),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::CREATED,
        "{}",
        res.text().await.unwrap()
    );
    let (_, body) = checks(&app, "", "en-US").await;
    let codes: Vec<&str> = body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"glossary-forbidden"), "{body}");
    let forbidden = body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "glossary-forbidden")
        .unwrap();
    assert_eq!(forbidden["severity"], "error");
    assert_eq!(forbidden["suggestion"], "customs");

    let res = act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let (status, refused) = problem(
        act(
            &app,
            &app.editor,
            json!({"action": "approve", "revision": 1}),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, refused["code"].as_str()),
        (StatusCode::CONFLICT, Some("checks-failing"))
    );
}
