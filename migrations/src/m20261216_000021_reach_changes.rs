//! What readers can reach changes without an edition when a translation is withdrawn or
//! reopened: listings and an article's pages in other languages drop or regain it. Their
//! `Last-Modified` must move then too, or a client asking `If-Modified-Since` is told its old
//! copy is current. Two partial indexes hold only those events (a few among millions), newest
//! last by id: the latest of any, and the latest of one article, are each one index lookup.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &[&str] = &[
    "CREATE INDEX idx_events_reach ON events (id) WHERE action IN ('withdraw', 'reopen')",
    "CREATE INDEX idx_events_article_reach ON events (article_id, id) \
     WHERE action IN ('withdraw', 'reopen')",
];

const DOWN: &[&str] = &[
    "DROP INDEX idx_events_article_reach",
    "DROP INDEX idx_events_reach",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::run(manager, UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::run(manager, DOWN).await
    }
}
