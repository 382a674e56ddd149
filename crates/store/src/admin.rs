//! Administrative access for the command line and tests: raw statements, row counts and
//! digests of a table's contents.

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sha2::{Digest, Sha256};

use crate::{Store, StoreError};

/// The tables of both databases that [`Store::count_rows`] may count and
/// [`Store::table_digest`] may digest; [`Store::tables`] adds each database's own. Each comes
/// after every table it refers to, the order in which `bitext copy` writes them.
pub const TABLES: &[&str] = &[
    "users",
    "tokens",
    "sessions",
    "sign_in_failures",
    "articles",
    "article_revisions",
    "translations",
    "translation_revisions",
    "events",
    "comments",
    "finding_dismissals",
    "editions",
    "webhooks",
    "deliveries",
    "delivery_attempts",
    "glossary_terms",
    "tm_units",
    "tm_pending",
    "search_documents",
    "search_pending",
];

/// What a table holds, in brief: two digests are equal exactly when the tables have the same
/// columns and the same rows with the same values (up to a SHA-256 collision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableDigest {
    pub rows: u64,
    /// `sha256:` and the hex digest of the column names and every value of every row, in
    /// primary-key order.
    pub sha256: String,
}

/// Tables PostgreSQL alone has: the memory's key postings and concordance terms (SQLite keeps
/// them in a full-text index, whose contentless rows cannot be read back).
const POSTGRES_TABLES: &[&str] = &["tm_keys", "tm_terms"];

fn known(table: &str) -> Result<(), StoreError> {
    if TABLES.contains(&table) || POSTGRES_TABLES.contains(&table) {
        Ok(())
    } else {
        Err(sea_orm::DbErr::Custom(format!("unknown table {table}")).into())
    }
}

/// Feeds one value (or its absence) to the hash, length-prefixed so that no two different
/// sequences of values hash the same bytes.
pub(crate) fn feed(hasher: &mut Sha256, value: Option<&str>) {
    match value {
        None => hasher.update([0u8]),
        Some(v) => {
            hasher.update([1u8]);
            hasher.update((v.len() as u64).to_be_bytes());
            hasher.update(v.as_bytes());
        }
    }
}

/// How many rows `table` has, over `db` (a transaction or the pool); `table` is trusted.
pub(crate) async fn count(db: &impl ConnectionTrait, table: &str) -> Result<i64, StoreError> {
    let stmt = Statement::from_string(
        db.get_database_backend(),
        format!("SELECT COUNT(*) AS n FROM {table}"),
    );
    let row = db
        .query_one_raw(stmt)
        .await?
        .ok_or_else(|| sea_orm::DbErr::Custom("no count".into()))?;
    Ok(row.try_get::<i64>("", "n")?)
}

impl Store {
    /// Every table of this database that [`Store::count_rows`] and [`Store::table_digest`]
    /// read: [`TABLES`], and on PostgreSQL the memory's key postings and concordance terms.
    pub fn tables(&self) -> Vec<&'static str> {
        let mut out = TABLES.to_vec();
        if self.db().get_database_backend() == DbBackend::Postgres {
            out.extend_from_slice(POSTGRES_TABLES);
        }
        out
    }

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
        known(table)?;
        count(self.db(), table).await
    }

    /// The names of a table's columns, in their order in the table.
    async fn column_names(&self, table: &str) -> Result<Vec<String>, StoreError> {
        let backend = self.db().get_database_backend();
        let sql = match backend {
            DbBackend::Postgres => format!(
                "SELECT column_name::text AS name FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = '{table}' \
                 ORDER BY ordinal_position"
            ),
            _ => format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"),
        };
        let rows = self
            .db()
            .query_all_raw(Statement::from_string(backend, sql))
            .await?;
        rows.iter()
            .map(|r| Ok(r.try_get::<String>("", "name")?))
            .collect()
    }

    /// A digest of every row of a table, every column read as text, in primary-key order; only
    /// tables in [`TABLES`]. Tests compare digests to show that a refused request wrote nothing,
    /// not even a change to an existing row.
    ///
    /// # Errors
    /// [`StoreError::Database`], also for a table not in the list.
    pub async fn table_digest(&self, table: &str) -> Result<TableDigest, StoreError> {
        known(table)?;
        let columns = self.column_names(table).await?;
        if columns.is_empty() {
            return Err(sea_orm::DbErr::Custom(format!("no columns in {table}")).into());
        }
        let mut hasher = Sha256::new();
        for c in &columns {
            feed(&mut hasher, Some(c));
        }
        // Every column cast to text on both databases; aliased by position, so that a column
        // name never needs quoting.
        let select: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("CAST(\"{c}\" AS TEXT) AS c{i}"))
            .collect();
        let backend = self.db().get_database_backend();
        // Tables without an `id` (the memory's key postings) are keyed by all their columns.
        let order = if columns.iter().any(|c| c == "id") {
            "id".to_owned()
        } else {
            columns
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let sql = format!("SELECT {} FROM {table} ORDER BY {order}", select.join(", "));
        let rows = self
            .db()
            .query_all_raw(Statement::from_string(backend, sql))
            .await?;
        for row in &rows {
            for i in 0..columns.len() {
                let value: Option<String> = row.try_get("", &format!("c{i}"))?;
                feed(&mut hasher, value.as_deref());
            }
        }
        Ok(TableDigest {
            rows: rows.len() as u64,
            sha256: format!("sha256:{}", hex::encode(hasher.finalize())),
        })
    }
}
