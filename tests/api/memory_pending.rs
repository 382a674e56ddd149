//! Indexing the memory after the approval: an approval's units wait in `tm_pending` until the
//! indexer writes their index entries, are found meanwhile exactly as they are once indexed,
//! are indexed right after the approval by the indexer running beside the server, never twice
//! by indexers running at once, and never wait beyond a bound.

use std::time::Duration;

use bitext_domain::memory::UnitKind;
use bitext_store::memory::{NewUnit, PENDING_LIMIT, UnitSource};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    memory::{ENGLISH, SOURCE, approved},
};

async fn pending(app: &TestApp) -> i64 {
    app.count("tm_pending").await
}

/// What a translator is offered: a lookup of an edited sentence and of an edited paragraph,
/// a paragraph's suggestions, and concordance on both sides.
async fn offered(app: &TestApp) -> Vec<Value> {
    let mut out = Vec::new();
    for text in [
        "美国海关与边境保护局周三宣布新规定。",
        "美国海关与边境保护局周二宣布新规定。新规定将于下月生效。官员表示，此举旨在加强安全。",
    ] {
        let body = json!({"source_language": "zh-CN", "target_language": "en-US", "text": text});
        let res = app.post("/api/v1/tm/lookup", &app.translator, &body).await;
        assert_eq!(res.status(), StatusCode::OK);
        out.push(res.json().await.unwrap());
    }
    for path in [
        "/api/v1/articles/rules/translations/en/suggestions?paragraph=0".to_owned(),
        format!(
            "/api/v1/tm/concordance?source_language=zh-CN&target_language=en&q={}",
            "%E6%B5%B7%E5%85%B3"
        ),
        "/api/v1/tm/concordance?source_language=zh&target_language=en&q=border&side=target"
            .to_owned(),
    ] {
        let res = app.get(&path, &app.translator).await;
        assert_eq!(res.status(), StatusCode::OK);
        out.push(res.json().await.unwrap());
    }
    out
}

#[tokio::test]
async fn units_waiting_to_be_indexed_are_offered_exactly_as_they_are_once_indexed() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let units = app.count("tm_units").await;
    assert_eq!(pending(&app).await, units, "every unit waits");
    let before = offered(&app).await;
    // Something is offered by each, so the comparison below compares something.
    assert_eq!(before[0]["suggestions"][0]["score"], 94);
    assert!(!before[1]["suggestions"].as_array().unwrap().is_empty());
    assert!(!before[2]["suggestions"].as_array().unwrap().is_empty());
    assert_eq!(before[3]["units"].as_array().unwrap().len(), 3);
    assert_eq!(before[4]["units"].as_array().unwrap().len(), 3);

    assert_eq!(app.app.index_memory().await.unwrap(), units as u64);
    assert_eq!(pending(&app).await, 0);
    assert_eq!(app.count("tm_units").await, units);
    // Nothing waits now: what is offered comes from the index, and is the same.
    assert_eq!(offered(&app).await, before);
    assert_eq!(app.app.index_memory().await.unwrap(), 0);
}

#[tokio::test]
async fn the_indexer_beside_the_server_indexes_an_approval_as_soon_as_it_commits() {
    let app = spawn_app().await;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let indexer = {
        let app = app.app.clone();
        // A timer of an hour: only the approval's wake-up can index within the test.
        tokio::spawn(async move {
            app.run_memory_indexer(Duration::from_secs(3600), async {
                let _ = stopped.await;
            })
            .await;
        })
    };
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let mut waited = Duration::ZERO;
    while pending(&app).await > 0 {
        assert!(waited < Duration::from_secs(20), "still waiting");
        tokio::time::sleep(Duration::from_millis(20)).await;
        waited += Duration::from_millis(20);
    }
    assert!(app.count("tm_units").await > 0);
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(10), indexer)
        .await
        .expect("the indexer stops when told")
        .unwrap();
}

/// `n` distinct sentence units.
fn many(n: usize) -> Vec<NewUnit> {
    (0..n)
        .map(|i| NewUnit {
            kind: UnitKind::Sentence,
            paragraph: Some(0),
            source: format!("第{i}号公告今天发布。"),
            target: format!("Notice No. {i} was issued today."),
        })
        .collect()
}

/// Records `units` as an approval of the translation of `slug`, committed.
async fn record(app: &TestApp, slug: &str, units: &[NewUnit]) {
    let tx = app.store.write().await.unwrap();
    let article = tx.article(slug).await.unwrap();
    let translation = tx.translation(slug, "en").await.unwrap();
    let source = UnitSource::Approval {
        source_language: article.language.clone(),
        target_language: translation.language.clone(),
        article_id: article.id,
        translation_id: translation.id,
        revision: 1,
        source_revision: 1,
        translator: "translator".into(),
        at: chrono::Utc::now(),
    };
    tx.record_units(&source, units).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn indexers_running_at_once_index_every_waiting_unit_once() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    record(&app, "rules", &many(900)).await;
    let waiting = pending(&app).await;
    assert!(
        waiting > 900 && waiting <= PENDING_LIMIT as i64,
        "{waiting}"
    );
    let (a, b, c) = tokio::join!(
        app.app.index_memory(),
        app.app.index_memory(),
        app.app.index_memory()
    );
    // A unit indexed twice would break the index's keys (a primary key on PostgreSQL) or be
    // counted twice here.
    assert_eq!(a.unwrap() + b.unwrap() + c.unwrap(), waiting as u64);
    assert_eq!(pending(&app).await, 0);
    let body = json!({"source_language": "zh-CN", "target_language": "en", "text": "第456号公告今天发布。"});
    let res = app.post("/api/v1/tm/lookup", &app.translator, &body).await;
    let found: Value = res.json().await.unwrap();
    assert_eq!(
        found["suggestions"][0]["unit"]["target"],
        "Notice No. 456 was issued today."
    );
    assert_eq!(found["suggestions"][0]["score"], 100);
}

#[tokio::test]
async fn an_approval_that_finds_too_many_units_waiting_indexes_them_itself() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let limit = usize::try_from(PENDING_LIMIT).unwrap();
    record(&app, "rules", &many(limit - 100)).await;
    let (waiting, units) = (pending(&app).await, app.count("tm_units").await);
    assert!(waiting > i64::try_from(limit).unwrap() - 100, "{waiting}");
    assert!(waiting <= i64::try_from(limit).unwrap(), "{waiting}");
    // Over the bound: this approval indexes everything waiting, its own units too.
    record(&app, "rules", &many(limit + 100)[limit - 100..]).await;
    assert_eq!(pending(&app).await, 0);
    assert_eq!(app.count("tm_units").await, units + 200);
    let body =
        json!({"source_language": "zh-CN", "target_language": "en", "text": "第5号公告今天发布。"});
    let res = app.post("/api/v1/tm/lookup", &app.translator, &body).await;
    let found: Value = res.json().await.unwrap();
    assert_eq!(found["suggestions"][0]["score"], 100);
}
