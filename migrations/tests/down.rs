//! Migrations go down as well as up: the append-only guard on `events` is removed by its `down`
//! (after every later migration's `down`) and restored by `up`, on SQLite, or on PostgreSQL when
//! `BITEXT_TEST_DATABASE_URL` is set.

use bitext_migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{
    ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement,
};

/// The triggers on `events` and, on PostgreSQL, the functions they call.
async fn guards(db: &DatabaseConnection) -> i64 {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT (SELECT COUNT(*) FROM pg_trigger \
                     WHERE tgrelid = 'events'::regclass AND NOT tgisinternal) \
                  + (SELECT COUNT(*) FROM pg_proc WHERE proname = 'events_append_only') AS n"
        }
        _ => {
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
        }
    };
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("count")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("n")
}

/// How many migrations to go down to undo the append-only guard: it and every later one.
fn steps_to_the_guard() -> u32 {
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let at = names
        .iter()
        .position(|n| n == "m20261130_000004_append_only_events")
        .expect("the guard's migration");
    u32::try_from(names.len() - at).expect("few migrations")
}

async fn down_and_up(db: &DatabaseConnection, expected_up: i64) {
    Migrator::up(db, None).await.expect("up");
    assert_eq!(guards(db).await, expected_up);
    // Later migrations go down first, each undoing what it did.
    Migrator::down(db, Some(steps_to_the_guard()))
        .await
        .expect("down");
    assert_eq!(guards(db).await, 0, "down leaves a guard behind");
    Migrator::up(db, None).await.expect("up again");
    assert_eq!(guards(db).await, expected_up);
}

/// A fresh database: a temporary SQLite file, or a new PostgreSQL database when
/// `BITEXT_TEST_DATABASE_URL` is set (dropped at the end of the test).
#[tokio::test]
async fn the_append_only_guard_goes_down_and_up_again() {
    match std::env::var("BITEXT_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("bitext_migrations_{}", std::process::id());
            let admin = Database::connect(&admin_url)
                .await
                .expect("reach PostgreSQL");
            let run = |sql: String| {
                let admin = admin.clone();
                async move { admin.execute_unprepared(&sql).await.expect(&sql) }
            };
            run(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
            run(format!("CREATE DATABASE {name}")).await;
            let (base, _) = admin_url.rsplit_once('/').expect("URL with a database");
            let db = Database::connect(format!("{base}/{name}"))
                .await
                .expect("connect");
            // Two triggers (update or delete; truncate) and their function.
            down_and_up(&db, 3).await;
            db.close().await.ok();
            run(format!("DROP DATABASE {name} WITH (FORCE)")).await;
        }
        _ => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display());
            let db = Database::connect(url).await.expect("connect");
            // One trigger for UPDATE, one for DELETE.
            down_and_up(&db, 2).await;
        }
    }
}
