//! Who a translation belongs to, over HTTP: its creator holds it; only the assignee and editors
//! revise and submit it; translators claim what no one holds; editors assign it; every change
//! of hands is in the audit trail, and every refusal is a localized problem that writes nothing.

use bitext_domain::Roles;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

/// A second translator, Kim, and her token.
async fn kim(app: &TestApp) -> String {
    let roles: Roles = "translator".parse().unwrap();
    app.app
        .create_user("kim", "Kim Park", roles)
        .await
        .unwrap()
        .1
}

/// The story and its English translation, started (and so held) by the translator Tom.
async fn story(app: &TestApp) {
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。\n\n明天晴。")
        .await;
    app.create_translation("story", "en", "It rains.\n\nSunny tomorrow.")
        .await;
}

async fn revise(app: &TestApp, token: &str, base: i32) -> reqwest::Response {
    app.post_if_match(
        &format!("{T}/revisions"),
        token,
        &format!("\"{base}\""),
        &json!({"title": "Rain", "body": format!("Revision {}.", base + 1)}),
    )
    .await
}

async fn act(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.post(&format!("{T}/actions"), token, &body).await
}

async fn assign(app: &TestApp, token: &str, to: Value) -> reqwest::Response {
    app.post(&format!("{T}/assign"), token, &json!({"assignee": to}))
        .await
}

async fn claim(app: &TestApp, token: &str) -> reqwest::Response {
    app.post(&format!("{T}/claim"), token, &json!({})).await
}

async fn json_of(res: reqwest::Response) -> Value {
    let status = res.status();
    let body = res.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// The events of the translation with this action, oldest first.
async fn events(app: &TestApp, action: &str) -> Vec<Value> {
    let trail = json_of(app.get(&format!("{T}/events"), &app.editor).await).await;
    trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_translator_cannot_revise_or_submit_a_translation_someone_else_holds() {
    let app = spawn_app().await;
    story(&app).await;
    let kim = kim(&app).await;
    let before = app.snapshot().await;

    let (status, p) = problem(revise(&app, &kim, 1).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("not-assignee"))
    );
    assert!(p["detail"].as_str().unwrap().contains("TOM"), "{p}");
    let (status, p) = problem(act(&app, &kim, json!({"action": "submit"})).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("not-assignee"))
    );
    assert_eq!(app.snapshot().await, before, "a refused write wrote");

    // In the caller's language, naming who holds it.
    let res = app
        .request(reqwest::Method::POST, &format!("{T}/actions"), &kim)
        .header("Accept-Language", "zh-TW")
        .json(&json!({"action": "submit"}))
        .send()
        .await
        .unwrap();
    let (_, p) = problem(res).await;
    assert_eq!(p["title"], "譯文已指派給他人");
    assert!(p["detail"].as_str().unwrap().contains("TOM"), "{p}");

    // The assignee and editors write.
    assert_eq!(
        revise(&app, &app.translator, 1).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        revise(&app, &app.editor2, 2).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        act(&app, &app.translator, json!({"action": "submit"}))
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_new_translation_belongs_to_its_creator_wherever_it_is_shown() {
    let app = spawn_app().await;
    story(&app).await;
    assert_eq!(
        act(&app, &app.translator, json!({"action": "submit"}))
            .await
            .status(),
        StatusCode::OK
    );
    let tom = json!({"name": "tom", "display_name": "TOM"});
    let t = json_of(app.get(T, &app.editor).await).await;
    assert_eq!(t["assignee"], tom);
    let a = json_of(app.get("/api/v1/articles/story", &app.editor).await).await;
    assert_eq!(a["translations"][0]["assignee"], tom);
    let q = json_of(app.get("/api/v1/review-queue", &app.editor).await).await;
    assert_eq!(q["items"][0]["assignee"], tom);
    let l = json_of(app.get("/api/v1/translations", &app.editor).await).await;
    assert_eq!(l["items"][0]["assignee"], tom);
}

#[tokio::test]
async fn a_translator_claims_what_no_one_holds_and_not_what_someone_else_does() {
    let app = spawn_app().await;
    story(&app).await;
    let kim = kim(&app).await;

    let t = json_of(assign(&app, &app.editor, Value::Null).await).await;
    assert_eq!(t["assignee"], Value::Null);
    assert_eq!(t["state"], "draft", "changing hands leaves the state");
    // Held by no one, it is written by no translator until one claims it.
    let (status, p) = problem(revise(&app, &app.translator, 1).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("translation-unassigned"))
    );

    let t = json_of(claim(&app, &kim).await).await;
    assert_eq!(
        t["assignee"],
        json!({"name": "kim", "display_name": "Kim Park"})
    );
    let before = app.snapshot().await;
    let (status, p) = problem(claim(&app, &app.translator).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("translation-held"))
    );
    assert!(p["detail"].as_str().unwrap().contains("Kim Park"), "{p}");
    // Claiming what one holds changes nothing, and records nothing.
    json_of(claim(&app, &kim).await).await;
    assert_eq!(app.snapshot().await, before);
    // Editors do not claim; they assign.
    let (status, p) = problem(claim(&app, &app.editor2).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );

    assert_eq!(revise(&app, &kim, 1).await.status(), StatusCode::CREATED);
    let assigned = events(&app, "translation.assign").await;
    let claimed = events(&app, "translation.claim").await;
    assert_eq!((assigned.len(), claimed.len()), (1, 1));
    let detail =
        |e: &Value| -> Value { serde_json::from_str(e["detail"].as_str().unwrap()).unwrap() };
    assert_eq!(detail(&assigned[0]), json!({"from": "tom", "to": null}));
    assert_eq!(detail(&claimed[0]), json!({"from": null, "to": "kim"}));
    assert_eq!(claimed[0]["actor"], "kim");
    assert_eq!(
        (
            claimed[0]["from_state"].as_str(),
            claimed[0]["to_state"].as_str()
        ),
        (Some("draft"), Some("draft"))
    );
}

