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
    rendered_as(status, content_type, body, at, "")
}

/// A rendered response that is one of several `variant`s of a resource (a layout): variants
/// get distinct `ETag`s even where their bodies are the same.
pub fn rendered_as(
    status: u16,
    content_type: &'static str,
    body: String,
    at: DateTime<Utc>,
    variant: &str,
) -> Arc<Rendered> {
    let body = Bytes::from(body);
    let etag = if variant.is_empty() {
        etag_of(&body)
    } else {
        etag_of(&[variant.as_bytes(), &[0u8][..], &body[..]].concat())
    };
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

/// What a public page's query may ask for: the rest of a query changes nothing.
#[derive(serde::Deserialize)]
struct PageQuery {
    edition: Option<i32>,
    layout: Option<String>,
}

impl PageKey {
    /// The key of a public page: its path, the edition and the layout asked for (the default
    /// layout when none is), the `Accept` header and the reader's language; everything a
    /// public page varies by, and nothing else, so that `?layout=translation` and the default
    /// layout are kept apart and `?x=1` is not. `None` when the query does not parse or names
    /// no layout: the handler answers that with a problem, which is not cached.
    pub fn of(uri: &axum::http::Uri, accept: &str, locale: bitext_i18n::Locale) -> Option<Self> {
        let query = axum::extract::Query::<PageQuery>::try_from_uri(uri).ok()?.0;
        let layout: bitext_publish::Layout = match query.layout.as_deref() {
            None => bitext_publish::Layout::default(),
            Some(l) => l.parse().ok()?,
        };
        let edition = query
            .edition
            .map_or_else(|| "latest".to_owned(), |n| n.to_string());
        Some(Self(format!(
            "{}|edition={edition}|layout={layout}|{accept}|{locale}",
            uri.path()
        )))
    }
}

/// Whether a path is a public page that the cache may answer.
fn is_public(path: &str) -> bool {
    path.starts_with("/read/")
        || path.starts_with("/api/v1/published/")
        || path.starts_with("/feed/")
}

/// Answers public `GET`s from the cache before any other layer runs; on a miss, passes the
/// key on to the handler. The key is [`PageKey::of`] the request.
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
    let Some(key) = PageKey::of(req.uri(), accept, locale) else {
        return next.run(req).await;
    };
    if let Some(page) = pages.get(&key.0) {
        return serve(&page, req.headers());
    }
    req.extensions_mut().insert(key);
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use bitext_i18n::Locale;

    use super::PageKey;

    fn key(uri: &str) -> Option<String> {
        PageKey::of(&uri.parse().unwrap(), "text/markdown", Locale::ZH_TW).map(|k| k.0)
    }

    #[test]
    fn each_layout_has_its_own_page_and_the_default_is_named_or_not() {
        let path = "/api/v1/published/story/en";
        let default = key(path).unwrap();
        assert!(default.contains("layout=side-by-side"), "{default}");
        assert!(default.ends_with("|text/markdown|zh-TW"), "{default}");
        assert_eq!(
            key(&format!("{path}?layout=side-by-side")),
            Some(default.clone())
        );
        let translation = key(&format!("{path}?layout=translation")).unwrap();
        let interleaved = key(&format!("{path}?layout=interleaved")).unwrap();
        assert!(translation != default && interleaved != default && translation != interleaved);
        assert_ne!(key(&format!("{path}?edition=1")), Some(default));
    }

    #[test]
    fn parameters_pages_do_not_read_share_a_page_and_bad_ones_get_none() {
        let path = "/read/story/en";
        let plain = key(&format!("{path}?edition=2&layout=translation"));
        assert!(plain.is_some());
        assert_eq!(
            key(&format!("{path}?layout=translation&utm=x&edition=2")),
            plain
        );
        assert_eq!(key(&format!("{path}?layout=poster")), None);
        assert_eq!(key(&format!("{path}?edition=two")), None);
    }
}
