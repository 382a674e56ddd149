//! The memory read in order, a page at a time, for export. Units are never changed or deleted,
//! so reading pages by increasing id up to the largest id seen at the start gives exactly the
//! memory as it stood then, however long the export takes.

use sea_orm::{ConnectionTrait, Statement, Value};

use bitext_domain::memory::primary;

use super::{MemoryUnit, in_list};
use crate::{StoreError, Tx};

/// Which units an export reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Only units from this source language (by primary subtag).
    pub source_language: Option<String>,
    /// Only units into this target language (by primary subtag).
    pub target_language: Option<String>,
}

impl Tx {
    /// The largest unit id, 0 when the memory is empty.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_last_id(&self) -> Result<i64, StoreError> {
        let backend = self.conn().get_database_backend();
        let row = self
            .conn()
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COALESCE(MAX(id), 0) AS id FROM tm_units",
            ))
            .await?;
        Ok(match row {
            Some(row) => row.try_get::<i64>("", "id")?,
            None => 0,
        })
    }

    /// Up to `limit` units with ids above `after` and at most `up_to`, in id order.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_page(
        &self,
        filter: &ExportFilter,
        after: i64,
        up_to: i64,
        limit: u64,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let backend = self.conn().get_database_backend();
        let mut sql = format!(
            "SELECT id FROM tm_units WHERE id > {} AND id <= {}",
            in_list(backend, 1, 1),
            in_list(backend, 2, 1)
        );
        let mut bound = vec![Value::from(after), Value::from(up_to)];
        for (column, tag) in [
            ("source_language", &filter.source_language),
            ("target_language", &filter.target_language),
        ] {
            if let Some(tag) = tag {
                let p = primary(tag);
                let n = bound.len() + 1;
                sql.push_str(&format!(
                    " AND (LOWER({column}) = {} OR LOWER({column}) LIKE {})",
                    in_list(backend, n, 1),
                    in_list(backend, n + 1, 1)
                ));
                bound.push(Value::from(p.clone()));
                bound.push(Value::from(format!("{p}-%")));
            }
        }
        sql.push_str(&format!(" ORDER BY id LIMIT {limit}"));
        self.units_selected(Statement::from_sql_and_values(backend, sql, bound), "id")
            .await
    }
}
