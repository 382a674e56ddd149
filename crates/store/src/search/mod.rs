//! Search across document heads: the index rows written in the transaction that moves a head,
//! and the query that finds, ranks and pages them the same way on SQLite and PostgreSQL.
//!
//! Matching is each database's own full-text index over the terms of
//! [`bitext_domain::search`] (see [`query`]); ranking is done here, in Rust, over the newest
//! [`CANDIDATES`] matches, so that both databases give the same list in the same order.

mod query;

use bitext_domain::Revision;
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

pub use query::{CANDIDATES, SearchFilter, SearchHit, SearchKind, SearchScope};

use crate::{NewRevision, StoreError};

/// Which document a head belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Doc<'a> {
    Article {
        id: i64,
        language: &'a str,
    },
    Translation {
        id: i64,
        article_id: i64,
        language: &'a str,
    },
}

/// Indexes `revision` as the head of `doc`, replacing what was indexed for it: one statement,
/// in the caller's transaction, so the index moves with the head or not at all.
///
/// # Errors
/// Database errors only.
pub(crate) async fn index(
    db: &impl ConnectionTrait,
    doc: Doc<'_>,
    rev: &NewRevision,
    revision: &Revision,
) -> Result<(), StoreError> {
    let (key, kind, article_id, translation_id, language) = match doc {
        Doc::Article { id, language } => (format!("article/{id}"), "article", id, None, language),
        Doc::Translation {
            id,
            article_id,
            language,
        } => (
            format!("translation/{id}"),
            "translation",
            article_id,
            Some(id),
            language,
        ),
    };
    // One statement: a new row, or the document's row with the new terms and a new id, so that
    // a larger id is always a more recent head.
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
        key.into(),
        kind.into(),
        article_id.into(),
        translation_id.into(),
        language.into(),
        rev.derived.title_terms.clone().into(),
        rev.derived.body_terms.clone().into(),
        revision.created_at.into(),
    ];
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    Ok(())
}
