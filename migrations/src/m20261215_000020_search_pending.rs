//! Search is indexed after a revision commits, not in it. A new head marks its document as
//! waiting in `search_pending` (one short row per document, however many revisions follow); a
//! background task, or the next search, works out its terms from the head as it then stands
//! and writes them to `search_documents`. A burst of revisions to one document is indexed
//! once, and no writer holds the database's write lock while a long text is tokenized.
//!
//! Plain ids, no foreign keys, as for the memory's `tm_pending`: documents are never deleted,
//! and on PostgreSQL a foreign key would cost a trigger per revision.

use sea_orm_migration::prelude::*;

use crate::m20261209_000014_search::index_heads;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("search_pending")
                    // `article/<id>` or `translation/<id>`, as in `search_documents`.
                    .col(ColumnDef::new("doc_key").string().not_null().primary_key())
                    .col(ColumnDef::new("article_id").big_integer().not_null())
                    .col(ColumnDef::new("translation_id").big_integer().null())
                    // When its newest head was written: documents are indexed in that order.
                    .col(
                        ColumnDef::new("queued_at")
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_pending_queued")
                    .table("search_pending")
                    .col("queued_at")
                    .col("doc_key")
                    .to_owned(),
            )
            .await
    }

    /// The documents still waiting are indexed first, so that none is left out of search.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "DELETE FROM search_documents WHERE doc_key IN (SELECT doc_key FROM search_pending)",
            )
            .await?;
        index_heads(
            manager,
            "WHERE doc_key IN (SELECT doc_key FROM search_pending)",
        )
        .await?;
        manager
            .drop_table(Table::drop().table("search_pending").to_owned())
            .await
    }
}
