//! A lighter index for the translation memory, so that recording an approval writes a few
//! hundred index entries rather than tens of thousands:
//!
//! - `tm_grams` and `tm_gram_counts` go, and so does `idx_tm_units_article`, which no query
//!   reads (one index less to write per unit). A unit's source text is now indexed by its sketch
//!   (`bitext_domain::memory::sketch`: at most 8 of its n-gram keys), and nothing is counted.
//! - Concordance searches read each database's own full-text index of the search terms
//!   (`bitext_domain::search::index_text`) of both texts of the paragraph units and of the
//!   imported units; an approval's sentence units lie inside its paragraph units, and a
//!   search finds them through those.
//!
//! On SQLite both live in one contentless FTS5 table, `tm_fts`, whose rowid is minus the
//! unit's id (a doclist then streams newest first): `pair` holds the language pair as one term
//! (`zh0en`), `source_terms` and `target_terms` the texts' terms, `sketch` the sketch's keys as
//! terms (`bitext_domain::memory::key_term`). FTS5 writes a transaction's entries as one new
//! segment and merges segments as it goes, where a B-tree of hashed keys would dirty a page per
//! entry. On PostgreSQL the sketch's keys are rows of `tm_keys` (primary key `(gram,
//! unit_id)`), and the texts' terms two `tsvector` columns of `tm_units` (written as literals,
//! `bitext_domain::search::tsvector_literal`) under GIN indexes, whose pending lists take up to
//! 16 MiB, so that appending to them is what an approval pays, and which autovacuum empties
//! after every 5,000 new units.
//!
//! The units already recorded are indexed here.

use bitext_domain::{
    memory::{grams, key_term, pair_term, sketch, source_salt},
    search::{MAX_BODY_TERMS, index_text, tsvector_literal},
};
use sea_orm_migration::{
    prelude::*,
    sea_orm::{DbBackend, Statement, Value},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Units indexed per batch.
const BATCH: i64 = 500;

fn create_statements(backend: DbBackend) -> Vec<&'static str> {
    match backend {
        DbBackend::Postgres => vec![
            "DROP INDEX idx_tm_units_article",
            "DROP TABLE tm_gram_counts",
            "DROP TABLE tm_grams",
            "CREATE TABLE tm_keys (gram BIGINT NOT NULL, unit_id BIGINT NOT NULL, \
             PRIMARY KEY (gram, unit_id))",
            "ALTER TABLE tm_units ADD COLUMN source_vector tsvector, \
             ADD COLUMN target_vector tsvector",
        ],
        _ => vec![
            "DROP INDEX idx_tm_units_article",
            "DROP TABLE tm_gram_counts",
            "DROP TABLE tm_grams",
            "CREATE VIRTUAL TABLE tm_fts USING fts5(pair, source_terms, target_terms, sketch, \
             content='', tokenize='unicode61 remove_diacritics 0')",
        ],
    }
}

/// Indexes made once the existing units are in.
fn index_statements(backend: DbBackend) -> Vec<&'static str> {
    match backend {
        DbBackend::Postgres => vec![
            "CREATE INDEX idx_tm_units_source_vector ON tm_units USING GIN (source_vector) \
             WITH (gin_pending_list_limit = 16384)",
            "CREATE INDEX idx_tm_units_target_vector ON tm_units USING GIN (target_vector) \
             WITH (gin_pending_list_limit = 16384)",
            // Autovacuum, not an approval, empties the pending lists: after every 5,000 new
            // units rather than after a fifth of the table.
            "ALTER TABLE tm_units SET (autovacuum_vacuum_insert_threshold = 5000, \
             autovacuum_vacuum_insert_scale_factor = 0)",
        ],
        _ => vec![],
    }
}

