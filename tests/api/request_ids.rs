//! The server names every request itself; a client's own id is kept apart, bounded and
//! sanitized, and cannot forge the id the audit trail records.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_clients_request_id_never_becomes_the_servers_and_is_kept_bounded_beside_it() {
    let app = spawn_app().await;
    let forged = format!("forged-{}<script>", "x".repeat(5000));
    let res = app
        .request(Method::POST, "/api/v1/articles", &app.editor)
        .header("x-request-id", &forged)
        .json(&json!({"slug": "a", "language": "en", "title": "T", "body": "b"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let server_id = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    let correlation = res.headers()["x-correlation-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(server_id.len(), 36, "a UUID, not the client's: {server_id}");
    assert!(correlation.starts_with("forged-xxx") && correlation.len() == 64);
    assert!(!correlation.contains('<'));

    // A problem quotes the server's id.
    let res = app
        .request(Method::GET, "/api/v1/articles/nope", &app.editor)
        .header("x-request-id", "client-1")
        .send()
        .await
        .unwrap();
    let server_id_2 = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["request_id"], server_id_2.as_str());
    assert_ne!(server_id_2, "client-1");

    // The audit trail records the server's id, the client's beside it.
    app.create_translation("a", "zh-Hans", "乙").await;
    let res = app
        .request(
            Method::POST,
            "/api/v1/articles/a/translations/zh-Hans/actions",
            &app.translator,
        )
        .header("x-request-id", "desk-42")
        .json(&json!({"action": "submit"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let server_id_3 = res.headers()["x-request-id"].to_str().unwrap().to_owned();
    let events: Value = app
        .get(
            "/api/v1/articles/a/translations/zh-Hans/events",
            &app.editor,
        )
        .await
        .json()
        .await
        .unwrap();
    let submit = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "submit")
        .unwrap();
    assert_eq!(submit["request_id"], server_id_3.as_str());
    assert_eq!(submit["correlation_id"], "desk-42");
}
