//! Search across articles and translations: `search_documents` holds one row per document head
//! (an article's, in its source language, or a translation's, in its language) with its title
//! and body as search terms (see `bitext_domain::search`), and each database indexes them with
//! its own full-text machinery: a contentless FTS5 table kept by triggers on SQLite, a generated `tsvector`
//! (title weighted A, body B) under a GIN index on PostgreSQL. Heads that exist already are
//! indexed here, so a database from before is searchable after.

use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{DbBackend, Statement, Value},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index_statements(backend: DbBackend) -> Vec<&'static str> {
    match backend {
        DbBackend::Postgres => vec![
            "ALTER TABLE search_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS \
             (setweight(to_tsvector('simple', title_terms), 'A') || \
              setweight(to_tsvector('simple', body_terms), 'B')) STORED",
            "CREATE INDEX idx_search_documents_vector ON search_documents USING GIN (search_vector)",
        ],
        _ => vec![
            // A contentless index whose rowid is minus the document's id: FTS5 reads a long
            // doclist in ascending rowid order as a stream, and this order is newest first.
            "CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, body_terms, \
             content='', tokenize='unicode61 remove_diacritics 0')",
            "CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN \
             INSERT INTO search_fts(rowid, title_terms, body_terms) \
             VALUES (-new.id, new.title_terms, new.body_terms); END",
            "CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN \
             INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) \
             VALUES ('delete', -old.id, old.title_terms, old.body_terms); END",
            "CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN \
             INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) \
             VALUES ('delete', -old.id, old.title_terms, old.body_terms); \
             INSERT INTO search_fts(rowid, title_terms, body_terms) \
             VALUES (-new.id, new.title_terms, new.body_terms); END",
        ],
    }
}

/// Every head, by document key, with the time it was written and its title and body.
const HEADS: &str = "\
    SELECT 'article/' || CAST(a.id AS TEXT) AS doc_key, 'article' AS kind, \
           a.id AS article_id, CAST(NULL AS BIGINT) AS translation_id, \
           a.language AS language, r.created_at AS updated_at, r.title AS title, r.body AS body \
    FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.number = a.head \
    UNION ALL \
    SELECT 'translation/' || CAST(t.id AS TEXT), 'translation', t.article_id, t.id, \
           t.language, r.created_at, r.title, r.body \
    FROM translations t \
    JOIN translation_revisions r ON r.translation_id = t.id AND r.number = t.head";

/// Indexes the heads `condition` keeps (SQL over `doc_key` beginning with `WHERE`, or nothing:
/// every head, as this migration does for those written before it): rows in the order they
/// were last revised, so that later row ids are newer, then their terms.
pub(crate) async fn index_heads(manager: &SchemaManager<'_>, condition: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    db.execute_unprepared(&format!(
        "INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
                                       title_terms, body_terms, updated_at) \
         SELECT doc_key, kind, article_id, translation_id, language, '', '', updated_at \
         FROM ({HEADS}) heads {condition} ORDER BY updated_at, doc_key"
    ))
    .await?;
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!("SELECT doc_key, title, body FROM ({HEADS}) heads {condition}"),
        ))
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
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("search_documents")
                    .col(big_pk_auto("id"))
                    // `article/<id>` or `translation/<id>`: one row per document.
                    .col(string("doc_key").unique_key())
                    .col(string("kind"))
                    .col(big_integer("article_id"))
                    .col(big_integer_null("translation_id"))
                    .col(string("language"))
                    .col(text("title_terms"))
                    .col(text("body_terms"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_search_documents_article")
                            .from("search_documents", "article_id")
                            .to("articles", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_search_documents_translation")
                            .from("search_documents", "translation_id")
                            .to("translations", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for sql in index_statements(manager.get_database_backend()) {
            db.execute_unprepared(sql).await?;
        }
        index_heads(manager, "").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            manager
                .get_connection()
                .execute_unprepared("DROP TABLE IF EXISTS search_fts")
                .await?;
        }
        manager
            .drop_table(Table::drop().table("search_documents").to_owned())
            .await
    }
}
