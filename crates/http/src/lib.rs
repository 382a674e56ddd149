//! Bitext's HTTP API: the axum router, one module per resource, extractors that turn every bad
//! request into a localized problem, and the OpenAPI document.

pub mod cache;
pub mod error;
pub mod extract;
pub mod metrics;
pub mod openapi;
pub mod problem;
pub mod routes;
pub mod views;
pub mod views_published;
pub mod views_workflow;

use std::future::Future;

use axum::{
    Extension, Router,
    extract::DefaultBodyLimit,
    http::StatusCode,
    middleware,
    routing::{get, post},
};
use bitext_app::App;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};

use crate::{
    extract::BodyLimit,
    routes::{admin, articles, health, published, translations, workflow},
};

/// Settings of the HTTP layer.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            body_limit: 2 * 1024 * 1024,
        }
    }
}

/// What every handler shares.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The use cases; handlers call nothing else.
    pub app: App,
    pub config: HttpConfig,
    /// Rendered public pages, cleared by every workflow write in this process.
    pub pages: std::sync::Arc<cache::PageCache>,
    pub metrics: std::sync::Arc<metrics::Metrics>,
}

/// The whole application.
pub fn router(app: App, config: &HttpConfig) -> Router {
    const T: &str = "/api/v1/articles/{slug}/translations/{lang}";
    let api = Router::new()
        .route(
            "/api/v1/articles",
            post(articles::create).get(articles::list),
        )
        .route("/api/v1/articles/{slug}", get(articles::get))
        .route(
            "/api/v1/articles/{slug}/revisions",
            post(articles::revise).get(articles::history),
        )
        .route(
            "/api/v1/articles/{slug}/revisions/{number}",
            get(articles::revision),
        )
        .route("/api/v1/articles/{slug}/diff", get(articles::diff))
        .route(
            "/api/v1/articles/{slug}/translations",
            post(translations::create),
        )
        .route(T, get(translations::get))
        .route(
            &format!("{T}/revisions"),
            post(translations::revise).get(translations::history),
        )
        .route(
            &format!("{T}/revisions/{{number}}"),
            get(translations::revision),
        )
        .route(&format!("{T}/diff"), get(translations::diff))
        .route(&format!("{T}/source-diff"), get(translations::source_diff))
        .route(&format!("{T}/events"), get(translations::events))
        .route(&format!("{T}/actions"), post(workflow::act))
        .route(
            &format!("{T}/comments"),
            get(workflow::comments).post(workflow::add_comment),
        )
        .route(
            &format!("{T}/comments/{{id}}/resolve"),
            post(workflow::resolve),
        )
        .route(
            &format!("{T}/comments/{{id}}/reopen"),
            post(workflow::reopen),
        )
        .route(&format!("{T}/credits"), post(workflow::credits))
        .route("/api/v1/review-queue", get(workflow::queue))
        .route("/api/v1/webhooks", post(admin::create).get(admin::list))
        .route(
            "/api/v1/webhooks/{id}",
            axum::routing::delete(admin::deactivate),
        )
        .route("/api/v1/webhooks/{id}/deliveries", get(admin::deliveries))
        .route("/api/v1/published/{slug}/{lang}", get(published::json))
        .route("/read/{slug}/{lang}", get(published::page))
        .route("/feed/{file}", get(published::feed))
        .route("/assets/read.css", get(published::css));

    let pages = std::sync::Arc::new(cache::PageCache::default());
    {
        let pages = pages.clone();
        app.on_published_change(move || pages.clear());
    }
    let counters = std::sync::Arc::new(metrics::Metrics::default());
    Router::new()
        .merge(api)
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::serve))
        .route("/api/openapi.json", get(openapi::serve))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(counters.clone(), metrics::count))
                .layer(middleware::from_fn_with_state(pages.clone(), cache::front))
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(
                    |req: &axum::http::Request<axum::body::Body>| {
                        let id = req
                            .headers()
                            .get("x-request-id")
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("");
                        tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
                    },
                ))
                .layer(PropagateRequestIdLayer::x_request_id())
                .layer(middleware::from_fn(problem::localize))
                .layer(CatchPanicLayer::new())
                .layer(Extension(BodyLimit(config.body_limit)))
                .layer(DefaultBodyLimit::max(config.body_limit)),
        )
        .with_state(AppState {
            app,
            config: config.clone(),
            pages,
            metrics: counters,
        })
}

/// Serves `app` on `listener` until `shutdown` completes, then lets requests in flight finish.
///
/// # Errors
/// When the listener fails.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
