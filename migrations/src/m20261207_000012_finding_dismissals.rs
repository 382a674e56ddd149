//! Editors' dismissals of quality-check findings: which finding (its fingerprint, stable while
//! the paragraph text stays the same), on which translation, where it was dismissed, why and by
//! whom. A finding is dismissed once per translation; the event log keeps the same record.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("finding_dismissals")
                    .col(big_pk_auto("id"))
                    .col(big_integer("translation_id"))
                    .col(string_len("finding", 16))
                    .col(string_len("code", 64))
                    .col(integer("revision"))
                    .col(integer("paragraph"))
                    .col(text("reason"))
                    .col(big_integer("dismissed_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_finding_dismissals_translation")
                            .from("finding_dismissals", "translation_id")
                            .to("translations", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_finding_dismissals_user")
                            .from("finding_dismissals", "dismissed_by")
                            .to("users", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_finding_dismissals_translation_finding")
                    .table("finding_dismissals")
                    .col("translation_id")
                    .col("finding")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("finding_dismissals").to_owned())
            .await
    }
}
