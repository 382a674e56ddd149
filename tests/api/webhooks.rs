//! Webhooks: signed events on publish, correction and withdraw, from a transactional outbox,
//! retried with backoff, with every attempt visible to admins. The receiver listens on 127.0.0.1.
//! This file holds the receiver and the desk that the tests below share.

mod delivery;
mod destinations;
mod lease;
mod restart;
mod retries;
mod serve;

use std::{
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    Router, body::Bytes, extract::State, http::HeaderMap, http::StatusCode as AxumStatus,
    routing::post,
};
use bitext_app::App;
use bitext_domain::Roles;
use hmac::{Hmac, Mac};
use reqwest::{Client, Method, Response, StatusCode};
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::net::TcpListener;

use crate::helpers::{TestApp, client};

const T: &str = "/api/v1/articles/story/translations/en";

/// What a receiver was sent; it answers 500 while told to fail, 204 otherwise.
#[derive(Clone, Default)]
struct Received {
    calls: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    fail: Arc<AtomicBool>,
}

impl Received {
    fn calls(&self) -> Vec<(HeaderMap, Bytes)> {
        self.calls.lock().unwrap().clone()
    }

    fn count(&self) -> usize {
        self.calls.lock().unwrap().len()
    }

    /// The `x-bitext-event` of every call, in order.
    fn events(&self) -> Vec<String> {
        self.calls()
            .iter()
            .map(|(h, _)| h["x-bitext-event"].to_str().unwrap().to_owned())
            .collect()
    }

    fn fail(&self, fail: bool) {
        self.fail.store(fail, Ordering::SeqCst);
    }

    /// Waits (at most 30 s) until `n` calls have arrived.
    async fn wait_for(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.count() < n {
            assert!(
                Instant::now() < deadline,
                "{} of {n} calls arrived",
                self.count()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn receive(State(r): State<Received>, headers: HeaderMap, body: Bytes) -> AxumStatus {
    r.calls.lock().unwrap().push((headers, body));
    if r.fail.load(Ordering::SeqCst) {
        AxumStatus::INTERNAL_SERVER_ERROR
    } else {
        AxumStatus::NO_CONTENT
    }
}

/// A receiver on 127.0.0.1: its URL and what it gets.
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

/// Whether `headers` carry a valid signature of `body` with `secret`.
fn verify(secret: &str, headers: &HeaderMap, body: &[u8]) -> bool {
    let ts = headers["x-bitext-timestamp"].to_str().unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{ts}.").as_bytes());
    mac.update(body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    headers["x-bitext-signature"].to_str().unwrap() == expected
}

/// A server's address and the people working on it: the editor (also an admin), a second
/// editor, a translator and a publisher.
struct Desk {
    client: Client,
    base: String,
    editor: String,
    editor2: String,
    translator: String,
    publisher: String,
}

impl Desk {
    fn of(app: &TestApp) -> Desk {
        Desk {
            client: app.client.clone(),
            base: format!("http://{}", app.addr),
            editor: app.editor.clone(),
            editor2: app.editor2.clone(),
            translator: app.translator.clone(),
            publisher: app.publisher.clone(),
        }
    }

    /// A desk at `addr` whose people are created through `app` (as `spawn_app` does).
    async fn over(addr: SocketAddr, app: &App) -> Desk {
        let token = async |name: &str, roles: &str| {
            let roles: Roles = roles.parse().unwrap();
            app.create_user(name, name, roles).await.unwrap().1
        };
        Desk {
            client: client(),
            base: format!("http://{addr}"),
            editor: token("ed", "editor,admin").await,
            editor2: token("eve", "editor").await,
            translator: token("tom", "translator").await,
            publisher: token("pat", "publisher").await,
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<&Value>,
    ) -> Response {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token);
        if let Some(body) = body {
            req = req.json(body);
        }
        req.send().await.unwrap()
    }

    async fn post(&self, path: &str, token: &str, body: &Value) -> Response {
        self.send(Method::POST, path, token, Some(body)).await
    }

    /// A workflow action on the story's English translation, which must succeed.
    async fn act(&self, token: &str, body: Value) {
        let res = self.post(&format!("{T}/actions"), token, &body).await;
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{body}: {}",
            res.text().await.unwrap()
        );
    }

    /// Writes the story and its English translation and publishes it: edition 1.
    async fn publish(&self) {
        let res = self
            .post(
                "/api/v1/articles",
                &self.editor,
                &json!({"slug": "story", "language": "zh-Hans", "title": "标题", "body": "一。"}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let res = self
            .post(
                "/api/v1/articles/story/translations",
                &self.translator,
                &json!({"language": "en", "title": "Title", "body": "One."}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        self.act(&self.translator, json!({"action": "submit"}))
            .await;
        self.act(&self.editor2, json!({"action": "approve", "revision": 1}))
            .await;
        self.act(&self.publisher, json!({"action": "publish"}))
            .await;
    }

    /// Subscribes `url` as the admin; returns the webhook's id and the secret shown.
    async fn subscribe(&self, url: &str) -> (i64, String) {
        let res = self
            .post("/api/v1/webhooks", &self.editor, &json!({"url": url}))
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let hook: Value = res.json().await.unwrap();
        (
            hook["id"].as_i64().unwrap(),
            hook["secret"].as_str().unwrap().to_owned(),
        )
    }

    /// A webhook's deliveries as the admin sees them, newest first.
    async fn deliveries(&self, id: i64) -> Vec<Value> {
        let res = self
            .send(
                Method::GET,
                &format!("/api/v1/webhooks/{id}/deliveries"),
                &self.editor,
                None,
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let log: Value = res.json().await.unwrap();
        log["items"].as_array().unwrap().clone()
    }
}
