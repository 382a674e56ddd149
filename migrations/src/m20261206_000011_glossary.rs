//! The glossary of each language pair: a term of the source language, the rendering the desk
//! agreed on, the other renderings allowed and those forbidden (each list a JSON array of
//! strings), a note, and a version counted from 1 that every edit raises, so that two editors
//! cannot overwrite each other's changes unseen. One row per (source, target, term).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("glossary_terms")
                    .col(big_pk_auto("id"))
                    .col(string("source_language"))
                    .col(string("target_language"))
                    .col(text("term"))
                    .col(text("translation"))
                    .col(text("variants"))
                    .col(text("forbidden"))
                    .col(text("note"))
                    .col(integer("version"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(big_integer("created_by"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(big_integer("updated_by"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_glossary_terms_created_by")
                            .from("glossary_terms", "created_by")
                            .to("users", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_glossary_terms_updated_by")
                            .from("glossary_terms", "updated_by")
                            .to("users", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_glossary_terms_pair_term")
                    .table("glossary_terms")
                    .col("source_language")
                    .col("target_language")
                    .col("term")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("glossary_terms").to_owned())
            .await
    }
}
