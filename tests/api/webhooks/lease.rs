//! Three `bitext serve` processes delivering from one database share the outbox by leases: no
//! delivery goes out from two of them, and a delivery held by a server that is killed goes out
//! from another once its lease runs out.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{Router, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use serde_json::json;
use tokio::net::TcpListener;

use super::serve::desk;
use crate::{
    cli::{Server, bitext},
    helpers::TestDb,
};

/// The lease the three servers take, in seconds. A subscriber then has 6 s to answer, more than
/// the receiver below ever holds a request.
const LEASE: u64 = 12;

/// A receiver that notes when each delivery arrives and, while `hold` is set, keeps every
/// request waiting before it answers 204.
#[derive(Clone, Default)]
struct Receiver {
    arrivals: Arc<Mutex<Vec<(i64, Instant)>>>,
    waiting: Arc<AtomicUsize>,
    hold: Arc<AtomicBool>,
}

impl Receiver {
    /// Each delivery's arrival times, by delivery id.
    fn by_delivery(&self) -> HashMap<i64, Vec<Instant>> {
        let mut by = HashMap::<i64, Vec<Instant>>::new();
        for (id, at) in self.arrivals.lock().unwrap().iter() {
            by.entry(*id).or_default().push(*at);
        }
        by
    }

    /// The deliveries of the requests waiting now.
    fn waiting(&self) -> Vec<i64> {
        let arrivals = self.arrivals.lock().unwrap();
        let n = self.waiting.load(Ordering::SeqCst);
        arrivals[arrivals.len() - n..]
            .iter()
            .map(|(id, _)| *id)
            .collect()
    }
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap) -> StatusCode {
    let id = headers["x-bitext-delivery"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let held = {
        let mut arrivals = r.arrivals.lock().unwrap();
        arrivals.push((id, Instant::now()));
        let held = r.hold.load(Ordering::SeqCst);
        if held {
            r.waiting.fetch_add(1, Ordering::SeqCst);
        }
        held
    };
    if held {
        while r.hold.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        r.waiting.fetch_sub(1, Ordering::SeqCst);
    } else {
        // Long enough for the three servers to be sending at once.
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    StatusCode::NO_CONTENT
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_servers_send_each_delivery_once_and_a_killed_servers_delivery_after_its_lease() {
    let db = TestDb::new().await;
    let receiver = Receiver::default();
    receiver.hold.store(true, Ordering::SeqCst);
    let app = Router::new()
        .route("/hook", post(receive))
        .with_state(receiver.clone());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    // The desk works on a server that sends nothing: 20 subscribers, two events each.
    let writer = Server::serve(bitext(&db.url), &["--deliver-webhooks=false"], false).await;
    let desk = desk(&db.url, &writer);
    let mut hooks = Vec::new();
    for n in 0..20 {
        hooks.push(desk.subscribe(&format!("{url}?n={n}")).await.0);
    }
    desk.publish().await;
    desk.act(
        &desk.publisher,
        json!({"action": "withdraw", "comment": "Checking facts"}),
    )
    .await;
    let total = 40;

    // Three servers that deliver. Each sends one delivery at a time, so once three requests
    // wait at the receiver, each server holds exactly one delivery, mid-send.
    let lease = LEASE.to_string();
    let args = ["--webhook-lease", lease.as_str()];
    let (a, b, c) = tokio::join!(
        Server::serve(bitext(&db.url), &args, false),
        Server::serve(bitext(&db.url), &args, false),
        Server::serve(bitext(&db.url), &args, false),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while receiver.waiting.load(Ordering::SeqCst) < 3 {
        assert!(Instant::now() < deadline, "{:?}", receiver.by_delivery());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let in_flight = receiver.waiting();
    assert_eq!(in_flight.len(), 3);
    let distinct: std::collections::HashSet<_> = in_flight.iter().collect();
    assert_eq!(
        distinct.len(),
        3,
        "two servers sent one delivery: {in_flight:?}"
    );

    // Kill one of them (SIGKILL) while it waits for its answer, then let the receiver answer.
    let killed_at = Instant::now();
    drop(a);
    receiver.hold.store(false, Ordering::SeqCst);

    // Every delivery ends up delivered.
    let deadline = Instant::now() + Duration::from_secs(LEASE + 60);
    loop {
        let mut delivered = 0;
        for id in &hooks {
            let log = desk.deliveries(*id).await;
            delivered += log.iter().filter(|d| d["status"] == "delivered").count();
        }
        if delivered == total {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{delivered} of {total} delivered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // None was lost, and only the killed server's one went out twice: its lease had to run out
    // before another server could claim it.
    let by = receiver.by_delivery();
    assert_eq!(by.len(), total, "deliveries that arrived: {by:?}");
    let twice: Vec<(&i64, &Vec<Instant>)> = by.iter().filter(|(_, at)| at.len() > 1).collect();
    assert_eq!(twice.len(), 1, "sent more than once: {twice:?}");
    let (id, at) = twice[0];
    assert_eq!(at.len(), 2, "delivery {id} arrived {} times", at.len());
    assert!(
        in_flight.contains(id),
        "{id} was not in flight: {in_flight:?}"
    );
    // It was claimed just before it first arrived.
    assert!(
        at[1] - at[0] >= Duration::from_secs(LEASE) - Duration::from_secs(1),
        "sent again {:?} after it first arrived, before the {LEASE} s lease ran out",
        at[1] - at[0]
    );
    assert!(at[1] > killed_at);
    drop((b, c, writer));
}
