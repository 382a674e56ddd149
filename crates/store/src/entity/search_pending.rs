//! A document whose head search has not indexed yet: written with every new head, taken by the
//! indexer (see `crate::search`).
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_pending")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_key: String,
    pub article_id: i64,
    pub translation_id: Option<i64>,
    pub queued_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
