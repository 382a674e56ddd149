//! Approval over HTTP: a second pair of eyes on whatever is new since the last approval, and
//! open review threads approved over only knowingly.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    let status = res.status();
    (status, res.json().await.unwrap())
}

async fn act_in(app: &TestApp, token: &str, language: &str, body: Value) -> (StatusCode, Value) {
    let res = app
        .request(reqwest::Method::POST, &format!("{T}/actions"), token)
        .header("Accept-Language", language)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap())
}

async fn revise(app: &TestApp, token: &str, base: i32, body: &str) -> StatusCode {
    app.post_if_match(
        &format!("{T}/revisions"),
        token,
        &format!("\"{base}\""),
        &json!({"title": "Rain", "body": body}),
    )
    .await
    .status()
}

async fn comment(app: &TestApp, token: &str, paragraph: i32) -> i64 {
    let res = app
        .post(
            &format!("{T}/comments"),
            token,
            &json!({"paragraph": paragraph, "body": "Check the figure."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

async fn events(app: &TestApp) -> Vec<Value> {
    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    events["items"].as_array().unwrap().clone()
}

/// A translation by the translator, in review.
async fn in_review(app: &TestApp) {
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。\n\n明天晴。")
        .await;
    app.create_translation("story", "en", "It rains today.\n\nSunny tomorrow.")
        .await;
    let (s, _) = act(app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn after_reopening_with_nothing_new_the_editor_who_approved_may_approve_again() {
    let app = spawn_app().await;
    in_review(&app).await;
    let approve = json!({"action": "approve", "revision": 1});
    assert_eq!(
        act(&app, &app.editor, approve.clone()).await.0,
        StatusCode::OK
    );
    let (s, _) = act(&app, &app.publisher, json!({"action": "publish"})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = act(&app, &app.editor, json!({"action": "reopen"})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(s, StatusCode::OK);

    // Nothing was written since the approval of revision 1: approving it again is no one's
    // own work.
    let (s, t) = act(&app, &app.editor, approve).await;
    assert_eq!(s, StatusCode::OK, "{t}");
    assert_eq!(
        (t["state"].as_str(), t["approved_revision"].as_i64()),
        (Some("approved"), Some(1))
    );
}

#[tokio::test]
async fn an_editor_who_rewrote_a_translation_cannot_approve_it_alone() {
    let app = spawn_app().await;
    in_review(&app).await;
    // Revision 1 is the translator's; the editor rewrites all of it in review.
    assert_eq!(
        revise(
            &app,
            &app.editor,
            1,
            "Heavy rain today.\n\nClear skies tomorrow."
        )
        .await,
        StatusCode::CREATED
    );
    let before = app.snapshot().await;
    let (s, p) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    assert_eq!(
        (s, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("second-pair-of-eyes"))
    );
    assert_eq!(app.snapshot().await, before);

    let (s, t) = act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    assert_eq!(
        (s, t["approved_by"].as_str()),
        (StatusCode::OK, Some("eve"))
    );
}

#[tokio::test]
async fn approving_over_open_review_threads_is_refused_in_the_callers_language() {
    let app = spawn_app().await;
    in_review(&app).await;
    comment(&app, &app.editor2, 0).await;
    let approve = json!({"action": "approve", "revision": 1});

    let before = app.snapshot().await;
    let (s, p) = act(&app, &app.editor, approve.clone()).await;
    assert_eq!(
        (s, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("open-threads"))
    );
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("1 review thread is still open."),
        "{p}"
    );
    comment(&app, &app.editor2, 1).await;
    let before_zh = app.snapshot().await;
    let (s, p) = act_in(&app, &app.editor, "zh-CN", approve.clone()).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("还有 2 条审校意见尚未解决。"),
        "{p}"
    );
    let (_, p) = act(&app, &app.editor, approve).await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("2 review threads are still open."),
        "{p}"
    );
    assert_ne!(before, before_zh);
    assert_eq!(app.snapshot().await, before_zh);
}

#[tokio::test]
async fn an_editor_approves_over_open_threads_by_acknowledging_them_and_the_event_records_it() {
    let app = spawn_app().await;
    in_review(&app).await;
    comment(&app, &app.editor2, 0).await;
    let (s, t) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1, "acknowledge_open_threads": true}),
    )
    .await;
    assert_eq!((s, t["state"].as_str()), (StatusCode::OK, Some("approved")));
    let events = events(&app).await;
    let approve = events.iter().find(|e| e["action"] == "approve").unwrap();
    let detail: Value = serde_json::from_str(approve["detail"].as_str().unwrap()).unwrap();
    assert_eq!(
        detail,
        json!({"acknowledged_open_threads": true, "open_threads": 1})
    );
}

#[tokio::test]
async fn resolved_threads_do_not_hold_back_approval() {
    let app = spawn_app().await;
    in_review(&app).await;
    let id = comment(&app, &app.editor2, 0).await;
    let res = app
        .post(
            &format!("{T}/comments/{id}/resolve"),
            &app.translator,
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (s, _) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let events = events(&app).await;
    let approve = events.iter().find(|e| e["action"] == "approve").unwrap();
    assert!(approve["detail"].is_null(), "{approve}");
}

#[tokio::test]
async fn the_openapi_document_describes_acknowledge_open_threads() {
    let app = spawn_app().await;
    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let field =
        &doc["components"]["schemas"]["ActionBody"]["properties"]["acknowledge_open_threads"];
    assert!(
        field["description"]
            .as_str()
            .is_some_and(|d| d.contains("open")),
        "{field}"
    );
}
