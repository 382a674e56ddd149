//! Search is indexed after a revision commits, not in it. A new head marks its document as
//! waiting in `search_pending` (one short row per document, however many revisions follow); a
//! background task, or the next search, works out its terms from the head as it then stands
//! and writes them to `search_documents`. A burst of revisions to one document is indexed
//! once, and no writer holds the database's write lock while a long text is tokenized.
//!
//! Plain ids, no foreign keys, as for the memory's `tm_pending`: documents are never deleted,
//! and on PostgreSQL a foreign key would cost a trigger per revision.

use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
use sea_orm_migration::{
    prelude::*,
    sea_orm::{DbBackend, Statement, Value},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The heads of the documents waiting, with their texts.
const HEADS: &str = "\
    SELECT doc_key, kind, article_id, translation_id, language, title, body, updated_at FROM ( \
        SELECT 'article/' || CAST(a.id AS TEXT) AS doc_key, 'article' AS kind, \
               a.id AS article_id, CAST(NULL AS BIGINT) AS translation_id, \
               a.language AS language, r.title AS title, r.body AS body, \
               r.created_at AS updated_at \
        FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.number = a.head \
        UNION ALL \
        SELECT 'translation/' || CAST(t.id AS TEXT), 'translation', t.article_id, t.id, \
               t.language, r.title, r.body, r.created_at \
        FROM translations t \
        JOIN translation_revisions r ON r.translation_id = t.id AND r.number = t.head \
    ) heads WHERE doc_key IN (SELECT doc_key FROM search_pending)";

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
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        // Rows first, in the order their heads were written (a larger id is a newer head),
        // then their terms.
        db.execute_unprepared(
            "DELETE FROM search_documents WHERE doc_key IN (SELECT doc_key FROM search_pending)",
        )
        .await?;
        db.execute_unprepared(&format!(
            "INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
             title_terms, body_terms, updated_at) \
             SELECT doc_key, kind, article_id, translation_id, language, '', '', updated_at \
             FROM ({HEADS}) waiting ORDER BY updated_at, doc_key"
        ))
        .await?;
        let rows = db
            .query_all_raw(Statement::from_string(backend, HEADS))
            .await?;
        let update = match backend {
            DbBackend::Postgres => {
                "UPDATE search_documents SET title_terms = $1, body_terms = $2 WHERE doc_key = $3"
            }
            _ => "UPDATE search_documents SET title_terms = ?, body_terms = ? WHERE doc_key = ?",
        };
        for row in rows {
            let title: String = row.try_get("", "title")?;
            let body: String = row.try_get("", "body")?;
            let values: Vec<Value> = vec![
                index_text(&title, MAX_TITLE_TERMS).into(),
                index_text(&body, MAX_BODY_TERMS).into(),
                row.try_get::<String>("", "doc_key")?.into(),
            ];
            db.execute_raw(Statement::from_sql_and_values(backend, update, values))
                .await?;
        }
        manager
            .drop_table(Table::drop().table("search_pending").to_owned())
            .await
    }
}
