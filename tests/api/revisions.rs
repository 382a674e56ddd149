//! A translation's history and its single revisions, read back over HTTP.

use bitext_domain::content_hash;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

/// Adds a translation revision on top of `base` and returns the created revision.
async fn revise(app: &TestApp, token: &str, base: i32, body: Value) -> Value {
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            token,
            &format!("\"{base}\""),
            &body,
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.expect("json")
}

async fn get_json(app: &TestApp, path: &str) -> Value {
    let res = app.get(path, &app.editor).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.json().await.expect("json")
}

fn numbers(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| r["number"].as_i64().expect("number"))
        .collect()
}

/// A translation with three revisions: by the translator, the translator again, then an editor.
async fn three_revisions(app: &TestApp) {
    app.create_article("story", "zh-Hans", "下雨", "一。").await;
    app.create_translation("story", "en", "One.").await;
    revise(
        app,
        &app.translator,
        1,
        json!({"title": "Rain", "body": "One!", "message": "tone"}),
    )
    .await;
    revise(
        app,
        &app.editor,
        2,
        json!({"title": "Rain", "body": "One!!"}),
    )
    .await;
}

#[tokio::test]
async fn the_history_lists_every_revision_oldest_first_in_pages() {
    let app = spawn_app().await;
    three_revisions(&app).await;

    let all = get_json(&app, &format!("{T}/revisions")).await;
    assert_eq!(numbers(&all), [1, 2, 3]);
    assert!(all["next_cursor"].is_null());
    let items = all["items"].as_array().unwrap();
    let authors: Vec<&str> = items
        .iter()
        .map(|r| r["author"].as_str().unwrap())
        .collect();
    assert_eq!(authors, ["tom", "tom", "ed"]);
    let parents: Vec<Option<i64>> = items.iter().map(|r| r["parent"].as_i64()).collect();
    assert_eq!(parents, [None, Some(1), Some(2)]);
    assert_eq!(items[1]["message"], "tone");
    assert!(
        items.iter().all(|r| r.get("body").is_none()),
        "no bodies in a history: {all}"
    );

    // Two pages of two: the cursor leads on from the first page, and the last page has none.
    let first = get_json(&app, &format!("{T}/revisions?limit=2")).await;
    assert_eq!(numbers(&first), [1, 2]);
    let cursor = first["next_cursor"].as_str().expect("a next page");
    let second = get_json(&app, &format!("{T}/revisions?limit=2&cursor={cursor}")).await;
    assert_eq!(numbers(&second), [3]);
    assert!(second["next_cursor"].is_null());
    // A page that is exactly full has no next page either.
    let exact = get_json(&app, &format!("{T}/revisions?limit=3")).await;
    assert_eq!(
        (numbers(&exact), exact["next_cursor"].is_null()),
        (vec![1, 2, 3], true)
    );
}

#[tokio::test]
async fn a_bad_page_or_a_missing_translation_is_a_problem() {
    let app = spawn_app().await;
    three_revisions(&app).await;
    for (query, status, code) in [
        ("limit=0", StatusCode::BAD_REQUEST, "invalid-query"),
        ("limit=201", StatusCode::BAD_REQUEST, "invalid-query"),
        ("limit=ten", StatusCode::BAD_REQUEST, "invalid-query"),
        ("cursor=abc", StatusCode::BAD_REQUEST, "invalid-cursor"),
        ("cursor=-1", StatusCode::BAD_REQUEST, "invalid-cursor"),
    ] {
        let (got, p) = problem(
            app.get(&format!("{T}/revisions?{query}"), &app.editor)
                .await,
        )
        .await;
        assert_eq!(
            (got, p["code"].as_str()),
            (status, Some(code)),
            "{query}: {p}"
        );
    }
    let (got, p) = problem(
        app.get(
            "/api/v1/articles/story/translations/fr/revisions",
            &app.editor,
        )
        .await,
    )
    .await;
    assert_eq!(
        (got, p["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("translation-not-found"))
    );
}

#[tokio::test]
async fn one_revision_has_its_title_body_author_source_revision_and_content_hash() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "今天下雨。")
        .await;
    app.create_translation("story", "en", "It rains today.")
        .await;
    assert_eq!(
        app.revise_article("story", 1, "今天下大雨。", false)
            .await
            .status(),
        StatusCode::CREATED
    );
    let created = revise(
        &app,
        &app.editor,
        1,
        json!({"title": "Heavy rain", "body": "It pours today.", "message": "follow the source", "source_revision": 2}),
    )
    .await;

    let two = get_json(&app, &format!("{T}/revisions/2")).await;
    assert_eq!(
        two, created,
        "reading a revision gives what writing it answered"
    );
    assert_eq!(
        (
            two["number"].as_i64(),
            two["parent"].as_i64(),
            two["author"].as_str()
        ),
        (Some(2), Some(1), Some("ed"))
    );
    assert_eq!(
        (
            two["title"].as_str(),
            two["body"].as_str(),
            two["message"].as_str()
        ),
        (
            Some("Heavy rain"),
            Some("It pours today."),
            Some("follow the source")
        )
    );
    assert_eq!(two["source_revision"], 2);
    assert_eq!(
        two["content_hash"],
        content_hash("Heavy rain", "It pours today.")
    );

    let one = get_json(&app, &format!("{T}/revisions/1")).await;
    assert_eq!(
        (
            one["author"].as_str(),
            one["title"].as_str(),
            one["body"].as_str()
        ),
        (Some("tom"), Some("A title"), Some("It rains today."))
    );
    assert_eq!(
        (one["source_revision"].as_i64(), one["parent"].as_i64()),
        (Some(1), None)
    );
    assert_eq!(
        one["content_hash"],
        content_hash("A title", "It rains today.")
    );
}

#[tokio::test]
async fn a_missing_revision_number_is_404_and_a_malformed_one_is_400() {
    let app = spawn_app().await;
    three_revisions(&app).await;
    let (status, p) = problem(app.get(&format!("{T}/revisions/4"), &app.editor).await).await;
    assert_eq!(
        (status, p["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("revision-not-found"))
    );
    for (number, sent) in [
        ("abc", "abc"),
        ("1.5", "1.5"),
        ("99999999999", "99999999999"),
        ("%20x", " x"),
    ] {
        let (status, p) = problem(
            app.get(&format!("{T}/revisions/{number}"), &app.editor)
                .await,
        )
        .await;
        assert_eq!(
            (status, p["code"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid-path")),
            "{number}: {p}"
        );
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.contains(&format!("“{sent}”")), "{number}: {detail}");
    }
}