/// Indexes the units matching `condition` (SQL beginning with `AND`, or nothing: every
/// unit, as this migration does for those recorded before it), a batch at a time in id order.
pub(crate) async fn index_units(manager: &SchemaManager<'_>, condition: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let pg = backend == DbBackend::Postgres;
    let mut last = 0i64;
    loop {
        let (after, limit) = if pg { ("$1", "$2") } else { ("?", "?") };
        let select = format!(
            "SELECT id, source_language, target_language, kind, origin, source_text, \
             target_text FROM tm_units WHERE id > {after} {condition} ORDER BY id LIMIT {limit}"
        );
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                select,
                [Value::from(last), Value::from(BATCH)],
            ))
            .await?;
        if rows.is_empty() {
            return Ok(());
        }
        for row in rows {
            let id: i64 = row.try_get("", "id")?;
            let s: String = row.try_get("", "source_language")?;
            let t: String = row.try_get("", "target_language")?;
            let kind: String = row.try_get("", "kind")?;
            let origin: String = row.try_get("", "origin")?;
            let source: String = row.try_get("", "source_text")?;
            let target: String = row.try_get("", "target_text")?;
            last = id;
            let keys = sketch(&grams(&source, &source_salt(&s, &t)));
            let terms = if pg { tsvector_literal } else { index_text };
            let (source_terms, target_terms) = if kind == "paragraph" || origin == "import" {
                (
                    Some(terms(&source, MAX_BODY_TERMS)),
                    Some(terms(&target, MAX_BODY_TERMS)),
                )
            } else {
                (None, None)
            };
            if pg {
                for key in keys {
                    db.execute_raw(Statement::from_sql_and_values(
                        backend,
                        "INSERT INTO tm_keys (gram, unit_id) VALUES ($1, $2)",
                        [Value::from(key), Value::from(id)],
                    ))
                    .await?;
                }
                db.execute_raw(Statement::from_sql_and_values(
                    backend,
                    "UPDATE tm_units SET source_vector = CAST($1 AS tsvector), \
                     target_vector = CAST($2 AS tsvector) WHERE id = $3",
                    [source_terms.into(), target_terms.into(), Value::from(id)],
                ))
                .await?;
            } else {
                let sketch_terms: Vec<String> = keys.into_iter().map(key_term).collect();
                db.execute_raw(Statement::from_sql_and_values(
                    backend,
                    "INSERT INTO tm_fts (rowid, pair, source_terms, target_terms, sketch) \
                     VALUES (?, ?, ?, ?, ?)",
                    [
                        Value::from(-id),
                        Value::from(pair_term(&s, &t)),
                        Value::from(source_terms.unwrap_or_default()),
                        Value::from(target_terms.unwrap_or_default()),
                        Value::from(sketch_terms.join(" ")),
                    ],
                ))
                .await?;
            }
        }
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        for sql in create_statements(backend) {
            db.execute_unprepared(sql).await?;
        }
        index_units(manager, "").await?;
        for sql in index_statements(backend) {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }

    /// Back to the tables of `m20261210_000015_translation_memory`, empty: a lookup then finds
    /// no fuzzy match until the units are recorded again.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statements: &[&str] = match manager.get_database_backend() {
            DbBackend::Postgres => &[
                "CREATE INDEX idx_tm_units_article ON tm_units (article_id, source_key)",
                "DROP TABLE tm_keys",
                "ALTER TABLE tm_units DROP COLUMN source_vector, DROP COLUMN target_vector",
                "CREATE TABLE tm_grams (gram BIGINT NOT NULL, unit_id BIGINT NOT NULL, \
                 PRIMARY KEY (gram, unit_id))",
                "CREATE TABLE tm_gram_counts (gram BIGINT NOT NULL PRIMARY KEY, \
                 units BIGINT NOT NULL)",
            ],
            _ => &[
                "CREATE INDEX idx_tm_units_article ON tm_units (article_id, source_key)",
                "DROP TABLE tm_fts",
                "CREATE TABLE tm_grams (gram INTEGER NOT NULL, unit_id INTEGER NOT NULL, \
                 PRIMARY KEY (gram, unit_id)) WITHOUT ROWID",
                "CREATE TABLE tm_gram_counts (gram INTEGER NOT NULL PRIMARY KEY, \
                 units INTEGER NOT NULL)",
            ],
        };
        for sql in statements {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
