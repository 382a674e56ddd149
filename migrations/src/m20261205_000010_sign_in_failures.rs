//! Failed sign-ins counted per name, so that every server process slows the same guesses: the
//! name as typed (trimmed, lowercased) is kept only as its SHA-256 hash, whether or not anyone
//! has it. A row is deleted at `forget_at`; while `paused_until` is ahead, attempts under that
//! name are refused without verifying a password.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sign_in_failures")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("key_hash"))
                    .col(integer("failures"))
                    .col(timestamp_with_time_zone_null("paused_until"))
                    .col(timestamp_with_time_zone("forget_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sign_in_failures_forget_at")
                    .table("sign_in_failures")
                    .col("forget_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("sign_in_failures").to_owned())
            .await
    }
}
