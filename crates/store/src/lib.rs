//! Bitext's storage: sea-orm entities over SQLite (the default) or PostgreSQL, and repositories
//! that return domain records. Every write that changes a document's head does so with a
//! conditional update in the same transaction as the insert, so revisions are never lost or
//! duplicated, whichever process writes them.

pub mod activity;
mod admin;
pub mod articles;
mod batch;
pub mod checks;
pub mod comments;
mod convert;
pub mod copy;
mod entity;
mod error;
mod events;
pub mod feed;
pub mod glossary;
mod input;
mod listing;
pub mod memory;
mod notify;
mod ownership;
mod page;
pub mod publishing;
mod queue;
pub mod reachable;
mod refresh;
mod revisions;
mod schema;
pub mod search;
pub mod sessions;
mod sign_in_failures;
pub mod sitemap;
mod sqlite;
pub mod translations;
mod turn;
pub mod users;
pub mod webhooks;
pub mod workflow;

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use bitext_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    AccessMode, ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, IsolationLevel, QueryResult, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

pub use admin::{TABLES, TableDigest};
pub use articles::ArticleFilter;
use batch::Batch;
pub use error::StoreError;
pub use input::{NewRevision, WriteContext};
pub use listing::{ListedTranslation, TranslationFilter};
pub use notify::{Heard, PublishedListener};
pub use schema::SchemaState;
pub use sqlite::SqliteSync;
use turn::{Member, Writers};

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// Round trips to the database made through this handle (one per statement, or per batch
    /// of statements sent together), for metrics and for tests that bound them.
    round_trips: Arc<AtomicU64>,
    /// Statements that went with another in a batch: those beyond each batch's first.
    batched: Arc<AtomicU64>,
    /// SQLite only: whose turn it is to write, and the commits writers share (see [`turn`]).
    writers: Option<Writers>,
}

impl Store {
    /// Connects to `url`: `sqlite://PATH?mode=rwc` or `postgres://...`. SQLite databases are put
    /// in WAL mode with foreign keys enforced, a busy timeout (so that readers never block and
    /// concurrent writers wait their turn instead of failing), and every commit synced to disk.
    ///
    /// # Errors
    /// When the database cannot be reached or opened.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, SqliteSync::default()).await
    }

    /// Connects as [`Store::connect`] does, SQLite's commits made durable as `sync` says.
    ///
    /// # Errors
    /// When the database cannot be reached or opened.
    pub async fn connect_with(url: &str, sync: SqliteSync) -> Result<Self, StoreError> {
        let synchronous = sync.pragma();
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(30));
        let sqlite = url.starts_with("sqlite:");
        if sqlite {
            // A pooled connection to a local file does not go stale, so it is not pinged on every
            // checkout: on SQLite a ping is a round trip to the connection's own thread, and a
            // writer would make it while every other writer waits for its turn.
            options
                .max_connections(8)
                .test_before_acquire(false)
                .map_sqlx_sqlite_opts(move |o| {
                    o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                        .synchronous(synchronous)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(10))
                        .create_if_missing(true)
                        // 1 MiB of pages per connection (SQLite's default is 2): the operating
                        // system caches the file too, and eight connections' caches count in the
                        // server's memory.
                        .pragma("cache_size", "-1024")
                });
        } else {
            // A connection is pinged before use only after a minute idle, when a server or a
            // proxy between may have dropped it; a busy one goes straight to its statement.
            options
                .max_connections(16)
                .test_before_acquire_if_idle_for(Duration::from_secs(60));
        }
        let mut db = Database::connect(options).await?;
        let round_trips = Arc::new(AtomicU64::new(0));
        let counter = round_trips.clone();
        db.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(Self {
            db,
            round_trips,
            batched: Arc::default(),
            writers: sqlite.then(Writers::default),
        })
    }

    /// Applies every pending migration.
    ///
    /// # Errors
    /// [`StoreError::SchemaNewer`] when the database has migrations this build does not know
    /// (nothing is changed then); when a migration fails, it is rolled back where the
    /// database allows.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let state = self.schema_state().await?;
        if !state.unknown.is_empty() {
            return Err(StoreError::SchemaNewer {
                migrations: state.unknown,
            });
        }
        Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Whether the database answers.
    ///
    /// # Errors
    /// When it does not.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.db.ping().await?;
        Ok(())
    }

    /// How many statements this handle (and its clones) has executed, transactions' own
    /// `BEGIN` and `COMMIT` not included.
    pub fn statements_executed(&self) -> u64 {
        self.round_trips() + self.batched.load(Ordering::Relaxed)
    }

    /// How many times this handle (and its clones) has sent the database statements and waited
    /// for their answer: once per statement, or once for several sent together (transactions'
    /// own `BEGIN` and `COMMIT` not included).
    pub fn round_trips(&self) -> u64 {
        self.round_trips.load(Ordering::Relaxed)
    }

    /// On SQLite, how many write transactions this handle (and its clones) has committed: each
    /// carries the work of every writer that was waiting when it began to commit. Zero on
    /// PostgreSQL, whose writers commit on their own.
    pub fn shared_commits(&self) -> u64 {
        self.writers.as_ref().map_or(0, Writers::commits)
    }

    /// On SQLite, how many writers wait for their turn now (to work or to commit).
    pub fn writers_waiting(&self) -> usize {
        self.writers.as_ref().map_or(0, Writers::waiting)
    }

    /// Which kind of database this is.
    pub fn backend(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Postgres => "postgres",
            DbBackend::Sqlite => "sqlite",
            _ => "other",
        }
    }

    /// Closes the pool.
    ///
    /// # Errors
    /// When closing fails.
    pub async fn close(self) -> Result<(), StoreError> {
        self.db.close().await?;
        Ok(())
    }

    pub(crate) fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Begins a write transaction. On SQLite it is `BEGIN IMMEDIATE`, so that the write lock is
    /// taken (waiting out the busy timeout) before anything is read, and a transaction never fails
    /// half-way because another writer committed after its first read. On SQLite the writers of
    /// this process take turns, and those that wait together commit together (see [`turn`]): a
    /// writer then sees the work of the writers before it in the same commit.
    ///
    /// # Errors
    /// When the database cannot begin one.
    pub async fn write(&self) -> Result<Tx, StoreError> {
        let work = match &self.writers {
            Some(writers) => Work::Shared(writers.join(async || self.write_txn().await).await?),
            None => Work::Own(self.write_txn().await?),
        };
        Ok(Tx {
            work,
            batched: self.batched.clone(),
        })
    }

    /// A write transaction of its own, outside the writers' turn: the one [`Store::write`]
    /// begins, and a copy's into its target.
    pub(crate) async fn write_txn(&self) -> Result<DatabaseTransaction, StoreError> {
        Ok(self
            .db
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }

    /// Begins a read transaction: every read in it sees one snapshot of the database
    /// (`REPEATABLE READ, READ ONLY` on PostgreSQL; a deferred transaction on SQLite).
    ///
    /// # Errors
    /// When the database cannot begin one.
    pub async fn read(&self) -> Result<Tx, StoreError> {
        let options = match self.db.get_database_backend() {
            DbBackend::Postgres => TransactionOptions {
                isolation_level: Some(IsolationLevel::RepeatableRead),
                access_mode: Some(AccessMode::ReadOnly),
                ..Default::default()
            },
            _ => TransactionOptions::default(),
        };
        let txn = self.db.begin_with_options(options).await?;
        Ok(Tx {
            work: Work::Own(txn),
            batched: self.batched.clone(),
        })
    }
}

