//! Bitext's storage: sea-orm entities over SQLite (the default) or PostgreSQL, and repositories
//! that return domain records. Every write that changes a document's head does so with a
//! conditional update in the same transaction as the insert, so revisions are never lost or
//! duplicated, whichever process writes them.

mod admin;
pub mod articles;
pub mod comments;
mod convert;
mod entity;
mod error;
mod events;
mod input;
mod page;
pub mod publishing;
pub mod translations;
pub mod users;
pub mod webhooks;
pub mod workflow;

use std::time::Duration;

use bitext_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

pub use admin::{TABLES, TableDigest};
pub use error::StoreError;
pub use input::{NewRevision, WriteContext};

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
}

impl Store {
    /// Connects to `url`: `sqlite://PATH?mode=rwc` or `postgres://...`. SQLite databases are put
    /// in WAL mode with foreign keys enforced and a busy timeout, so that readers never block
    /// and concurrent writers wait their turn instead of failing.
    ///
    /// # Errors
    /// When the database cannot be reached or opened.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(30));
        if url.starts_with("sqlite:") {
            options.max_connections(8).map_sqlx_sqlite_opts(|o| {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .create_if_missing(true)
            });
        } else {
            options.max_connections(16);
        }
        let db = Database::connect(options).await?;
        Ok(Self { db })
    }

    /// Applies every pending migration.
    ///
    /// # Errors
    /// When a migration fails; it is then rolled back where the database allows.
    pub async fn migrate(&self) -> Result<(), StoreError> {
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
    /// half-way because another writer committed after its first read.
    pub(crate) async fn write(&self) -> Result<DatabaseTransaction, StoreError> {
        Ok(self
            .db
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }
}
