//! Publishing: editions with credits, corrections, withdrawal, the reader's page, Markdown,
//! the feed and caching.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";
const SOURCE: &str = "今天台北下雨。\n\n明天会放晴。";
const EN: &str = "It rains in Taipei today.\n\nTomorrow will be sunny.";

async fn act(app: &TestApp, token: &str, body: Value) -> StatusCode {
    app.post(&format!("{T}/actions"), token, &body)
        .await
        .status()
}

/// A translation written by the translator, approved by the editor, published.
async fn published(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    app.create_translation("story", "en", EN).await;
    assert_eq!(
        act(app, &app.translator, json!({"action": "submit"})).await,
        StatusCode::OK
    );
    assert_eq!(
        act(
            app,
            &app.editor,
            json!({"action": "approve", "revision": 1})
        )
        .await,
        StatusCode::OK
    );
    assert_eq!(
        act(app, &app.publisher, json!({"action": "publish"})).await,
        StatusCode::OK
    );
}

async fn public(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.request(Method::GET, app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn publishing_makes_an_edition_with_credits_and_paired_paragraphs() {
    let app = spawn_app().await;
    published(&app).await;
    let res = public(&app, "/api/v1/published/story/en", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["edition"], 1);
    assert_eq!(p["translators"], json!(["TOM"]));
    assert_eq!(p["editors"], json!(["ED"]));
    assert_eq!(p["publisher"], "PAT");
    assert!(
        p["credits"].as_str().unwrap().contains("TOM"),
        "{}",
        p["credits"]
    );
    assert_eq!(p["paragraphs"][1]["source"], "明天会放晴。");
    assert_eq!(p["paragraphs"][1]["translation"], "Tomorrow will be sunny.");
    assert_eq!(p["source_direction"], "ltr");
    // The credit line is in the reader's language.
    let zh: Value = public(
        &app,
        "/api/v1/published/story/en",
        &[("accept-language", "zh-CN")],
    )
    .await
    .json()
    .await
    .unwrap();
    assert_ne!(zh["credits"], p["credits"]);
    assert!(zh["credits"].as_str().unwrap().contains("TOM"));
}

#[tokio::test]
async fn a_correction_is_a_new_edition_with_a_note_and_the_old_one_stays_readable() {
    let app = spawn_app().await;
    published(&app).await;
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "T", "body": "It pours in Taipei today.\n\nTomorrow will be sunny."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    // The published edition is unchanged while the correction is under way.
    let p: Value = public(&app, "/api/v1/published/story/en", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        p["paragraphs"][0]["translation"],
        "It rains in Taipei today."
    );
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    let before = app.count("editions").await;
    let res = app
        .post(
            &format!("{T}/actions"),
            &app.publisher,
            &json!({"action": "publish"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.json::<Value>().await.unwrap()["code"],
        "correction-note-required"
    );
    assert_eq!(app.count("editions").await, before);
    assert_eq!(
        act(
            &app,
            &app.publisher,
            json!({"action": "publish", "correction_note": "It poured, not rained."})
        )
        .await,
        StatusCode::OK
    );
    let p: Value = public(&app, "/api/v1/published/story/en", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (p["edition"].as_i64(), p["latest_edition"].as_i64()),
        (Some(2), Some(2))
    );
    assert_eq!(p["correction_note"], "It poured, not rained.");
    assert_eq!(p["editors"], json!(["ED", "EVE"]));
    let old: Value = public(&app, "/api/v1/published/story/en?edition=1", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        old["paragraphs"][0]["translation"],
        "It rains in Taipei today."
    );
    assert_eq!(
        public(&app, "/api/v1/published/story/en?edition=9", &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let html = public(&app, "/read/story/en", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("It poured, not rained."));
}

#[tokio::test]
async fn a_withdrawn_article_answers_410_with_the_notice() {
    let app = spawn_app().await;
    published(&app).await;
    assert_eq!(
        public(&app, "/read/story/en", &[]).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        act(
            &app,
            &app.publisher,
            json!({"action": "withdraw", "comment": "Facts under review"})
        )
        .await,
        StatusCode::OK
    );
    let res = public(&app, "/read/story/en", &[]).await;
    assert_eq!(res.status(), StatusCode::GONE);
    assert!(res.text().await.unwrap().contains("Facts under review"));
    let res = public(&app, "/api/v1/published/story/en", &[]).await;
    assert_eq!(res.status(), StatusCode::GONE);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["code"], "withdrawn");
    let feed = public(&app, "/feed/en.atom", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !feed.contains("<entry"),
        "withdrawn editions leave the feed"
    );
}

#[tokio::test]
async fn outsiders_get_one_not_found_for_anything_unpublished_and_staff_see_why() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    app.create_translation("story", "en", EN).await;
    // No such article; an article without that translation; a translation in draft; an
    // edition that does not exist of a translation never published: all one answer.
    let mut answers = Vec::new();
    for path in [
        "/read/no-such-story/en",
        "/read/story/fr",
        "/read/story/en",
        "/read/story/en?edition=9",
        "/api/v1/published/no-such-story/en",
        "/api/v1/published/story/fr",
        "/api/v1/published/story/en",
    ] {
        let res = public(&app, path, &[]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let mut body: Value = res.json().await.unwrap();
        assert_eq!(body["code"], "not-found", "{path}: {body}");
        body.as_object_mut().unwrap().remove("instance");
        body.as_object_mut().unwrap().remove("request_id");
        answers.push(body);
    }
    assert!(answers.windows(2).all(|w| w[0] == w[1]), "{answers:?}");
    // Staff, through the authenticated API, see the real state.
    let res = app
        .get("/api/v1/articles/story/translations/en", &app.editor)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.json::<Value>().await.unwrap()["state"], "draft");
}

#[tokio::test]
async fn the_page_escapes_every_payload_and_marks_languages() {
    let app = spawn_app().await;
    let payload = "<script>alert(1)</script>\n\n\"><img src=x onerror=alert(1)>\n\n</p><iframe src=javascript:alert(1)>";
    app.create_article("story", "zh-Hans", "<b>标题</b>", SOURCE)
        .await;
    let res = app
        .post(
            "/api/v1/articles/story/translations",
            &app.translator,
            &json!({"language": "ug", "title": "<script>x</script>", "body": payload}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let t = "/api/v1/articles/story/translations/ug";
    app.post(
        &format!("{t}/actions"),
        &app.translator,
        &json!({"action": "submit"}),
    )
    .await;
    app.dismiss_findings("story", "ug").await;
    app.post(
        &format!("{t}/actions"),
        &app.editor,
        &json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(
        app.post(
            &format!("{t}/actions"),
            &app.publisher,
            &json!({"action": "publish"})
        )
        .await
        .status(),
        StatusCode::OK
    );
    for layout in ["side-by-side", "interleaved", "translation"] {
        let res = public(&app, &format!("/read/story/ug?layout={layout}"), &[]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let html = res.text().await.unwrap();
        // The one script is the JSON-LD data, where no `<` can stand to end it.
        let (head, rest) = html
            .split_once("<script type=\"application/ld+json\">")
            .expect("JSON-LD");
        let (data, tail) = rest.split_once("</script>").expect("its end");
        assert!(!data.contains('<'), "{layout}: {data}");
        let html = format!("{head}{tail}");
        for bad in ["<script", "<img", "<iframe", "<b>"] {
            assert!(!html.contains(bad), "{layout}: {bad} leaked");
        }
        assert!(html.contains("&lt;script&gt;"), "{layout}");
        assert!(
            html.contains("lang=\"ug\"") && html.contains("dir=\"rtl\""),
            "{layout}"
        );
        assert!(
            html.contains("lang=\"zh-Hans\"") || layout == "translation",
            "{layout}"
        );
        let origin = app.url("");
        assert!(
            html.match_indices("://")
                .all(|(at, _)| html[at.saturating_sub(4)..].starts_with(&origin)),
            "{layout}: no link leaves the site"
        );
    }
    assert_eq!(
        public(&app, "/read/story/ug?layout=poster", &[])
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    let css = public(&app, "/assets/read.css", &[]).await;
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
}

#[tokio::test]
async fn conditional_requests_get_304() {
    let app = spawn_app().await;
    published(&app).await;
    for path in [
        "/read/story/en",
        "/api/v1/published/story/en",
        "/feed/en.atom",
    ] {
        let res = public(&app, path, &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let etag = res.headers()["etag"].to_str().unwrap().to_owned();
        let modified = res.headers()["last-modified"].to_str().unwrap().to_owned();
        let again = public(&app, path, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.text().await.unwrap().is_empty());
        let since = public(&app, path, &[("if-modified-since", &modified)]).await;
        assert_eq!(since.status(), StatusCode::NOT_MODIFIED, "{path}");
        let other = public(&app, path, &[("if-none-match", "\"nope\"")]).await;
        assert_eq!(other.status(), StatusCode::OK, "{path}");
    }
}

/// The `Last-Modified` of each path, as sent.
async fn last_modified(app: &TestApp, paths: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in paths {
        let res = public(app, path, &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        found.push(res.headers()["last-modified"].to_str().unwrap().to_owned());
    }
    found
}

/// Asks each path `If-Modified-Since` the time it gave before a change readers see: each
/// must answer the page again, with a later `Last-Modified`.
async fn each_changed_since(app: &TestApp, paths: &[&str], before: &[String], change: &str) {
    let after = last_modified(app, paths).await;
    for ((path, then), now) in paths.iter().zip(before).zip(&after) {
        let res = public(app, path, &[("if-modified-since", then)]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path} after {change}");
        let (then, now) = (
            chrono::DateTime::parse_from_rfc2822(then).unwrap(),
            chrono::DateTime::parse_from_rfc2822(now).unwrap(),
        );
        assert!(
            now > then,
            "{path} after {change}: {now} is not after {then}"
        );
    }
}

#[tokio::test]
async fn if_modified_since_sees_a_withdrawal_and_a_reopening() {
    let app = spawn_app().await;
    published(&app).await;
    // A second translation, so that the article keeps pages that link to the English one.
    app.create_translation("story", "fr", "Il pleut à Taipei.\n\nDemain, il fera beau.")
        .await;
    let fr = "/api/v1/articles/story/translations/fr/actions";
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        assert_eq!(app.post(fr, token, &body).await.status(), StatusCode::OK);
    }
    // Listings, and the article's pages that link to the English translation.
    let paths = [
        "/feed/en.atom",
        "/feed/en.json",
        "/read",
        "/sitemap.xml",
        "/sitemaps/1.xml",
        "/read/story/fr",
        "/read/story/zh-Hans",
    ];
    let published = last_modified(&app, &paths).await;
    // `Last-Modified` counts whole seconds: the change must fall in a later one.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert_eq!(
        act(
            &app,
            &app.publisher,
            json!({"action": "withdraw", "comment": "Facts under review"})
        )
        .await,
        StatusCode::OK
    );
    each_changed_since(&app, &paths, &published, "the withdrawal").await;
    let withdrawn = last_modified(&app, &paths).await;
    for (path, since) in paths.iter().zip(&withdrawn) {
        let res = public(&app, path, &[("if-modified-since", since)]).await;
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{path}, unchanged");
    }
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert_eq!(
        act(&app, &app.translator, json!({"action": "reopen"})).await,
        StatusCode::OK
    );
    each_changed_since(&app, &paths, &withdrawn, "the reopening").await;
}

#[tokio::test]
async fn markdown_and_atom_are_served() {
    let app = spawn_app().await;
    published(&app).await;
    let res = public(
        &app,
        "/api/v1/published/story/en",
        &[("accept", "text/markdown")],
    )
    .await;
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/markdown")
    );
    let md = res.text().await.unwrap();
    assert!(md.contains("Tomorrow will be sunny.") && md.contains("明天会放晴。"));
    let res = public(&app, "/feed/en.atom", &[]).await;
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = res.text().await.unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut entries = 0;
    let mut ids = Vec::new();
    let mut in_entry_id = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"entry" => entries += 1,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"id" => {
                in_entry_id = entries > 0
            }
            quick_xml::events::Event::Text(t) if in_entry_id => {
                ids.push(String::from_utf8_lossy(t.as_ref()).into_owned());
                in_entry_id = false;
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(entries, 1);
    assert_eq!(ids, ["tag:bitext,2026:story/en"]);
    assert_eq!(
        public(&app, "/feed/en.rss", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_editor_overrides_the_credits_of_the_next_edition() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    app.create_translation("story", "en", EN).await;
    let res = app
        .post(
            &format!("{T}/credits"),
            &app.editor,
            &json!({"text": "Translated by the Taipei desk."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.post(
            &format!("{T}/credits"),
            &app.translator,
            &json!({"text": "Me!"})
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    act(&app, &app.translator, json!({"action": "submit"})).await;
    act(
        &app,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    act(&app, &app.publisher, json!({"action": "publish"})).await;
    let p: Value = public(&app, "/api/v1/published/story/en", &[])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(p["credits"], "Translated by the Taipei desk.");
    assert_eq!(p["credit_override"], "Translated by the Taipei desk.");
    let events: Value = app
        .get(&format!("{T}/events"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "credits.override")
    );
}
