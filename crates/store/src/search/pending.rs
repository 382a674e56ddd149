//! Documents waiting to be indexed: a new head marks its document in `search_pending`
//! ([`super::mark`]), and [`Tx::index_waiting_documents`] writes the terms of each one's head as
//! it stands when it runs, in a transaction of its own.

use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use crate::{
    StoreError, Tx,
    memory::{in_list, values},
};

/// How many waiting documents one indexing transaction takes: on SQLite other writers wait for
/// that many documents' terms at most (a few milliseconds for texts of a few kilobytes).
pub const INDEX_BATCH: u64 = 32;

/// A waiting document's head, as it stands.
struct Head {
    doc_key: String,
    kind: &'static str,
    article_id: i64,
    translation_id: Option<i64>,
    language: String,
    title: String,
    body: String,
    updated_at: DateTime<Utc>,
}

impl Head {
    fn read(row: &QueryResult, kind: &'static str) -> Result<Self, StoreError> {
        let id: i64 = row.try_get("", "id")?;
        let translation_id = (kind == "translation").then_some(id);
        Ok(Self {
            doc_key: format!("{kind}/{id}"),
            kind,
            article_id: row.try_get("", "article_id")?,
            translation_id,
            language: row.try_get("", "language")?,
            title: row.try_get("", "title")?,
            body: row.try_get("", "body")?,
            updated_at: row.try_get("", "created_at")?,
        })
    }
}

impl Tx {
    /// How many documents wait to be indexed, counted up to `cap`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn documents_waiting(&self, cap: u64) -> Result<u64, StoreError> {
        let backend = self.conn().get_database_backend();
        let cap = i64::try_from(cap).unwrap_or(i64::MAX);
        let sql = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM search_pending LIMIT {}) w",
            in_list(backend, 1, 1)
        );
        let row = self
            .conn()
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [Value::from(cap)],
            ))
            .await?
            .ok_or_else(|| StoreError::corrupt("search", "no count"))?;
        Ok(u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0))
    }

    /// Indexes up to `limit` of the documents waiting, those whose heads were written first:
    /// takes them off the list, reads each one's head as it stands, and writes its terms in
    /// the order the heads were written (a larger index id is a newer head). Returns how many. On PostgreSQL, documents another
    /// transaction is indexing are skipped; a head committed while this runs marks its document
    /// again once this commits.
    ///
    /// # Errors
    /// Database errors; the caller's transaction then writes nothing, and the documents still
    /// wait.
    pub async fn index_waiting_documents(&self, limit: u64) -> Result<u64, StoreError> {
        let backend = self.conn().get_database_backend();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let lock = if backend == DbBackend::Postgres {
            "FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "DELETE FROM search_pending WHERE doc_key IN (SELECT doc_key FROM search_pending \
             ORDER BY queued_at, doc_key LIMIT {} {lock}) RETURNING article_id, translation_id",
            in_list(backend, 1, 1)
        );
        let taken = self
            .conn()
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [Value::from(limit)],
            ))
            .await?;
        let (mut articles, mut translations) = (Vec::new(), Vec::new());
        for row in &taken {
            match row.try_get::<Option<i64>>("", "translation_id")? {
                Some(id) => translations.push(id),
                None => articles.push(row.try_get::<i64>("", "article_id")?),
            }
        }
        let mut heads = Vec::with_capacity(taken.len());
        for (kind, ids, sql) in [
            (
                "article",
                &articles,
                "SELECT a.id AS id, a.id AS article_id, a.language AS language, r.title AS title, \
                 r.body AS body, r.created_at AS created_at FROM articles a \
                 JOIN article_revisions r ON r.article_id = a.id AND r.number = a.head \
                 WHERE a.id IN",
            ),
            (
                "translation",
                &translations,
                "SELECT t.id AS id, t.article_id AS article_id, t.language AS language, \
                 r.title AS title, r.body AS body, r.created_at AS created_at FROM translations t \
                 JOIN translation_revisions r ON r.translation_id = t.id AND r.number = t.head \
                 WHERE t.id IN",
            ),
        ] {
            if ids.is_empty() {
                continue;
            }
            let sql = format!("{sql} ({})", in_list(backend, 1, ids.len()));
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, values(ids)))
                .await?;
            for row in &rows {
                heads.push(Head::read(row, kind)?);
            }
        }
        heads.sort_by(|a, b| {
            a.updated_at
                .cmp(&b.updated_at)
                .then_with(|| a.doc_key.cmp(&b.doc_key))
        });
        for head in &heads {
            write(self.conn(), head).await?;
        }
        Ok(taken.len() as u64)
    }
}

/// Writes `head`'s terms as its document's row: a new row, or the document's row with the new
/// terms and a new id, so that a larger id is always a more recent head.
async fn write(db: &impl ConnectionTrait, head: &Head) -> Result<(), StoreError> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
             title_terms, body_terms, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (doc_key) DO UPDATE SET id = excluded.id, \
             title_terms = excluded.title_terms, body_terms = excluded.body_terms, \
             updated_at = excluded.updated_at"
        }
        // SQLite's writers take turns (every write transaction begins IMMEDIATE), so the
        // largest id plus one is free.
        _ => {
            "INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
             title_terms, body_terms, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (doc_key) DO UPDATE SET \
             id = (SELECT MAX(id) + 1 FROM search_documents), \
             title_terms = excluded.title_terms, body_terms = excluded.body_terms, \
             updated_at = excluded.updated_at"
        }
    };
    let values: Vec<Value> = vec![
        head.doc_key.clone().into(),
        head.kind.into(),
        head.article_id.into(),
        head.translation_id.into(),
        head.language.clone().into(),
        index_text(&head.title, MAX_TITLE_TERMS).into(),
        index_text(&head.body, MAX_BODY_TERMS).into(),
        head.updated_at.into(),
    ];
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    Ok(())
}
