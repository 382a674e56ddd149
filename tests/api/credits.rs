//! Credits of published editions over HTTP: who is credited as translator and as editor, and
//! how the names read in each language.

use bitext_domain::Roles;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{body}: {}",
        res.text().await.unwrap_or_default()
    );
}

async fn revise(app: &TestApp, token: &str, base: i32, body: &str) {
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            token,
            &format!("\"{base}\""),
            &json!({"title": "Rain", "body": body}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

async fn user(app: &TestApp, name: &str, display_name: &str, roles: &str) -> String {
    let roles: Roles = roles.parse().unwrap();
    app.app
        .create_user(name, display_name, roles)
        .await
        .unwrap()
        .1
}

async fn published_in(app: &TestApp, language: &str) -> Value {
    app.client
        .get(app.url("/api/v1/published/story/en"))
        .header("Accept-Language", language)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn editors_who_requested_changes_or_edited_in_review_are_credited_once_each() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。")
        .await;
    app.create_translation("story", "en", "It rains.").await;
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "request_changes", "comment": "Say how hard it rains."}),
    )
    .await;
    revise(&app, &app.translator, 1, "It rains hard.").await;
    act(&app, &app.translator, json!({"action": "submit"})).await;
    // In review, the translator fixes a typo (not an editor's edit), then the editor edits.
    revise(&app, &app.translator, 2, "It rains hard today.").await;
    revise(&app, &app.editor, 3, "It is raining hard today.").await;
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 4, "acknowledge_open_threads": true}),
    )
    .await;
    act(&app, &app.publisher, json!({"action": "publish"})).await;

    let p = published_in(&app, "en-US").await;
    assert_eq!(p["translators"], json!(["TOM", "ED"]));
    assert_eq!(p["editors"], json!(["EVE", "ED"]));
    assert_eq!(
        p["credits"],
        "Translated by TOM and ED. Edited by EVE and ED."
    );
}

#[tokio::test]
async fn chinese_credit_lines_space_latin_names_from_the_conjunction() {
    let app = spawn_app().await;
    let alex = user(&app, "alex", "Alex Chen", "translator").await;
    let maya = user(&app, "maya", "Maya Ortiz", "editor").await;
    let chan = user(&app, "chan", "陳大文", "editor").await;
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。")
        .await;
    let res = app
        .post(
            "/api/v1/articles/story/translations",
            &alex,
            &json!({"language": "en", "title": "Rain", "body": "It rains."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    act(&app, &alex, json!({"action": "submit"})).await;
    act(
        &app,
        &maya,
        json!({"action": "request_changes", "comment": "Say how hard it rains."}),
    )
    .await;
    revise(&app, &alex, 1, "It rains hard.").await;
    act(&app, &alex, json!({"action": "submit"})).await;
    act(
        &app,
        &chan,
        json!({"action": "approve", "revision": 2, "acknowledge_open_threads": true}),
    )
    .await;
    act(&app, &app.publisher, json!({"action": "publish"})).await;

    for (language, credits) in [
        ("zh-TW", "譯者：Alex Chen；編輯：Maya Ortiz 和陳大文"),
        ("zh-CN", "译者：Alex Chen；编辑：Maya Ortiz 和陳大文"),
        (
            "en-US",
            "Translated by Alex Chen. Edited by Maya Ortiz and 陳大文.",
        ),
    ] {
        assert_eq!(published_in(&app, language).await["credits"], credits);
    }
    let html = app
        .client
        .request(Method::GET, app.url("/read/story/en"))
        .header("Accept-Language", "zh-TW")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("編輯：<bdi>Maya Ortiz</bdi> 和<bdi>陳大文</bdi>"),
        "{html}"
    );
}
