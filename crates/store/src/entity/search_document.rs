//! One document head in the search index: an article's (in its source language) or a
//! translation's, its title and body as search terms. The row is replaced whenever the head
//! moves, so a larger id is a more recent head. Each database indexes the terms its own way
//! (FTS5 on SQLite, a generated `tsvector` on PostgreSQL), outside this entity.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `article/<id>` or `translation/<id>`.
    #[sea_orm(unique)]
    pub doc_key: String,
    /// `article` or `translation`.
    pub kind: String,
    pub article_id: i64,
    pub translation_id: Option<i64>,
    pub language: String,
    #[sea_orm(column_type = "Text")]
    pub title_terms: String,
    #[sea_orm(column_type = "Text")]
    pub body_terms: String,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
