//! Slow, idle and surplus connections cannot hold the server.

use std::time::{Duration, Instant};

use bitext_http::HttpConfig;
use tokio::io::AsyncWriteExt;

use super::{connect_and_send, get, read_response, read_until_closed, waited};
use crate::helpers::{spawn_app_with, test_config};

const SECOND: Duration = Duration::from_secs(1);
const LONG: Duration = Duration::from_secs(60);

/// Test settings: every timeout long but the ones a test sets.
fn config(change: impl FnOnce(&mut HttpConfig)) -> HttpConfig {
    let mut config = HttpConfig {
        header_timeout: LONG,
        body_timeout: LONG,
        idle_timeout: LONG,
        ..test_config()
    };
    change(&mut config);
    config
}

#[tokio::test]
async fn a_client_that_sends_half_a_header_line_is_disconnected_after_the_header_timeout() {
    let app = spawn_app_with(config(|c| c.header_timeout = SECOND)).await;
    let mut stream = connect_and_send(app.addr, b"GET /healthz HT").await;
    let sent = Instant::now();
    let answer = read_until_closed(&mut stream)
        .await
        .expect("the connection is still open long after the header timeout");
    waited(sent, SECOND);
    assert!(
        !String::from_utf8_lossy(&answer).contains(" 200 "),
        "{answer:?}"
    );
}

#[tokio::test]
async fn a_client_that_sends_headers_and_half_a_body_gets_408_and_is_closed_after_the_body_timeout()
{
    let app = spawn_app_with(config(|c| c.body_timeout = SECOND)).await;
    let body = br#"{"slug": "slow", "language": "en", "title": "T", "body": "B"}"#;
    let head = format!(
        "POST /api/v1/articles HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        app.editor,
        body.len()
    );
    let mut stream = connect_and_send(app.addr, head.as_bytes()).await;
    stream.write_all(&body[..10]).await.unwrap();
    let sent = Instant::now();
    let (status, head, problem) = read_response(&mut stream).await;
    waited(sent, SECOND);
    assert_eq!(status, 408, "{head}");
    assert!(head.contains("connection: close"), "{head}");
    assert!(
        head.contains("content-type: application/problem+json"),
        "{head}"
    );
    let problem: serde_json::Value = serde_json::from_slice(&problem).unwrap();
    assert_eq!(problem["code"], "request-timeout");
    assert!(read_until_closed(&mut stream).await.is_some(), "left open");
    assert_eq!(app.count("articles").await, 0);
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_idle_timeout() {
    let app = spawn_app_with(config(|c| c.idle_timeout = SECOND)).await;
    let mut stream = connect_and_send(app.addr, &get("/healthz")).await;
    let (status, head, _) = read_response(&mut stream).await;
    assert_eq!(status, 200);
    assert!(!head.contains("connection: close"), "{head}");
    let answered = Instant::now();
    // The header timeout is a minute: only the idle timeout can close it this soon.
    let after = read_until_closed(&mut stream)
        .await
        .expect("the idle connection is still open long after the idle timeout");
    waited(answered, SECOND);
    assert!(after.is_empty(), "{after:?}");
}

#[tokio::test]
async fn over_the_connection_cap_a_client_gets_503_with_retry_after_until_a_connection_closes() {
    let app = spawn_app_with(config(|c| c.max_connections = 2)).await;
    // Two connections, each served once (so the server holds them) and kept open.
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = connect_and_send(app.addr, &get("/healthz")).await;
        assert_eq!(read_response(&mut stream).await.0, 200);
        held.push(stream);
    }
    let mut third = connect_and_send(app.addr, &get("/healthz")).await;
    let (status, head, body) = read_response(&mut third).await;
    assert_eq!(status, 503, "{head}");
    assert!(head.contains("\r\nretry-after: 1\r\n"), "{head}");
    assert!(head.contains("connection: close"), "{head}");
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["code"], "service-unavailable");
    assert!(read_until_closed(&mut third).await.is_some(), "left open");
    // The held ones still work.
    for stream in &mut held {
        stream.write_all(&get("/healthz")).await.unwrap();
        assert_eq!(read_response(stream).await.0, 200);
    }
    drop(held);
    // The server notices the closes on its own time: poll, boundedly, for a free slot.
    let deadline = Instant::now() + super::PATIENCE;
    loop {
        let mut stream = connect_and_send(app.addr, &get("/healthz")).await;
        let (status, head, _) = read_response(&mut stream).await;
        if status == 200 {
            break;
        }
        assert_eq!(status, 503, "{head}");
        assert!(Instant::now() < deadline, "no slot came free");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn bitext_serve_takes_its_connection_cap_and_public_url_from_the_environment() {
    let db = crate::helpers::TestDb::new().await;
    let mut cmd = crate::cli::bitext(&db.url);
    cmd.env("BITEXT_MAX_CONNECTIONS", "1")
        .env("BITEXT_PUBLIC_URL", "https://news.example");
    let server = crate::cli::Server::serve(cmd, &[], false).await;
    let addr = server
        .base
        .strip_prefix("http://")
        .unwrap()
        .parse()
        .unwrap();
    // The readiness check's connection may still hold the one slot for a moment.
    let deadline = Instant::now() + super::PATIENCE;
    let (mut held, head) = loop {
        let mut stream = connect_and_send(addr, &get("/healthz")).await;
        let (status, head, _) = read_response(&mut stream).await;
        if status == 200 {
            break (stream, head);
        }
        assert_eq!(status, 503, "{head}");
        assert!(Instant::now() < deadline, "no slot came free");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(
        head.contains("strict-transport-security: max-age="),
        "{head}"
    );
    let mut second = connect_and_send(addr, &get("/healthz")).await;
    assert_eq!(read_response(&mut second).await.0, 503);
    held.write_all(&get("/healthz")).await.unwrap();
    assert_eq!(read_response(&mut held).await.0, 200);
}
