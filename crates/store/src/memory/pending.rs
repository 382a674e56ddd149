//! Units waiting to be indexed: an approval writes its units and their ids into `tm_pending`
//! (see the migration `m20261213_000018_memory_pending`), and [`Tx::index_pending`] writes
//! their index entries later, in a transaction of its own (the application runs it after each
//! approval commits, and on a timer). Until then, lookups and concordance read the waiting
//! units directly ([`Tx::waiting_units`]): a unit is found from the moment its approval
//! commits, indexed or not.
//!
//! The wait is bounded: an approval that finds more than [`PENDING_LIMIT`] units waiting (no
//! task indexing them, or one falling behind) indexes them itself, so a lookup never reads more
//! than about that many.

use bitext_domain::memory::{UnitKind, primary};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use super::{
    in_list, placeholders,
    record::{Indexed, UnitFields},
    values,
};
use crate::{StoreError, Tx};

/// How many units may wait to be indexed before an approval indexes them itself.
pub const PENDING_LIMIT: u64 = 1_000;
/// Units read per statement.
const IDS_PER_QUERY: usize = 900;

/// A unit waiting to be indexed, as lookups and concordance read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Waiting {
    pub id: i64,
    pub source: String,
    pub target: String,
}

impl Tx {
    /// Marks units as waiting to be indexed; if more than [`PENDING_LIMIT`] then wait, indexes
    /// them all.
    pub(super) async fn mark_pending(&self, ids: &[i64]) -> Result<(), StoreError> {
        let backend = self.conn().get_database_backend();
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let sql = format!(
                "INSERT INTO tm_pending (unit_id) VALUES {}",
                placeholders(backend, chunk.len(), 1)
            );
            self.conn()
                .execute_raw(Statement::from_sql_and_values(backend, sql, values(chunk)))
                .await?;
        }
        self.limit_waiting().await
    }

    /// Indexes every unit waiting if more than [`PENDING_LIMIT`] wait.
    pub(super) async fn limit_waiting(&self) -> Result<(), StoreError> {
        if self.pending_count(PENDING_LIMIT + 1).await? > PENDING_LIMIT {
            self.index_pending(u64::MAX).await?;
        }
        Ok(())
    }

    /// How many units wait to be indexed, counted up to `cap`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn pending_count(&self, cap: u64) -> Result<u64, StoreError> {
        let backend = self.conn().get_database_backend();
        let cap = i64::try_from(cap).unwrap_or(i64::MAX);
        let sql = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM tm_pending LIMIT {}) w",
            in_list(backend, 1, 1)
        );
        let row = self
            .conn()
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [Value::from(cap)],
            ))
            .await?
            .ok_or_else(|| StoreError::corrupt("translation memory", "no count"))?;
        Ok(u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0))
    }

    /// Indexes up to `limit` of the units waiting, oldest first, and returns how many. On
    /// PostgreSQL, units another transaction is indexing are skipped, so that several servers
    /// may run this at once without indexing a unit twice.
    ///
    /// # Errors
    /// Database errors; the caller's transaction then writes nothing, and the units still wait.
    pub async fn index_pending(&self, limit: u64) -> Result<u64, StoreError> {
        let backend = self.conn().get_database_backend();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let lock = if backend == DbBackend::Postgres {
            "FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "DELETE FROM tm_pending WHERE unit_id IN (SELECT unit_id FROM tm_pending \
             ORDER BY unit_id LIMIT {} {lock}) RETURNING unit_id",
            in_list(backend, 1, 1)
        );
        let rows = self
            .conn()
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [Value::from(limit)],
            ))
            .await?;
        let mut ids = rows
            .iter()
            .map(|r| Ok(r.try_get::<i64>("", "unit_id")?))
            .collect::<Result<Vec<_>, StoreError>>()?;
        ids.sort_unstable();
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let sql = format!(
                "SELECT id, source_language, target_language, kind, origin, source_text, \
                 target_text FROM tm_units WHERE id IN ({})",
                in_list(backend, 1, chunk.len())
            );
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, values(chunk)))
                .await?;
            let mut indexed = Vec::with_capacity(rows.len());
            for row in rows {
                let (source_language, target_language): (String, String) = (
                    row.try_get("", "source_language")?,
                    row.try_get("", "target_language")?,
                );
                let (source, target): (String, String) = (
                    row.try_get("", "source_text")?,
                    row.try_get("", "target_text")?,
                );
                let kind: String = row.try_get("", "kind")?;
                let origin: String = row.try_get("", "origin")?;
                let fields = UnitFields {
                    source_language: &source_language,
                    target_language: &target_language,
                    kind: UnitKind::parse(&kind)
                        .ok_or_else(|| StoreError::corrupt("unit kind", kind.clone()))?,
                    imported: origin == "import",
                    source: &source,
                    target: &target,
                };
                indexed.push(Indexed::of(&fields, row.try_get("", "id")?, backend));
            }
            self.write_index(&indexed).await?;
        }
        Ok(ids.len() as u64)
    }

    /// The units of the language pair (by primary language) waiting to be indexed, newest
    /// first.
    pub(super) async fn waiting_units(
        &self,
        source_language: &str,
        target_language: &str,
    ) -> Result<Vec<Waiting>, StoreError> {
        let backend = self.conn().get_database_backend();
        // An approval indexes the waiting units itself beyond the limit, so this reads them
        // all but for a few approvals committing at once; the bound keeps a lookup bounded
        // even then.
        let sql = format!(
            "SELECT u.id, u.source_language, u.target_language, u.source_text, u.target_text \
             FROM tm_pending p JOIN tm_units u ON u.id = p.unit_id \
             ORDER BY p.unit_id DESC LIMIT {}",
            PENDING_LIMIT * 2
        );
        let rows = self
            .conn()
            .query_all_raw(Statement::from_string(backend, sql))
            .await?;
        let (s, t) = (primary(source_language), primary(target_language));
        let mut out = Vec::new();
        for row in rows {
            let (unit_source, unit_target): (String, String) = (
                row.try_get("", "source_language")?,
                row.try_get("", "target_language")?,
            );
            if primary(&unit_source) == s && primary(&unit_target) == t {
                out.push(Waiting {
                    id: row.try_get("", "id")?,
                    source: row.try_get("", "source_text")?,
                    target: row.try_get("", "target_text")?,
                });
            }
        }
        Ok(out)
    }
}
