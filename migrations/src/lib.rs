//! Bitext's database migrations: fixed history, one file per migration, the same for SQLite
//! and PostgreSQL. Migrations never import entities, so later entity changes cannot rewrite them.

// `async_trait` signatures cannot name the schema manager's lifetime.
#![allow(elided_lifetimes_in_paths)]

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_initial;
mod m20261128_000002_workflow;
mod m20261129_000003_publishing;
mod m20261130_000004_append_only_events;
mod m20261201_000005_assignees;
mod m20261201_000006_user_language;
mod m20261202_000007_correlation_ids;
mod m20261203_000008_passwords;
mod m20261204_000009_sessions;
mod m20261205_000010_sign_in_failures;
mod m20261206_000011_glossary;
mod m20261207_000012_finding_dismissals;
mod m20261208_000013_minor_editions;
mod m20261209_000014_search;
mod m20261210_000015_translation_memory;
mod m20261211_000016_memory_index;
mod m20261212_000017_search_prefixes;
mod m20261213_000018_memory_pending;
mod m20261214_000019_archive_order;
mod m20261215_000020_search_pending;
mod m20261216_000021_reach_changes;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_initial::Migration),
            Box::new(m20261128_000002_workflow::Migration),
            Box::new(m20261129_000003_publishing::Migration),
            Box::new(m20261130_000004_append_only_events::Migration),
            Box::new(m20261201_000005_assignees::Migration),
            Box::new(m20261201_000006_user_language::Migration),
            Box::new(m20261202_000007_correlation_ids::Migration),
            Box::new(m20261203_000008_passwords::Migration),
            Box::new(m20261204_000009_sessions::Migration),
            Box::new(m20261205_000010_sign_in_failures::Migration),
            Box::new(m20261206_000011_glossary::Migration),
            Box::new(m20261207_000012_finding_dismissals::Migration),
            Box::new(m20261208_000013_minor_editions::Migration),
            Box::new(m20261209_000014_search::Migration),
            Box::new(m20261210_000015_translation_memory::Migration),
            Box::new(m20261211_000016_memory_index::Migration),
            Box::new(m20261212_000017_search_prefixes::Migration),
            Box::new(m20261213_000018_memory_pending::Migration),
            Box::new(m20261214_000019_archive_order::Migration),
            Box::new(m20261215_000020_search_pending::Migration),
            Box::new(m20261216_000021_reach_changes::Migration),
        ]
    }
}

/// Runs `statements` in order, each as written (no parameters).
pub(crate) async fn run(manager: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for sql in statements {
        db.execute_unprepared(sql).await?;
    }
    Ok(())
}
