//! Graceful shutdown with our own connection loop: requests in flight finish, idle connections
//! close, new ones are refused.

use tokio::{io::AsyncWriteExt, net::TcpStream};

use super::{PATIENCE, connect_and_send, get, read_response, read_until_closed};
use crate::helpers::{TestDb, serve_on_with, test_app_config, test_config};

#[tokio::test]
async fn stopping_lets_a_request_in_flight_finish_and_closes_idle_connections() {
    let db = TestDb::new().await;
    let (addr, app, stop, server) = serve_on_with(&db.url, test_app_config(), test_config()).await;
    let (_, token) = app
        .create_user("ed", "ED", "editor".parse().unwrap())
        .await
        .unwrap();
    let mut idle = connect_and_send(addr, &get("/healthz")).await;
    assert_eq!(read_response(&mut idle).await.0, 200);
    // A request whose handler is reading its body: the server says so with 100 Continue.
    let body = br#"{"slug": "late", "language": "en", "title": "T", "body": "B"}"#;
    let head = format!(
        "POST /api/v1/articles HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nExpect: 100-continue\r\n\r\n",
        body.len()
    );
    let mut busy = connect_and_send(addr, head.as_bytes()).await;
    let (status, _, _) = read_response(&mut busy).await;
    assert_eq!(status, 100);

    stop.send(()).unwrap();
    assert_eq!(
        read_until_closed(&mut idle).await,
        Some(Vec::new()),
        "the idle connection stays open"
    );
    assert!(TcpStream::connect(addr).await.is_err(), "still accepting");
    busy.write_all(body).await.unwrap();
    let (status, head, _) = read_response(&mut busy).await;
    assert_eq!(status, 201, "{head}");
    assert!(read_until_closed(&mut busy).await.is_some());
    tokio::time::timeout(PATIENCE, server)
        .await
        .expect("the server did not stop")
        .unwrap();
    assert_eq!(app.store().count_rows("articles").await.unwrap(), 1);
}
