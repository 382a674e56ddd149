//! SQLite's own upkeep: when commits are durable, checkpoints of the write-ahead log, the
//! integrity check and online backups. Each does nothing (or refuses) on PostgreSQL.

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, Statement, Value, sqlx::sqlite::SqliteSynchronous,
};

use crate::{Store, StoreError};

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

impl SqliteSync {
    /// How `/readyz` and the command line name it: `full` or `normal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Normal => "normal",
        }
    }

    pub(crate) fn pragma(self) -> SqliteSynchronous {
        match self {
            Self::Full => SqliteSynchronous::Full,
            Self::Normal => SqliteSynchronous::Normal,
        }
    }
}

impl Store {
    /// On SQLite, writes a consistent copy of the whole database to `path` (a new file) with
    /// `VACUUM INTO`: one read transaction, so the copy is the database as one moment saw it,
    /// while other connections go on writing. Not on PostgreSQL.
    ///
    /// # Errors
    /// On PostgreSQL; when `path` exists and is not empty, or cannot be written.
    pub async fn backup_into(&self, path: &std::path::Path) -> Result<(), StoreError> {
        if self.db.get_database_backend() != DbBackend::Sqlite {
            return Err(DbErr::Custom("backups copy SQLite databases".into()).into());
        }
        let path = path.to_string_lossy().into_owned();
        self.db
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [Value::from(path)],
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
            .query_all_raw(Statement::from_string(
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
            .query_one_raw(Statement::from_string(
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
}
