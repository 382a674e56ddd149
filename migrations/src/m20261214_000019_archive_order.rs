//! Reads that stay as fast in an archive of a million revisions as in a new database: each
//! lists translations in an order an index gives, so it reads a page's rows, not the table's.
//!
//! - `translations.announced_edition` and `announced_at`: the newest edition of a translation
//!   that readers were told of (not minor) and when it was published, written with the
//!   edition. Feeds and the front page list published translations by it, newest first; before,
//!   they found each translation's newest such edition among all editions, on every read. No
//!   foreign key: editions already reference their translation, and the two are written in one
//!   transaction. Filled here for the editions already published.
//! - Partial indexes on those two, with and without the translation's language: only
//!   translations with an edition are in them.
//! - The review queue reads a state's translations oldest update first: `(state, updated_at,
//!   id)`. The translations listing reads them in id order, filtered by state, by assignee or
//!   by language: `(state, id)`, `(assignee_id, state, id)` and `(language, id)`. The first two
//!   replace the indexes on `state` and on `assignee_id` alone, which on PostgreSQL left every
//!   matching row to be sorted.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &[&str] = &[
    "UPDATE translations SET announced_edition = (SELECT MAX(e.id) FROM editions e \
     WHERE e.translation_id = translations.id AND e.minor = FALSE)",
    "UPDATE translations SET announced_at = (SELECT e.created_at FROM editions e \
     WHERE e.id = translations.announced_edition) WHERE announced_edition IS NOT NULL",
    "CREATE INDEX idx_translations_announced ON translations (announced_at, announced_edition) \
     WHERE announced_edition IS NOT NULL",
    "CREATE INDEX idx_translations_language_announced \
     ON translations (language, announced_at, announced_edition) \
     WHERE announced_edition IS NOT NULL",
    "CREATE INDEX idx_translations_state_updated ON translations (state, updated_at, id)",
    "CREATE INDEX idx_translations_state_id ON translations (state, id)",
    "CREATE INDEX idx_translations_assignee_state ON translations (assignee_id, state, id)",
    "CREATE INDEX idx_translations_language_id ON translations (language, id)",
    "DROP INDEX ix_translations_state",
    "DROP INDEX ix_translations_assignee",
];

const DOWN: &[&str] = &[
    "CREATE INDEX ix_translations_state ON translations (state)",
    "CREATE INDEX ix_translations_assignee ON translations (assignee_id)",
    "DROP INDEX idx_translations_language_id",
    "DROP INDEX idx_translations_assignee_state",
    "DROP INDEX idx_translations_state_id",
    "DROP INDEX idx_translations_state_updated",
    "DROP INDEX idx_translations_language_announced",
    "DROP INDEX idx_translations_announced",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let (id, at) = match manager.get_database_backend() {
            DbBackend::Postgres => ("BIGINT", "TIMESTAMP WITH TIME ZONE"),
            _ => ("INTEGER", "timestamp_with_timezone_text"),
        };
        db.execute_unprepared(&format!(
            "ALTER TABLE translations ADD COLUMN announced_edition {id} NULL"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "ALTER TABLE translations ADD COLUMN announced_at {at} NULL"
        ))
        .await?;
        crate::run(manager, UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::run(manager, DOWN).await?;
        let db = manager.get_connection();
        for column in ["announced_at", "announced_edition"] {
            db.execute_unprepared(&format!("ALTER TABLE translations DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
