//! `bitext token list` and `bitext token revoke`: ids and labels, never secrets; a revoked token
//! is refused at once by a server on the same database.

use reqwest::StatusCode;

use super::{Server, add_user, bitext};
use crate::helpers::TestDb;

/// `bitext token ARGS` over `db`: its stdout and stderr; it must succeed.
fn token(db: &str, args: &[&str]) -> (String, String) {
    let out = bitext(db).arg("token").args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "token {args:?}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// The lines of `bitext token list`, split at tabs: id, label, created, state.
fn token_list(db: &str, user: &str) -> Vec<Vec<String>> {
    let (stdout, _) = token(db, &["list", user]);
    stdout
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn token_list_shows_ids_and_labels_and_never_a_secret() {
    let db = TestDb::new().await;
    let first = add_user(&db.url, "mei", "editor");
    let (second, _) = token(&db.url, &["create", "mei", "--label", "laptop"]);
    let second = second.trim().to_owned();
    add_user(&db.url, "other", "translator");

    let (stdout, stderr) = token(&db.url, &["list", "mei"]);
    for secret in [&first, &second] {
        assert!(!stdout.contains(secret.as_str()) && !stderr.contains(secret.as_str()));
    }
    assert!(!stdout.contains("btx_"), "{stdout}");
    let rows = token_list(&db.url, "mei");
    // Newest first: the token made by `token create`, then the one `user add` printed.
    let labels: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(labels, ["laptop", "initial"]);
    for row in &rows {
        assert_eq!(row.len(), 4, "{row:?}");
        assert!(row[0].parse::<i64>().is_ok(), "{row:?}");
        assert!(
            chrono::DateTime::parse_from_rfc3339(&row[2]).is_ok(),
            "{row:?}"
        );
        assert_eq!(row[3], "active");
    }
    assert_ne!(rows[0][0], rows[1][0]);
    // Only that person's tokens; an unknown person is an error.
    assert_eq!(token_list(&db.url, "other").len(), 1);
    let out = bitext(&db.url)
        .args(["token", "list", "nobody"])
        .output()
        .unwrap();
    assert!(!out.status.success() && out.stdout.is_empty());
}

#[tokio::test]
async fn a_revoked_token_is_refused_by_a_server_on_the_same_database() {
    let db = TestDb::new().await;
    let revoked = add_user(&db.url, "mei", "editor");
    let (kept, _) = token(&db.url, &["create", "mei"]);
    let kept = kept.trim().to_owned();
    let server = Server::start(&db.url).await;
    let client = crate::helpers::client();
    let status = async |token: &str| {
        client
            .get(format!("{}/api/v1/articles", server.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .status()
    };
    assert_eq!(status(&revoked).await, StatusCode::OK);
    assert_eq!(status(&kept).await, StatusCode::OK);

    // The token `user add` printed is the older one: the last line of the list.
    let id = token_list(&db.url, "mei").last().unwrap()[0].clone();
    let (stdout, stderr) = token(&db.url, &["revoke", &id]);
    assert!(stdout.is_empty() && stderr.contains(&id), "{stderr}");

    assert_eq!(status(&revoked).await, StatusCode::UNAUTHORIZED);
    assert_eq!(status(&kept).await, StatusCode::OK);
    let states: Vec<String> = token_list(&db.url, "mei")
        .into_iter()
        .map(|r| r[3].clone())
        .collect();
    assert_eq!(states, ["active", "revoked"]);
    let out = bitext(&db.url)
        .args(["token", "revoke", "999999"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}