#[tokio::test]
async fn an_editor_hands_a_translation_to_another_translator_who_then_alone_writes_it() {
    let app = spawn_app().await;
    story(&app).await;
    let kim = kim(&app).await;
    let t = json_of(assign(&app, &app.editor2, json!("kim")).await).await;
    assert_eq!(t["assignee"]["name"], "kim");
    let (status, p) = problem(revise(&app, &app.translator, 1).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("not-assignee"))
    );
    assert_eq!(revise(&app, &kim, 1).await.status(), StatusCode::CREATED);
    assert_eq!(
        act(&app, &kim, json!({"action": "submit"})).await.status(),
        StatusCode::OK
    );
    let detail: Value = serde_json::from_str(
        events(&app, "translation.assign").await[0]["detail"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(detail, json!({"from": "tom", "to": "kim"}));
    // An editor may be given it too.
    let t = json_of(assign(&app, &app.editor2, json!("ed")).await).await;
    assert_eq!(t["assignee"]["name"], "ed");
}

#[tokio::test]
async fn only_editors_assign_and_only_to_translators_and_editors() {
    let app = spawn_app().await;
    story(&app).await;
    let before = app.snapshot().await;
    for (token, to, status, code) in [
        (
            &app.translator,
            json!("tom"),
            StatusCode::FORBIDDEN,
            "forbidden",
        ),
        (
            &app.publisher,
            json!(null),
            StatusCode::FORBIDDEN,
            "forbidden",
        ),
        (
            &app.editor,
            json!("pat"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "assignee-not-eligible",
        ),
        (
            &app.editor,
            json!("nobody"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "assignee-not-eligible",
        ),
    ] {
        let (got, p) = problem(assign(&app, token, to.clone()).await).await;
        assert_eq!((got, p["code"].as_str()), (status, Some(code)), "{to}");
    }
    // The assignee must be given: an empty body does not unassign.
    let (got, p) = problem(
        app.post(&format!("{T}/assign"), &app.editor, &json!({}))
            .await,
    )
    .await;
    assert_eq!(
        (got, p["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-json"))
    );
    assert_eq!(app.snapshot().await, before, "a refused assignment wrote");
}

#[tokio::test]
async fn nothing_changes_hands_while_the_translation_is_withdrawn() {
    let app = spawn_app().await;
    story(&app).await;
    let kim = kim(&app).await;
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
        (
            &app.publisher,
            json!({"action": "withdraw", "comment": "Legal hold."}),
        ),
    ] {
        assert_eq!(
            act(&app, token, body.clone()).await.status(),
            StatusCode::OK,
            "{body}"
        );
    }
    let before = app.snapshot().await;
    let (status, p) = problem(assign(&app, &app.editor, json!("kim")).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("handover-not-allowed"))
    );
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains("assign") && detail.contains("withdrawn") && detail.contains("reopen"),
        "{p}"
    );
    let (status, p) = problem(claim(&app, &kim).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::CONFLICT, Some("handover-not-allowed"))
    );
    assert!(p["detail"].as_str().unwrap().contains("claim"), "{p}");
    assert_eq!(app.snapshot().await, before);
    // Reopened, it changes hands again.
    assert_eq!(
        act(&app, &app.translator, json!({"action": "reopen"}))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        assign(&app, &app.editor, json!("kim")).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn what_is_sent_back_waits_in_the_queue_of_its_assignee() {
    let app = spawn_app().await;
    story(&app).await;
    let kim = kim(&app).await;
    assert_eq!(
        act(&app, &app.translator, json!({"action": "submit"}))
            .await
            .status(),
        StatusCode::OK
    );
    let sent_back = json!({"action": "request_changes", "comment": "Say when."});
    assert_eq!(
        act(&app, &app.editor, sent_back).await.status(),
        StatusCode::OK
    );
    let queue = async |token: &str| -> usize {
        json_of(app.get("/api/v1/review-queue", token).await).await["items"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!((queue(&app.translator).await, queue(&kim).await), (1, 0));
    assign(&app, &app.editor, json!("kim")).await;
    // Tom wrote the revision, but it is Kim's now.
    assert_eq!((queue(&app.translator).await, queue(&kim).await), (0, 1));
}
