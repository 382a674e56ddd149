//! An editor's dismissal of a quality-check finding on a translation.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "finding_dismissals")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub translation_id: i64,
    pub finding: String,
    pub code: String,
    pub revision: i32,
    pub paragraph: i32,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub dismissed_by: i64,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
