//! Documents waiting to be indexed: a new head marks its document in `search_pending`
//! ([`super::mark`], with the time of the head), and the indexer takes them in three steps, so
//! that no writer waits while texts are tokenized:
//!
//! 1. [`Tx::waiting_documents`] and [`Tx::document_heads`] read what waits and the heads as
//!    they stand (reads only);
//! 2. [`IndexedHead::of`] works out each head's terms, outside any transaction;
//! 3. [`Tx::write_indexed`] writes the terms and takes off the list each document whose mark
//!    is still the one read in step 1. A document marked again meanwhile stays on it, and is
//!    indexed again at its newer head.

use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use crate::{
    StoreError, Tx,
    memory::{in_list, values},
};

/// How many documents one indexing transaction writes: on SQLite other writers wait for that
/// many documents' index entries at most.
pub const INDEX_BATCH: usize = 32;

/// A document on the waiting list, as marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingDocument {
    doc_key: String,
    article_id: i64,
    translation_id: Option<i64>,
    /// When its newest head was written, as the mark holds it.
    queued_at: DateTime<Utc>,
}

impl WaitingDocument {
    /// The document's own id: a translation's, or an article's.
    fn id(&self) -> i64 {
        self.translation_id.unwrap_or(self.article_id)
    }
}

/// A waiting document's head, as it stands.
#[derive(Debug, Clone)]
pub struct DocumentHead {
    waiting: WaitingDocument,
    kind: &'static str,
    language: String,
    title: String,
    body: String,
    updated_at: DateTime<Utc>,
}

/// A head with its terms, ready to be written.
#[derive(Debug, Clone)]
pub struct IndexedHead {
    head: DocumentHead,
    title_terms: String,
    body_terms: String,
}

impl IndexedHead {
    /// Works out `head`'s terms: the costly step, which holds no transaction.
    #[must_use]
    pub fn of(head: DocumentHead) -> Self {
        Self {
            title_terms: index_text(&head.title, MAX_TITLE_TERMS),
            body_terms: index_text(&head.body, MAX_BODY_TERMS),
            head,
        }
    }
}

impl Tx {
    /// How many documents wait to be indexed.
    ///
    /// # Errors
    /// Database errors.
    pub async fn documents_waiting(&self) -> Result<u64, StoreError> {
        let n = crate::admin::count(self.conn(), "search_pending").await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The documents waiting to be indexed, those whose heads were written first first.
    ///
    /// # Errors
    /// Database errors.
    pub async fn waiting_documents(&self) -> Result<Vec<WaitingDocument>, StoreError> {
        let backend = self.conn().get_database_backend();
        let rows = self
            .conn()
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT doc_key, article_id, translation_id, queued_at FROM search_pending \
                 ORDER BY queued_at, doc_key",
            ))
            .await?;
        rows.iter()
            .map(|row| {
                Ok(WaitingDocument {
                    doc_key: row.try_get("", "doc_key")?,
                    article_id: row.try_get("", "article_id")?,
                    translation_id: row.try_get("", "translation_id")?,
                    queued_at: row.try_get("", "queued_at")?,
                })
            })
            .collect()
    }

    /// The heads of `waiting` as they stand now.
    ///
    /// # Errors
    /// Database errors.
    pub async fn document_heads(
        &self,
        waiting: &[WaitingDocument],
    ) -> Result<Vec<DocumentHead>, StoreError> {
        let backend = self.conn().get_database_backend();
        let (articles, translations): (Vec<_>, Vec<_>) =
            waiting.iter().partition(|w| w.translation_id.is_none());
        let mut heads = Vec::with_capacity(waiting.len());
        for (kind, docs, sql) in [
            (
                "article",
                articles,
                "SELECT a.id AS id, a.language AS language, r.title AS title, r.body AS body, \
                 r.created_at AS created_at FROM articles a \
                 JOIN article_revisions r ON r.article_id = a.id AND r.number = a.head \
                 WHERE a.id IN",
            ),
            (
                "translation",
                translations,
                "SELECT t.id AS id, t.language AS language, r.title AS title, r.body AS body, \
                 r.created_at AS created_at FROM translations t \
                 JOIN translation_revisions r ON r.translation_id = t.id AND r.number = t.head \
                 WHERE t.id IN",
            ),
        ] {
            if docs.is_empty() {
                continue;
            }
            let ids: Vec<i64> = docs.iter().map(|w| w.id()).collect();
            let sql = format!("{sql} ({})", in_list(backend, 1, ids.len()));
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, values(&ids)))
                .await?;
            for row in &rows {
                let id: i64 = row.try_get("", "id")?;
                let Some(w) = docs.iter().find(|w| w.id() == id) else {
                    continue;
                };
                heads.push(head(row, (*w).clone(), kind)?);
            }
        }
        Ok(heads)
    }

    /// Writes the terms of `indexed`, in the order their heads were written (a larger index id
    /// is a newer head), and takes off the waiting list each document whose mark is still the
    /// one its head was read for. Returns how many left the list.
    ///
    /// # Errors
    /// Database errors; the caller's transaction then writes nothing, and the documents still
    /// wait.
    pub async fn write_indexed(&self, indexed: &[IndexedHead]) -> Result<u64, StoreError> {
        let mut order: Vec<&IndexedHead> = indexed.iter().collect();
        order.sort_by(|a, b| {
            (a.head.updated_at, &a.head.waiting.doc_key)
                .cmp(&(b.head.updated_at, &b.head.waiting.doc_key))
        });
        for i in &order {
            write(self.conn(), i).await?;
        }
        // Last, so that on PostgreSQL a revision marking one of these documents waits for this
        // transaction only from here to its commit.
        let backend = self.conn().get_database_backend();
        let mut done = 0;
        for i in &order {
            let sql = match backend {
                DbBackend::Postgres => {
                    "DELETE FROM search_pending WHERE doc_key = $1 AND queued_at = $2"
                }
                _ => "DELETE FROM search_pending WHERE doc_key = ? AND queued_at = ?",
            };
            let w = &i.head.waiting;
            let values: Vec<Value> = vec![w.doc_key.clone().into(), w.queued_at.into()];
            done += self
                .conn()
                .execute_raw(Statement::from_sql_and_values(backend, sql, values))
                .await?
                .rows_affected();
        }
        Ok(done)
    }
}

fn head(
    row: &QueryResult,
    waiting: WaitingDocument,
    kind: &'static str,
) -> Result<DocumentHead, StoreError> {
    Ok(DocumentHead {
        waiting,
        kind,
        language: row.try_get("", "language")?,
        title: row.try_get("", "title")?,
        body: row.try_get("", "body")?,
        updated_at: row.try_get("", "created_at")?,
    })
}

/// Writes a head's terms as its document's row: a new row, or the document's row with the new
/// terms and a new id, so that a larger id is always a more recent head.
async fn write(db: &impl ConnectionTrait, indexed: &IndexedHead) -> Result<(), StoreError> {
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
    let head = &indexed.head;
    let values: Vec<Value> = vec![
        head.waiting.doc_key.clone().into(),
        head.kind.into(),
        head.waiting.article_id.into(),
        head.waiting.translation_id.into(),
        head.language.clone().into(),
        indexed.title_terms.clone().into(),
        indexed.body_terms.clone().into(),
        head.updated_at.into(),
    ];
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    Ok(())
}
