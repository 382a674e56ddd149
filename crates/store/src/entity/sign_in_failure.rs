//! Failed sign-ins under one name: only the SHA-256 hash of the name as typed is stored.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_in_failures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub key_hash: String,
    pub failures: i32,
    pub paused_until: Option<DateTimeUtc>,
    pub forget_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
