//! Review diffs start where the reviewer needs them to: from what was last approved, or from
//! what readers last saw when a correction is reviewed; the HTML diff names the text's title and
//! marks the text's language.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

async fn revise(app: &TestApp, base: i32, body: &str) {
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            &format!("\"{base}\""),
            &json!({"title": "Rain in Taipei", "body": body}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

async fn range(app: &TestApp, from: &str) -> (i64, i64) {
    let d: Value = app
        .get(&format!("{T}/diff?from={from}"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    (d["from"].as_i64().unwrap(), d["to"].as_i64().unwrap())
}

#[tokio::test]
async fn a_correction_is_reviewed_from_what_readers_saw_and_from_the_last_approval() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "台北下雨", "台北下雨。\n\n明天晴。")
        .await;
    app.create_translation("story", "en", "It rains.\n\nSun tomorrow.")
        .await;
    revise(&app, 1, "It rains in Taipei.\n\nSun tomorrow.").await; // 2
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    act(&app, &app.publisher, json!({"action": "publish"})).await;
    // A correction: reopened and revised twice, then submitted.
    act(&app, &app.translator, json!({"action": "reopen"})).await;
    revise(&app, 2, "It rains in Taipei.\n\nSunny tomorrow.").await; // 3
    revise(&app, 3, "It rains hard in Taipei.\n\nSunny tomorrow.").await; // 4
    act(&app, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(range(&app, "last-published").await, (2, 4));
    assert_eq!(range(&app, "last-approved").await, (2, 4));
    // Approving the correction moves last-approved, not last-published.
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 4}),
    )
    .await;
    revise(
        &app,
        4,
        "It rains hard in Taipei.\n\nSunny and warm tomorrow.",
    )
    .await; // 5
    assert_eq!(range(&app, "last-approved").await, (4, 5));
    assert_eq!(range(&app, "last-published").await, (2, 5));
}

#[tokio::test]
async fn the_html_diff_names_the_title_and_marks_the_texts_language() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "台北下雨", "台北下雨。")
        .await;
    app.revise_article("story", 1, "台北下大雨。", false).await;
    let page = app
        .request(
            reqwest::Method::GET,
            "/api/v1/articles/story/diff",
            &app.editor,
        )
        .header("accept", "text/html")
        .header("accept-language", "en-US")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en-US\">"), "{page}");
    assert!(page.contains("lang=\"zh-Hans\" dir=\"ltr\""), "{page}");
    assert!(
        page.contains("<title>Title: changes from revision 1 to revision 2</title>"),
        "{page}"
    );
    assert!(!page.contains("<title>story"), "titled by the slug: {page}");
}
