//! The outbox across processes: a restart loses no event, and workers racing over one database
//! send each delivery once.

use bitext_domain::Destinations;
use std::time::{Duration, Instant};

use bitext_store::Store;
use bitext_webhooks::Deliverer;
use serde_json::json;
use tokio::{sync::watch, task::JoinHandle};

use super::{Desk, receiver};
use crate::helpers::{TestDb, serve_on, spawn_app};

/// A delivery worker polling every 20 ms, as `bitext serve` runs one, and the switch that stops it.
fn worker(store: &Store) -> (watch::Sender<bool>, JoinHandle<()>) {
    let (stop, mut stopped) = watch::channel(false);
    let deliverer = Deliverer::new(store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();
    let task = tokio::spawn(deliverer.run(Duration::from_millis(20), async move {
        let _ = stopped.changed().await;
    }));
    (stop, task)
}

#[tokio::test]
async fn a_restart_loses_no_event() {
    let db = TestDb::new().await;
    let (url, received) = receiver().await;
    // The first server and its worker: the receiver is down, so the event stays in the outbox.
    received.fail(true);
    let (addr, app, stop_server, server) = serve_on(&db.url).await;
    let store = app.store().clone();
    let (stop_worker, worker_task) = worker(&store);
    let desk = Desk::over(addr, &app).await;
    let (id, _) = desk.subscribe(&url).await;
    desk.publish().await;
    received.wait_for(1).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while desk.deliveries(id).await[0]["attempts"] == json!([]) {
        assert!(
            Instant::now() < deadline,
            "the failed attempt was not recorded"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // Stop it all: server, worker, connections.
    stop_server.send(()).unwrap();
    server.await.unwrap();
    stop_worker.send(true).unwrap();
    worker_task.await.unwrap();
    store.close().await.unwrap();
    let down = desk.client.get(format!("{}/healthz", desk.base)).send();
    assert!(down.await.is_err(), "the first server still answers");
    // Every attempt so far failed (a slow machine may have let a retry through).
    let failed = received.count();

    // A new server and worker over the same database deliver it once the receiver is back.
    received.fail(false);
    let (addr, app, _stop_server, _server) = serve_on(&db.url).await;
    let (_stop_worker, _worker_task) = worker(app.store());
    let desk = Desk {
        base: format!("http://{addr}"),
        ..desk
    };
    received.wait_for(failed + 1).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let delivery = loop {
        let d = desk.deliveries(id).await.remove(0);
        if d["status"] == "delivered" {
            break d;
        }
        assert!(
            Instant::now() < deadline,
            "not delivered after the restart: {d}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let attempts = delivery["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), failed + 1);
    assert!(attempts[..failed].iter().all(|a| a["status_code"] == 500));
    assert_eq!(attempts[failed]["status_code"], 204);
    let calls = received.calls();
    assert_eq!(calls.len(), failed + 1);
    assert_eq!(calls[failed].0["x-bitext-event"], "edition.published");
    assert_eq!(
        calls[0].0["x-bitext-delivery"],
        calls[failed].0["x-bitext-delivery"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_racing_over_one_database_send_each_delivery_exactly_once() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    let mut hooks = Vec::new();
    for _ in 0..8 {
        hooks.push(desk.subscribe(&url).await.0);
    }
    desk.publish().await;
    desk.act(
        &desk.publisher,
        json!({"action": "withdraw", "comment": "Checking facts"}),
    )
    .await;
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 16);

    // Two workers, each with its own connections, as two processes would have.
    let a = Deliverer::new(Store::connect(&app.db.url).await.unwrap())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();
    let b = Deliverer::new(Store::connect(&app.db.url).await.unwrap())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();
    let mut sent = 0;
    for _ in 0..50 {
        let (x, y) = tokio::join!(a.deliver_due(), b.deliver_due());
        sent += x.unwrap() + y.unwrap();
        if app.store.pending_deliveries().await.unwrap() == 0 {
            break;
        }
    }
    assert_eq!(sent, 16);
    let mut ids: Vec<String> = received
        .calls()
        .iter()
        .map(|(h, _)| h["x-bitext-delivery"].to_str().unwrap().to_owned())
        .collect();
    ids.sort();
    let before = ids.len();
    ids.dedup();
    assert_eq!((before, ids.len()), (16, 16), "a delivery was sent twice");
    for id in hooks {
        for d in desk.deliveries(id).await {
            assert_eq!(d["status"], "delivered", "{d}");
            assert_eq!(d["attempts"].as_array().unwrap().len(), 1, "{d}");
        }
    }
}
