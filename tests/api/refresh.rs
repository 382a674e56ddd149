//! Source-only fixes reaching readers: after a minor revision of the original (a typo fixed), a
//! publisher refreshes the published translation's edition; readers get the new text with no
//! correction notice, feeds keep the entry where and when it was, and the public editions page
//! lists every edition with its notes and minor marks.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";
const SOURCE: &str = "今天台北下雨。\n\n明天会放睛。";
const FIXED: &str = "今天台北下雨。\n\n明天会放晴。";
const EN: &str = "It rains in Taipei today.\n\nTomorrow will be sunny.";

async fn act(app: &TestApp, slug: &str, token: &str, body: Value) {
    let path = format!("/api/v1/articles/{slug}/translations/en/actions");
    let res = app.post(&path, token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

/// An article with its English translation, written, approved and published.
async fn published(app: &TestApp, slug: &str, source: &str) {
    app.create_article(slug, "zh-Hans", "台北下雨", source)
        .await;
    app.create_translation(slug, "en", EN).await;
    act(app, slug, &app.translator, json!({"action": "submit"})).await;
    let approve = json!({"action": "approve", "revision": 1});
    act(app, slug, &app.editor, approve).await;
    act(app, slug, &app.publisher, json!({"action": "publish"})).await;
}

async fn refresh(app: &TestApp, token: &str) -> reqwest::Response {
    app.request(Method::POST, &format!("{T}/refresh"), token)
        .send()
        .await
        .unwrap()
}

/// A public `GET` with these headers.
async fn public(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.get(app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let res = public(app, path, &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.json().await.unwrap()
}

/// The JSON feed's entries as (id, date_modified).
async fn feed(app: &TestApp) -> Vec<(String, String)> {
    let feed = json_of(app, "/feed/en.json").await;
    feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let field = |name: &str| i[name].as_str().unwrap().to_owned();
            (field("id"), field("date_modified"))
        })
        .collect()
}

#[tokio::test]
async fn a_minor_fix_of_the_original_reaches_readers_without_a_notice_or_a_new_place_in_the_feed() {
    let app = spawn_app().await;
    let hook = subscribe(&app).await;
    published(&app, "story", SOURCE).await;
    // Published after it, the other story leads the feed.
    published(&app, "other", FIXED).await;
    let before = feed(&app).await;
    assert!(before[0].0.ends_with("other/en") && before[1].0.ends_with("story/en"));
    // Feeds give times to the second: a refresh a second later would show in `updated`.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let res = app.revise_article("story", 1, FIXED, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);

    let res = refresh(&app, &app.publisher).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(
        res.headers()["location"],
        "/api/v1/published/story/en?edition=2"
    );
    let edition: Value = res.json().await.unwrap();
    assert_eq!(edition["number"], 2);
    assert_eq!(edition["minor"], true);
    assert_eq!(edition["source_revision"], 2);
    assert_eq!(edition["translation_revision"], 1);
    assert_eq!(edition["correction_note"], Value::Null);

    let p = json_of(&app, "/api/v1/published/story/en").await;
    assert_eq!(p["edition"], 2);
    assert_eq!(p["minor"], true);
    assert_eq!(p["correction_note"], Value::Null);
    assert_eq!(p["paragraphs"][1]["source"], "明天会放晴。");
    assert_eq!(p["paragraphs"][1]["translation"], "Tomorrow will be sunny.");
    assert_eq!(p["editions"][0]["minor"], false);
    assert_eq!(p["editions"][1]["minor"], true);
    let page = public(&app, "/read/story/en", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("明天会放晴。"), "{page}");
    assert!(!page.contains("明天会放睛。"));
    assert!(!page.contains("notice correction"), "{page}");
    assert!(!page.contains("superseded"));
    assert!(
        page.contains("the original's text updated (a minor fix)"),
        "{page}"
    );
    assert!(page.contains("href=\"/read/story/en/editions\">All editions</a>"));
    // The first edition keeps the text it had.
    let first = json_of(&app, "/api/v1/published/story/en?edition=1").await;
    assert_eq!(first["paragraphs"][1]["source"], "明天会放睛。");

    // The feed neither moves the entry nor dates it anew.
    assert_eq!(feed(&app).await, before);

    // Recorded, and announced to webhooks as a refresh.
    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let refreshed = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "edition.refresh")
        .expect("an edition.refresh event");
    assert_eq!(refreshed["actor"], "pat");
    let detail: Value = serde_json::from_str(refreshed["detail"].as_str().unwrap()).unwrap();
    assert_eq!(
        detail,
        json!({"edition": 2, "source_from": 1, "source_to": 2})
    );
    let deliveries: Value = app
        .get(&format!("/api/v1/webhooks/{hook}/deliveries"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let refreshed = &deliveries["items"][0];
    assert_eq!(refreshed["event"], "edition.refreshed");
    assert_eq!(refreshed["payload"]["minor"], true);
    assert_eq!(refreshed["payload"]["edition"], 2);

    // The translation follows the original's head: its next correction starts from there.
    let t: Value = app.get(T, &app.editor).await.json().await.unwrap();
    assert_eq!(t["source_revision"], 2);
    // Once refreshed, there is nothing left to refresh.
    let (status, body) = problem(refresh(&app, &app.publisher).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "refresh-unchanged");
}

/// Subscribes a receiver nobody listens on, to read what would be delivered.
async fn subscribe(app: &TestApp) -> i64 {
    let res = app
        .post(
            "/api/v1/webhooks",
            &app.editor,
            &json!({"url": "http://127.0.0.1:9/hook"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let hook: Value = res.json().await.unwrap();
    hook["id"].as_i64().unwrap()
}

#[tokio::test]
async fn a_change_of_the_original_that_is_not_minor_is_refused_with_the_reason_and_nothing_written()
{
    let app = spawn_app().await;
    published(&app, "story", SOURCE).await;
    let (status, body) = problem(refresh(&app, &app.publisher).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "refresh-unchanged");

    let res = app.revise_article("story", 1, FIXED, false).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    // A minor revision after it does not make it minor.
    let res = app.revise_article("story", 2, SOURCE, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let before = app.snapshot().await;
    let (status, body) = problem(refresh(&app, &app.publisher).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "refresh-not-minor");
    assert_eq!(
        body["detail"],
        "The current edition shows revision 1 of the original, and revision 2 since then is \
         not a minor fix. The translation has to follow it: revise it, have it approved and \
         publish it as a correction."
    );
    let res = app
        .request(Method::POST, &format!("{T}/refresh"), &app.publisher)
        .header("accept-language", "zh-CN")
        .send()
        .await
        .unwrap();
    let (_, zh) = problem(res).await;
    assert!(zh["detail"].as_str().unwrap().contains("并非小修"), "{zh}");
    assert_eq!(app.snapshot().await, before, "a refusal writes nothing");
}

#[tokio::test]
async fn only_publishers_refresh_and_a_withdrawn_translation_is_not_refreshed() {
    let app = spawn_app().await;
    published(&app, "story", SOURCE).await;
    let res = app.revise_article("story", 1, FIXED, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let before = app.snapshot().await;
    for token in [&app.translator, &app.editor, &app.editor2] {
        let (status, body) = problem(refresh(&app, token).await).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["code"], "forbidden");
    }
    let anonymous = app.client.post(app.url(&format!("{T}/refresh"))).send();
    assert_eq!(anonymous.await.unwrap().status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.snapshot().await, before);

    let withdraw = json!({"action": "withdraw", "comment": "Wrong city."});
    act(&app, "story", &app.publisher, withdraw).await;
    let before = app.snapshot().await;
    let (status, body) = problem(refresh(&app, &app.publisher).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "refresh-not-published");
    assert!(
        body["detail"].as_str().unwrap().contains("withdrawn"),
        "{body}"
    );
    assert_eq!(app.snapshot().await, before);
    // Its editions page answers as its reading page does.
    let res = public(&app, "/read/story/en/editions", &[]).await;
    assert_eq!(res.status(), StatusCode::GONE);
    assert!(res.text().await.unwrap().contains("Wrong city."));

    // Never published: nothing to refresh, and nothing public.
    app.create_article("draft", "zh-Hans", "草稿", "一。").await;
    app.create_translation("draft", "en", "One.").await;
    let path = "/api/v1/articles/draft/translations/en/refresh";
    let res = app.request(Method::POST, path, &app.publisher).send().await;
    let (status, body) = problem(res.unwrap()).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not-published"))
    );
}

#[tokio::test]
async fn the_editions_page_lists_every_edition_with_its_note_or_minor_mark_and_answers_304() {
    let app = spawn_app().await;
    published(&app, "story", SOURCE).await;
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "T", "body": "It pours in Taipei today.\n\nTomorrow will be sunny."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    act(&app, "story", &app.translator, json!({"action": "submit"})).await;
    let approve = json!({"action": "approve", "revision": 2});
    act(&app, "story", &app.editor2, approve).await;
    let correct = json!({"action": "publish", "correction_note": "It poured."});
    act(&app, "story", &app.publisher, correct).await;
    let res = app.revise_article("story", 1, FIXED, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(
        refresh(&app, &app.publisher).await.status(),
        StatusCode::CREATED
    );

    let res = public(&app, "/read/story/en/editions", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "text/html; charset=utf-8");
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    assert!(res.headers().contains_key("last-modified"));
    let page = res.text().await.unwrap();
    let at = |needle: &str| {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle}: {page}"))
    };
    assert!(
        at(">Edition 3</a>") < at(">Edition 2</a>") && at(">Edition 2</a>") < at(">Edition 1</a>")
    );
    assert!(page.contains("href=\"/read/story/en?edition=2\""));
    assert!(page.contains("href=\"/read/story/en?edition=1\""));
    assert!(
        page.contains("Minor: the original's text updated"),
        "{page}"
    );
    assert!(page.contains("Correction: <bdi>It poured.</bdi>"), "{page}");
    assert_eq!(page.matches("Published by <bdi>PAT</bdi>").count(), 3);
    assert_eq!(page.matches("<main").count(), 1);
    let res = public(&app, "/read/story/en/editions", &[("if-none-match", &etag)]).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    let zh = public(
        &app,
        "/read/story/en/editions",
        &[("accept-language", "zh-TW")],
    )
    .await;
    assert!(zh.text().await.unwrap().contains("小修：更新了原文文字"));

    // The reading page's footer says which edition this is and links to them all.
    let page = public(&app, "/read/story/en", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Edition 3, first published"), "{page}");
    assert!(page.contains("last corrected"), "{page}");
    assert!(page.contains("href=\"/read/story/en/editions\">All editions</a>"));
    assert!(!page.contains("Original revision"));

    for path in ["/read/nothing/en/editions", "/read/story/fr/editions"] {
        let (status, body) = problem(public(&app, path, &[]).await).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("not-found")),
            "{path}"
        );
    }
}
