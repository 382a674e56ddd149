//! The interface's own style sheet and script, embedded in the binary and served from
//! `/assets/`. Pages link them with a content hash in the query, so a browser may keep them for
//! a year and still gets a new version the moment it changes.

use std::sync::OnceLock;

use axum::{
    extract::Query,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

const CSS: &str = include_str!("../assets/app.css");
const JS: &str = include_str!("../assets/app.js");
const ICON: &str = include_str!("../assets/icon.svg");

fn version(text: &str) -> String {
    hex::encode(&Sha256::digest(text.as_bytes())[..6])
}

fn versions() -> &'static (String, String) {
    static V: OnceLock<(String, String)> = OnceLock::new();
    V.get_or_init(|| (version(CSS), version(JS)))
}

/// The style sheet's URL, with its version.
pub fn css_url() -> String {
    format!("/assets/app.css?v={}", versions().0)
}

/// The script's URL, with its version.
pub fn js_url() -> String {
    format!("/assets/app.js?v={}", versions().1)
}

#[derive(serde::Deserialize)]
pub struct Versioned {
    v: Option<String>,
}

fn serve(
    body: &'static str,
    content_type: &'static str,
    current: &str,
    asked: Option<&str>,
) -> Response {
    // Only the current version may be kept for long; an old or missing one is revalidated.
    let cache = if asked == Some(current) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        body,
    )
        .into_response()
}

pub async fn css(Query(q): Query<Versioned>) -> Response {
    serve(
        CSS,
        "text/css; charset=utf-8",
        &versions().0,
        q.v.as_deref(),
    )
}

pub async fn js(Query(q): Query<Versioned>) -> Response {
    serve(
        JS,
        "text/javascript; charset=utf-8",
        &versions().1,
        q.v.as_deref(),
    )
}

/// The site's icon, also answered at `/favicon.ico`, where browsers look for it unasked.
pub async fn icon() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        ICON,
    )
        .into_response()
}

/// Bytes of the style sheet and script, for the page-weight budget.
pub fn weight() -> usize {
    CSS.len() + JS.len()
}
