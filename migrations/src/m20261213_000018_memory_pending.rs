//! The memory's index is written after an approval commits, not in it:
//!
//! - The units an approval records wait in `tm_pending` to be indexed (their sketches and
//!   concordance terms, see `m20261211_000016_memory_index`) by a background task. An approval
//!   then writes the units and one short row each, not the index. Lookups and concordance read
//!   the waiting units directly, so a unit is found from the moment its approval commits, as
//!   before. Plain ids, no foreign key (units are never deleted): on PostgreSQL a foreign key
//!   would cost a trigger per row of every approval.
//! - On PostgreSQL, the concordance terms move from two `tsvector` columns of `tm_units` to a
//!   table of their own, `tm_terms`, holding only the units concordance reads (paragraph units
//!   and imported units), under the same GIN indexes. A row of `tm_units` then touches no GIN
//!   index: GIN indexes every row, `NULL`s too, and those entries were a third of what writing an
//!   approval's units cost. Autovacuum empties the GIN pending lists after every 1,000 new rows
//!   of `tm_terms` (about 5,000 units).

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

use crate::m20261211_000016_memory_index::index_units;

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_UP: &[&str] = &[
    "CREATE TABLE tm_pending (unit_id BIGINT PRIMARY KEY)",
    "CREATE TABLE tm_terms (unit_id BIGINT PRIMARY KEY, source_vector tsvector NOT NULL, \
     target_vector tsvector NOT NULL)",
    "INSERT INTO tm_terms (unit_id, source_vector, target_vector) \
     SELECT id, source_vector, target_vector FROM tm_units \
     WHERE source_vector IS NOT NULL AND target_vector IS NOT NULL",
    "DROP INDEX idx_tm_units_source_vector",
    "DROP INDEX idx_tm_units_target_vector",
    "ALTER TABLE tm_units DROP COLUMN source_vector, DROP COLUMN target_vector",
    "ALTER TABLE tm_units RESET (autovacuum_vacuum_insert_threshold, \
     autovacuum_vacuum_insert_scale_factor)",
    "CREATE INDEX idx_tm_terms_source_vector ON tm_terms USING GIN (source_vector) \
     WITH (gin_pending_list_limit = 16384)",
    "CREATE INDEX idx_tm_terms_target_vector ON tm_terms USING GIN (target_vector) \
     WITH (gin_pending_list_limit = 16384)",
    "ALTER TABLE tm_terms SET (autovacuum_vacuum_insert_threshold = 1000, \
     autovacuum_vacuum_insert_scale_factor = 0)",
];

const POSTGRES_DOWN: &[&str] = &[
    "ALTER TABLE tm_units ADD COLUMN source_vector tsvector, ADD COLUMN target_vector tsvector",
    "UPDATE tm_units u SET source_vector = t.source_vector, target_vector = t.target_vector \
     FROM tm_terms t WHERE t.unit_id = u.id",
    "DROP TABLE tm_terms",
    "CREATE INDEX idx_tm_units_source_vector ON tm_units USING GIN (source_vector) \
     WITH (gin_pending_list_limit = 16384)",
    "CREATE INDEX idx_tm_units_target_vector ON tm_units USING GIN (target_vector) \
     WITH (gin_pending_list_limit = 16384)",
    "ALTER TABLE tm_units SET (autovacuum_vacuum_insert_threshold = 5000, \
     autovacuum_vacuum_insert_scale_factor = 0)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements: &[&str] = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_UP,
            _ => &["CREATE TABLE tm_pending (unit_id INTEGER PRIMARY KEY)"],
        };
        for sql in statements {
            manager.get_connection().execute_unprepared(sql).await?;
        }
        Ok(())
    }

    /// The terms go back into `tm_units`; then the units still waiting are indexed, so that
    /// none is left out of the index.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            for sql in POSTGRES_DOWN {
                manager.get_connection().execute_unprepared(sql).await?;
            }
        }
        index_units(manager, "AND id IN (SELECT unit_id FROM tm_pending)").await?;
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE tm_pending")
            .await?;
        Ok(())
    }
}
