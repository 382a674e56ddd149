//! A migrated database for the use cases' tests: a temporary SQLite file, or a fresh
//! PostgreSQL database when `BITEXT_TEST_DATABASE_URL` is set, dropped by [`Db::finish`].

use bitext_store::Store;

/// A migrated database that lives as long as the value.
pub struct Db {
    pub store: Store,
    _dir: Option<tempfile::TempDir>,
    drop_url: Option<(String, String)>,
}

impl Db {
    pub async fn new() -> Db {
        match std::env::var("BITEXT_TEST_DATABASE_URL") {
            Ok(admin) if !admin.is_empty() => {
                let name = format!(
                    "bitext_app_{}_{}",
                    std::process::id(),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_nanos()
                );
                let a = Store::connect(&admin).await.unwrap();
                a.execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .unwrap();
                a.close().await.unwrap();
                let (base, _) = admin.rsplit_once('/').unwrap();
                let store = Store::connect(&format!("{base}/{name}")).await.unwrap();
                store.migrate().await.unwrap();
                Db {
                    store,
                    _dir: None,
                    drop_url: Some((admin, name)),
                }
            }
            _ => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("app.db").display());
                let store = Store::connect(&url).await.unwrap();
                store.migrate().await.unwrap();
                Db {
                    store,
                    _dir: Some(dir),
                    drop_url: None,
                }
            }
        }
    }

    pub async fn finish(self) {
        let Db {
            store, drop_url, ..
        } = self;
        store.close().await.unwrap();
        if let Some((admin, name)) = drop_url {
            let a = Store::connect(&admin).await.unwrap();
            a.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .unwrap();
            a.close().await.unwrap();
        }
    }
}
