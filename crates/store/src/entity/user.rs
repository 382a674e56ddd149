//! A person who uses Bitext.
use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub name: String,
    pub display_name: String,
    pub roles: String,
    pub created_at: DateTimeUtc,
    /// The interface language the person chose: a supported UI locale's tag.
    pub language: Option<String>,
    /// The argon2id PHC string of the person's password, if they have one.
    pub password_hash: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
