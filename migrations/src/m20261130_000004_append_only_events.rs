//! The audit trail is append-only in the database itself: triggers refuse every UPDATE and
//! DELETE on `events` (and TRUNCATE on PostgreSQL), whoever connects, not only through the API.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The message both databases raise; tests look for it.
const REFUSAL: &str = "events are append-only";

fn up_statements(backend: DbBackend) -> Vec<String> {
    match backend {
        DbBackend::Postgres => vec![
            format!(
                "CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN RAISE EXCEPTION '{REFUSAL}: % refused', TG_OP \
                 USING ERRCODE = 'restrict_violation'; END $$"
            ),
            "CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON events \
             FOR EACH ROW EXECUTE FUNCTION events_append_only()"
                .to_owned(),
            "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events \
             FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()"
                .to_owned(),
        ],
        _ => ["UPDATE", "DELETE"]
            .iter()
            .map(|op| {
                format!(
                    "CREATE TRIGGER events_no_{} BEFORE {op} ON events \
                     BEGIN SELECT RAISE(ABORT, '{REFUSAL}: {op} refused'); END",
                    op.to_lowercase()
                )
            })
            .collect(),
    }
}

fn down_statements(backend: DbBackend) -> Vec<String> {
    match backend {
        DbBackend::Postgres => vec![
            "DROP TRIGGER IF EXISTS events_no_truncate ON events".to_owned(),
            "DROP TRIGGER IF EXISTS events_no_update_or_delete ON events".to_owned(),
            "DROP FUNCTION IF EXISTS events_append_only()".to_owned(),
        ],
        _ => vec![
            "DROP TRIGGER IF EXISTS events_no_delete".to_owned(),
            "DROP TRIGGER IF EXISTS events_no_update".to_owned(),
        ],
    }
}

async fn run(manager: &SchemaManager<'_>, statements: Vec<String>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for sql in statements {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, up_statements(manager.get_database_backend())).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, down_statements(manager.get_database_backend())).await
    }
}
