//! Bitext's application layer: the use cases that every front end calls (the JSON API, the web
//! pages, the command line, imports). Each command takes parsed domain values and the acting
//! [`Actor`], checks what the actor may do, runs in one transaction, and returns what its caller
//! shows, read inside that same transaction. Queries read one consistent snapshot.

mod accounts;
mod actor;
pub mod admin;
pub mod articles;
pub mod checks;
mod error;
pub mod glossary;
pub mod listing;
pub mod memory;
pub mod ownership;
mod people;
pub mod published;
pub mod reading;
pub mod review;
pub mod search;
mod sitemap;
pub mod translations;
pub mod workflow;

use std::sync::{Arc, RwLock};

use bitext_domain::SignInThrottle;
use bitext_store::{Store, Tx};
use chrono::{DateTime, Utc};

pub use accounts::SessionSecret;
pub use actor::Actor;
pub use bitext_store::{
    ArticleFilter, ListedTranslation, SchemaState, SqliteSync, StoreError, TranslationFilter,
    activity::Activity,
    comments::NewComment,
    feed::{FeedCursor, FeedFilter, FeedPage, MalformedCursor},
    publishing::{CreditPreview, FeedItem, Published},
    reachable::{PublishedArticle, PublishedTranslation},
    sitemap::{ArticleBlock, ArticleBlocks, ReachableArticles},
    users::TokenInfo,
    webhooks::{Attempt, Delivery, Webhook},
    workflow::ActionInput,
};
pub use error::AppError;

/// A result of a use case.
pub type AppResult<T> = Result<T, AppError>;

/// Settings that change what the use cases allow.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Let an editor approve a translation they wrote a revision of since the last approval.
    /// Off by default: a second pair of eyes approves.
    pub allow_self_approval: bool,
    /// Where webhook subscribers may be: public addresses only, unless a test or a
    /// single-machine setup allows private ones.
    pub webhook_destinations: bitext_domain::Destinations,
    /// How long a session lasts without use before it no longer signs anyone in. A use is
    /// recorded at most once a minute, so a session may end up to a minute before this after
    /// its last use, never later.
    pub session_idle: chrono::TimeDelta,
    /// How long a session lasts at most, however often it is used.
    pub session_lifetime: chrono::TimeDelta,
    /// When failed sign-ins under one name make further attempts wait.
    pub sign_in_throttle: SignInThrottle,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            allow_self_approval: false,
            webhook_destinations: bitext_domain::Destinations::default(),
            session_idle: chrono::TimeDelta::hours(12),
            session_lifetime: chrono::TimeDelta::days(30),
            sign_in_throttle: SignInThrottle::default(),
        }
    }
}

type Listener = Box<dyn Fn() + Send + Sync>;

/// Where the sign-in and session use cases read the time; other use cases read the system
/// clock where they write.
type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The use cases over one store; cheap to clone.
#[derive(Clone)]
pub struct App {
    store: Store,
    config: AppConfig,
    /// Called after every committed change to what readers see (publishing, withdrawal,
    /// credits), so that caches of public pages can be dropped.
    published_listeners: Arc<RwLock<Vec<Listener>>>,
    /// Woken after an approval leaves memory units waiting to be indexed.
    memory_waiting: Arc<tokio::sync::Notify>,
    /// This process among the servers of one database, in its announcements of publishing
    /// changes.
    instance: Arc<str>,
    clock: Clock,
}

