//! What the migration tests share: a fresh database to run on, and where a migration stands
//! in the list.

use bitext_migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection};

pub async fn run(db: &DatabaseConnection, sql: &str) {
    db.execute_unprepared(sql).await.expect(sql);
}

/// How many migrations come before the one called `name`.
pub fn migrations_before(name: &str) -> u32 {
    let at = Migrator::migrations()
        .iter()
        .position(|m| m.name() == name)
        .unwrap_or_else(|| panic!("no migration {name}"));
    u32::try_from(at).expect("few migrations")
}

/// Runs `check` on a fresh database: a new PostgreSQL database named after `label` when
/// `BITEXT_TEST_DATABASE_URL` is set (dropped after), else a temporary SQLite file.
pub async fn on_fresh_database(label: &str, check: impl AsyncFnOnce(&DatabaseConnection)) {
    match std::env::var("BITEXT_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("bitext_{label}_{}", std::process::id());
            let admin = Database::connect(&admin_url)
                .await
                .expect("reach PostgreSQL");
            run(
                &admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            )
            .await;
            run(&admin, &format!("CREATE DATABASE {name}")).await;
            let (base, _) = admin_url.rsplit_once('/').expect("URL with a database");
            let db = Database::connect(format!("{base}/{name}"))
                .await
                .expect("connect");
            check(&db).await;
            db.close().await.ok();
            run(&admin, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
        }
        _ => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display());
            let db = Database::connect(url).await.expect("connect");
            check(&db).await;
        }
    }
}
