//! An immutable published edition of a translation.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub translation_id: i64,
    pub article_id: i64,
    pub number: i32,
    pub source_revision: i32,
    pub translation_revision: i32,
    /// JSON array of display names.
    #[sea_orm(column_type = "Text")]
    pub translators: String,
    /// JSON array of display names.
    #[sea_orm(column_type = "Text")]
    pub editors: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub credit_override: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub correction_note: Option<String>,
    /// Only the original's text moved (minor source revisions) under the same translation
    /// revision: no notice for readers, not announced by feeds.
    pub minor: bool,
    pub publisher_id: i64,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
