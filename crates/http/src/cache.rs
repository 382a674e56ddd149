//! A small per-process cache of rendered public pages. Reading a published article is the
//! hottest path; a page is rendered once and served from memory until it expires (a second) or
//! a write in this process clears the cache. On PostgreSQL, the other servers of the database
//! hear of the write (`NOTIFY`) and clear theirs at once, as they do when their listening
//! connection drops and announcements may have been missed.
//!
//! The cache holds at most a configured number of bytes (bodies, headers and keys), evicting
//! the least recently used page first, and its key is the request normalized to what a page
//! varies by ([`PageKey`]), so that no stream of requests can make it hold more.

mod key;
mod vary;

use std::{
    fmt,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::Response,
};
use chrono::{DateTime, Utc};
use moka::{policy::EvictionPolicy, sync::Cache};
use sha2::{Digest, Sha256};

pub use self::{key::PageKey, vary::Vary};

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

/// What an entry costs beyond its body, headers and key: the `Rendered` itself, its `Arc`, the
/// header map's table and the cache's own bookkeeping, rounded up.
const ENTRY_OVERHEAD: usize = 512;

impl Rendered {
    /// The bytes this page holds in the cache under `key`.
    fn weight(&self, key: &str) -> usize {
        let headers: usize = self
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum();
        self.body.len() + self.etag.len() + headers + key.len() + ENTRY_OVERHEAD
    }
}

/// Rendered public pages by [`PageKey`], bounded by bytes, with lookup counters for `/metrics`.
pub struct PageCache {
    entries: Cache<String, Arc<Rendered>>,
    capacity: u64,
    hits: AtomicU64,
    misses: AtomicU64,
    clears: AtomicU64,
}

/// How long a page is served before it is rendered again.
const TTL: Duration = Duration::from_secs(1);

impl PageCache {
    /// A cache of at most `capacity` bytes; 0 caches nothing.
    pub fn new(capacity: u64) -> Self {
        let entries = Cache::builder()
            .max_capacity(capacity)
            .weigher(|key: &String, page: &Arc<Rendered>| {
                u32::try_from(page.weight(key)).unwrap_or(u32::MAX)
            })
            .eviction_policy(EvictionPolicy::lru())
            .time_to_live(TTL)
            .build();
        Self {
            entries,
            capacity,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            clears: AtomicU64::new(0),
        }
    }

    pub fn get(&self, key: &str) -> Option<Arc<Rendered>> {
        let found = self.entries.get(key);
        match found {
            Some(_) => self.hits.fetch_add(1, Relaxed),
            None => self.misses.fetch_add(1, Relaxed),
        };
        found
    }

    /// Lookups answered from the cache, and not.
    pub fn stats(&self) -> (u64, u64) {
        (self.hits.load(Relaxed), self.misses.load(Relaxed))
    }

    /// The pages held and the bytes they weigh, once pending evictions and expiries are done.
    pub fn size(&self) -> (u64, u64) {
        self.entries.run_pending_tasks();
        (self.entries.entry_count(), self.entries.weighted_size())
    }

    /// The most bytes the cache holds.
    pub fn capacity(&self) -> u64 {
        self.capacity
    }

    /// Keeps `page` under `key`, evicting the least recently used pages to make room; a page
    /// that alone weighs more than the capacity is not kept. The evictions are done before
    /// this returns, so the cache never holds more than its capacity for longer than a put.
    pub fn put(&self, key: String, page: Arc<Rendered>) {
        if self.capacity == 0 {
            return;
        }
        self.entries.insert(key, page);
        self.entries.run_pending_tasks();
    }

    /// Drops every page, at once: a publishing change makes them all suspect.
    pub fn clear(&self) {
        self.entries.invalidate_all();
        self.entries.run_pending_tasks();
        self.clears.fetch_add(1, Relaxed);
    }

    /// How many times the cache was emptied by a publishing change.
    pub fn clears(&self) -> u64 {
        self.clears.load(Relaxed)
    }
}

impl Default for PageCache {
    /// A cache of the default size ([`crate::HttpConfig::default`]).
    fn default() -> Self {
        Self::new(crate::HttpConfig::default().page_cache_bytes)
    }
}

impl fmt::Debug for PageCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageCache")
            .field("capacity", &self.capacity)
            .field("entries", &self.entries.entry_count())
            .field("bytes", &self.entries.weighted_size())
            .finish_non_exhaustive()
    }
}

fn etag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{}\"", hex::encode(&digest[..16]))
}

