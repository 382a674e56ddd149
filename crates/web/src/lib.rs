//! Bitext's web interface for staff: server-rendered pages (maud, checked at compile time) that
//! call the same use cases as the JSON API, signed in with a password session, every form
//! guarded by a CSRF token and an origin check. Every action works without a script; the
//! script served with the pages only adds conveniences.

pub mod assets;
pub mod form;
pub mod format;
pub mod layout;
pub mod pages;
pub mod session;
pub mod tr;
pub mod widgets;

use axum::{
    Router,
    routing::{get, post},
};
use bitext_app::App;
use bitext_http::{AppState, HttpConfig};

use crate::pages::{
    actions, article, articles, checks, comments, dashboard, history, language, people, publish,
    refresh, review, sign_in, workspace,
};

/// The pages' routes.
pub fn pages() -> Router<AppState> {
    Router::new()
        .route("/", get(dashboard::show))
        .route("/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/language", post(language::choose))
        .route("/articles", get(articles::list).post(articles::create))
        .route("/articles/{slug}", get(article::show))
        .route("/articles/{slug}/revisions", post(article::desk::revise))
        .route(
            "/articles/{slug}/translations",
            post(article::desk::start_translation),
        )
        .route("/articles/{slug}/compare", get(article::compare::show))
        .route("/articles/{slug}/{lang}", get(workspace::show))
        .route("/articles/{slug}/{lang}/save", post(workspace::save::save))
        .route("/articles/{slug}/{lang}/actions", post(actions::act))
        .route("/articles/{slug}/{lang}/claim", post(actions::claim))
        .route("/articles/{slug}/{lang}/comments", post(comments::add))
        .route(
            "/articles/{slug}/{lang}/checks/dismiss",
            post(checks::dismiss),
        )
        .route(
            "/articles/{slug}/{lang}/comments/{id}/resolve",
            post(comments::resolve),
        )
        .route("/people", get(people::list).post(people::add))
        .route("/people/{name}/tokens", post(people::issue_token))
        .route(
            "/people/{name}/tokens/{id}/revoke",
            post(people::revoke_token),
        )
        .route("/people/{name}/password", post(people::reset_password))
        .route("/people/{name}/roles", post(people::change_roles))
        .route("/articles/{slug}/{lang}/review", get(review::show))
        .route("/articles/{slug}/{lang}/publish", get(publish::show))
        .route(
            "/articles/{slug}/{lang}/credits",
            post(publish::set_credits),
        )
        .route("/articles/{slug}/{lang}/refresh", post(refresh::refresh))
        .route("/articles/{slug}/{lang}/history", get(history::show))
        .route("/search", get(pages::search::show))
        .route("/assets/app.css", get(assets::css))
        .route("/assets/icon.svg", get(assets::icon))
        .route("/favicon.ico", get(assets::icon))
        .route("/assets/app.js", get(assets::js))
        .layer(axum::middleware::map_response(private))
}

/// Staff pages are for one person and carry their form tokens: no cache keeps them, in the
/// browser or on the way. A response that says otherwise (the assets) keeps its own word.
async fn private(mut res: axum::response::Response) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        res.headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("private, no-store"));
    }
    res
}

/// The whole service: the JSON API, the public reading pages and the staff pages.
pub fn router(app: App, config: &HttpConfig) -> Router {
    bitext_http::router_with(app, config, pages())
}
