//! Where a database's schema stands against the migrations this build knows: how many are
//! applied, which are still to run, and which the database has that this build does not know
//! (a newer build migrated it). A server refuses to migrate, and so to start, against a
//! schema newer than it knows, and reports the state at `/readyz`.

use bitext_migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::{Store, StoreError};

/// A database's schema against this build's migrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaState {
    /// How many migrations this build knows.
    pub known: usize,
    /// The migrations the database has applied, oldest first.
    pub applied: Vec<String>,
    /// Migrations this build knows that the database has not applied.
    pub pending: Vec<String>,
    /// Migrations the database has applied that this build does not know.
    pub unknown: Vec<String>,
}

impl SchemaState {
    /// The database has exactly this build's migrations.
    pub fn is_current(&self) -> bool {
        self.pending.is_empty() && self.unknown.is_empty()
    }

    /// The newest migration applied.
    pub fn latest(&self) -> Option<&str> {
        self.applied.last().map(String::as_str)
    }
}

impl Store {
    /// Where the schema stands.
    ///
    /// # Errors
    /// Database errors.
    pub async fn schema_state(&self) -> Result<SchemaState, StoreError> {
        let known: Vec<String> = Migrator::migrations()
            .iter()
            .map(|m| m.name().to_owned())
            .collect();
        let backend = self.db().get_database_backend();
        let exists = match backend {
            DbBackend::Postgres => {
                "SELECT COUNT(*) AS n FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name = 'seaql_migrations'"
            }
            _ => {
                "SELECT COUNT(*) AS n FROM sqlite_master \
                 WHERE type = 'table' AND name = 'seaql_migrations'"
            }
        };
        let row = self
            .db()
            .query_one_raw(Statement::from_string(backend, exists))
            .await?;
        let has_table = row.map(|r| r.try_get::<i64>("", "n")).transpose()? == Some(1);
        let mut applied = Vec::new();
        if has_table {
            let rows = self
                .db()
                .query_all_raw(Statement::from_string(
                    backend,
                    "SELECT version FROM seaql_migrations ORDER BY version",
                ))
                .await?;
            for row in rows {
                applied.push(row.try_get::<String>("", "version")?);
            }
        }
        Ok(SchemaState {
            known: known.len(),
            pending: known
                .iter()
                .filter(|k| !applied.contains(k))
                .cloned()
                .collect(),
            unknown: applied
                .iter()
                .filter(|a| !known.contains(a))
                .cloned()
                .collect(),
            applied,
        })
    }
}
