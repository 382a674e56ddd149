//! What search finds of a document head (an article or a translation): its terms, written by
//! the application. Each database indexes them its own way (FTS5, or a generated `tsvector`).
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_documents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub doc_key: String,
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