/// What `/readyz` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// On SQLite, when commits are durable.
    pub sqlite_sync: Option<SqliteSync>,
    pub schema: bitext_store::SchemaState,
    /// Memory units waiting to be indexed.
    pub memory_waiting: u64,
    /// Documents whose newest revision waits to be indexed for search.
    pub search_waiting: u64,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("store", &self.store)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl App {
    pub fn new(store: Store, config: AppConfig) -> Self {
        Self {
            store,
            config,
            published_listeners: Arc::default(),
            memory_waiting: Arc::default(),
            instance: instance_name().into(),
            clock: Arc::new(bitext_domain::now),
        }
    }

    /// The same use cases, reading the time from `now` to sign in and to check sessions: a
    /// test moves it instead of waiting.
    #[must_use]
    pub fn with_clock(mut self, now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(now);
        self
    }

    fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// The store underneath, for infrastructure (health checks, metrics, the delivery worker);
    /// use cases never need it.
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn config(&self) -> &AppConfig {
        &self.config
    }

    /// Calls `listener` after every committed change to what readers see.
    pub fn on_published_change(&self, listener: impl Fn() + Send + Sync + 'static) {
        if let Ok(mut listeners) = self.published_listeners.write() {
            listeners.push(Box::new(listener));
        }
    }

    /// A change to what readers see committed here: this process's listeners are called, and
    /// the other servers of a PostgreSQL database told before the change is answered (a
    /// failure to tell them is logged: the change stands, and their pages expire within a
    /// second).
    async fn published_changed(&self) {
        self.call_published_listeners();
        if let Err(e) = self.store.announce_published(&self.instance).await {
            tracing::warn!(error = %e, "announcing a publishing change");
        }
    }

    fn call_published_listeners(&self) {
        if let Ok(listeners) = self.published_listeners.read() {
            for listener in listeners.iter() {
                listener();
            }
        }
    }

    /// On PostgreSQL, calls this process's publishing listeners whenever another server of
    /// the database announces a change (and when announcements may have been missed, the
    /// connection lost), until `shutdown`. Returns at once on SQLite.
    pub async fn run_published_listener(&self, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut listener = loop {
            match self.store.published_listener().await {
                Ok(Some(listener)) => break listener,
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!(error = %e, "listening for publishing changes");
                    if stopped_within(&mut shutdown, RETRY).await {
                        return;
                    }
                }
            }
        };
        loop {
            tokio::select! {
                () = &mut shutdown => return,
                heard = listener.next() => match heard {
                    Ok(bitext_store::Heard::Change { origin }) if *origin == *self.instance => {}
                    Ok(_) => self.call_published_listeners(),
                    Err(e) => {
                        tracing::warn!(error = %e, "listening for publishing changes");
                        if stopped_within(&mut shutdown, RETRY).await {
                            return;
                        }
                    }
                },
            }
        }
    }

    /// Whether the database answers, where its schema stands against this build's
    /// migrations, and how many memory units and search documents wait to be indexed.
    ///
    /// # Errors
    /// When the database does not answer (reading the schema's state is the first question).
    pub async fn readiness(&self) -> AppResult<Readiness> {
        let schema = self.store.schema_state().await?;
        let (memory_waiting, search_waiting) = if schema.is_current() {
            let tx = self.read().await?;
            (
                tx.pending_count(u64::MAX).await?,
                tx.documents_waiting().await?,
            )
        } else {
            (0, 0)
        };
        Ok(Readiness {
            backend: self.store.backend(),
            sqlite_sync: self.store.sqlite_sync().await?,
            schema,
            memory_waiting,
            search_waiting,
        })
    }

    async fn write(&self) -> AppResult<Tx> {
        Ok(self.store.write().await?)
    }

    async fn read(&self) -> AppResult<Tx> {
        Ok(self.store.read().await?)
    }
}

/// A name for this process among the servers of a database: its id and the time it started.
fn instance_name() -> String {
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("{}-{started:x}", std::process::id())
}

/// How long the listener waits before trying a lost connection again.
const RETRY: std::time::Duration = std::time::Duration::from_secs(1);

/// Waits `wait`, or less if `shutdown` comes first; whether it came.
async fn stopped_within(
    shutdown: &mut std::pin::Pin<&mut impl Future<Output = ()>>,
    wait: std::time::Duration,
) -> bool {
    tokio::select! {
        () = shutdown.as_mut() => true,
        () = tokio::time::sleep(wait) => false,
    }
}
