//! On SQLite, writers that wait for their turn together commit together, and one that fails
//! takes back only its own work. On a temporary SQLite file, or a fresh PostgreSQL database
//! when `BITEXT_TEST_DATABASE_URL` is set (where every writer commits on its own, and the same
//! outcomes hold).

use std::time::{Duration, Instant};

use bitext_app::{
    Actor, App, AppConfig, AppError, StoreError,
    articles::{Content, NewArticle},
};
use bitext_domain::{LanguageTag, Message, Roles, Slug, Title};

mod db;

use db::Db;

fn content(body: &str) -> Content {
    Content {
        title: Title::parse("Title").unwrap(),
        body: bitext_domain::Body::parse(body).unwrap(),
        message: Message::default(),
    }
}

async fn person(app: &App, name: &str, roles: &str) -> Actor {
    let roles: Roles = roles.parse().unwrap();
    Actor::new(app.create_user(name, name, roles).await.unwrap().0, None)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writers_waiting_together_commit_together_and_a_failing_one_takes_back_only_its_own() {
    let db = Db::new().await;
    let sqlite = db.store.backend() == "sqlite";
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = person(&app, "ed", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let slug = Slug::parse("story").unwrap();
    app.create_article(
        &editor,
        NewArticle {
            slug: slug.clone(),
            language: LanguageTag::parse("zh-Hans").unwrap(),
            content: content("第一段。"),
        },
    )
    .await
    .unwrap();
    let languages = ["en", "fr", "de", "ja"].map(|l| LanguageTag::parse(l).unwrap());
    for language in &languages {
        app.create_translation(&translator, &slug, language, content("One."))
            .await
            .unwrap();
    }
    // The Japanese translation's revision 2 is taken behind the store's back: revising it fails
    // after its head moved, inside the shared transaction.
    db.store
        .execute_unprepared(
            "INSERT INTO translation_revisions (translation_id, number, parent, author_id, \
             created_at, message, title, body, content_hash, source_revision) \
             VALUES ((SELECT id FROM translations WHERE language = 'ja'), 2, 1, \
             (SELECT id FROM users WHERE name = 'ed'), '2026-01-01T00:00:00Z', '', 'Taken', \
             'Taken.', 'taken', 1)",
        )
        .await
        .unwrap();
    let commits = db.store.shared_commits();

    // A writer holds the turn while the four revisions queue behind it.
    let holder = db.store.write().await.unwrap();
    let mut tasks = Vec::new();
    for language in languages.clone() {
        let (app, translator, slug) = (app.clone(), translator.clone(), slug.clone());
        tasks.push(tokio::spawn(async move {
            let body = content(&format!("One, in {language}, revised."));
            app.revise_translation(&translator, &slug, &language, 1, body, None)
                .await
        }));
    }
    if sqlite {
        let start = Instant::now();
        while db.store.writers_waiting() < 4 {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "writers never queued"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    holder.commit().await.unwrap();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }

    for (language, outcome) in languages.iter().zip(&outcomes) {
        let head = app
            .translation(&slug, language)
            .await
            .unwrap()
            .translation
            .head;
        if language.as_str() == "ja" {
            assert!(
                matches!(outcome, Err(AppError::Store(StoreError::Stale { .. }))),
                "{outcome:?}"
            );
            assert_eq!(head, 1);
            let events = app
                .translation_events(&slug, language, 100, None)
                .await
                .unwrap();
            assert!(
                events
                    .items
                    .iter()
                    .all(|e| e.action != "translation.revise"),
                "{events:?}"
            );
        } else {
            let revised = outcome.as_ref().unwrap();
            assert_eq!(revised.revision.number, 2);
            assert_eq!(head, 2);
        }
    }
    if sqlite {
        // The holder's transaction took all four writers' work: one commit, one sync.
        assert_eq!(db.store.shared_commits() - commits, 1);
    }
    db.finish().await;
}
