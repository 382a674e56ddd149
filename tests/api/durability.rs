//! SQLite makes every acknowledged commit durable unless the desk relaxes it: in WAL mode,
//! `synchronous = FULL` syncs the log to disk at every commit before the commit returns, so a
//! write the client saw succeed survives power loss, not only a crash of the process.
//! `--sqlite-synchronous normal` (`BITEXT_SQLITE_SYNCHRONOUS`) syncs at checkpoints only.
//! These tests use a SQLite file of their own, whichever database the others use.

use bitext_store::{SqliteSync, Store};

use crate::cli::{Server, bitext};

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("d.db").display())
}

#[tokio::test]
async fn sqlite_connections_sync_every_commit_unless_told_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    // Connections held open, so that the check below opens one more.
    let held = [
        store.read().await.unwrap(),
        store.read().await.unwrap(),
        store.read().await.unwrap(),
    ];
    assert_eq!(store.sqlite_sync().await.unwrap(), Some(SqliteSync::Full));
    drop(held);
    store.close().await.unwrap();

    let relaxed = Store::connect_with(&url, SqliteSync::Normal).await.unwrap();
    assert_eq!(
        relaxed.sqlite_sync().await.unwrap(),
        Some(SqliteSync::Normal)
    );
}

#[tokio::test]
async fn the_server_takes_the_setting_from_its_flag_or_environment_and_refuses_others() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    for (args, env, expected) in [
        (&[][..], None, "full"),
        (&[][..], Some("normal"), "normal"),
        (&["--sqlite-synchronous", "normal"][..], None, "normal"),
        (
            &["--sqlite-synchronous", "full"][..],
            Some("normal"),
            "full",
        ),
    ] {
        let mut cmd = bitext(&url);
        if let Some(value) = env {
            cmd.env("BITEXT_SQLITE_SYNCHRONOUS", value);
        }
        let server = Server::serve(cmd, args, false).await;
        let ready: serde_json::Value = crate::helpers::client()
            .get(format!("{}/readyz", server.base))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(ready["sqlite_synchronous"], expected, "{args:?} {env:?}");
        let (status, _, _) = server.stop().await;
        assert!(status.success());
    }
    let out = bitext(&url)
        .env("LANG", "en_US.UTF-8")
        .env("BITEXT_SQLITE_SYNCHRONOUS", "off")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("off") && stderr.contains("full"),
        "{stderr}"
    );
}
