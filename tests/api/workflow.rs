//! The editorial workflow over HTTP, end to end.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) -> (StatusCode, Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    let status = res.status();
    (status, res.json().await.unwrap())
}

async fn revise(
    app: &TestApp,
    token: &str,
    base: i32,
    body: &str,
    source: Option<i32>,
) -> StatusCode {
    app.post_if_match(
        &format!("{T}/revisions"),
        token,
        &format!("\"{base}\""),
        &json!({"title": "Rain", "body": body, "source_revision": source}),
    )
    .await
    .status()
}

async fn state(app: &TestApp) -> Value {
    app.get(T, &app.editor).await.json().await.unwrap()
}

#[tokio::test]
async fn a_whole_story_from_draft_to_published() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。\n\n明天晴。")
        .await;
    app.create_translation("story", "en", "It rains today.\n\nSunny tomorrow.")
        .await;

    // Publishing a draft is refused with the state and what is allowed, and writes nothing.
    let before = app.snapshot().await;
    let (s, p) = act(&app, &app.publisher, json!({"action": "publish"})).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert_eq!(p["code"], "transition-not-allowed");
    assert!(p["detail"].as_str().unwrap().contains("draft"), "{p}");
    // A translator may not approve: 403.
    let (s, _) = act(
        &app,
        &app.translator,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(app.snapshot().await, before);

    let (s, t) = act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(
        (s, t["state"].as_str()),
        (StatusCode::OK, Some("in_review"))
    );

    // Requesting changes needs a reason.
    let (s, p) = act(&app, &app.editor, json!({"action": "request_changes"})).await;
    assert_eq!(
        (s, p["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("comment-required"))
    );
    let (s, t) = act(
        &app,
        &app.editor,
        json!({"action": "request_changes", "comment": "Say 'heavy rain'."}),
    )
    .await;
    assert_eq!(
        (s, t["state"].as_str()),
        (StatusCode::OK, Some("changes_requested"))
    );

    // The translator sees it in their queue, with the open comment.
    let q: Value = app
        .get("/api/v1/review-queue", &app.translator)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(q["items"][0]["state"], "changes_requested");
    assert_eq!(q["items"][0]["open_comments"], 1);

    assert_eq!(
        revise(
            &app,
            &app.translator,
            1,
            "Heavy rain today.\n\nSunny tomorrow.",
            None
        )
        .await,
        StatusCode::CREATED
    );
    act(&app, &app.translator, json!({"action": "submit"})).await;

    // The editor sees only what changed since the revision they reviewed.
    let d: Value = app
        .get(&format!("{T}/diff?from=last-reviewed"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((d["from"].as_i64(), d["to"].as_i64()), (Some(1), Some(2)));
    assert_eq!(d["paragraphs"][1]["op"], "equal");

    // The reason given for the changes is a review thread: resolved, it no longer holds back
    // approval.
    let comments: Value = app
        .get(&format!("{T}/comments"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let id = comments["items"][0]["id"].as_i64().unwrap();
    let res = app
        .post(
            &format!("{T}/comments/{id}/resolve"),
            &app.editor,
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Approval names the head.
    let (s, p) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(
        (s, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("not-head"))
    );
    let (s, t) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    assert_eq!(
        (s, t["approved_revision"].as_i64()),
        (StatusCode::OK, Some(2))
    );
    assert_eq!(t["approved_by"], "ed");

    // The source changes: the translation is outdated and publishing needs acknowledgement.
    assert_eq!(
        app.revise_article("story", 1, "今天下大雨。\n\n明天晴。", false)
            .await
            .status(),
        StatusCode::CREATED
    );
    assert_eq!(state(&app).await["outdated"], true);
    let (s, p) = act(&app, &app.publisher, json!({"action": "publish"})).await;
    assert_eq!(
        (s, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("outdated-not-acknowledged"))
    );
    let (s, t) = act(
        &app,
        &app.publisher,
        json!({"action": "publish", "acknowledge_outdated": true}),
    )
    .await;
    assert_eq!(
        (s, t["state"].as_str()),
        (StatusCode::OK, Some("published"))
    );

    // Withdrawing needs a reason; reopening starts a correction.
    let (s, _) = act(&app, &app.publisher, json!({"action": "withdraw"})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, t) = act(
        &app,
        &app.publisher,
        json!({"action": "withdraw", "comment": "Legal review"}),
    )
    .await;
    assert_eq!(
        (s, t["state"].as_str()),
        (StatusCode::OK, Some("withdrawn"))
    );
    assert_eq!(
        revise(&app, &app.translator, 2, "x", None).await,
        StatusCode::CONFLICT
    );
    let (s, t) = act(&app, &app.translator, json!({"action": "reopen"})).await;
    assert_eq!((s, t["state"].as_str()), (StatusCode::OK, Some("draft")));

    // Every state change is in the audit trail, in order, with from and to states.
    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let trail: Vec<(String, String)> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            !e["to_state"].is_null()
                && !e["from_state"].is_null()
                && e["from_state"] != e["to_state"]
        })
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["to_state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("submit", "in_review"),
        ("request_changes", "changes_requested"),
        ("submit", "in_review"),
        ("approve", "approved"),
        ("publish", "published"),
        ("withdraw", "withdrawn"),
        ("reopen", "draft"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, s)| ((*a).into(), (*s).into()))
        .collect();
    assert_eq!(trail, expected);
    let publish = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "publish")
        .unwrap();
    assert!(
        publish["detail"]
            .as_str()
            .unwrap()
            .contains("acknowledged_outdated")
    );
}

#[tokio::test]
async fn an_editor_cannot_approve_their_own_revisions() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。")
        .await;
    app.create_translation("story", "en", "It rains.").await;
    // The editor approves the translator's revision...
    act(&app, &app.translator, json!({"action": "submit"})).await;
    let (s, _) = act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // ...but after approval, a revision by the editor alone needs another editor.
    assert_eq!(
        revise(&app, &app.editor, 1, "It is raining.", None).await,
        StatusCode::CREATED
    );
    let t = state(&app).await;
    assert_eq!(
        (t["state"].as_str(), t["approved_revision"].as_i64()),
        (Some("in_review"), None)
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
    let (s, _) = act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "approval.superseded")
    );
}

#[tokio::test]
async fn the_review_queue_shows_editors_what_is_in_review_oldest_first() {
    let app = spawn_app().await;
    for slug in ["first", "second"] {
        app.create_article(slug, "zh-Hans", "标题", "正文。").await;
        app.create_translation(slug, "en", "Body.").await;
        app.post(
            &format!("/api/v1/articles/{slug}/translations/en/actions"),
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    }
    app.create_article("third", "zh-Hans", "标题", "正文。")
        .await;
    app.create_translation("third", "fr", "Corps.").await;
    let q: Value = app
        .get("/api/v1/review-queue", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let slugs: Vec<&str> = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["first", "second"]);
    let q: Value = app
        .get("/api/v1/review-queue?language=fr", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert!(q["items"].as_array().unwrap().is_empty());
    let q: Value = app
        .get("/api/v1/review-queue", &app.publisher)
        .await
        .json()
        .await
        .unwrap();
    assert!(q["items"].as_array().unwrap().is_empty());
}
