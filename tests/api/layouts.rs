//! The published edition in its layouts, as JSON and Markdown: the translation layout leaves
//! the source out, each layout has its own ETag (and its own page in the cache), and an unknown
//! layout is the same problem on the API as on the reading page.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const SOURCE_TITLE: &str = "台北下雨";
const SOURCE: &str = "今天台北下雨。\n\n明天会放晴。";
const EN: &str = "It rains in Taipei today.\n\nTomorrow will be sunny.";

async fn published(app: &TestApp) {
    app.create_article("story", "zh-Hans", SOURCE_TITLE, SOURCE)
        .await;
    app.create_translation("story", "en", EN).await;
    let t = "/api/v1/articles/story/translations/en/actions";
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        assert_eq!(
            app.post(t, token, &body).await.status(),
            StatusCode::OK,
            "{body}"
        );
    }
}

async fn public(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.request(Method::GET, app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

/// The ETag and the body of an answer that must be 200.
async fn ok(res: reqwest::Response) -> (String, String) {
    assert_eq!(res.status(), StatusCode::OK);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    (etag, res.text().await.unwrap())
}

const LAYOUTS: [&str; 3] = ["side-by-side", "interleaved", "translation"];

#[tokio::test]
async fn the_published_json_follows_the_layout_with_an_etag_for_each() {
    let app = spawn_app().await;
    published(&app).await;
    let (default_etag, body) = ok(public(&app, "/api/v1/published/story/en", &[]).await).await;
    let default: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(default["layout"], "side-by-side");
    assert_eq!(default["source_title"], SOURCE_TITLE);
    assert_eq!(default["paragraphs"][1]["source"], "明天会放晴。");

    let mut etags = Vec::new();
    for layout in LAYOUTS {
        let path = format!("/api/v1/published/story/en?layout={layout}");
        let (etag, body) = ok(public(&app, &path, &[]).await).await;
        let p: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(p["layout"], layout);
        assert_eq!(p["title"], "A title");
        let pairs = p["paragraphs"].as_array().unwrap();
        let translations: Vec<&str> = pairs
            .iter()
            .map(|x| x["translation"].as_str().unwrap())
            .collect();
        assert_eq!(
            translations,
            ["It rains in Taipei today.", "Tomorrow will be sunny."]
        );
        if layout == "translation" {
            assert_eq!(p["source_title"], Value::Null, "{body}");
            assert!(pairs.iter().all(|x| x["source"].is_null()), "{body}");
            assert!(!body.contains("下雨"), "the source leaked: {body}");
        } else {
            assert_eq!(p["source_title"], SOURCE_TITLE);
            assert_eq!(pairs[0]["source"], "今天台北下雨。");
        }
        etags.push(etag);
    }
    assert_eq!(etags[0], default_etag, "side-by-side is the default");
    assert!(
        etags[0] != etags[1] && etags[1] != etags[2] && etags[0] != etags[2],
        "{etags:?}"
    );
    // A copy of one layout is not a copy of another.
    let res = public(
        &app,
        "/api/v1/published/story/en?layout=translation",
        &[("If-None-Match", etags[0].as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = public(
        &app,
        "/api/v1/published/story/en?layout=translation",
        &[("If-None-Match", etags[2].as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn the_published_markdown_follows_the_layout_with_an_etag_for_each() {
    let app = spawn_app().await;
    published(&app).await;
    let markdown = [("Accept", "text/markdown")];
    let mut answers = Vec::new();
    for layout in LAYOUTS {
        let path = format!("/api/v1/published/story/en?layout={layout}");
        answers.push(ok(public(&app, &path, &markdown).await).await);
    }
    let [
        (side_etag, side),
        (interleaved_etag, interleaved),
        (translation_etag, translation),
    ] = answers.try_into().unwrap();
    for text in [SOURCE_TITLE, "今天台北下雨。", "明天会放晴。"] {
        assert!(side.contains(text), "{side}");
        assert!(
            !translation.contains(text),
            "{text} in the translation layout: {translation}"
        );
    }
    assert!(!translation.contains("lang: zh-Hans"), "{translation}");
    for text in [
        "# A title",
        "It rains in Taipei today.",
        "Tomorrow will be sunny.",
    ] {
        assert!(translation.contains(text), "{translation}");
    }
    // Markdown has no columns: both bilingual layouts pair the paragraphs, under their own tags.
    assert_eq!(side, interleaved);
    assert!(
        side_etag != interleaved_etag
            && interleaved_etag != translation_etag
            && side_etag != translation_etag
    );
    let (default_etag, default) =
        ok(public(&app, "/api/v1/published/story/en", &markdown).await).await;
    assert_eq!((default_etag, default), (side_etag, side));
}

#[tokio::test]
async fn an_unknown_layout_is_the_same_bad_request_on_the_api_as_on_the_reading_page() {
    let app = spawn_app().await;
    published(&app).await;
    let mut problems = Vec::new();
    for path in [
        "/read/story/en?layout=poster",
        "/api/v1/published/story/en?layout=poster",
        "/api/v1/published/story/en?layout=Translation",
    ] {
        let (status, p) = problem(public(&app, path, &[("Accept-Language", "zh-CN")]).await).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        problems.push(p);
    }
    for field in ["code", "title", "detail"] {
        assert_eq!(problems[0][field], problems[1][field], "{field}");
    }
    assert_eq!(problems[1]["code"], "invalid-query");
    assert!(problems[1]["detail"].as_str().unwrap().contains("poster"));
    // Asked again, it is still refused: an unknown layout is never cached as the default.
    let res = public(&app, "/api/v1/published/story/en?layout=poster", &[]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}
