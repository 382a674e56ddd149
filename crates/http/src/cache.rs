//! A small per-process cache of rendered public pages. Reading a published article is the
//! hottest path; a page is rendered once and served from memory until it expires (a second) or
//! a write in this process clears the cache. Other processes see a change within the expiry.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::{Duration, Instant},
};

use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::Response,
};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// A rendered response, ready to serve.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub status: u16,
    pub body: Bytes,
    pub etag: String,
    pub last_modified: DateTime<Utc>,
    /// The headers every answer carries, built once.
    headers: HeaderMap,
}

#[derive(Debug, Default)]
pub struct PageCache {
    entries: RwLock<HashMap<String, (Instant, Arc<Rendered>)>>,
    hits: std::sync::atomic::AtomicU64,
    misses: std::sync::atomic::AtomicU64,
}

const TTL: Duration = Duration::from_secs(1);
const MAX_ENTRIES: usize = 10_000;

impl PageCache {
    pub fn get(&self, key: &str) -> Option<Arc<Rendered>> {
        use std::sync::atomic::Ordering::Relaxed;
        let found = self.entries.read().ok().and_then(|entries| {
            let (at, page) = entries.get(key)?;
            (at.elapsed() < TTL).then(|| page.clone())
        });
        match found {
            Some(_) => self.hits.fetch_add(1, Relaxed),
            None => self.misses.fetch_add(1, Relaxed),
        };
        found
    }

    /// Lookups answered from the cache, and not.
    pub fn stats(&self) -> (u64, u64) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.hits.load(Relaxed), self.misses.load(Relaxed))
    }

    pub fn put(&self, key: String, page: Arc<Rendered>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.retain(|_, (at, _)| at.elapsed() < TTL);
                if entries.len() >= MAX_ENTRIES {
                    entries.clear();
                }
            }
            entries.insert(key, (Instant::now(), page));
        }
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }
}

fn etag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{}\"", hex::encode(&digest[..16]))
}

fn http_date(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

pub fn rendered(
    status: u16,
    content_type: &'static str,
    body: String,
    at: DateTime<Utc>,
) -> Arc<Rendered> {
    let body = Bytes::from(body);
    let etag = etag_of(&body);
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&http_date(at)) {
        headers.insert(header::LAST_MODIFIED, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept, Accept-Language"),
    );
    Arc::new(Rendered {
        status,
        body,
        etag,
        last_modified: at,
        headers,
    })
}

/// Serves a rendered page, or 304 when the client's copy is current.
pub fn serve(page: &Rendered, headers: &HeaderMap) -> Response {
    let not_modified = match headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        Some(tags) => tags
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == page.etag || t == "*"),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| DateTime::parse_from_rfc2822(v).ok())
            .is_some_and(|since| page.last_modified.timestamp() <= since.timestamp()),
    };
    let status = if not_modified && page.status == 200 {
        StatusCode::NOT_MODIFIED
    } else {
        StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK)
    };
    let mut res = if status == StatusCode::NOT_MODIFIED {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(page.body.clone()))
    };
    *res.status_mut() = status;
    let mut headers = page.headers.clone();
    if status == StatusCode::NOT_MODIFIED {
        headers.remove(header::CONTENT_TYPE);
    }
    *res.headers_mut() = headers;
    res
}

/// The cache key of a public `GET`, left in the request by [`front`] for the handler that
/// renders the page on a miss.
#[derive(Clone, Debug)]
pub struct PageKey(pub String);

/// Whether a path is a public page that the cache may answer.
fn is_public(path: &str) -> bool {
    path.starts_with("/read/")
        || path.starts_with("/api/v1/published/")
        || path.starts_with("/feed/")
}

/// Answers public `GET`s from the cache before any other layer runs; on a miss, passes the
/// key on to the handler. The key is the path, the query, the `Accept` header and the
/// negotiated language, everything a public page varies by.
pub async fn front(
    axum::extract::State(pages): axum::extract::State<Arc<PageCache>>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if req.method() != axum::http::Method::GET || !is_public(req.uri().path()) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let locale = bitext_i18n::Localizer::global().negotiate(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let key = format!("{}|{accept}|{locale}", req.uri());
    if let Some(page) = pages.get(&key) {
        return serve(&page, req.headers());
    }
    req.extensions_mut().insert(PageKey(key));
    next.run(req).await
}
