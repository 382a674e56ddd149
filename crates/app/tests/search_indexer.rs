//! Search is indexed beside the writes: revisions mark their documents as waiting, and the
//! indexer that runs beside the server writes their terms without anyone searching, then stops
//! when told to. On a temporary SQLite file, or a fresh PostgreSQL database when
//! `BITEXT_TEST_DATABASE_URL` is set.

use std::time::Duration;

use bitext_app::{
    App, AppConfig,
    articles::{Content, NewArticle},
};
use bitext_domain::{Body, LanguageTag, Message, Roles, Slug, Title};

mod db;

use db::Db;

fn content(title: &str, body: &str) -> Content {
    Content {
        title: Title::parse(title).unwrap(),
        body: Body::parse(body).unwrap(),
        message: Message::default(),
    }
}

#[tokio::test]
async fn the_indexer_indexes_waiting_documents_without_a_search_and_stops_when_told() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let roles: Roles = "editor".parse().unwrap();
    let editor = bitext_app::Actor::new(app.create_user("ed", "Ed", roles).await.unwrap().0, None);
    for (slug, title) in [("rain", "Rain tonight"), ("wind", "Wind tomorrow")] {
        app.create_article(
            &editor,
            NewArticle {
                slug: Slug::parse(slug).unwrap(),
                language: LanguageTag::parse("en").unwrap(),
                content: content(title, "A forecast."),
            },
        )
        .await
        .unwrap();
    }
    let slug = Slug::parse("rain").unwrap();
    for head in 1..4 {
        let body = format!("A forecast, take {head}.");
        app.revise_article(&editor, &slug, head, content("Rain tonight", &body), false)
            .await
            .unwrap();
    }
    assert_eq!(db.store.count_rows("search_pending").await.unwrap(), 2);
    assert_eq!(db.store.count_rows("search_documents").await.unwrap(), 0);

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let indexer = {
        let app = app.clone();
        tokio::spawn(async move {
            app.run_search_indexer(Duration::from_millis(20), async {
                let _ = stopped.await;
            })
            .await;
        })
    };
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while db.store.count_rows("search_pending").await.unwrap() > 0 {
        assert!(tokio::time::Instant::now() < deadline, "still waiting");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(db.store.count_rows("search_documents").await.unwrap(), 2);
    let indexed = db.store.table_digest("search_documents").await.unwrap();
    // What came while it ran is indexed too, at the latest when it stops.
    app.revise_article(&editor, &slug, 4, content("Rain at dawn", "Later."), false)
        .await
        .unwrap();
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), indexer)
        .await
        .expect("stops when told")
        .unwrap();
    assert_eq!(db.store.count_rows("search_pending").await.unwrap(), 0);
    let now = db.store.table_digest("search_documents").await.unwrap();
    assert_eq!(now.rows, 2);
    assert_ne!(now, indexed, "the new head's terms were written");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn revisions_and_the_indexer_running_at_once_never_wait_for_each_other() {
    // Translators revise their own translations while the indexer takes their documents off
    // the waiting list, as often as it can. On PostgreSQL a revision that locks its
    // translation and then waits for the indexer, while the indexer waits for that lock, is a
    // deadlock the database breaks by failing one of them: every revision here must land.
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = bitext_app::Actor::new(
        app.create_user("ed", "Ed", "translator,editor".parse().unwrap())
            .await
            .unwrap()
            .0,
        None,
    );
    let en = LanguageTag::parse("en").unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let indexer = {
        let app = app.clone();
        tokio::spawn(async move {
            app.run_search_indexer(Duration::from_millis(1), async {
                let _ = stopped.await;
            })
            .await;
        })
    };
    let mut writers = Vec::new();
    for w in 0..4 {
        let slug = Slug::parse(&format!("story-{w}")).unwrap();
        app.create_article(
            &editor,
            NewArticle {
                slug: slug.clone(),
                language: LanguageTag::parse("zh-Hans").unwrap(),
                content: content("标题", "正文。"),
            },
        )
        .await
        .unwrap();
        app.create_translation(&editor, &slug, &en, content("Title", "Text."))
            .await
            .unwrap();
        let (app, editor, en) = (app.clone(), editor.clone(), en.clone());
        writers.push(tokio::spawn(async move {
            for head in 1..=30 {
                let body = format!("Text, take {head}.");
                app.revise_translation(&editor, &slug, &en, head, content("Title", &body), None)
                    .await
                    .unwrap_or_else(|e| panic!("writer {w}, revision {head}: {e}"));
            }
        }));
    }
    for writer in writers {
        writer.await.unwrap();
    }
    stop.send(()).unwrap();
    indexer.await.unwrap();
    assert_eq!(db.store.count_rows("search_pending").await.unwrap(), 0);
    assert_eq!(db.store.count_rows("search_documents").await.unwrap(), 8);
    db.finish().await;
}

#[tokio::test]
async fn a_document_revised_while_it_is_indexed_stays_waiting_for_its_new_head() {
    use bitext_store::search::IndexedHead;
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let roles: Roles = "editor".parse().unwrap();
    let editor = bitext_app::Actor::new(app.create_user("ed", "Ed", roles).await.unwrap().0, None);
    let slug = Slug::parse("rain").unwrap();
    app.create_article(
        &editor,
        NewArticle {
            slug: slug.clone(),
            language: LanguageTag::parse("en").unwrap(),
            content: content("Rain tonight", "A forecast."),
        },
    )
    .await
    .unwrap();
    // The indexer reads what waits and its head, and works out the terms...
    let waiting = db
        .store
        .read()
        .await
        .unwrap()
        .waiting_documents()
        .await
        .unwrap();
    let heads = db
        .store
        .read()
        .await
        .unwrap()
        .document_heads(&waiting)
        .await
        .unwrap();
    let indexed: Vec<_> = heads.into_iter().map(IndexedHead::of).collect();
    // ...while the article is revised.
    app.revise_article(&editor, &slug, 1, content("Snow tonight", "Cold."), false)
        .await
        .unwrap();
    let tx = db.store.write().await.unwrap();
    assert_eq!(
        tx.write_indexed(&indexed).await.unwrap(),
        0,
        "none left the list"
    );
    tx.commit().await.unwrap();
    assert_eq!(db.store.count_rows("search_pending").await.unwrap(), 1);
    // The next pass indexes the new head.
    assert_eq!(app.index_search().await.unwrap(), 1);
    assert_eq!(db.store.count_rows("search_pending").await.unwrap(), 0);
    let hits = |q: &'static str| {
        let app = app.clone();
        let editor = editor.clone();
        async move {
            let query = bitext_domain::search::SearchQuery::parse(q).unwrap();
            app.search(&editor, &query, &Default::default(), 10, None)
                .await
                .unwrap()
                .items
                .len()
        }
    };
    assert_eq!(hits("snow").await, 1);
    assert_eq!(hits("rain").await, 0);
    db.finish().await;
}
