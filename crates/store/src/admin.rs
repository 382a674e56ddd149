//! Administrative access for the command line and tests: raw statements and row counts.

use sea_orm::{ConnectionTrait, Statement};

use crate::{Store, StoreError};

/// The tables that [`Store::count_rows`] may count.
pub const TABLES: &[&str] = &[
    "users",
    "tokens",
    "articles",
    "article_revisions",
    "translations",
    "translation_revisions",
    "events",
    "comments",
    "editions",
    "webhooks",
    "deliveries",
    "delivery_attempts",
];

impl Store {
    /// Runs a statement that takes no parameters (e.g. `CREATE DATABASE`).
    ///
    /// # Errors
    /// When the database refuses it.
    pub async fn execute_unprepared(&self, sql: &str) -> Result<(), StoreError> {
        self.db().execute_unprepared(sql).await?;
        Ok(())
    }

    /// How many rows a table has; only tables in [`TABLES`].
    ///
    /// # Errors
    /// [`StoreError::Database`], also for a table not in the list.
    pub async fn count_rows(&self, table: &str) -> Result<i64, StoreError> {
        if !TABLES.contains(&table) {
            return Err(sea_orm::DbErr::Custom(format!("unknown table {table}")).into());
        }
        let stmt = Statement::from_string(
            self.db().get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table}"),
        );
        let row = self
            .db()
            .query_one_raw(stmt)
            .await?
            .ok_or_else(|| sea_orm::DbErr::Custom("no count".into()))?;
        Ok(row.try_get::<i64>("", "n")?)
    }
}