fn http_date(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// A rendered response: its `ETag` is its body's digest.
pub fn rendered(
    status: u16,
    content_type: &'static str,
    body: String,
    at: DateTime<Utc>,
    vary: Vary,
) -> Arc<Rendered> {
    rendered_as(status, content_type, body, at, "", vary)
}

/// A rendered response that is one of several `variant`s of a resource (a layout): variants
/// get distinct `ETag`s even where their bodies are the same.
pub fn rendered_as(
    status: u16,
    content_type: &'static str,
    body: String,
    at: DateTime<Utc>,
    variant: &str,
    vary: Vary,
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
    if let Some(vary) = vary.header() {
        headers.insert(header::VARY, vary);
    }
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

/// Answers public `GET`s from the cache before any other layer runs; on a miss, passes the
/// key on to the handler. The key is [`PageKey::of`] the request; a request it gives no key
/// (not a public page, or one the handler refuses) goes on uncached.
pub async fn front(
    axum::extract::State(pages): axum::extract::State<Arc<PageCache>>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if req.method() != axum::http::Method::GET {
        return next.run(req).await;
    }
    let Some(key) = PageKey::of(req.uri(), req.headers()) else {
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
    use std::sync::{Arc, Weak};

    use chrono::Utc;

    use super::{PageCache, Vary, rendered};

    /// A 200 KB page whose body is unique to `n`.
    fn page(n: usize) -> Arc<super::Rendered> {
        let mut body = format!("<p>page {n}</p>");
        body.push_str(&"x".repeat(200 * 1024));
        rendered(
            200,
            "text/html; charset=utf-8",
            body,
            Utc::now(),
            Vary::default(),
        )
    }

    #[test]
    fn many_distinct_large_pages_keep_the_cache_within_its_bound() {
        let bound = 2 * 1024 * 1024;
        let cache = PageCache::new(bound);
        let weight = page(0).weight("read|page-000") as u64;
        // What the cache holds is what is still alive, as the test keeps no page itself. An
        // evicted page is freed once no thread can be reading it (moka's map reclaims memory
        // by epochs), so a few may outlive their eviction by a put or two.
        let slack = 4 * weight;
        let mut put: Vec<(String, Weak<super::Rendered>)> = Vec::new();
        let mut most_alive = (0, 0);
        for n in 0..500 {
            let key = format!("read|page-{n:03}");
            let page = page(n);
            put.push((key.clone(), Arc::downgrade(&page)));
            cache.put(key, page);
            let alive = put.iter().filter(|(_, p)| p.strong_count() > 0).count();
            let bytes = alive as u64 * weight;
            assert!(
                bytes <= bound + slack,
                "{bytes} bytes alive in {alive} pages after {n}"
            );
            most_alive = most_alive.max((alive, bytes));
        }
        let (entries, weighed) = cache.size();
        assert!(weighed <= bound, "{weighed} bytes in {entries} pages");
        println!(
            "500 pages of {weight} bytes put under a bound of {bound}: {entries} kept, \
             weighing {weighed}; at most {} pages ({} bytes) alive at once",
            most_alive.0, most_alive.1
        );
        assert!(
            entries >= 2 && weighed > bound / 2,
            "{entries} pages, {weighed} bytes"
        );
        // The most recently used are the ones kept.
        assert!(cache.get("read|page-499").is_some());
        assert!(cache.get("read|page-000").is_none());
    }

    #[test]
    fn the_least_recently_used_page_makes_room_first() {
        let cache = PageCache::new(3 * 210 * 1024);
        cache.put("a".into(), page(1));
        cache.put("b".into(), page(2));
        cache.put("c".into(), page(3));
        assert!(cache.get("a").is_some());
        cache.put("d".into(), page(4));
        assert_eq!(
            ["a", "b", "c", "d"].map(|k| cache.get(k).is_some()),
            [true, false, true, true]
        );
    }

    #[test]
    fn a_page_heavier_than_the_whole_cache_is_not_kept_and_zero_keeps_nothing() {
        let small = PageCache::new(100 * 1024);
        small.put("big".into(), page(1));
        assert!(small.get("big").is_none());
        assert_eq!(small.size(), (0, 0));
        let off = PageCache::new(0);
        off.put(
            "a".into(),
            rendered(200, "text/plain", "a".into(), Utc::now(), Vary::default()),
        );
        assert!(off.get("a").is_none());
    }

    #[test]
    fn clearing_drops_every_page_and_its_bytes_at_once() {
        let cache = PageCache::new(64 * 1024 * 1024);
        for n in 0..5 {
            cache.put(format!("k{n}"), page(n));
        }
        assert_eq!(cache.size().0, 5);
        cache.clear();
        assert_eq!(cache.size(), (0, 0));
        assert!(cache.get("k4").is_none());
        assert_eq!(cache.stats(), (0, 1));
    }
}
