//! The delivery loop of a real `bitext serve` process, and `--deliver-webhooks=false`.

use std::time::{Duration, Instant};

use serde_json::json;

use super::{Desk, Received, receiver, verify};
use crate::{
    cli::{Server, add_user, bitext},
    helpers::{TestDb, client},
};

/// The four people added with `bitext user add`, at `server`.
pub(super) fn desk(db: &str, server: &Server) -> Desk {
    Desk {
        client: client(),
        base: server.base.clone(),
        editor: add_user(db, "ed", "editor,admin"),
        editor2: add_user(db, "eve", "editor"),
        translator: add_user(db, "tom", "translator"),
        publisher: add_user(db, "pat", "publisher"),
    }
}

/// Waits (at most 30 s) until every delivery of webhook `id` is delivered; returns how many.
async fn all_delivered(desk: &Desk, id: i64) -> usize {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let log = desk.deliveries(id).await;
        if !log.is_empty() && log.iter().all(|d| d["status"] == "delivered") {
            return log.len();
        }
        assert!(Instant::now() < deadline, "not delivered: {log:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn bitext_serve_delivers_to_a_receiver_on_localhost() {
    let db = TestDb::new().await;
    let (url, received) = receiver().await;
    let server = Server::start(&db.url).await;
    let desk = desk(&db.url, &server);
    let (id, secret) = desk.subscribe(&url).await;
    desk.publish().await;
    received.wait_for(1).await;
    let (headers, body) = &received.calls()[0];
    assert_eq!(headers["x-bitext-event"], "edition.published");
    assert!(verify(&secret, headers, body));
    assert_eq!(all_delivered(&desk, id).await, 1);
}

/// Publishes and then withdraws on both desks, waiting each time until `watch` (the second
/// desk's receiver) has the event.
async fn publish_and_withdraw(desks: [&Desk; 2], watch: &Received) {
    for d in desks {
        d.publish().await;
    }
    watch.wait_for(1).await;
    for d in desks {
        d.act(
            &d.publisher,
            json!({"action": "withdraw", "comment": "Checking facts"}),
        )
        .await;
    }
    watch.wait_for(2).await;
}

#[tokio::test]
async fn serve_with_deliveries_off_leaves_them_in_the_outbox_for_a_later_worker() {
    let (off_db, on_db) = (TestDb::new().await, TestDb::new().await);
    let (off_url, off_received) = receiver().await;
    let (on_url, on_received) = receiver().await;
    let off = Server::serve(bitext(&off_db.url), &["--deliver-webhooks=false"], false).await;
    let on = Server::start(&on_db.url).await;
    let off_desk = desk(&off_db.url, &off);
    let on_desk = desk(&on_db.url, &on);
    let (off_id, _) = off_desk.subscribe(&off_url).await;
    on_desk.subscribe(&on_url).await;

    // A server that delivers, beside it, sends both events one after the other: time enough
    // for several passes of a delivery loop.
    publish_and_withdraw([&off_desk, &on_desk], &on_received).await;
    assert_eq!(off_received.count(), 0);
    let log = off_desk.deliveries(off_id).await;
    assert_eq!(log.len(), 2);
    for d in &log {
        assert_eq!(d["status"], "pending", "{d}");
        assert_eq!(d["attempts"], json!([]), "{d}");
    }

    // A later process that delivers finds them in the outbox.
    let (status, _, _) = off.stop().await;
    assert!(status.success());
    let later = Server::start(&off_db.url).await;
    let desk = Desk {
        base: later.base.clone(),
        ..off_desk
    };
    off_received.wait_for(2).await;
    assert_eq!(
        off_received.events(),
        ["edition.published", "translation.withdrawn"]
    );
    assert_eq!(all_delivered(&desk, off_id).await, 2);
}
