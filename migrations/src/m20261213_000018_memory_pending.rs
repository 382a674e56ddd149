//! The units an approval records wait in `tm_pending` to be indexed (their sketches and
//! concordance terms, see `m20261211_000016_memory_index`) by a background task, after the
//! approval has committed: an approval then writes the units and one short row each, not the
//! index. Lookups and concordance read the waiting units directly, so a unit is found from the
//! moment its approval commits, as before.
//!
//! Plain ids, no foreign key (units are never deleted): on PostgreSQL a foreign key would cost
//! a trigger per row of every approval.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

use crate::m20261211_000016_memory_index::index_units;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sql = match manager.get_database_backend() {
            DbBackend::Postgres => "CREATE TABLE tm_pending (unit_id BIGINT PRIMARY KEY)",
            _ => "CREATE TABLE tm_pending (unit_id INTEGER PRIMARY KEY)",
        };
        manager.get_connection().execute_unprepared(sql).await?;
        Ok(())
    }

    /// The units still waiting are indexed first, so that none is left out of the index.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        index_units(manager, "AND id IN (SELECT unit_id FROM tm_pending)").await?;
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE tm_pending")
            .await?;
        Ok(())
    }
}
