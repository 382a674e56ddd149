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
}
