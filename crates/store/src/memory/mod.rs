//! The translation memory: units recorded when a translation revision is approved (or imported
//! from TMX), never deleted; the n-gram index that finds the few units worth scoring for a
//! fuzzy lookup; carry-overs, concordance searches and the memory read in order for export.
//!
//! A unit's n-gram keys ([`bitext_domain::memory::grams`]) are salted with its language pair,
//! by primary language subtag (`s:zh>en`): a lookup from `zh-CN` into `en-US` finds units from
//! `zh` into `en-GB` as well, and never a unit of another pair. The index holds a sketch of
//! them ([`bitext_domain::memory::sketch`]), at most 8 per unit.

mod concordance;
mod export;
mod lookup;
mod pending;
mod plan;
mod record;

use bitext_domain::memory::UnitKind;
use chrono::{DateTime, Utc};
use sea_orm::{DbBackend, Value};

pub use concordance::Side;
pub use export::ExportFilter;
pub use pending::PENDING_LIMIT;
pub use plan::QueryPlan;
pub use record::{ImportedUnit, NewUnit, Recorded, UnitSource};

/// A unit as lookups and exports read it, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryUnit {
    pub id: i64,
    pub kind: UnitKind,
    pub source_language: String,
    pub target_language: String,
    pub source: String,
    pub target: String,
    /// Recorded from an approval (else imported).
    pub approved: bool,
    /// The article's slug, for units recorded from an approval.
    pub slug: Option<String>,
    pub translation_id: Option<i64>,
    /// The translation revision approved.
    pub revision: Option<i32>,
    /// The source revision it rendered.
    pub source_revision: Option<i32>,
    pub paragraph: Option<i32>,
    pub translator: Option<String>,
    pub note: Option<String>,
    /// When it was translated (approved, or the date an imported unit carries).
    pub created_at: DateTime<Utc>,
    /// Whether the revision it comes from was published in an edition.
    pub published: bool,
    /// Whether the translation it comes from is withdrawn now: its units stay, marked.
    pub withdrawn: bool,
}

/// `?` placeholders (SQLite) or numbered ones (PostgreSQL) for `rows` rows of `columns`
/// values each, as `(…),(…)`, numbered from 1.
pub(crate) fn placeholders(backend: DbBackend, rows: usize, columns: usize) -> String {
    let mut out = String::with_capacity(rows * (columns * 6 + 3));
    let mut n = 0;
    for row in 0..rows {
        if row > 0 {
            out.push(',');
        }
        out.push('(');
        for column in 0..columns {
            if column > 0 {
                out.push(',');
            }
            n += 1;
            match backend {
                DbBackend::Postgres => {
                    out.push('$');
                    out.push_str(&n.to_string());
                }
                _ => out.push('?'),
            }
        }
        out.push(')');
    }
    out
}

/// `n` placeholders for an `IN (…)` list, numbered from `first` on PostgreSQL.
pub(crate) fn in_list(backend: DbBackend, first: usize, n: usize) -> String {
    (0..n)
        .map(|i| match backend {
            DbBackend::Postgres => format!("${}", first + i),
            _ => "?".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

impl crate::Tx {
    /// The units whose ids `stmt` selects in `column`, in the order it gives them.
    async fn units_selected(
        &self,
        stmt: sea_orm::Statement,
        column: &str,
    ) -> Result<Vec<MemoryUnit>, crate::StoreError> {
        use sea_orm::ConnectionTrait;
        let rows = self.conn().query_all_raw(stmt).await?;
        let ids = rows
            .iter()
            .map(|r| Ok(r.try_get::<i64>("", column)?))
            .collect::<Result<Vec<_>, crate::StoreError>>()?;
        self.memory_units(&ids).await
    }
}

pub(crate) fn values(ids: &[i64]) -> Vec<Value> {
    ids.iter().map(|&i| Value::from(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_on_postgres_and_plain_on_sqlite() {
        assert_eq!(placeholders(DbBackend::Sqlite, 2, 2), "(?,?),(?,?)");
        assert_eq!(placeholders(DbBackend::Postgres, 2, 2), "($1,$2),($3,$4)");
        assert_eq!(in_list(DbBackend::Postgres, 3, 2), "$3,$4");
    }
}
