//! Bitext's storage: sea-orm entities over SQLite (the default) or PostgreSQL, and repositories
//! that return domain records. Every write that changes a document's head does so with a
//! conditional update in the same transaction as the insert, so revisions are never lost or
//! duplicated, whichever process writes them.

pub mod activity;
mod admin;
pub mod articles;
pub mod checks;
pub mod comments;
mod convert;
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
pub mod translations;
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
    AccessMode, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction,
    DbBackend, IsolationLevel, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

pub use admin::{TABLES, TableDigest};
pub use articles::ArticleFilter;
pub use error::StoreError;
pub use input::{NewRevision, WriteContext};
pub use listing::{ListedTranslation, TranslationFilter};
pub use notify::{Heard, PublishedListener};
pub use schema::SchemaState;

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// Statements executed through this handle, for metrics and for tests that bound them.
    statements: Arc<AtomicU64>,
}

/// When SQLite makes a commit durable (`PRAGMA synchronous`), in WAL mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SqliteSync {
    /// Every commit is synced to disk before it is acknowledged: an acknowledged commit
    /// survives power loss as well as a crash of the process.
    #[default]
    Full,
    /// The log is synced only at checkpoints: a commit survives a crash of the process, but
    /// the last ones before a power loss or an operating system crash may be lost (never the
    /// database's consistency).
    Normal,
}

impl Store {
    /// Connects to `url`: `sqlite://PATH?mode=rwc` or `postgres://...`. SQLite databases are put
    /// in WAL mode with foreign keys enforced, a busy timeout (so that readers never block and
    /// concurrent writers wait their turn instead of failing), and every commit synced to disk.
    ///
    /// # Errors
    /// When the database cannot be reached or opened.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, SqliteSync::Full).await
    }

    /// Connects as [`Store::connect`] does, SQLite's commits made durable as `sync` says.
    ///
    /// # Errors
    /// When the database cannot be reached or opened.
    pub async fn connect_with(url: &str, sync: SqliteSync) -> Result<Self, StoreError> {
        let synchronous = match sync {
            SqliteSync::Full => sea_orm::sqlx::sqlite::SqliteSynchronous::Full,
            SqliteSync::Normal => sea_orm::sqlx::sqlite::SqliteSynchronous::Normal,
        };
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(30));
        if url.starts_with("sqlite:") {
            options.max_connections(8).map_sqlx_sqlite_opts(move |o| {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(synchronous)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .create_if_missing(true)
            });
        } else {
            options.max_connections(16);
        }
        let mut db = Database::connect(options).await?;
        let statements = Arc::new(AtomicU64::new(0));
        let counter = statements.clone();
        db.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(Self { db, statements })
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
        self.statements.load(Ordering::Relaxed)
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

    /// On SQLite, writes a consistent copy of the whole database to `path` (a new file) with
    /// `VACUUM INTO`: one read transaction, so the copy is the database as one moment saw it,
    /// while other connections go on writing. Not on PostgreSQL.
    ///
    /// # Errors
    /// On PostgreSQL; when `path` exists and is not empty, or cannot be written.
    pub async fn backup_into(&self, path: &std::path::Path) -> Result<(), StoreError> {
        if self.db.get_database_backend() != DbBackend::Sqlite {
            return Err(sea_orm::DbErr::Custom("backups copy SQLite databases".into()).into());
        }
        let path = path.to_string_lossy().into_owned();
        self.db
            .execute_raw(sea_orm::Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [sea_orm::Value::from(path)],
            ))
            .await?;
        Ok(())
    }

    /// On SQLite, what `PRAGMA integrity_check` finds wrong with the database file (nothing
    /// for a sound one); nothing on PostgreSQL.
    ///
    /// # Errors
    /// Database errors.
    pub async fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        if self.db.get_database_backend() != DbBackend::Sqlite {
            return Ok(Vec::new());
        }
        let rows = self
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA integrity_check",
            ))
            .await?;
        let mut problems = Vec::new();
        for row in rows {
            let line: String = row.try_get_by_index(0)?;
            if line != "ok" {
                problems.push(line);
            }
        }
        Ok(problems)
    }

    /// On SQLite, when a connection of the pool makes commits durable (`PRAGMA synchronous`);
    /// `None` on PostgreSQL, or for a setting this store never makes.
    ///
    /// # Errors
    /// Database errors.
    pub async fn sqlite_sync(&self) -> Result<Option<SqliteSync>, StoreError> {
        if self.db.get_database_backend() != DbBackend::Sqlite {
            return Ok(None);
        }
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA synchronous",
            ))
            .await?;
        let level = row.map(|r| r.try_get_by_index::<i64>(0)).transpose()?;
        Ok(match level {
            Some(2) => Some(SqliteSync::Full),
            Some(1) => Some(SqliteSync::Normal),
            _ => None,
        })
    }

    /// On SQLite, copies what the write-ahead log holds into the database as far as readers
    /// allow, without waiting for them (`wal_checkpoint(PASSIVE)`): background work that wrote
    /// much calls it, so that the checkpoint falls on it rather than on the next commit that
    /// fills the log. Nothing on PostgreSQL.
    ///
    /// # Errors
    /// Database errors.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        if self.db.get_database_backend() == DbBackend::Sqlite {
            self.db
                .execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)")
                .await?;
        }
        Ok(())
    }

    /// Begins a write transaction. On SQLite it is `BEGIN IMMEDIATE`, so that the write lock is
    /// taken (waiting out the busy timeout) before anything is read, and a transaction never fails
    /// half-way because another writer committed after its first read.
    ///
    /// # Errors
    /// When the database cannot begin one.
    pub async fn write(&self) -> Result<Tx, StoreError> {
        Ok(Tx {
            txn: self.write_txn().await?,
        })
    }

    /// The raw write transaction, for the store's own background work (webhook deliveries).
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
        Ok(Tx { txn })
    }
}

/// One transaction, over which every repository operation runs: several operations commit
/// together or not at all. Dropping it without [`Tx::commit`] rolls it back.
#[derive(Debug)]
pub struct Tx {
    txn: DatabaseTransaction,
}

impl Tx {
    pub(crate) fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Commits every operation made in this transaction.
    ///
    /// # Errors
    /// When the database refuses the commit; nothing is then written.
    pub async fn commit(self) -> Result<(), StoreError> {
        self.txn.commit().await?;
        Ok(())
    }
}
