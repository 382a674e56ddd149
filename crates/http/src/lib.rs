//! Bitext's HTTP API: the axum router, one module per resource, extractors that turn every bad
//! request into a localized problem, and the OpenAPI document.

pub mod cache;
pub mod error;
pub mod error_page;
pub mod extract;
pub mod locale;
pub mod metrics;
pub mod openapi;
pub mod problem;
pub mod rejection;
pub mod request_id;
pub mod routes;
pub mod views;
pub mod views_published;
pub mod views_workflow;

use std::future::Future;

use axum::{
    Extension, Router, extract::DefaultBodyLimit, http::StatusCode, middleware, routing::get,
};
use bitext_app::App;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer, request_id::PropagateRequestIdLayer, trace::TraceLayer,
};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::{
    extract::BodyLimit,
    routes::{
        admin, articles, assignments, health, listing, people, published, translations, workflow,
    },
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
    /// The OpenAPI document, as JSON.
    pub openapi: std::sync::Arc<str>,
}

/// Every route with its documentation: each resource's router, merged. The OpenAPI document is
/// built from the same registrations, so a route cannot go undocumented.
pub fn api_routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(articles::router())
        .merge(translations::router())
        .merge(assignments::router())
        .merge(listing::router())
        .merge(workflow::router())
        .merge(people::router())
        .merge(admin::router())
        .merge(published::router())
        .merge(health::router())
        .split_for_parts()
}

/// The whole application.
pub fn router(app: App, config: &HttpConfig) -> Router {
    let (api, doc) = api_routes();
    let openapi: std::sync::Arc<str> = doc.to_pretty_json().unwrap_or_default().into();
    let pages = std::sync::Arc::new(cache::PageCache::default());
    {
        let pages = pages.clone();
        app.on_published_change(move || pages.clear());
    }
    let counters = std::sync::Arc::new(metrics::Metrics::default());
    Router::new()
        .merge(api)
        .route("/api/openapi.json", get(openapi::serve))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(counters.clone(), metrics::count))
                .layer(middleware::from_fn_with_state(pages.clone(), cache::front))
                .layer(middleware::from_fn(request_id::assign))
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
                .layer(Extension(BodyLimit(config.body_limit)))
                .layer(middleware::from_fn(problem::localize))
                .layer(CatchPanicLayer::new())
                .layer(DefaultBodyLimit::max(config.body_limit)),
        )
        .with_state(AppState {
            app,
            config: config.clone(),
            pages,
            metrics: counters,
            openapi,
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
