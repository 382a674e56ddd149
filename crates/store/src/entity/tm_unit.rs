//! A translation memory unit: a source text, its translation, and where they came from. Its
//! index entries live beside it, in tables of each database's own kind.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tm_units")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub source_language: String,
    pub target_language: String,
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub source_text: String,
    #[sea_orm(column_type = "Text")]
    pub target_text: String,
    pub source_key: i64,
    pub target_key: i64,
    pub origin: String,
    pub article_id: Option<i64>,
    pub translation_id: Option<i64>,
    pub revision: Option<i32>,
    pub source_revision: Option<i32>,
    pub paragraph: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub translator: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
    pub recorded_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