/// One transaction, over which every repository operation runs: several operations commit
/// together or not at all. Dropping it without [`Tx::commit`] rolls it back.
#[derive(Debug)]
pub struct Tx {
    work: Work,
    /// The store's count of statements sent in batches beyond each batch's first.
    batched: Arc<AtomicU64>,
}

/// Where a transaction's work goes.
#[derive(Debug)]
enum Work {
    /// A transaction of its own: reads, and writes on PostgreSQL.
    Own(DatabaseTransaction),
    /// A SQLite writer's, holding the turn: its work may commit with other writers'.
    Shared(Member),
}

impl Tx {
    pub(crate) fn conn(&self) -> &DatabaseTransaction {
        match &self.work {
            Work::Own(txn) => txn,
            Work::Shared(member) => member.conn(),
        }
    }

    /// An empty batch of statements for this transaction's database, for [`Tx::run`].
    pub(crate) fn batch(&self) -> Batch {
        Batch::new(sea_orm::ConnectionTrait::get_database_backend(self.conn()))
    }

    /// Runs `batch` in this transaction: the rows its statements return, in order.
    ///
    /// # Errors
    /// As [`Batch::run`]: this transaction must not commit after one.
    pub(crate) async fn run(&self, batch: Batch) -> Result<Vec<QueryResult>, DbErr> {
        let extra = batch.sent_together() as u64;
        let rows = batch.run(self.conn()).await?;
        self.batched.fetch_add(extra, Ordering::Relaxed);
        Ok(rows)
    }

    /// Commits every operation made in this transaction; a SQLite writer's returns once the
    /// transaction that took its work (with other writers') has committed.
    ///
    /// # Errors
    /// When the database refuses the commit; nothing is then written.
    pub async fn commit(self) -> Result<(), StoreError> {
        match self.work {
            Work::Own(txn) => txn.commit().await?,
            Work::Shared(member) => member.commit().await?,
        }
        Ok(())
    }
}
