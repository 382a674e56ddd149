//! An immutable revision of a translation, pinned to the source revision it renders.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub translation_id: i64,
    pub number: i32,
    pub parent: Option<i32>,
    pub author_id: i64,
    pub created_at: DateTimeUtc,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub content_hash: String,
    pub source_revision: i32,
}

impl ActiveModelBehavior for ActiveModel {}
