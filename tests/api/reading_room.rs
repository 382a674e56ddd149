//! The whole reading room in one story: a translation is published, corrected, and refreshed
//! after a minor fix of the original; at each step the front page, both feeds (read by
//! feedparser and feed-rs), the sitemap and the page's JSON-LD say what readers should see.

use std::time::Duration;

use feed_rs::model::FeedType;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    feeds::{feed_rs, feedparser},
    helpers::{TestApp, spawn_app},
    metadata::{every_sitemap, json_ld},
};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

async fn text(app: &TestApp, path: &str) -> String {
    let res = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.text().await.unwrap()
}

/// What readers find at one moment: the front page, the Atom entry as feedparser reads it,
/// the JSON Feed entry as feed-rs reads it, the sitemap's addresses and the page's JSON-LD.
struct Seen {
    front: String,
    atom: Option<Value>,
    json: feed_rs::model::Entry,
    sitemap: Vec<String>,
    ld: Value,
}

async fn look(app: &TestApp) -> Seen {
    let atom = feedparser(&text(app, "/feed/en.atom").await).map(|f| {
        let entries = f["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "one entry per translation: {f}");
        entries[0].clone()
    });
    let json = feed_rs(&text(app, "/feed/en.json").await, FeedType::JSON);
    assert_eq!(json.entries.len(), 1);
    let sitemap = every_sitemap(app)
        .await
        .1
        .into_iter()
        .map(|(loc, _, _)| loc)
        .collect();
    Seen {
        front: text(app, "/read").await,
        atom,
        json: json.entries[0].clone(),
        sitemap,
        ld: json_ld(&text(app, "/read/story/en").await),
    }
}

#[tokio::test]
async fn a_story_published_corrected_and_refreshed_reads_right_wherever_readers_look() {
    let app = spawn_app().await;
    let origin = app.url("");
    app.create_article(
        "story",
        "zh-Hans",
        "台北下雨",
        "今天台北下雨。\n\n## 明天\n\n明天会放睛。",
    )
    .await;
    app.create_translation(
        "story",
        "en",
        "It rains in Taipei today.\n\n## Tomorrow\n\nTomorrow will be sunny.",
    )
    .await;
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    act(&app, &app.publisher, json!({"action": "publish"})).await;

    let first = look(&app).await;
    assert!(
        first.front.contains("href=\"/read/story/en\""),
        "{}",
        first.front
    );
    assert!(first.front.contains("台北下雨"));
    assert_eq!(first.json.id, "tag:bitext,2026:story/en");
    assert_eq!(first.json.published, first.json.updated);
    assert_eq!(
        first.sitemap,
        [
            format!("{origin}/read/story/zh-Hans"),
            format!("{origin}/read/story/en")
        ]
    );
    assert_eq!(first.ld["@type"], "NewsArticle");
    assert_eq!(first.ld["inLanguage"], "en");
    assert_eq!(first.ld["translationOfWork"]["inLanguage"], "zh-Hans");
    assert!(first.ld.get("correction").is_none(), "{}", first.ld);

    // Feeds give times to the second: the correction comes in a later one.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "Rain in Taipei", "body": "It pours in Taipei today.\n\n## Tomorrow\n\nTomorrow will be sunny."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    let note = "It poured, not rained.";
    let correction = json!({"action": "publish", "correction_note": note});
    act(&app, &app.publisher, correction).await;

    let corrected = look(&app).await;
    assert!(corrected.front.contains("Rain in Taipei"));
    assert_eq!(corrected.json.id, first.json.id, "updated in place");
    assert_eq!(corrected.json.published, first.json.published);
    assert!(corrected.json.updated > first.json.updated);
    if let (Some(entry), Some(was)) = (&corrected.atom, &first.atom) {
        assert_eq!(entry["id"], was["id"]);
        assert_eq!(entry["published"], was["published"]);
        assert_ne!(entry["updated"], was["updated"]);
        assert!(entry["summary"].as_str().unwrap().contains(note), "{entry}");
    }
    assert_eq!(corrected.ld["headline"], "Rain in Taipei");
    assert_eq!(corrected.ld["correction"]["text"], note, "{}", corrected.ld);
    assert_eq!(corrected.ld["datePublished"], first.ld["datePublished"]);
    assert_ne!(corrected.ld["dateModified"], first.ld["dateModified"]);

    // A typo fixed in the original, then the edition refreshed: readers get the new text with
    // no new notice, and the feeds neither move nor re-date the entry.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let fixed = "今天台北下雨。\n\n## 明天\n\n明天会放晴。";
    let res = app.revise_article("story", 1, fixed, true).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = app
        .request(Method::POST, &format!("{T}/refresh"), &app.publisher)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);

    let refreshed = look(&app).await;
    let page = text(&app, "/read/story/en").await;
    assert!(page.contains("明天会放晴。") && !page.contains("明天会放睛。"));
    assert!(
        !page.contains("notice correction"),
        "no notice for a minor fix"
    );
    assert_eq!(refreshed.json.updated, corrected.json.updated);
    assert_eq!(refreshed.json.published, first.json.published);
    if let (Some(entry), Some(was)) = (&refreshed.atom, &corrected.atom) {
        assert_eq!(entry["updated"], was["updated"]);
    }
    assert_eq!(refreshed.sitemap, first.sitemap);
    assert_eq!(refreshed.ld["datePublished"], first.ld["datePublished"]);
    let original = text(&app, "/read/story/zh-Hans").await;
    assert!(
        original.contains("明天会放晴。"),
        "the original's page has the fix"
    );
}
