//! `bitext backup FILE`: a consistent, sound copy of a SQLite database taken while another
//! process writes to it, never over an existing file. These tests use SQLite files of their
//! own, whichever database the others use.

use std::{
    path::Path,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use bitext_app::{
    Actor, App, AppConfig,
    articles::{Content, NewArticle},
};
use bitext_domain::{Body, LanguageTag, Message, Slug, Title};
use bitext_store::Store;

use super::bitext;

fn url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// Runs `bitext backup FILE` over `db` in another process: success, and its stderr.
async fn backup(db: &str, file: &Path) -> (bool, String) {
    let mut cmd = bitext(db);
    cmd.env("LANG", "en_US.UTF-8").arg("backup").arg(file);
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn a_backup_taken_while_articles_are_written_holds_whole_transactions_and_serves() {
    let dir = tempfile::tempdir().unwrap();
    let db = url(&dir.path().join("live.db"));
    let store = Store::connect(&db).await.unwrap();
    store.migrate().await.unwrap();
    let app = App::new(store.clone(), AppConfig::default());
    let (user, _) = app
        .create_user("mei", "Mei", "editor".parse().unwrap())
        .await
        .unwrap();
    let actor = Actor::new(user, None);

    // A writer creating articles (an article, its revision, its events and its place on
    // search's waiting list in one transaction each) until told to stop.
    let (stop, written) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicU64::new(0)),
    );
    let writer = {
        let (app, stop, written) = (app.clone(), stop.clone(), written.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let content = Content {
                    title: Title::parse(&format!("第{n}篇")).unwrap(),
                    body: Body::parse(&"海关新规今天生效。".repeat(40)).unwrap(),
                    message: Message::default(),
                };
                let article = NewArticle {
                    slug: Slug::parse(&format!("story-{n}")).unwrap(),
                    language: LanguageTag::parse("zh-CN").unwrap(),
                    content,
                };
                app.create_article(&actor, article).await.unwrap();
                n += 1;
                written.store(n, Ordering::Relaxed);
            }
        })
    };
    while written.load(Ordering::Relaxed) < 20 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let file = dir.path().join("copy.db");
    let (ok, stderr) = backup(&db, &file).await;
    assert!(ok, "{stderr}");
    assert!(stderr.contains("Backed up the database to"), "{stderr}");
    let after_backup = written.load(Ordering::Relaxed);
    // The writer went on during and after the backup.
    while written.load(Ordering::Relaxed) < after_backup + 5 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();
    assert!(!dir.path().join("copy.db.partial").exists());

    let copy = Store::connect(&url(&file)).await.unwrap();
    assert_eq!(
        copy.integrity_problems().await.unwrap(),
        Vec::<String>::new()
    );
    assert!(copy.schema_state().await.unwrap().is_current());
    let articles = copy.count_rows("articles").await.unwrap();
    let total = store.count_rows("articles").await.unwrap();
    assert!(
        (20..total).contains(&articles),
        "{articles} of {total} articles"
    );
    // Whole transactions only: each article with its revision, and on search's waiting list
    // (nothing indexes it here).
    assert_eq!(
        copy.count_rows("article_revisions").await.unwrap(),
        articles
    );
    assert_eq!(copy.count_rows("search_pending").await.unwrap(), articles);
    // The copy serves: the newest article it holds reads back whole.
    let copied = App::new(copy, AppConfig::default());
    let last = Slug::parse(&format!("story-{}", articles - 1)).unwrap();
    let detail = copied.article(&last).await.unwrap();
    assert_eq!(detail.head.body, "海关新规今天生效。".repeat(40));
}

#[tokio::test]
async fn a_backup_never_overwrites_a_file_needs_its_folder_and_replaces_what_an_interrupted_one_left()
 {
    let dir = tempfile::tempdir().unwrap();
    let db = url(&dir.path().join("live.db"));
    Store::connect(&db).await.unwrap().migrate().await.unwrap();
    let file = dir.path().join("copy.db");
    std::fs::write(&file, b"last week's backup").unwrap();
    let (ok, stderr) = backup(&db, &file).await;
    assert!(!ok);
    assert!(stderr.contains("exists already"), "{stderr}");
    assert_eq!(std::fs::read(&file).unwrap(), b"last week's backup");

    let (ok, stderr) = backup(&db, &dir.path().join("nowhere/copy.db")).await;
    assert!(!ok);
    assert!(stderr.contains("There is no folder"), "{stderr}");

    std::fs::remove_file(&file).unwrap();
    std::fs::write(dir.path().join("copy.db.partial"), b"half a backup").unwrap();
    let (ok, stderr) = backup(&db, &file).await;
    assert!(ok, "{stderr}");
    assert!(!dir.path().join("copy.db.partial").exists());
    let copy = Store::connect(&url(&file)).await.unwrap();
    assert!(copy.schema_state().await.unwrap().is_current());
}
