//! Articles and source revisions.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn creating_an_article_stores_revision_one_and_canonicalizes_the_language() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/articles",
            &app.editor,
            &json!({"slug": "typhoon", "language": "zh-hans", "title": "台风", "body": "第一段。\n\n第二段。"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(res.headers()["etag"], "\"1\"");
    assert_eq!(res.headers()["location"], "/api/v1/articles/typhoon");
    let a: Value = res.json().await.unwrap();
    assert_eq!(a["language"], "zh-Hans");
    assert_eq!(a["head"], 1);
    assert_eq!(a["revision"]["number"], 1);
    assert_eq!(a["revision"]["parent"], Value::Null);
    assert_eq!(a["revision"]["author"], "ed");
    assert!(
        a["revision"]["content_hash"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );

    let got: Value = app
        .get("/api/v1/articles/typhoon", &app.translator)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(got["revision"]["body"], "第一段。\n\n第二段。");
}

#[tokio::test]
async fn revisions_are_numbered_in_order_and_each_stays_readable() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "one").await;
    for (base, body) in [(1, "two"), (2, "three")] {
        let res = app.revise_article("a", base, body, false).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        assert_eq!(res.headers()["etag"], format!("\"{}\"", base + 1));
    }
    let res = app.get("/api/v1/articles/a", &app.editor).await;
    assert_eq!(res.headers()["etag"], "\"3\"");
    for (n, body) in [(1, "one"), (2, "two"), (3, "three")] {
        let r: Value = app
            .get(&format!("/api/v1/articles/a/revisions/{n}"), &app.editor)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(r["body"], body);
        assert_eq!(r["number"], n);
    }
    let history: Value = app
        .get("/api/v1/articles/a/revisions?limit=2", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(history["items"].as_array().unwrap().len(), 2);
    assert_eq!(history["items"][1]["parent"], 1);
    let cursor = history["next_cursor"].as_str().unwrap().to_owned();
    let rest: Value = app
        .get(
            &format!("/api/v1/articles/a/revisions?limit=2&cursor={cursor}"),
            &app.editor,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(rest["items"][0]["number"], 3);
    assert_eq!(rest["next_cursor"], Value::Null);
}

#[tokio::test]
async fn a_stale_if_match_is_refused_and_writes_nothing() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "one").await;
    assert_eq!(
        app.revise_article("a", 1, "two", false).await.status(),
        StatusCode::CREATED
    );
    let before = app.snapshot().await;
    let res = app.revise_article("a", 1, "lost update", false).await;
    assert_eq!(res.status(), StatusCode::PRECONDITION_FAILED);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["code"], "precondition-failed");
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_missing_if_match_is_428() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "one").await;
    let res = app
        .post(
            "/api/v1/articles/a/revisions",
            &app.editor,
            &json!({"title": "T", "body": "x"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn articles_are_listed_and_filtered_by_language_state_and_outdated() {
    let app = spawn_app().await;
    app.create_article("zh-one", "zh-Hans", "一", "一").await;
    app.create_article("en-one", "en", "One", "one").await;
    app.create_translation("zh-one", "en", "One").await;
    let list = |q: &'static str| {
        let app = &app;
        async move {
            let v: Value = app
                .get(&format!("/api/v1/articles{q}"), &app.editor)
                .await
                .json()
                .await
                .unwrap();
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["slug"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list("").await, ["zh-one", "en-one"]);
    assert_eq!(list("?language=zh-hans").await, ["zh-one"]);
    assert_eq!(list("?state=draft").await, ["zh-one"]);
    assert!(list("?outdated=true").await.is_empty());
    assert_eq!(
        app.revise_article("zh-one", 1, "二", false).await.status(),
        StatusCode::CREATED
    );
    assert_eq!(list("?outdated=true").await, ["zh-one"]);
    assert_eq!(list("?outdated=false").await, ["en-one"]);
    // Each article is listed with its head revision's title.
    let v: Value = app
        .get("/api/v1/articles", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let titles: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Title", "One"]);
}

#[tokio::test]
async fn only_the_source_desk_writes_articles() {
    let app = spawn_app().await;
    let before = app.snapshot().await;
    let res = app
        .post(
            "/api/v1/articles",
            &app.translator,
            &json!({"slug": "a", "language": "en", "title": "T", "body": "b"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn if_match_compares_entity_tags_strongly_and_accepts_a_star_and_lists() {
    let app = spawn_app().await;
    app.create_article("tags", "en", "T", "one").await;
    let write = async |if_match: &str| {
        app.post_if_match(
            "/api/v1/articles/tags/revisions",
            &app.editor,
            if_match,
            &serde_json::json!({"title": "T", "body": format!("after {if_match}")}),
        )
        .await
        .status()
    };
    // Not the head's tag "1", though they read as the number 1: nothing written.
    for other in ["\"+1\"", "\"01\"", "W/\"1\"", "\"abc\"", "\"2\", \"3\""] {
        assert_eq!(
            write(other).await,
            StatusCode::PRECONDITION_FAILED,
            "{other}"
        );
    }
    assert_eq!(app.count("article_revisions").await, 1);
    // A list that names the head, then the head alone, then any head.
    assert_eq!(write("\"7\", \"1\"").await, StatusCode::CREATED);
    assert_eq!(write("\"2\"").await, StatusCode::CREATED);
    assert_eq!(write("*").await, StatusCode::CREATED);
    assert_eq!(app.count("article_revisions").await, 4);
    // What is not an entity tag at all is a malformed request.
    for bad in ["1", "\"1", "\"1 \"", "*, \"1\""] {
        assert_eq!(write(bad).await, StatusCode::BAD_REQUEST, "{bad}");
    }
}
