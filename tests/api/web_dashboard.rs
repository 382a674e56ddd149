//! The dashboard: what waits for each role, and recent activity.

use reqwest::StatusCode;
use serde_json::json;

use crate::{helpers::spawn_app, web_support::Browser};

#[tokio::test]
async fn an_editor_sees_what_waits_for_review_with_titles_marked_in_their_language() {
    let app = spawn_app().await;
    app.create_article("flood", "zh-Hans", "河水上涨", "第一段。")
        .await;
    app.create_translation("flood", "en", "First paragraph.")
        .await;
    let res = app
        .post(
            "/api/v1/articles/flood/translations/en/actions",
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let editor = Browser::sign_in(&app, "eve").await;
    let (status, page) = editor.get("/").await;
    assert_eq!(status, StatusCode::OK);
    let waiting = page
        .split("<caption>")
        .find(|s| s.starts_with("Waiting for review"))
        .expect("the review list");
    assert!(
        waiting.contains(
            "href=\"/articles/flood/en/review\" lang=\"zh-Hans\" dir=\"ltr\">河水上涨</a>"
        ),
        "{waiting}"
    );
    // Recent activity names people as others see them.
    assert!(page.contains("TOM submitted for review"), "{page}");
    // A translator's dashboard has no review list.
    let translator = Browser::sign_in(&app, "tom").await;
    let (_, page) = translator.get("/").await;
    assert!(!page.contains("Waiting for review"));
    assert!(page.contains("My translations"));
}
