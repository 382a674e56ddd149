//! What the command line tells a person goes through Fluent, in the language of their
//! environment: the use cases' errors worded as the API words them, and its own messages.

use crate::helpers::TestDb;

use super::{add_user, bitext};

#[tokio::test]
async fn command_line_errors_speak_the_terminals_language() {
    let db = TestDb::new().await;
    add_user(&db.url, "tom", "translator");
    let run = |lang: &str, args: &[&str]| {
        let out = bitext(&db.url)
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} succeeded");
        String::from_utf8(out.stderr).unwrap()
    };
    let again = ["user", "add", "tom", "--role", "translator"];
    let zh = run("zh_CN.UTF-8", &again);
    assert!(zh.contains("名为“tom”的用户已存在"), "{zh}");
    let en = run("en_US.UTF-8", &again);
    assert!(en.contains("tom") && !en.contains("用户"), "{en}");
    let no_role = run("zh_TW.UTF-8", &["user", "add", "ann", "--role", ""]);
    assert!(
        no_role.contains("--role") && no_role.contains("角色"),
        "{no_role}"
    );
}

#[tokio::test]
async fn token_states_are_listed_in_the_terminals_language() {
    let db = TestDb::new().await;
    add_user(&db.url, "tom", "translator");
    let out = bitext(&db.url)
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["token", "list", "tom"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let listed = String::from_utf8(out.stdout).unwrap();
    assert!(listed.contains("有效"), "{listed}");
    assert!(!listed.contains("active"), "{listed}");
}
