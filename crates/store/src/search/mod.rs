//! Search across document heads: the index rows written in the transaction that moves a head,
//! and the query that finds, ranks and pages them the same way on SQLite and PostgreSQL.
//!
//! Matching is each database's own full-text index over the terms of
//! [`bitext_domain::search`] (see [`query`]); ranking is done here, in Rust, over the newest
//! [`CANDIDATES`] matches, so that both databases give the same list in the same order.

mod query;

use bitext_domain::{
    Revision,
    search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text},
};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

pub use query::{CANDIDATES, SearchFilter, SearchHit, SearchKind, SearchScope};

use crate::{StoreError, entity::search_document};

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

/// Indexes `revision` as the head of `doc`, replacing what was indexed for it: two statements,
/// in the caller's transaction, so the index moves with the head or not at all.
///
/// # Errors
/// Database errors only.
pub(crate) async fn index(
    db: &impl ConnectionTrait,
    doc: Doc<'_>,
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
    search_document::Entity::delete_many()
        .filter(search_document::Column::DocKey.eq(key.as_str()))
        .exec(db)
        .await?;
    search_document::Entity::insert(search_document::ActiveModel {
        doc_key: Set(key),
        kind: Set(kind.to_owned()),
        article_id: Set(article_id),
        translation_id: Set(translation_id),
        language: Set(language.to_owned()),
        title_terms: Set(index_text(&revision.title, MAX_TITLE_TERMS)),
        body_terms: Set(index_text(&revision.body, MAX_BODY_TERMS)),
        updated_at: Set(revision.created_at),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
