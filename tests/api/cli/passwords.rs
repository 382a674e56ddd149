//! `bitext user passwd`: the new password comes from standard input and only its argon2id hash
//! is stored.

use std::{io::Write, process::Stdio};

use bitext_store::Store;

use super::{add_user, bitext};
use crate::helpers::TestDb;

/// Runs `bitext user passwd NAME` with `input` on standard input: success, stdout, stderr.
fn passwd(db: &str, name: &str, input: &str) -> (bool, String, String) {
    let mut child = bitext(db)
        .args(["user", "passwd", name])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

async fn stored_hash(db: &str, name: &str) -> Option<String> {
    let store = Store::connect(db).await.unwrap();
    let tx = store.read().await.unwrap();
    let (_, hash) = tx
        .user_with_password(name)
        .await
        .unwrap()
        .expect("the user");
    hash
}

#[tokio::test]
async fn user_passwd_stores_an_argon2id_hash_and_never_the_password() {
    let db = TestDb::new().await;
    add_user(&db.url, "mei", "editor");
    assert_eq!(stored_hash(&db.url, "mei").await, None);

    let (ok, stdout, stderr) = passwd(&db.url, "mei", "correct horse battery\n");
    assert!(ok, "{stderr}");
    assert!(
        stdout.is_empty() && !stderr.contains("correct horse"),
        "{stderr}"
    );
    let hash = stored_hash(&db.url, "mei").await.expect("a stored hash");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("correct horse"));
    assert!(bitext_password::verify_password("correct horse battery", &hash).unwrap());
}

#[tokio::test]
async fn user_passwd_refuses_a_short_password_and_stores_nothing() {
    let db = TestDb::new().await;
    add_user(&db.url, "mei", "editor");
    let (ok, _, stderr) = passwd(&db.url, "mei", "short\n");
    assert!(!ok);
    assert!(stderr.contains("10"), "{stderr}");
    assert_eq!(stored_hash(&db.url, "mei").await, None);
}
