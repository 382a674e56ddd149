//! Minor editions: `editions.minor` marks an edition that only refreshed the original's text
//! (minor source revisions, a typo fixed) under the same translation revision. Readers see no
//! correction notice for it and feeds do not announce it. Editions made before are not minor.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("editions")
                    .add_column(boolean("minor").default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("editions")
                    .drop_column("minor")
                    .to_owned(),
            )
            .await
    }
}
