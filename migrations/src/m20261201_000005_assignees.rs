//! Who a translation belongs to: `translations.assignee_id`, a nullable reference to a person,
//! back-filled with each translation's creator (the one who has been writing it).

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn up_statements(backend: DbBackend) -> Vec<&'static str> {
    let add = match backend {
        DbBackend::Postgres => {
            "ALTER TABLE translations ADD COLUMN assignee_id BIGINT NULL \
             CONSTRAINT fk_translations_assignee REFERENCES users (id) ON DELETE RESTRICT"
        }
        // SQLite adds a column with a reference only in this column-constraint form.
        _ => {
            "ALTER TABLE translations ADD COLUMN assignee_id BIGINT NULL \
             REFERENCES users (id) ON DELETE RESTRICT"
        }
    };
    vec![
        add,
        "UPDATE translations SET assignee_id = created_by",
        "CREATE INDEX ix_translations_assignee ON translations (assignee_id)",
    ]
}

const DOWN: [&str; 2] = [
    "DROP INDEX IF EXISTS ix_translations_assignee",
    "ALTER TABLE translations DROP COLUMN assignee_id",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::run(manager, &up_statements(manager.get_database_backend())).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::run(manager, &DOWN).await
    }
}
