//! Per-address rate limits: API writes and sign-in attempts past their burst get 429 with
//! `Retry-After` and a localized problem; reads are never limited.

use bitext_http::{HttpConfig, RateLimit, edge::rate_limit::SIGN_IN_PATH};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{TestApp, problem, spawn_app_with, test_config};

/// Two at once, then one a minute: a test never waits long enough for another.
const TIGHT: RateLimit = RateLimit {
    per_minute: 1,
    burst: 2,
};

async fn create(app: &TestApp, slug: &str) -> reqwest::Response {
    app.request(Method::POST, "/api/v1/articles", &app.editor)
        .header("accept-language", "zh-CN")
        .json(&json!({"slug": slug, "language": "en", "title": "T", "body": "B"}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn api_writes_past_the_burst_get_429_with_retry_after_and_write_nothing() {
    let app = spawn_app_with(HttpConfig {
        write_limit: TIGHT,
        ..test_config()
    })
    .await;
    for slug in ["one", "two"] {
        assert_eq!(create(&app, slug).await.status(), StatusCode::CREATED);
    }
    let before = app.snapshot().await;
    let res = create(&app, "three").await;
    let retry_after: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert_eq!(res.headers()["content-language"], "zh-CN");
    let (status, body) = problem(res).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body["code"], "too-many-requests");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("{retry_after} 秒")),
        "{body}"
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn reads_are_never_rate_limited() {
    let app = spawn_app_with(HttpConfig {
        write_limit: TIGHT,
        ..test_config()
    })
    .await;
    for slug in ["one", "two"] {
        assert_eq!(create(&app, slug).await.status(), StatusCode::CREATED);
    }
    assert_eq!(
        create(&app, "three").await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    for _ in 0..20 {
        let res = app.get("/api/v1/articles/one", &app.editor).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn sign_in_attempts_have_a_limit_of_their_own() {
    let app = spawn_app_with(HttpConfig {
        sign_in_limit: TIGHT,
        ..test_config()
    })
    .await;
    let attempt = || {
        app.client
            .post(app.url(SIGN_IN_PATH))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("name=ed&password=guess")
            .send()
    };
    for _ in 0..2 {
        // No sign-in form yet: not found, but counted.
        assert_ne!(
            attempt().await.unwrap().status(),
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    let refused = attempt().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    // API writes are counted apart, under their generous default.
    assert_eq!(create(&app, "one").await.status(), StatusCode::CREATED);
}
