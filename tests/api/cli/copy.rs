//! `bitext copy --from URL --to URL`: a loaded demo database moved into the test database
//! (PostgreSQL when one is given) serves the same reads as the original, takes new writes, and
//! copied back into SQLite holds the same data; a copy that fails part-way leaves nothing and
//! can be run again, and a destination with other data is refused.

use std::{path::Path, process::Output};

use bitext_app::{App, AppConfig};
use bitext_store::{Store, TABLES};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{Server, bitext};
use crate::helpers::{TestDb, client};

fn sqlite(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// Runs `bitext copy --from FROM --to TO` in another process.
async fn copy(from: &str, to: &str) -> Output {
    let mut cmd = bitext(from);
    cmd.env("LANG", "en_US.UTF-8")
        .args(["copy", "--from", from, "--to", to]);
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Loads the demo into `db` and adds what it lacks: a webhook with a delivery waiting in the
/// outbox (the approved article published with no worker running), a glossary term, a
/// signed-in session and a failed sign-in. Returns the admin's token.
async fn load(db: &str) -> String {
    let out = bitext(db).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let people = String::from_utf8(out.stdout).unwrap();
    let token = |name: &str| {
        people
            .lines()
            .find(|l| l.starts_with(&format!("{name}\t")))
            .and_then(|l| l.split('\t').nth(2))
            .unwrap()
            .to_owned()
    };
    let password = people
        .lines()
        .find(|l| l.starts_with("jordan\t"))
        .and_then(|l| l.split('\t').nth(3))
        .unwrap()
        .to_owned();
    let (ming, sam) = (token("ming"), token("sam"));
    let server = Server::serve(bitext(db), &["--deliver-webhooks=false"], false).await;
    let http = client();
    let post = async |path: &str, token: &str, body: Value| {
        let res = http
            .post(format!("{}{path}", server.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_success(),
            "{path}: {}",
            res.text().await.unwrap()
        );
    };
    post(
        "/api/v1/webhooks",
        &ming,
        json!({"url": "https://hooks.example.org/bitext"}),
    )
    .await;
    post(
        "/api/v1/articles/bridge-repair/translations/en/actions",
        &sam,
        json!({"action": "publish"}),
    )
    .await;
    post(
        "/api/v1/glossary/zh-Hans/en/terms",
        &ming,
        json!({"term": "大棚", "translation": "hall"}),
    )
    .await;
    drop(server);
    let app = App::new(Store::connect(db).await.unwrap(), AppConfig::default());
    assert!(app.sign_in("jordan", "not-the-password").await.is_err());
    app.sign_in("jordan", &password).await.unwrap();
    app.store().clone().close().await.unwrap();
    ming
}

/// What a reader, an editor and an admin read: every answer, by path.
async fn reads(server: &Server, token: &str) -> Vec<(String, StatusCode, String)> {
    const PATHS: &[&str] = &[
        "/api/v1/articles?limit=100",
        "/api/v1/articles/chengnan-library-hours",
        "/api/v1/articles/chengnan-library-hours/revisions",
        "/api/v1/articles/chengnan-library-hours/diff?from=1&to=2",
        "/api/v1/articles/chengnan-library-hours/translations/en",
        "/api/v1/articles/chengnan-library-hours/translations/en/revisions",
        "/api/v1/articles/chengnan-library-hours/translations/en/diff?from=1&to=2",
        "/api/v1/articles/chengnan-library-hours/translations/en/source-diff",
        "/api/v1/articles/chengnan-library-hours/translations/en/events",
        "/api/v1/articles/school-garden/translations/en/comments",
        "/api/v1/review-queue",
        "/api/v1/translations?state=approved",
        "/api/v1/translations?language=en",
        "/api/v1/search?q=%E5%A4%A7%E6%A3%9A",
        "/api/v1/tm/concordance?source_language=zh-Hans&target_language=en&q=%E5%A4%A7%E6%A3%9A",
        "/api/v1/glossary/zh-Hans/en/terms",
        "/api/v1/users",
        "/api/v1/webhooks",
        "/api/v1/webhooks/1/deliveries",
        "/api/v1/published/riverside-market/en",
        "/api/v1/published/bridge-repair/en",
        "/feed/en.atom",
        "/read",
        "/read/riverside-market/en",
    ];
    let http = client();
    let mut out = Vec::new();
    for path in PATHS {
        let res = http
            .get(format!("{}{path}", server.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = res.status();
        // The two servers listen on different ports.
        let body = res
            .text()
            .await
            .unwrap()
            .replace(&server.base, "http://SERVER");
        out.push(((*path).to_owned(), status, body));
    }
    out
}

/// Every table's digest (its columns and every value read as text), the memory's waiting list
/// aside: the destination of a copy indexes every unit itself.
async fn digests(db: &str) -> Vec<(&'static str, bitext_store::TableDigest)> {
    let store = Store::connect(db).await.unwrap();
    let mut out = Vec::new();
    for table in TABLES.iter().filter(|t| **t != "tm_pending") {
        out.push((*table, store.table_digest(table).await.unwrap()));
    }
    store.close().await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_database_copied_out_serves_the_same_reads_and_copied_back_is_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let original = sqlite(&dir.path().join("original.db"));
    let token = load(&original).await;
    let middle = TestDb::new().await;

    let out = copy(&original, &middle.url).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("Copied and verified"),
        "{}",
        stderr(&out)
    );
    // One line per table on stdout: its name, rows and digest.
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        listed.lines().count(),
        bitext_store::copy::copied_tables().count()
    );
    assert!(listed.contains("\ntm_units\t"), "{listed}");

    // Back into a new SQLite file: the same data as the original, value for value.
    let back = sqlite(&dir.path().join("back.db"));
    let out = copy(&middle.url, &back).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(digests(&back).await, digests(&original).await);
    let store = Store::connect(&back).await.unwrap();
    assert_eq!(store.count_rows("tm_pending").await.unwrap(), 0);
    store.close().await.unwrap();

    // The copy answers every read as the original does, to the byte; tokens copied with
    // their people still open it.
    let quiet = ["--deliver-webhooks=false"];
    let (a, b) = (
        Server::serve(bitext(&original), &quiet, false).await,
        Server::serve(bitext(&middle.url), &quiet, false).await,
    );
    let (before, copied) = (reads(&a, &token).await, reads(&b, &token).await);
    for ((path, status, body), (_, copied_status, copied_body)) in before.iter().zip(&copied) {
        assert_eq!(*status, StatusCode::OK, "{path}: {body}");
        assert_eq!(copied_status, status, "{path}");
        assert_eq!(copied_body, body, "{path}");
    }
    let found: Value = serde_json::from_str(&copied[14].2).unwrap();
    assert!(
        !found["units"].as_array().unwrap().is_empty(),
        "the memory's index was rebuilt: {found}"
    );

    // It takes new writes: every id goes on from the largest copied.
    let res = client()
        .post(format!("{}/api/v1/articles", b.base))
        .bearer_auth(&token)
        .json(&json!({"slug": "after-the-move", "language": "zh-Hans", "title": "搬家以后", "body": "一切照常。"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::CREATED,
        "{}",
        res.text().await.unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copy_that_fails_part_way_leaves_nothing_and_runs_again_then_verifies_on_a_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let original = sqlite(&dir.path().join("original.db"));
    load(&original).await;
    let into = TestDb::new().await;

    // The last table refuses rows, after every other table was written.
    let store = Store::connect(&into.url).await.unwrap();
    store.migrate().await.unwrap();
    let (refuse, allow) = if into.postgres_name().is_some() {
        (
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER refuse BEFORE INSERT ON search_documents FOR EACH ROW EXECUTE FUNCTION refuse();",
            "DROP TRIGGER refuse ON search_documents; DROP FUNCTION refuse();",
        )
    } else {
        (
            "CREATE TRIGGER refuse BEFORE INSERT ON search_documents BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            "DROP TRIGGER refuse;",
        )
    };
    store.execute_unprepared(refuse).await.unwrap();
    let out = copy(&original, &into.url).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains("refused"), "{}", stderr(&out));
    for table in TABLES {
        assert_eq!(store.count_rows(table).await.unwrap(), 0, "{table}");
    }

    // Run again, it copies everything.
    store.execute_unprepared(allow).await.unwrap();
    let out = copy(&original, &into.url).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let first = String::from_utf8(out.stdout).unwrap();
    let copied = digests(&into.url).await;

    // Run once more, it verifies the copy and changes nothing.
    let out = copy(&original, &into.url).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("The destination holds this copy already"),
        "{}",
        stderr(&out)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), first);
    assert_eq!(digests(&into.url).await, copied);
    store.close().await.unwrap();
}

#[tokio::test]
async fn a_destination_with_other_data_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let original = sqlite(&dir.path().join("original.db"));
    load(&original).await;
    let other = sqlite(&dir.path().join("other.db"));
    let out = bitext(&other)
        .args(["user", "add", "lin", "--role", "translator"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let before = digests(&other).await;

    let out = copy(&original, &other).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("The destination holds other data (users: one row)"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(digests(&other).await, before);

    // Nor does a copy go into its own source.
    let out = copy(&original, &original).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("name the same database"),
        "{}",
        stderr(&out)
    );
}

/// Runs `psql` over `url` with one command; its output, trimmed.
fn psql(url: &str, sql: &str) -> String {
    let out = std::process::Command::new("psql")
        .args([url, "-tAXq", "-c", sql])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copy_killed_part_way_into_postgresql_leaves_nothing_and_runs_again() {
    let into = TestDb::new().await;
    let Some(name) = into.postgres_name() else {
        return; // Killing a copy mid-way is staged with PostgreSQL's locks.
    };
    let dir = tempfile::tempdir().unwrap();
    let original = sqlite(&dir.path().join("original.db"));
    load(&original).await;
    let store = Store::connect(&into.url).await.unwrap();
    store.migrate().await.unwrap();

    // Another session holds the last table, so the copy stops there, every other table
    // written in its transaction; it is killed while it waits.
    let locker = std::process::Command::new("psql")
        .args([
            into.url.as_str(),
            "-qX",
            "-c",
            "BEGIN; LOCK TABLE search_documents IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120);",
        ])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let waiting = format!(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' AND wait_event_type = 'Lock'"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while psql(
        &into.url,
        "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation = 'search_documents'::regclass",
    ) != "1"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the table was not locked"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let mut cmd = bitext(&original);
    cmd.args(["copy", "--from", &original, "--to", &into.url])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut copying = cmd.spawn().unwrap();
    while psql(&into.url, &waiting) != "1" {
        assert!(
            std::time::Instant::now() < deadline,
            "the copy never waited"
        );
        assert!(copying.try_wait().unwrap().is_none(), "the copy ended");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    copying.kill().unwrap();
    copying.wait().unwrap();
    let mut locker = locker;
    psql(
        &into.url,
        &format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()"
        ),
    );
    locker.wait().unwrap();
    // The killed copy's session ends once it finds its client gone.
    while psql(
        &into.url,
        &format!(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' \
             AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'"
        ),
    ) != "0"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the copy's session lingers"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    for table in TABLES {
        assert_eq!(store.count_rows(table).await.unwrap(), 0, "{table}");
    }

    let out = copy(&original, &into.url).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("Copied and verified"),
        "{}",
        stderr(&out)
    );
    store.close().await.unwrap();
}
