//! Search across document heads: the index rows, written after the revisions that move the
//! heads, and the query that finds, ranks and pages them the same way on SQLite and PostgreSQL.
//!
//! A new head only marks its document as waiting ([`mark`], one short row in the revision's
//! transaction); the indexer (see [`pending`]) later works out the terms of the head as it then
//! stands and writes them, once however many revisions came in between (see the migration
//! `m20261215_000020_search_pending`). The application runs it beside the server and
//! before every search, so a search sees every head committed before it began.
//!
//! Matching is each database's own full-text index over the terms of
//! [`bitext_domain::search`] (see [`query`]); ranking is done here, in Rust, over the newest
//! [`CANDIDATES`] matches, so that both databases give the same list in the same order.

mod pending;
mod query;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

pub use pending::{DocumentHead, INDEX_BATCH, IndexedHead, WaitingDocument};
pub use query::{CANDIDATES, SearchFilter, SearchHit, SearchKind, SearchScope};

use crate::StoreError;

/// Which document a head belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Doc {
    Article { id: i64 },
    Translation { id: i64, article_id: i64 },
}

impl Doc {
    /// `article/<id>` or `translation/<id>`: the document's key in the index.
    fn key(&self) -> String {
        match self {
            Doc::Article { id } => format!("article/{id}"),
            Doc::Translation { id, .. } => format!("translation/{id}"),
        }
    }
}

/// Marks `doc` as waiting to be indexed, in the caller's transaction: its head moved, at `at`.
/// One statement on a short row; a document waits once, however many heads follow.
///
/// # Errors
/// Database errors only.
pub(crate) async fn mark(
    db: &impl ConnectionTrait,
    doc: Doc,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    db.execute_raw(mark_statement(db.get_database_backend(), doc, at))
        .await?;
    Ok(())
}

/// The statement [`mark`] runs, for a [`crate::batch::Batch`].
pub(crate) fn mark_statement(backend: DbBackend, doc: Doc, at: DateTime<Utc>) -> Statement {
    let (article_id, translation_id) = match doc {
        Doc::Article { id } => (id, None),
        Doc::Translation { id, article_id } => (article_id, Some(id)),
    };
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO search_pending (doc_key, article_id, translation_id, queued_at) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (doc_key) DO UPDATE SET queued_at = excluded.queued_at"
        }
        _ => {
            "INSERT INTO search_pending (doc_key, article_id, translation_id, queued_at) \
             VALUES (?, ?, ?, ?) \
             ON CONFLICT (doc_key) DO UPDATE SET queued_at = excluded.queued_at"
        }
    };
    let values: Vec<Value> = vec![
        doc.key().into(),
        article_id.into(),
        translation_id.into(),
        at.into(),
    ];
    Statement::from_sql_and_values(backend, sql, values)
}
