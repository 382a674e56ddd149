//! A review comment on a translation revision.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub translation_id: i64,
    pub revision: i32,
    pub parent_id: Option<i64>,
    pub author_id: i64,
    pub paragraph: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub quote: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
