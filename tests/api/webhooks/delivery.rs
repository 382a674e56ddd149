//! What is delivered, signed with which secret, to whom: subscribing, the three event kinds, the
//! secret shown once, and deactivation.

use bitext_domain::Destinations;
use bitext_webhooks::Deliverer;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::{Desk, T, receiver, verify};
use crate::helpers::spawn_app;

#[tokio::test]
async fn only_admins_subscribe_and_only_http_urls_are_accepted() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, _) = receiver().await;
    let res = desk
        .post("/api/v1/webhooks", &desk.translator, &json!({"url": url}))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    for bad in ["ftp://x", "http://", "example.com/hook", "http://a b/"] {
        let res = desk
            .post("/api/v1/webhooks", &desk.editor, &json!({"url": bad}))
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(
            res.headers()["content-type"],
            "application/problem+json",
            "{bad}"
        );
    }
    assert_eq!(app.count("webhooks").await, 0);
}

#[tokio::test]
async fn publish_correction_and_withdraw_are_delivered_signed() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    let (id, secret) = desk.subscribe(&url).await;
    let deliverer = Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();

    desk.publish().await;
    // The outbox row was written with the edition; nothing is sent until a worker runs.
    assert_eq!(app.count("deliveries").await, 1);
    assert_eq!(received.count(), 0);
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);
    // Delivered once: a second pass sends nothing.
    assert_eq!(deliverer.deliver_due().await.unwrap(), 0);

    // A correction: reopen, revise, submit, approve, publish again with a note.
    desk.act(&desk.translator, json!({"action": "reopen"}))
        .await;
    let res = desk
        .client
        .post(format!("{}{T}/revisions", desk.base))
        .bearer_auth(&desk.translator)
        .header("If-Match", "\"1\"")
        .json(&json!({"title": "Title", "body": "One!"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    desk.act(&desk.translator, json!({"action": "submit"}))
        .await;
    desk.act(&desk.editor2, json!({"action": "approve", "revision": 2}))
        .await;
    desk.act(
        &desk.publisher,
        json!({"action": "publish", "correction_note": "Louder."}),
    )
    .await;
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);

    desk.act(
        &desk.publisher,
        json!({"action": "withdraw", "comment": "Checking facts"}),
    )
    .await;
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);

    assert_eq!(
        received.events(),
        [
            "edition.published",
            "edition.corrected",
            "translation.withdrawn"
        ]
    );
    let calls = received.calls();
    for (headers, body) in &calls {
        assert!(verify(&secret, headers, body), "signature does not verify");
        assert!(!verify("wrong-secret-wrong", headers, body));
    }
    let payload = |i: usize| serde_json::from_slice::<Value>(&calls[i].1).unwrap();
    assert_eq!(
        (payload(0)["slug"].as_str(), payload(0)["edition"].as_i64()),
        (Some("story"), Some(1))
    );
    assert_eq!(
        (
            payload(1)["edition"].as_i64(),
            payload(1)["correction_note"].as_str()
        ),
        (Some(2), Some("Louder."))
    );
    assert_eq!(payload(2)["reason"], "Checking facts");

    let log = desk.deliveries(id).await;
    assert_eq!(log.len(), 3);
    for d in &log {
        assert_eq!(d["status"], "delivered", "{d}");
        assert_eq!(d["attempts"].as_array().unwrap().len(), 1, "{d}");
        assert_eq!(d["attempts"][0]["status_code"], 204, "{d}");
    }
}

#[tokio::test]
async fn the_secret_is_shown_only_once() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    let (id, secret) = desk.subscribe(&url).await;
    assert!(secret.len() >= 32, "{secret}");
    desk.publish().await;
    Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap()
        .deliver_due()
        .await
        .unwrap();
    // The secret shown is the one deliveries are signed with ...
    let (headers, body) = &received.calls()[0];
    assert!(verify(&secret, headers, body));
    // ... and no later answer shows it again.
    for (path, shown) in [
        ("/api/v1/webhooks".to_owned(), url.as_str()),
        (
            format!("/api/v1/webhooks/{id}/deliveries"),
            "edition.published",
        ),
    ] {
        let res = desk.send(Method::GET, &path, &desk.editor, None).await;
        assert_eq!(res.status(), StatusCode::OK);
        let text = res.text().await.unwrap();
        assert!(text.contains(shown), "{path}: {text}");
        assert!(!text.contains(&secret), "{path}: {text}");
    }
    let list: Value = desk
        .send(Method::GET, "/api/v1/webhooks", &desk.editor, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"][0]["secret"], Value::Null);
    let res = desk
        .send(
            Method::DELETE,
            &format!("/api/v1/webhooks/{id}"),
            &desk.editor,
            None,
        )
        .await;
    assert!(!res.text().await.unwrap().contains(&secret));
}

#[tokio::test]
async fn deactivating_a_webhook_stops_its_pending_deliveries() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (gone_url, gone) = receiver().await;
    let (kept_url, kept) = receiver().await;
    let (gone_id, _) = desk.subscribe(&gone_url).await;
    let (kept_id, _) = desk.subscribe(&kept_url).await;
    desk.publish().await;
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 2);

    let res = desk
        .send(
            Method::DELETE,
            &format!("/api/v1/webhooks/{gone_id}"),
            &desk.editor,
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.json::<Value>().await.unwrap()["active"], false);
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 1);

    let deliverer = Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);
    assert_eq!(kept.events(), ["edition.published"]);
    assert_eq!(gone.count(), 0);
    let log = desk.deliveries(gone_id).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["status"], "cancelled");
    assert_eq!(log[0]["attempts"], json!([]));
    assert_eq!(desk.deliveries(kept_id).await[0]["status"], "delivered");

    // Later events are not queued for it at all.
    desk.act(
        &desk.publisher,
        json!({"action": "withdraw", "comment": "Checking facts"}),
    )
    .await;
    assert_eq!(deliverer.deliver_due().await.unwrap(), 1);
    assert_eq!(gone.count(), 0);
    assert_eq!(desk.deliveries(gone_id).await.len(), 1);
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 0);
}
