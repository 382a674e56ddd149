//! Translations, their revisions and the source diff.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_translation_starts_in_draft_pinned_to_the_source_head() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "标题", "一。\n\n二。")
        .await;
    app.revise_article("a", 1, "一。\n\n二！", false).await;
    let t = app.create_translation("a", "EN-gb", "One.\n\nTwo!").await;
    assert_eq!(t["language"], "en-GB");
    assert_eq!(t["state"], "draft");
    assert_eq!(t["source_revision"], 2);
    assert_eq!(t["outdated"], false);
    assert_eq!(t["revision"]["source_revision"], 2);
    let res = app
        .get("/api/v1/articles/a/translations/en-gb", &app.editor)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["etag"], "\"1\"");
}

#[tokio::test]
async fn a_major_source_change_outdates_a_translation_and_a_minor_one_does_not() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "标题", "今天下雨。")
        .await;
    app.create_translation("a", "en", "It rains today.").await;
    assert_eq!(
        app.revise_article("a", 1, "今天下雨.", true).await.status(),
        StatusCode::CREATED
    );
    let t: Value = app
        .get("/api/v1/articles/a/translations/en", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t["outdated"], false, "a minor revision must not outdate");
    assert_eq!(
        app.revise_article("a", 2, "今天下大雨.", false)
            .await
            .status(),
        StatusCode::CREATED
    );
    assert_eq!(
        app.revise_article("a", 3, "今天下大雨。明天晴。", false)
            .await
            .status(),
        StatusCode::CREATED
    );
    let t: Value = app
        .get("/api/v1/articles/a/translations/en", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t["outdated"], true);
    assert_eq!(t["article_head"], 4);

    // The source diff is cumulative: from the pinned revision 1 to the head 4.
    let d: Value = app
        .get(
            "/api/v1/articles/a/translations/en/source-diff",
            &app.translator,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(d["from"], 1);
    assert_eq!(d["to"], 4);
    let spans = d["paragraphs"][0]["spans"].as_array().unwrap();
    let inserted: String = spans
        .iter()
        .filter(|s| s["op"] == "insert")
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        inserted.contains('大') && inserted.contains('明'),
        "{inserted}"
    );

    // Declaring the new source revision brings it up to date.
    let res = app
        .post_if_match(
            "/api/v1/articles/a/translations/en/revisions",
            &app.translator,
            "\"1\"",
            &json!({"title": "T", "body": "Heavy rain today. Sunny tomorrow.", "source_revision": 4}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let t: Value = app
        .get("/api/v1/articles/a/translations/en", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(t["outdated"], false);
    assert_eq!(t["head"], 2);
}

#[tokio::test]
async fn a_second_translation_into_the_same_language_is_a_conflict() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "标题", "一").await;
    app.create_translation("a", "en", "One").await;
    let before = app.snapshot().await;
    let res = app
        .post(
            "/api/v1/articles/a/translations",
            &app.translator,
            &json!({"language": "en", "title": "T", "body": "b"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let res = app
        .post(
            "/api/v1/articles/a/translations",
            &app.translator,
            &json!({"language": "zh-hans", "title": "T", "body": "b"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_source_revision_beyond_the_head_is_refused() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "标题", "一").await;
    app.create_translation("a", "en", "One").await;
    let before = app.snapshot().await;
    let res = app
        .post_if_match(
            "/api/v1/articles/a/translations/en/revisions",
            &app.translator,
            "\"1\"",
            &json!({"title": "T", "body": "b", "source_revision": 7}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn every_write_is_in_the_audit_trail() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "标题", "一").await;
    app.create_translation("a", "en", "One").await;
    app.post_if_match(
        "/api/v1/articles/a/translations/en/revisions",
        &app.translator,
        "\"1\"",
        &json!({"title": "T", "body": "One!"}),
    )
    .await;
    let events: Value = app
        .get("/api/v1/articles/a/translations/en/events", &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["translation.create", "translation.revise"]);
    assert_eq!(events["items"][1]["actor"], "tom");
    assert_eq!(events["items"][1]["revision"], 2);
    assert!(events["items"][1]["request_id"].is_string());
}
