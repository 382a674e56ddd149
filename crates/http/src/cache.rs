//! A small per-process cache of rendered public pages. Reading a published article is the
//! hottest path; a page is rendered once and served from memory until it expires (a second) or
//! a write in this process clears the cache. Other processes see a change within the expiry.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
    time::{Duration, Instant},
};

use axum::body::Bytes;
use chrono::{DateTime, Utc};

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
