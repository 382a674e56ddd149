//! A translation of an article into one language, with its workflow state.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub article_id: i64,
    pub language: String,
    pub state: String,
    pub head: i32,
    pub source_revision: i32,
    pub approved_revision: Option<i32>,
    pub approved_by: Option<i64>,
    pub last_submitted_revision: Option<i32>,
    pub published_revision: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub withdrawn_reason: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub credit_override: Option<String>,
    pub created_by: i64,
    /// Who the translation belongs to: only they and editors write to it.
    pub assignee_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The newest edition readers were told of (not minor), if any: feeds list by it.
    pub announced_edition: Option<i64>,
    /// When that edition was published.
    pub announced_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
