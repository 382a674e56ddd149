//! Retries: a failing receiver is tried again with growing waits, every attempt is kept, a
//! success ends the retries and the last failure gives up. The worker runs with a clock set
//! ahead instead of waiting for the backoff; the backoff is the production one.

use bitext_domain::Destinations;
use bitext_webhooks::{Deliverer, MAX_ATTEMPTS};
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

use super::{Desk, receiver};
use crate::helpers::spawn_app;

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str().unwrap().parse().unwrap()
}

/// The status codes of a delivery's attempts, in order.
fn codes(d: &Value) -> Vec<Value> {
    d["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status_code"].clone())
        .collect()
}

#[tokio::test]
async fn a_failing_receiver_is_retried_later_and_every_attempt_is_kept() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    received.fail(true);
    let (id, _) = desk.subscribe(&url).await;
    desk.publish().await;
    let deliverer = Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();

    let t0 = Utc::now();
    assert_eq!(deliverer.deliver_due_at(t0).await.unwrap(), 1);
    // Backed off: not due again right away.
    assert_eq!(deliverer.deliver_due_at(t0).await.unwrap(), 0);
    let d = &desk.deliveries(id).await[0];
    assert_eq!(d["status"], "pending");
    assert_eq!(codes(d), [500]);
    let first_retry = time(&d["next_attempt_at"]);
    assert!(first_retry >= t0 + Duration::seconds(2), "{d}");
    assert_eq!(
        deliverer
            .deliver_due_at(first_retry - Duration::milliseconds(100))
            .await
            .unwrap(),
        0
    );

    // Due at the time it names: a second attempt, kept beside the first, and a longer wait.
    assert_eq!(deliverer.deliver_due_at(first_retry).await.unwrap(), 1);
    let d = &desk.deliveries(id).await[0];
    assert_eq!(d["status"], "pending");
    assert_eq!(codes(d), [500, 500]);
    assert!(d["attempts"][1]["error"].as_str().unwrap().contains("500"));
    let second_retry = time(&d["next_attempt_at"]);
    assert!(second_retry >= first_retry + Duration::seconds(4), "{d}");
    // Both attempts were the same delivery, sent to the receiver twice.
    let ids: Vec<_> = received
        .calls()
        .iter()
        .map(|(h, _)| h["x-bitext-delivery"].clone())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], ids[1]);
}

#[tokio::test]
async fn a_delivery_that_failed_then_succeeds_is_not_sent_again() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    received.fail(true);
    let (id, _) = desk.subscribe(&url).await;
    desk.publish().await;
    let deliverer = Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();

    assert_eq!(deliverer.deliver_due_at(Utc::now()).await.unwrap(), 1);
    received.fail(false);
    let retry = time(&desk.deliveries(id).await[0]["next_attempt_at"]);
    assert_eq!(deliverer.deliver_due_at(retry).await.unwrap(), 1);

    let d = &desk.deliveries(id).await[0];
    assert_eq!(d["status"], "delivered");
    assert_eq!(codes(d), [500, 204]);
    assert!(d["attempts"][0]["error"].is_string());
    assert_eq!(d["attempts"][1]["error"], Value::Null);
    assert!(time(&d["delivered_at"]) >= time(&d["created_at"]));
    // A month later, nothing is due.
    let later = Utc::now() + Duration::days(30);
    assert_eq!(deliverer.deliver_due_at(later).await.unwrap(), 0);
    assert_eq!(received.count(), 2);
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 0);
}

#[tokio::test]
async fn a_delivery_is_given_up_after_the_last_attempt() {
    let app = spawn_app().await;
    let desk = Desk::of(&app);
    let (url, received) = receiver().await;
    received.fail(true);
    let (id, _) = desk.subscribe(&url).await;
    desk.publish().await;
    let deliverer = Deliverer::new(app.store.clone())
        .and_then(|d| d.destinations(Destinations::AlsoPrivate))
        .unwrap();

    // The longest wait is an hour: two hours on, every retry is due.
    let mut clock = Utc::now();
    for attempt in 1..=MAX_ATTEMPTS {
        assert_eq!(
            deliverer.deliver_due_at(clock).await.unwrap(),
            1,
            "{attempt}"
        );
        let d = &desk.deliveries(id).await[0];
        let expected = if attempt < MAX_ATTEMPTS {
            "pending"
        } else {
            "failed"
        };
        assert_eq!(d["status"], expected, "after attempt {attempt}: {d}");
        clock += Duration::hours(2);
    }

    let d = &desk.deliveries(id).await[0];
    assert_eq!(codes(d).len(), usize::try_from(MAX_ATTEMPTS).unwrap());
    assert_eq!(d["delivered_at"], Value::Null);
    // Given up: no further attempt, however late.
    assert_eq!(
        deliverer
            .deliver_due_at(clock + Duration::days(365))
            .await
            .unwrap(),
        0
    );
    assert_eq!(received.count(), usize::try_from(MAX_ATTEMPTS).unwrap());
    assert_eq!(app.store.pending_deliveries().await.unwrap(), 0);
}
