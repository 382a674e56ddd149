//! The workflow's pins on a translation: the revision published and the reason for a withdrawal.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table("translations")
                    .add_column(integer_null("published_revision"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("translations")
                    .add_column(text_null("withdrawn_reason"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_events_actor")
                    .table("events")
                    .col("translation_id")
                    .col("actor_id")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_events_actor")
                    .table("events")
                    .to_owned(),
            )
            .await?;
        for col in ["withdrawn_reason", "published_revision"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("translations")
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
