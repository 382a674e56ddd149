//! Publishing: immutable editions, the credit override on a translation, webhook subscribers
//! and the transactional outbox of their deliveries with every attempt.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("translations")
                    .add_column(text_null("credit_override"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("editions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("translation_id"))
                    .col(big_integer("article_id"))
                    .col(integer("number"))
                    .col(integer("source_revision"))
                    .col(integer("translation_revision"))
                    .col(text("translators"))
                    .col(text("editors"))
                    .col(text_null("credit_override"))
                    .col(text_null("correction_note"))
                    .col(big_integer("publisher_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_editions_translation",
                        ("editions", "translation_id"),
                        "translations",
                    ))
                    .foreign_key(&mut fk(
                        "fk_editions_article",
                        ("editions", "article_id"),
                        "articles",
                    ))
                    .foreign_key(&mut fk(
                        "fk_editions_publisher",
                        ("editions", "publisher_id"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_editions_number")
                    .table("editions")
                    .col("translation_id")
                    .col("number")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("webhooks")
                    .col(big_pk_auto("id"))
                    .col(text("url"))
                    .col(string("secret"))
                    .col(boolean("active"))
                    .col(big_integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_webhooks_creator",
                        ("webhooks", "created_by"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("deliveries")
                    .col(big_pk_auto("id"))
                    .col(big_integer("webhook_id"))
                    .col(string("event"))
                    .col(text("payload"))
                    .col(string("status"))
                    .col(integer("attempts"))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(timestamp_with_time_zone_null("delivered_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_deliveries_webhook",
                        ("deliveries", "webhook_id"),
                        "webhooks",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_deliveries_due")
                    .table("deliveries")
                    .col("status")
                    .col("next_attempt_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("delivery_attempts")
                    .col(big_pk_auto("id"))
                    .col(big_integer("delivery_id"))
                    .col(timestamp_with_time_zone("attempted_at"))
                    .col(integer_null("status_code"))
                    .col(text_null("error"))
                    .col(big_integer("duration_ms"))
                    .foreign_key(&mut fk(
                        "fk_delivery_attempts_delivery",
                        ("delivery_attempts", "delivery_id"),
                        "deliveries",
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["delivery_attempts", "deliveries", "webhooks", "editions"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("translations")
                    .drop_column("credit_override")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
