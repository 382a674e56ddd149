//! The audit trail is append-only: over HTTP, and in the database itself.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn trail(app: &TestApp) -> Value {
    let res = app.get(&format!("{T}/events"), &app.editor).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.expect("json")
}

#[tokio::test]
async fn events_cannot_be_changed_or_deleted() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "一。").await;
    app.create_translation("story", "en", "One.").await;
    let events_before = app.store.table_digest("events").await.expect("digest");
    assert!(events_before.rows >= 2, "{events_before:?}");
    let trail_before = trail(&app).await;

    // No route writes to the trail.
    for method in [
        reqwest::Method::DELETE,
        reqwest::Method::PUT,
        reqwest::Method::PATCH,
        reqwest::Method::POST,
    ] {
        let res = app
            .request(method.clone(), &format!("{T}/events"), &app.editor)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED, "{method}");
    }

    // Nor can anyone connected to the database, whatever they run.
    let mut statements = vec![
        "UPDATE events SET action = 'forged' WHERE id = (SELECT MIN(id) FROM events)",
        "UPDATE events SET detail = NULL",
        "DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)",
        "DELETE FROM events",
    ];
    if app.store.backend() == "postgres" {
        statements.push("TRUNCATE events");
    }
    for sql in statements {
        let err = app
            .store
            .execute_unprepared(sql)
            .await
            .expect_err(&format!("the database ran {sql}"));
        assert!(
            err.to_string().contains("events are append-only"),
            "{sql} failed for another reason: {err}"
        );
    }
    assert_eq!(
        app.store.table_digest("events").await.expect("digest"),
        events_before
    );
    assert_eq!(trail(&app).await, trail_before);
}
