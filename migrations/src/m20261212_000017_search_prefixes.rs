//! On SQLite, the search index keeps prefix indexes of 2 and 3 characters (FTS5's `prefix`
//! option), so that a query ending in a short word, matched as a prefix (`the` finds `the`,
//! `their`, `theory` …), reads one doclist in order, newest first, rather than merging the
//! doclists of every word it starts in memory. PostgreSQL matches prefixes in its GIN index
//! already; nothing changes there.
//!
//! The index is rebuilt from the terms `search_documents` holds; the triggers that keep it stay.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn rebuild(prefix: &str) -> [String; 3] {
    [
        "DROP TABLE search_fts".to_owned(),
        format!(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, body_terms, content='', \
             tokenize='unicode61 remove_diacritics 0'{prefix})"
        ),
        "INSERT INTO search_fts (rowid, title_terms, body_terms) \
         SELECT -id, title_terms, body_terms FROM search_documents"
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        for sql in rebuild(", prefix='2 3'") {
            manager.get_connection().execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        for sql in rebuild("") {
            manager.get_connection().execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}
