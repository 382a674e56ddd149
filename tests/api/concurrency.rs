//! No lost updates: of writers racing from the same head, exactly one wins, also through two
//! servers with their own connection pools on one database.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{serve_on, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_writers_through_two_servers_produce_exactly_one_revision_per_head() {
    let app = spawn_app().await;
    app.create_article("race", "en", "T", "base").await;
    // A second server process-alike: its own pool and router over the same database.
    let (addr2, _store2, _stop2, _server2) = serve_on(&app.db.url).await;
    let urls = [
        app.url("/api/v1/articles/race/revisions"),
        format!("http://{addr2}/api/v1/articles/race/revisions"),
    ];

    for round in 1..=5 {
        let mut tasks = Vec::new();
        for i in 0..8 {
            let client = app.client.clone();
            let url = urls[i % 2].clone();
            let token = app.editor.clone();
            tasks.push(tokio::spawn(async move {
                client
                    .post(url)
                    .bearer_auth(token)
                    .header("If-Match", format!("\"{round}\""))
                    .json(&json!({"title": "T", "body": format!("round {round} writer {i}")}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.unwrap());
        }
        let won = statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count();
        let stale = statuses
            .iter()
            .filter(|s| **s == StatusCode::PRECONDITION_FAILED)
            .count();
        assert_eq!((won, stale), (1, 7), "round {round}: {statuses:?}");
    }
    assert_eq!(app.count("article_revisions").await, 6);
    let history: serde_json::Value = app
        .get("/api/v1/articles/race/revisions", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let numbers: Vec<i64> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_translators_never_lose_a_translation_revision() {
    let app = spawn_app().await;
    app.create_article("race", "zh-Hans", "T", "一").await;
    app.create_translation("race", "en", "One").await;
    let mut tasks = Vec::new();
    for i in 0..6 {
        let client = app.client.clone();
        let url = app.url("/api/v1/articles/race/translations/en/revisions");
        let token = app.translator.clone();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .header("If-Match", "\"1\"")
                .json(&json!({"title": "T", "body": format!("writer {i}")}))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut created = 0;
    for t in tasks {
        let s = t.await.unwrap();
        assert!(
            s == StatusCode::CREATED || s == StatusCode::PRECONDITION_FAILED,
            "{s}"
        );
        created += usize::from(s == StatusCode::CREATED);
    }
    assert_eq!(created, 1);
    assert_eq!(app.count("translation_revisions").await, 2);
}
