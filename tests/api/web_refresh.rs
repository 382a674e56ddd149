//! Refreshing the original's text from the publish page: offered to publishers only when every
//! revision of the original since the current edition is minor, explained, and recorded in the
//! history under its own name.

use reqwest::StatusCode;
use serde_json::json;

use crate::{
    helpers::{TestApp, spawn_app},
    web_support::Browser,
};

const API: &str = "/api/v1/articles/story/translations/en";
const PAGE: &str = "/articles/story/en";
const SOURCE: &str = "今天台北下雨。\n\n明天会放睛。";
const FIXED: &str = "今天台北下雨。\n\n明天会放晴。";

async fn act(app: &TestApp, token: &str, body: serde_json::Value) {
    let res = app.post(&format!("{API}/actions"), token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

async fn published(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    let en = "It rains in Taipei today.\n\nTomorrow will be sunny.";
    app.create_translation("story", "en", en).await;
    act(app, &app.translator, json!({"action": "submit"})).await;
    act(
        app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    act(app, &app.publisher, json!({"action": "publish"})).await;
}

#[tokio::test]
async fn the_publish_page_offers_a_refresh_after_minor_fixes_only_and_its_form_publishes_one() {
    let app = spawn_app().await;
    published(&app).await;
    let pat = Browser::sign_in(&app, "pat").await;
    let publish = format!("{PAGE}/publish");
    let button = "Refresh the original's text (minor fix)";
    let (_, page) = pat.get(&publish).await;
    assert!(!page.contains(button), "nothing to refresh yet: {page}");

    let res = app.revise_article("story", 1, FIXED, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let (_, page) = pat.get(&publish).await;
    assert!(page.contains(button), "{page}");
    assert!(page.contains(
        "Since edition 1, the original has had only minor revisions (revision 1, now 2). \
         Edition 2 shows readers"
    ));
    // Not offered to whoever may not publish.
    let ed = Browser::sign_in(&app, "ed").await;
    assert!(!ed.get(&publish).await.1.contains(button));

    let res = pat
        .post_form(&format!("{PAGE}/refresh"), &[("next", &publish)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = pat.get(res.headers()["location"].to_str().unwrap()).await;
    assert!(
        page.contains("The original's text is refreshed in a new edition."),
        "{page}"
    );
    assert!(
        page.contains("Minor: the original's text updated"),
        "{page}"
    );
    assert!(!page.contains(button), "refreshed already");

    let (_, history) = pat.get(&format!("{PAGE}/history")).await;
    assert!(
        history.contains("refreshed the original's text (minor)"),
        "{history}"
    );
    assert!(history.contains("Original's revision now"), "{history}");

    // Refused (a major revision since), the page says why.
    let res = app.revise_article("story", 2, SOURCE, false).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = pat
        .post_form(&format!("{PAGE}/refresh"), &[("next", &publish)])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("is not a minor fix"));
}
