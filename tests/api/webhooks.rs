//! Webhooks: signed events on publish, correction and withdraw, from a transactional outbox,
//! retried with backoff, with every attempt visible to admins. The receiver listens on 127.0.0.1.

use std::sync::{Arc, Mutex};

use axum::{
    Router, body::Bytes, extract::State, http::HeaderMap, http::StatusCode as AxumStatus,
    routing::post,
};
use bitext_webhooks::Deliverer;
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::net::TcpListener;

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

#[derive(Clone, Default)]
struct Received {
    calls: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    fail: Arc<Mutex<bool>>,
}

async fn receive(State(r): State<Received>, headers: HeaderMap, body: Bytes) -> AxumStatus {
    r.calls.lock().unwrap().push((headers, body));
    if *r.fail.lock().unwrap() {
        AxumStatus::INTERNAL_SERVER_ERROR
    } else {
        AxumStatus::NO_CONTENT
    }
}

async fn receiver() -> (String, Received) {
    let received = Received::default();
    let app = Router::new()
        .route("/hook", post(receive))
        .with_state(received.clone());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/hook"), received)
}

async fn publish(app: &TestApp) {
    app.create_article("story", "zh-Hans", "标题", "一。").await;
    app.create_translation("story", "en", "One.").await;
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor2, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        assert_eq!(
            app.post(&format!("{T}/actions"), token, &body)
                .await
                .status(),
            StatusCode::OK
        );
    }
}

fn verify(secret: &str, headers: &HeaderMap, body: &[u8]) -> bool {
    let ts = headers["x-bitext-timestamp"].to_str().unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{ts}.").as_bytes());
    mac.update(body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    headers["x-bitext-signature"].to_str().unwrap() == expected
}

#[tokio::test]
async fn publish_correction_and_withdraw_are_delivered_signed() {
    let app = spawn_app().await;
    let (url, received) = receiver().await;
    // Only admins manage webhooks; the editor in these tests is also an admin.
    assert_eq!(
        app.post("/api/v1/webhooks", &app.translator, &json!({"url": url}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post("/api/v1/webhooks", &app.editor, &json!({"url": "ftp://x"}))
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let hook: Value = app
        .post("/api/v1/webhooks", &app.editor, &json!({"url": url}))
        .await
        .json()
        .await
        .unwrap();
    let secret = hook["secret"].as_str().unwrap().to_owned();

    publish(&app).await;
    // The outbox row was written with the edition; nothing is sent until a worker runs.
    assert_eq!(app.count("deliveries").await, 1);
    assert!(received.calls.lock().unwrap().is_empty());
    let deliverer = Deliverer::new(app.store.clone()).unwrap();
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);
    {
        let calls = received.calls.lock().unwrap();
        assert_eq!(calls.len(), 1);
        let (headers, body) = &calls[0];
        assert_eq!(headers["x-bitext-event"], "edition.published");
        assert!(verify(&secret, headers, body), "signature does not verify");
        assert!(!verify("wrong-secret-wrong", headers, body));
        let payload: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(
            (payload["slug"].as_str(), payload["edition"].as_i64()),
            (Some("story"), Some(1))
        );
    }
    // Delivered once: a second pass sends nothing.
    assert_eq!(deliverer.deliver_due().await.unwrap(), 0);

    app.post(
        &format!("{T}/actions"),
        &app.publisher,
        &json!({"action": "withdraw", "comment": "Checking facts"}),
    )
    .await;
    deliverer.deliver_due().await.unwrap();
    let events: Vec<String> = received
        .calls
        .lock()
        .unwrap()
        .iter()
        .map(|(h, _)| h["x-bitext-event"].to_str().unwrap().to_owned())
        .collect();
    assert_eq!(events, ["edition.published", "translation.withdrawn"]);

    let id = hook["id"].as_i64().unwrap();
    let log: Value = app
        .get(&format!("/api/v1/webhooks/{id}/deliveries"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let items = log["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(
        items
            .iter()
            .all(|d| d["status"] == "delivered" && d["attempts"][0]["status_code"] == 204)
    );
}

#[tokio::test]
async fn a_failing_receiver_is_retried_later_and_every_attempt_is_kept() {
    let app = spawn_app().await;
    let (url, received) = receiver().await;
    *received.fail.lock().unwrap() = true;
    let hook: Value = app
        .post(
            "/api/v1/webhooks",
            &app.editor,
            &json!({"url": url, "secret": "a-secret-of-some-length"}),
        )
        .await
        .json()
        .await
        .unwrap();
    publish(&app).await;
    let deliverer = Deliverer::new(app.store.clone()).unwrap();
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);
    // Backed off: not due again right away.
    assert_eq!(deliverer.deliver_due().await.unwrap(), 0);
    let id = hook["id"].as_i64().unwrap();
    let log: Value = app
        .get(&format!("/api/v1/webhooks/{id}/deliveries"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let d = &log["items"][0];
    assert_eq!(d["status"], "pending");
    assert_eq!(d["attempts"][0]["status_code"], 500);
    let next: chrono::DateTime<chrono::Utc> =
        d["next_attempt_at"].as_str().unwrap().parse().unwrap();
    assert!(next > chrono::Utc::now());
}

#[tokio::test]
async fn a_restart_loses_no_event() {
    let app = spawn_app().await;
    let (url, received) = receiver().await;
    app.post("/api/v1/webhooks", &app.editor, &json!({"url": url}))
        .await;
    publish(&app).await;
    // The process that published is gone before delivering; a new one, with its own
    // connection, finds the event in the outbox.
    let restarted = bitext_store::Store::connect(&app.db.url).await.unwrap();
    Deliverer::new(restarted)
        .unwrap()
        .deliver_due()
        .await
        .unwrap();
    assert_eq!(received.calls.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn https_subscribers_are_attempted_over_tls() {
    let app = spawn_app().await;
    // Nothing listens there: the attempt must fail connecting, not for want of TLS support.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let hook: Value = app
        .post(
            "/api/v1/webhooks",
            &app.editor,
            &json!({"url": format!("https://127.0.0.1:{port}/hook")}),
        )
        .await
        .json()
        .await
        .unwrap();
    publish(&app).await;
    Deliverer::new(app.store.clone())
        .unwrap()
        .deliver_due()
        .await
        .unwrap();
    let id = hook["id"].as_i64().unwrap();
    let log: Value = app
        .get(&format!("/api/v1/webhooks/{id}/deliveries"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let error = log["items"][0]["attempts"][0]["error"]
        .as_str()
        .unwrap()
        .to_lowercase();
    assert!(error.contains("connect"), "{error}");
    assert!(
        !error.contains("scheme") && !error.contains("not supported"),
        "{error}"
    );
}
