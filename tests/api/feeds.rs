//! The feeds readers' apps follow: Atom and JSON Feed 1.1, one entry per translation kept in
//! place by a correction, absolute links, one canonical address per language, and an Atom feed
//! that a real feed reader's parser (Python's feedparser) reads without complaint.

use std::io::Write;
use std::process::{Command, Stdio};

use reqwest::{StatusCode, redirect};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn act(app: &TestApp, token: &str, body: Value) {
    let res = app.post(&format!("{T}/actions"), token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

/// A translation published once, then corrected with a note.
async fn publish(app: &TestApp) {
    app.create_article(
        "story",
        "zh-Hans",
        "台北下雨",
        "今天台北下雨。\n\n明天会放晴。",
    )
    .await;
    app.create_translation(
        "story",
        "en",
        "It rains in Taipei today.\n\nTomorrow is sunny.",
    )
    .await;
    act(app, &app.translator, json!({"action": "submit"})).await;
    act(
        app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    act(app, &app.publisher, json!({"action": "publish"})).await;
}

async fn correct(app: &TestApp) {
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "Rain", "body": "It pours in Taipei today.\n\nTomorrow is sunny."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    act(app, &app.translator, json!({"action": "submit"})).await;
    act(
        app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    act(
        app,
        &app.publisher,
        json!({"action": "publish", "correction_note": "It poured, not rained."}),
    )
    .await;
}

/// A public `GET` that does not follow redirects.
async fn fetch(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let client = reqwest::Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    let mut req = client.get(app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

async fn body(app: &TestApp, path: &str, media: &str) -> String {
    let res = fetch(app, path, &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with(media), "{path}: {kind}");
    res.text().await.unwrap()
}

/// The Atom feed as feedparser reads it: `bozo`, the version, the feed's `updated`, and each
/// entry's id, link, published and updated times, author and contributor names and summary.
/// `None` only when python3 is absent.
pub(crate) fn feedparser(xml: &str) -> Option<Value> {
    let script = r#"
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    "bozo": int(d.bozo),
    "error": str(d.get("bozo_exception", "")),
    "version": d.version,
    "updated": d.feed.get("updated"),
    "entries": [{
        "id": e.id,
        "link": e.link,
        "published": e.published,
        "updated": e.updated,
        "authors": [a.get("name") for a in e.get("authors", [])],
        "contributors": [c.get("name") for c in e.get("contributors", [])],
        "summary": e.summary,
    } for e in d.entries],
}))
"#;
    let child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("SKIPPED: python3 is not installed, so feedparser cannot read the feed");
            return None;
        }
        Err(e) => panic!("python3: {e}"),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(xml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "feedparser failed (pip install feedparser): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(parsed["bozo"], 0, "feedparser: {}", parsed["error"]);
    assert_eq!(parsed["version"], "atom10");
    Some(parsed)
}

/// `text` read by feed-rs, a second real feed parser (it reads JSON Feed, which feedparser does
/// not), which must see the format named.
pub(crate) fn feed_rs(text: &str, kind: feed_rs::model::FeedType) -> feed_rs::model::Feed {
    let feed = feed_rs::parser::parse(text.as_bytes())
        .unwrap_or_else(|e| panic!("feed-rs cannot read the feed: {e}\n{text}"));
    assert_eq!(feed.feed_type, kind, "{text}");
    feed
}

#[tokio::test]
async fn a_correction_updates_the_one_entry_of_its_translation_in_both_feeds() {
    let app = spawn_app().await;
    publish(&app).await;
    let origin = app.url("");
    let first = feedparser(&body(&app, "/feed/en.atom", "application/atom+xml").await);
    let before: Value =
        serde_json::from_str(&body(&app, "/feed/en.json", "application/feed+json").await).unwrap();
    // Feeds give times to the second: the correction comes in a later one.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    correct(&app).await;

    let atom = body(&app, "/feed/en.atom", "application/atom+xml").await;
    assert!(!atom.contains("href=\"/"), "every link is absolute: {atom}");
    if let (Some(first), Some(parsed)) = (first, feedparser(&atom)) {
        let entries = parsed["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "one entry per translation: {parsed}");
        let entry = &entries[0];
        let was = &first["entries"][0];
        assert_eq!(entry["id"], "tag:bitext,2026:story/en");
        assert_eq!(entry["id"], was["id"]);
        assert_eq!(entry["link"], format!("{origin}/read/story/en"));
        assert_eq!(entry["published"], was["published"]);
        assert_ne!(entry["updated"], was["updated"]);
        assert!(
            entry["updated"].as_str() > entry["published"].as_str(),
            "{entry}"
        );
        assert_eq!(parsed["updated"], entry["updated"]);
        assert_eq!(entry["authors"], json!(["TOM (translator)"]));
        assert_eq!(
            entry["contributors"],
            json!(["ED (editor)", "EVE (editor)"])
        );
        assert!(
            entry["summary"]
                .as_str()
                .unwrap()
                .starts_with("Correction: It poured, not rained."),
            "{entry}"
        );
        assert!(was["summary"].as_str().unwrap().starts_with("It rains"));
    }

    let text = body(&app, "/feed/en.json", "application/feed+json").await;
    let before_parsed = feed_rs(
        &serde_json::to_string(&before).unwrap(),
        feed_rs::model::FeedType::JSON,
    );
    for (kind, feed) in [
        (feed_rs::model::FeedType::JSON, &text),
        (feed_rs::model::FeedType::Atom, &atom),
    ] {
        let parsed = feed_rs(feed, kind.clone());
        assert_eq!(parsed.entries.len(), 1, "{kind:?}");
        let (entry, was) = (&parsed.entries[0], &before_parsed.entries[0]);
        assert_eq!(entry.id, "tag:bitext,2026:story/en", "{kind:?}");
        assert_eq!(entry.title.as_ref().unwrap().content, "Rain", "{kind:?}");
        assert_eq!(entry.links[0].href, format!("{origin}/read/story/en"));
        assert_eq!(entry.published, was.published, "{kind:?}: published stays");
        assert!(entry.updated > was.updated, "{kind:?}: updated moves");
        let people: Vec<_> = entry
            .authors
            .iter()
            .chain(&entry.contributors)
            .map(|p| p.name.as_deref().unwrap_or_default())
            .collect();
        assert_eq!(
            people,
            ["TOM (translator)", "ED (editor)", "EVE (editor)"],
            "{kind:?}"
        );
    }
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["feed_url"], format!("{origin}/feed/en.json"));
    assert_eq!(json["home_page_url"], format!("{origin}/read"));
    assert_eq!(json["language"], "en");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{json}");
    let (item, was) = (&items[0], &before["items"][0]);
    assert_eq!(item["id"], "tag:bitext,2026:story/en");
    assert_eq!(item["id"], was["id"]);
    assert_eq!(item["url"], format!("{origin}/read/story/en"));
    assert_eq!(item["title"], "Rain");
    assert_eq!(item["date_published"], was["date_published"]);
    assert_eq!(was["date_modified"], was["date_published"]);
    assert!(item["date_modified"].as_str() > item["date_published"].as_str());
    assert!(
        item["content_text"]
            .as_str()
            .unwrap()
            .starts_with("Correction: It poured, not rained.\n\nIt pours")
    );
    assert_eq!(
        item["authors"],
        json!([{"name": "TOM (translator)"}, {"name": "ED (editor)"}, {"name": "EVE (editor)"}])
    );
}

#[tokio::test]
async fn the_json_feed_answers_conditional_requests_like_the_atom_feed() {
    let app = spawn_app().await;
    publish(&app).await;
    let res = fetch(&app, "/feed/en.json", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let atom = fetch(&app, "/feed/en.atom", &[]).await;
    assert_ne!(atom.headers()["etag"].to_str().unwrap(), etag);
    let again = fetch(&app, "/feed/en.json", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    correct(&app).await;
    let changed = fetch(&app, "/feed/en.json", &[("if-none-match", &etag)]).await;
    assert_eq!(
        changed.status(),
        StatusCode::OK,
        "a correction changes the feed"
    );
}

#[tokio::test]
async fn a_feed_with_nothing_published_is_valid_and_keeps_its_time() {
    let app = spawn_app().await;
    let atom = body(&app, "/feed/fr.atom", "application/atom+xml").await;
    if let Some(parsed) = feedparser(&atom) {
        assert_eq!(parsed["entries"], json!([]));
        assert_eq!(parsed["updated"], "1970-01-01T00:00:00Z");
    }
    let first = fetch(&app, "/feed/fr.json", &[]).await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let text = first.text().await.unwrap();
    let parsed = feed_rs(&text, feed_rs::model::FeedType::JSON);
    assert!(parsed.entries.is_empty());
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["items"], json!([]));
    // Not "now": the same empty feed is the same document, so readers' caches hold.
    let again = fetch(&app, "/feed/fr.json", &[]).await;
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    assert_eq!(
        body(&app, "/feed/fr.atom", "application/atom+xml").await,
        atom
    );
}

#[tokio::test]
async fn other_spellings_of_a_language_redirect_to_its_one_feed() {
    let app = spawn_app().await;
    publish(&app).await;
    let origin = app.url("");
    for (path, to) in [
        ("/feed/en-US.atom", "/feed/en.atom"),
        ("/feed/en-us.json", "/feed/en.json"),
        ("/feed/EN.atom", "/feed/en.atom"),
    ] {
        // Twice: the second answer may come from the page cache.
        for _ in 0..2 {
            let res = fetch(&app, path, &[]).await;
            assert_eq!(res.status(), StatusCode::MOVED_PERMANENTLY, "{path}");
            assert_eq!(res.headers()["location"], format!("{origin}{to}").as_str());
        }
    }
    assert_eq!(
        fetch(&app, "/feed/en.atom", &[]).await.status(),
        StatusCode::OK
    );
    let other = fetch(&app, "/feed/de.atom", &[]).await;
    assert_eq!(
        other.status(),
        StatusCode::OK,
        "unrelated languages are not redirected"
    );
}
