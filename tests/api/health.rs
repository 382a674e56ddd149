//! Liveness, readiness and metrics, without a token.

use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = spawn_app().await;
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(
        (res.status(), res.text().await.unwrap()),
        (StatusCode::OK, "ok".to_owned())
    );
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    // A client error is counted in its class.
    app.client.get(app.url("/nowhere")).send().await.unwrap();
    let text = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let count = |class: &str| -> u64 {
        text.lines()
            .find(|l| l.starts_with(&format!("bitext_http_responses_total{{class=\"{class}\"}}")))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {class} line in {text}"))
    };
    assert!(count("2xx") >= 2, "{text}");
    assert!(count("4xx") >= 1, "{text}");
    assert!(text.contains("bitext_database_up 1"), "{text}");
    assert!(
        text.contains("bitext_webhook_deliveries_pending 0"),
        "{text}"
    );
    // Counted as they run: this very page counts the pending deliveries before it answers.
    let counter = |name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {name} line in {text}"))
    };
    let statements = counter("bitext_database_statements_total");
    assert!(statements >= 1, "{text}");
    // Statements sent together make one round trip: never more round trips than statements.
    let round_trips = counter("bitext_database_round_trips_total");
    assert!((1..=statements).contains(&round_trips), "{text}");
    // Present on both databases (always 0 on PostgreSQL).
    counter("bitext_database_shared_commits_total");
}

#[tokio::test]
async fn readiness_fails_while_the_database_is_unreachable_and_liveness_does_not() {
    let app = spawn_app().await;
    let get = |path: &'static str| {
        let req = app.client.get(app.url(path));
        async move { req.send().await.expect("send") }
    };
    assert_eq!(get("/readyz").await.status(), StatusCode::OK);

    if let Some(name) = app.db.postgres_name() {
        // The database is gone from the server: open connections are terminated and new ones
        // are refused.
        let admin = app.db.admin().await;
        admin
            .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .expect("drop the database");
        admin.close().await.ok();
    } else {
        // A SQLite file that was open stays readable through its open handles even when removed,
        // so the server loses its database only when its connections go: close the shared pool.
        app.store.clone().close().await.expect("close the pool");
    }

    let res = get("/readyz").await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        res.headers()["content-type"],
        "application/problem+json",
        "readiness answers a problem"
    );
    let problem: serde_json::Value = res.json().await.expect("json");
    assert_eq!(problem["code"], "service-unavailable");
    let res = get("/healthz").await;
    assert_eq!(
        (res.status(), res.text().await.expect("text")),
        (StatusCode::OK, "ok".to_owned())
    );
}

#[tokio::test]
async fn readiness_reports_the_schema_and_fails_once_a_newer_build_has_migrated_the_database() {
    let app = spawn_app().await;
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let ready: serde_json::Value = res.json().await.unwrap();
    let state = app.store.schema_state().await.unwrap();
    assert!(state.is_current(), "{state:?}");
    assert_eq!(ready["status"], "ready");
    assert_eq!(ready["database"], app.store.backend());
    let durability = if app.store.backend() == "sqlite" {
        serde_json::json!("full")
    } else {
        serde_json::Value::Null
    };
    assert_eq!(ready["sqlite_synchronous"], durability);
    assert_eq!(ready["schema"]["migrations"], state.known);
    assert_eq!(
        ready["schema"]["latest"], "m20261216_000021_reach_changes",
        "the newest migration of this build"
    );
    assert_eq!(ready["memory_waiting"], 0);
    assert_eq!(ready["search_waiting"], 0);
    // An article waits to be indexed for search until a search or the indexer comes.
    let res = app
        .post(
            "/api/v1/articles",
            &app.editor,
            &serde_json::json!({"slug": "rain", "language": "en", "title": "Rain", "body": "Rain."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = app.client.get(app.url("/readyz")).send().await.unwrap();
    let ready: serde_json::Value = res.json().await.unwrap();
    assert_eq!(ready["search_waiting"], 1);

    // A newer build migrated the database.
    app.store
        .execute_unprepared(
            "INSERT INTO seaql_migrations (version, applied_at) \
             VALUES ('m29990101_000001_from_the_future', 0)",
        )
        .await
        .unwrap();
    let res = app
        .client
        .get(app.url("/readyz"))
        .header("Accept-Language", "zh-CN")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["code"], "schema-newer");
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("m29990101_000001_from_the_future") && detail.contains("数据库"),
        "{detail}"
    );
    // Migrating (what a server does before it listens) refuses, and changes nothing.
    let before = app.store.schema_state().await.unwrap();
    let err = app.store.migrate().await.unwrap_err();
    assert!(
        matches!(&err, bitext_store::StoreError::SchemaNewer { migrations } if migrations == &["m29990101_000001_from_the_future"]),
        "{err}"
    );
    assert_eq!(app.store.schema_state().await.unwrap(), before);
}
