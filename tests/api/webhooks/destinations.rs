//! Webhooks cannot reach inside: internal addresses in any notation are refused when a
//! subscriber is registered, and a name or an address inside is refused when delivering,
//! without contacting it and without telling anything about it.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use bitext_app::AppConfig;
use bitext_domain::Destinations;
use bitext_webhooks::Deliverer;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::Desk;
use crate::helpers::{TestDb, serve_on, serve_on_with, test_config};

#[tokio::test]
async fn internal_addresses_in_any_notation_are_refused_at_registration() {
    // A server whose webhooks may reach public addresses only (the default).
    let db = TestDb::new().await;
    let (addr, app, _stop, _server) =
        serve_on_with(&db.url, AppConfig::default(), test_config()).await;
    let desk = Desk::over(addr, &app).await;
    for url in [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://[fd00::1]/",
        "http://0.0.0.0/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost:9/",
    ] {
        let res = desk
            .post("/api/v1/webhooks", &desk.editor, &json!({"url": url}))
            .await;
        let status = res.status();
        let problem: Value = res.json().await.unwrap();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{url}: {problem}");
        assert_eq!(problem["code"], "webhook-destination", "{url}");
    }
    for url in ["http://user:pass@example.org/", "ftp://example.org/"] {
        let res = desk
            .post("/api/v1/webhooks", &desk.editor, &json!({"url": url}))
            .await;
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "invalid-url", "{url}");
    }
    assert_eq!(app.store().count_rows("webhooks").await.unwrap(), 0);
}

#[tokio::test]
async fn a_delivery_to_an_inside_name_or_address_never_connects_and_is_given_up() {
    // Subscribers on this machine, registered through a server that allows them, delivered
    // by a worker that does not: it must refuse them without connecting.
    let db = TestDb::new().await;
    let (addr, app, _stop, _server) = serve_on(&db.url).await;
    let connections = Arc::new(AtomicUsize::new(0));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    {
        let connections = connections.clone();
        tokio::spawn(async move {
            while let Ok(_accepted) = listener.accept().await {
                connections.fetch_add(1, Ordering::SeqCst);
            }
        });
    }
    let desk = Desk::over(addr, &app).await;
    desk.subscribe(&format!("http://localhost:{port}/hook"))
        .await;
    desk.subscribe(&format!("http://127.0.0.1:{port}/hook"))
        .await;
    desk.publish().await;

    let worker = Deliverer::new(app.store().clone())
        .and_then(|d| d.destinations(Destinations::Public))
        .unwrap();
    assert_eq!(worker.deliver_due().await.unwrap(), 2);
    // One connection of our own: the receiver counts connections in order, so once it has
    // seen ours, it has seen any the worker made.
    let _probe = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while connections.load(Ordering::SeqCst) == 0 && std::time::Instant::now() < deadline {
        tokio::task::yield_now().await;
    }
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "the worker connected inside"
    );
    // Given up at once, with why, and no status of the target.
    assert_eq!(app.store().pending_deliveries().await.unwrap(), 0);
    for id in [1, 2] {
        let deliveries = desk.deliveries(id).await;
        let d = &deliveries[0];
        assert_eq!(d["status"], "failed", "{d}");
        let attempt = &d["attempts"][0];
        assert!(attempt["status_code"].is_null(), "{attempt}");
        assert!(
            attempt["error"].as_str().unwrap().contains("refused: "),
            "{attempt}"
        );
    }
}
