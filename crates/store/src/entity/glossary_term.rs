//! A glossary term of one language pair; its lists are JSON arrays of strings.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "glossary_terms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub source_language: String,
    pub target_language: String,
    #[sea_orm(column_type = "Text")]
    pub term: String,
    #[sea_orm(column_type = "Text")]
    pub translation: String,
    #[sea_orm(column_type = "Text")]
    pub variants: String,
    #[sea_orm(column_type = "Text")]
    pub forbidden: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub created_by: i64,
    pub updated_at: DateTimeUtc,
    pub updated_by: i64,
}

impl ActiveModelBehavior for ActiveModel {}
