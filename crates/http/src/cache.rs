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
    pub content_type: &'static str,
    pub body: Bytes,
    pub etag: String,
    pub last_modified: DateTime<Utc>,
}

#[derive(Debug, Default)]
pub struct PageCache {
    entries: RwLock<HashMap<String, (Instant, Arc<Rendered>)>>,
}

const TTL: Duration = Duration::from_secs(1);
const MAX_ENTRIES: usize = 10_000;

impl PageCache {
    pub fn get(&self, key: &str) -> Option<Arc<Rendered>> {
        let entries = self.entries.read().ok()?;
        let (at, page) = entries.get(key)?;
        (at.elapsed() < TTL).then(|| page.clone())
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
    Arc::new(Rendered {
        status,
        content_type,
        etag: etag_of(&body),
        body,
        last_modified: at,
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
    let h = res.headers_mut();
    if status != StatusCode::NOT_MODIFIED {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(page.content_type),
        );
    }
    if let Ok(v) = HeaderValue::from_str(&page.etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&http_date(page.last_modified)) {
        h.insert(header::LAST_MODIFIED, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept, Accept-Language"),
    );
    res
}
