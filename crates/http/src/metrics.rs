//! `/metrics` in the Prometheus text format: requests by status class, the page cache, and the
//! webhook outbox.

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering::Relaxed},
};

use axum::{
    extract::{Request, State},
    http::header,
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::AppState;

/// Counters shared by every request of the process.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Answers by status class: 1xx … 5xx.
    by_class: [AtomicU64; 5],
}

/// Counts every answer by its status class.
pub async fn count(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let class = usize::from(res.status().as_u16() / 100).clamp(1, 5) - 1;
    metrics.by_class[class].fetch_add(1, Relaxed);
    res
}

/// Prometheus metrics.
#[utoipa::path(get, path = "/metrics", tag = "health",
    responses((status = 200, description = "Prometheus text format", body = String, content_type = "text/plain")))]
pub async fn serve(State(state): State<AppState>) -> impl IntoResponse {
    let mut out = String::from(
        "# HELP bitext_http_responses_total HTTP responses by status class.\n\
         # TYPE bitext_http_responses_total counter\n",
    );
    for (i, n) in state.metrics.by_class.iter().enumerate() {
        out.push_str(&format!(
            "bitext_http_responses_total{{class=\"{}xx\"}} {}\n",
            i + 1,
            n.load(Relaxed)
        ));
    }
    let (hits, misses) = state.pages.stats();
    out.push_str(&format!(
        "# HELP bitext_page_cache_lookups_total Public page cache lookups.\n\
         # TYPE bitext_page_cache_lookups_total counter\n\
         bitext_page_cache_lookups_total{{result=\"hit\"}} {hits}\n\
         bitext_page_cache_lookups_total{{result=\"miss\"}} {misses}\n"
    ));
    let (entries, bytes) = state.pages.size();
    out.push_str(&format!(
        "# HELP bitext_page_cache_entries Public pages held in the cache.\n\
         # TYPE bitext_page_cache_entries gauge\n\
         bitext_page_cache_entries {entries}\n\
         # HELP bitext_page_cache_bytes Bytes the cached public pages weigh.\n\
         # TYPE bitext_page_cache_bytes gauge\n\
         bitext_page_cache_bytes {bytes}\n\
         # HELP bitext_page_cache_capacity_bytes The most bytes the page cache holds.\n\
         # TYPE bitext_page_cache_capacity_bytes gauge\n\
         bitext_page_cache_capacity_bytes {}\n\
         # HELP bitext_page_cache_clears_total Times a publishing change (here, or announced by another server of the database) emptied the cache.\n\
         # TYPE bitext_page_cache_clears_total counter\n\
         bitext_page_cache_clears_total {}\n",
        state.pages.capacity(),
        state.pages.clears()
    ));
    let (up, pending) = match state.app.pending_deliveries().await {
        Ok(n) => (1, n),
        Err(_) => (0, 0),
    };
    out.push_str(&format!(
        "# HELP bitext_database_up Whether the database answered.\n\
         # TYPE bitext_database_up gauge\n\
         bitext_database_up {up}\n\
         # HELP bitext_webhook_deliveries_pending Webhook deliveries waiting to be sent.\n\
         # TYPE bitext_webhook_deliveries_pending gauge\n\
         bitext_webhook_deliveries_pending {pending}\n\
         # HELP bitext_database_statements_total Statements this server has sent the database (transactions' BEGIN and COMMIT not included).\n\
         # TYPE bitext_database_statements_total counter\n\
         bitext_database_statements_total {}\n\
         # HELP bitext_database_round_trips_total Times this server has sent the database statements and waited for the answer: once per statement, or once for several sent together (transactions' BEGIN and COMMIT not included).\n\
         # TYPE bitext_database_round_trips_total counter\n\
         bitext_database_round_trips_total {}\n\
         # HELP bitext_database_shared_commits_total SQLite write transactions committed, each with the work of every writer that waited for its turn meanwhile (0 on PostgreSQL, whose writers commit on their own).\n\
         # TYPE bitext_database_shared_commits_total counter\n\
         bitext_database_shared_commits_total {}\n",
        state.app.store().statements_executed(),
        state.app.store().round_trips(),
        state.app.store().shared_commits()
    ));
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
}
