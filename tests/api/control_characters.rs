//! U+0000 and other control characters that databases refuse are refused when a request is
//! parsed, with the same localized 422 on SQLite and PostgreSQL, and nothing written; in a path
//! they never reach a query.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn control_characters_are_refused_alike_on_every_database_and_nothing_is_written() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "标题", "第一段。")
        .await;
    app.create_translation("story", "en", "First.").await;
    const T: &str = "/api/v1/articles/story/translations/en";
    let before = app.snapshot().await;
    let nul = "a\u{0}b";
    let cases: Vec<(Method, String, String, Value)> = vec![
        (
            Method::POST,
            "/api/v1/articles".into(),
            app.editor.clone(),
            json!({"slug": "s", "language": "en", "title": nul, "body": "b"}),
        ),
        (
            Method::POST,
            "/api/v1/articles".into(),
            app.editor.clone(),
            json!({"slug": "s", "language": "en", "title": "t", "body": "x\u{1b}[31m"}),
        ),
        (
            Method::POST,
            "/api/v1/articles".into(),
            app.editor.clone(),
            json!({"slug": "s", "language": "en", "title": "t", "body": "b", "message": nul}),
        ),
        (
            Method::POST,
            format!("{T}/comments"),
            app.editor.clone(),
            json!({"body": nul}),
        ),
        (
            Method::POST,
            format!("{T}/comments"),
            app.editor.clone(),
            json!({"body": "fine", "paragraph": 0, "quote": nul}),
        ),
        (
            Method::POST,
            format!("{T}/credits"),
            app.editor.clone(),
            json!({"text": nul}),
        ),
        (
            Method::POST,
            format!("{T}/actions"),
            app.translator.clone(),
            json!({"action": "submit", "comment": nul}),
        ),
        (
            Method::POST,
            format!("{T}/assign"),
            app.editor.clone(),
            json!({"assignee": nul}),
        ),
        (
            Method::PUT,
            "/api/v1/me/language".into(),
            app.translator.clone(),
            json!({"language": nul}),
        ),
        (
            Method::POST,
            "/api/v1/webhooks".into(),
            app.editor.clone(),
            json!({"url": "http://example.org/\u{0}"}),
        ),
        (
            Method::POST,
            "/api/v1/webhooks".into(),
            app.editor.clone(),
            json!({"url": "http://example.org/", "secret": "0123456789abcdef\u{0}"}),
        ),
    ];
    for (method, path, token, body) in cases {
        let res = app
            .request(method, &path, &token)
            .header("accept-language", "zh-CN")
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        let problem: Value = res.json().await.unwrap();
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {body}: {problem}"
        );
        assert_eq!(problem["code"], "control-character", "{path}: {problem}");
        assert!(
            problem["detail"].as_str().unwrap().contains("U+00"),
            "{problem}"
        );
    }
    // A translation revision (If-Match) too.
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "t", "body": nul}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A filter by assignee in a query string too.
    let res = app
        .get("/api/v1/translations?assignee=a%00b", &app.editor)
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["code"], "control-character", "{problem}");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_control_character_in_a_path_never_reaches_the_database() {
    let app = spawn_app().await;
    for path in [
        "/read/%00/en",
        "/read/story/%00",
        "/api/v1/published/%00/en",
        "/feed/%00.atom",
    ] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        let status = res.status();
        assert!(status.is_client_error(), "{path}: {status}");
    }
    for path in [
        "/api/v1/articles/%00",
        "/api/v1/articles/a%00b/revisions",
        "/api/v1/articles/story/translations/%00",
    ] {
        let res = app.get(path, &app.editor).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}");
    }
}
