//! Bitext's HTTP API: the axum router, one module per resource, extractors that turn every bad
//! request into a localized problem, and the OpenAPI document.

pub mod cache;
pub mod dto;
pub mod edge;
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
pub mod server;
pub mod site;

use std::time::Duration;

use axum::{
    Extension, Router, extract::DefaultBodyLimit, http::StatusCode, middleware, routing::get,
};
use bitext_app::App;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer, request_id::PropagateRequestIdLayer, trace::TraceLayer,
};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

pub use crate::{
    edge::rate_limit::RateLimit,
    server::{serve, serve_with},
};
use crate::{
    edge::{
        body_timeout,
        headers::{self, SecurityHeaders},
        rate_limit::{self, RateLimits},
    },
    extract::BodyLimit,
    routes::{
        admin, articles, assignments, checks, glossary, health, listing, memory, people, published,
        translations, workflow,
    },
};

/// Settings of the HTTP layer: the router's ([`router`]) and the connections' ([`serve_with`]).
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
    /// The time a request's headers may take to arrive, from the connection's opening or the
    /// end of the previous response; it also bounds how long a kept-alive connection waits.
    pub header_timeout: Duration,
    /// The time a whole request body may take to arrive after its headers; later, 408.
    pub body_timeout: Duration,
    /// How long a kept-alive connection may sit with no request and no byte before it closes.
    pub idle_timeout: Duration,
    /// Connections served at once; one more is answered 503 with `Retry-After` and closed.
    pub max_connections: u32,
    /// Where people reach the service (`https://news.example`); an https URL turns on
    /// Strict-Transport-Security.
    pub public_url: Option<String>,
    /// The reading room's name, in every public page's masthead and in the feeds.
    pub site_name: String,
    /// API writes (`POST`, `PUT`, `PATCH`, `DELETE` under `/api/`) per client address.
    pub write_limit: RateLimit,
    /// Sign-in attempts per client address.
    pub sign_in_limit: RateLimit,
    /// The most bytes the cache of rendered public pages holds (bodies, headers and keys); the
    /// least recently used pages make room. 0 turns the cache off.
    pub page_cache_bytes: u64,
}

impl Default for HttpConfig {
    /// Limits that hold off slow and flooding clients and never get in the way of people:
    /// see the README's configuration table.
    fn default() -> Self {
        Self {
            body_limit: 2 * 1024 * 1024,
            header_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(60),
            idle_timeout: Duration::from_secs(15),
            max_connections: 1024,
            public_url: None,
            site_name: "Bitext".to_owned(),
            write_limit: RateLimit {
                per_minute: 1200,
                burst: 600,
            },
            sign_in_limit: RateLimit {
                per_minute: 30,
                burst: 30,
            },
            page_cache_bytes: 16 * 1024 * 1024,
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
    let parts = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .merge(articles::router())
        .merge(translations::router())
        .merge(assignments::router())
        .merge(listing::router())
        .merge(workflow::router())
        .merge(checks::router())
        .merge(people::router())
        .merge(glossary::router())
        .merge(memory::router())
        .merge(admin::router())
        .merge(published::router())
        .merge(health::router())
        .merge(routes::search::router())
        .split_for_parts();
    let (router, mut doc) = parts;
    openapi::add_edge_responses(&mut doc);
    (router, doc)
}

/// The JSON API and the public pages, without the staff interface.
pub fn router(app: App, config: &HttpConfig) -> Router {
    router_with(app, config, Router::new())
}

/// The JSON API and the public pages, with `pages` (the staff interface) beside them, all
/// behind the same layers.
pub fn router_with(app: App, config: &HttpConfig, staff_pages: Router<AppState>) -> Router {
    let (api, doc) = api_routes();
    let openapi: std::sync::Arc<str> = doc.to_pretty_json().unwrap_or_default().into();
    let pages = std::sync::Arc::new(cache::PageCache::new(config.page_cache_bytes));
    {
        let pages = pages.clone();
        app.on_published_change(move || pages.clear());
    }
    let counters = std::sync::Arc::new(metrics::Metrics::default());
    Router::new()
        .merge(api)
        .merge(staff_pages)
        .route("/api/openapi.json", get(openapi::serve))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(
                    std::sync::Arc::new(SecurityHeaders::new(config.public_url.as_deref())),
                    headers::secure,
                ))
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
                .layer(middleware::from_fn_with_state(
                    std::sync::Arc::new(RateLimits::new(config.write_limit, config.sign_in_limit)),
                    rate_limit::limit,
                ))
                .layer(middleware::from_fn_with_state(
                    config.body_timeout,
                    body_timeout::deadline,
                ))
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
