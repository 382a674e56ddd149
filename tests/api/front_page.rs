//! The reading room's front page at `/read`: the newest published translations first with both
//! titles, languages and credits; filters by translation and source language; keyset pages
//! that list every translation once; problems for a bad filter or cursor; 304s; the reader's
//! language whatever `?lang=` says; and the site's name from the configuration.

use std::collections::HashSet;

use bitext_http::HttpConfig;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, problem, spawn_app, spawn_app_with, test_config};

/// Publishes the translation of `slug` (written in `source`) into `language` titled `title`,
/// creating the article first when `new`.
async fn publish(app: &TestApp, slug: &str, source: &str, language: &str, title: &str, new: bool) {
    if new {
        let body = match source {
            "fr" => "Il pleut à Paris.\n\nDemain, le soleil.",
            _ => "今天台北下雨。\n\n明天会放晴。",
        };
        let source_title = match source {
            "fr" => format!("Pluie {slug}"),
            _ => format!("下雨 {slug}"),
        };
        app.create_article(slug, source, &source_title, body).await;
    }
    let body = match language {
        "de" => "Heute regnet es.\n\nMorgen scheint die Sonne.",
        _ => "It rains today.\n\nTomorrow is sunny.",
    };
    let res = app
        .post(
            &format!("/api/v1/articles/{slug}/translations"),
            &app.translator,
            &json!({"language": language, "title": title, "body": body}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{slug}/{language}");
    let actions = format!("/api/v1/articles/{slug}/translations/{language}/actions");
    let act = async |token: &str, body: serde_json::Value| {
        let res = app.post(&actions, token, &body).await;
        assert_eq!(res.status(), StatusCode::OK, "{slug}/{language}: {body}");
    };
    act(&app.translator, json!({"action": "submit"})).await;
    app.dismiss_findings(slug, language).await;
    act(&app.editor, json!({"action": "approve", "revision": 1})).await;
    act(&app.publisher, json!({"action": "publish"})).await;
}

/// Five translations: three into English, two into German; three from Chinese, two from
/// French; published in this order.
async fn newsroom(app: &TestApp) {
    publish(app, "rain", "zh-Hans", "en", "Rain in Taipei", true).await;
    publish(app, "rain", "zh-Hans", "de", "Regen in Taipeh", false).await;
    publish(app, "pluie", "fr", "en", "Rain in Paris", true).await;
    publish(app, "pluie", "fr", "de", "Regen in Paris", false).await;
    publish(app, "storm", "zh-Hans", "en", "<Storm> & \"wind\"", true).await;
}

async fn get(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.get(app.url(path));
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    req.send().await.unwrap()
}

async fn page(app: &TestApp, path: &str) -> String {
    let res = get(app, path, &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with("text/html"), "{path}: {kind}");
    res.text().await.unwrap()
}

/// The links of the page's items, in order.
fn items(html: &str) -> Vec<String> {
    html.split("<h2 class=\"front-headline\"")
        .skip(1)
        .map(|rest| {
            let href = &rest[rest.find("href=\"").unwrap() + 6..];
            href[..href.find('"').unwrap()].to_owned()
        })
        .collect()
}

/// The address of the "Older" link, if any.
fn older(html: &str) -> Option<String> {
    let rest = &html[html.find("rel=\"next\" href=\"")? + 17..];
    Some(rest[..rest.find('"')?].replace("&amp;", "&"))
}

#[tokio::test]
async fn the_front_page_lists_the_newest_first_with_both_titles_languages_and_credits() {
    let app = spawn_app().await;
    let empty = page(&app, "/read").await;
    assert!(empty.contains("Nothing has been published yet."), "{empty}");
    newsroom(&app).await;
    let html = page(&app, "/read").await;
    assert_eq!(
        items(&html),
        [
            "/read/storm/en",
            "/read/pluie/de",
            "/read/pluie/en",
            "/read/rain/de",
            "/read/rain/en"
        ],
        "a new publication clears the cached page"
    );
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\""));
    assert!(html.contains("<title>Latest translations · Bitext</title>"));
    assert!(html.contains(
        "<h2 class=\"front-headline\" lang=\"en\" dir=\"ltr\"><a href=\"/read/storm/en\">\
         &lt;Storm&gt; &amp; \"wind\"</a></h2>"
    ));
    assert!(html.contains("<p class=\"front-source\" lang=\"fr\" dir=\"ltr\">Pluie pluie</p>"));
    assert!(html.contains("lang=\"zh-Hans\" dir=\"ltr\">下雨 rain</p>"));
    assert!(html.contains("<a href=\"/read?source=fr\">fr</a> → <a href=\"/read?lang=de\">de</a>"));
    assert_eq!(
        html.matches("Translated by <bdi>TOM</bdi>. Edited by <bdi>ED</bdi>.")
            .count(),
        5
    );
    assert_eq!(html.matches("<time datetime=\"").count(), 5);
    assert!(html.contains("href=\"/feed/de.atom\"") && html.contains("href=\"/feed/en.json\""));
    assert!(!html.contains("rel=\"next\""), "five fit on one page");
}

#[tokio::test]
async fn the_front_page_filters_by_translation_language_and_by_source_language() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let german = page(&app, "/read?lang=de").await;
    assert_eq!(items(&german), ["/read/pluie/de", "/read/rain/de"]);
    assert!(german.contains("<h1 class=\"front-heading\">Translations into de</h1>"));
    assert!(german.contains("<a href=\"/read\">Show all translations</a>"));
    assert!(
        german.contains("<html lang=\"en-US\""),
        "?lang= is not the reader's language"
    );
    let french = page(&app, "/read?source=fr").await;
    assert_eq!(items(&french), ["/read/pluie/de", "/read/pluie/en"]);
    let both = page(&app, "/read?source=zh-hans&lang=EN").await;
    assert_eq!(items(&both), ["/read/storm/en", "/read/rain/en"]);
    assert!(both.contains("Translations from zh-Hans into en"));
    let none = page(&app, "/read?lang=ja").await;
    assert!(items(&none).is_empty());
    assert!(none.contains("No published translation matches this filter."));
}

/// The items of every page from the first, following the "Older" links; there are two.
async fn every_page(app: &TestApp, headers: &[(&str, &str)]) -> Vec<String> {
    let mut seen = Vec::new();
    let mut next = Some("/read".to_owned());
    let mut pages = 0;
    while let Some(path) = next {
        let res = get(app, &path, headers).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let html = res.text().await.unwrap();
        let listed = items(&html);
        assert!(listed.len() <= 20, "{path}: {}", listed.len());
        seen.extend(listed);
        next = older(&html);
        pages += 1;
        assert!(pages <= 3, "the pages never end");
    }
    assert_eq!(pages, 2);
    assert_eq!(
        seen.iter().collect::<HashSet<_>>().len(),
        seen.len(),
        "{seen:?}"
    );
    seen
}

#[tokio::test]
async fn keyset_pages_list_every_translation_exactly_once_newest_first() {
    let app = spawn_app().await;
    let mut published = Vec::new();
    for n in 0..13 {
        let slug = format!("story-{n:02}");
        let source = if n % 2 == 0 { "zh-Hans" } else { "fr" };
        publish(&app, &slug, source, "en", &format!("Story {n}"), true).await;
        publish(&app, &slug, source, "de", &format!("Geschichte {n}"), false).await;
        published.push(format!("/read/{slug}/en"));
        published.push(format!("/read/{slug}/de"));
    }
    published.reverse();
    assert_eq!(
        every_page(&app, &[]).await,
        published,
        "newest first, each once"
    );

    // Editions made at the same instant keep one order, the newer id first, on both databases.
    // (A translation keeps the time of the edition it was announced by, so both change.)
    for sql in [
        "UPDATE editions SET created_at = (SELECT MIN(e.created_at) FROM editions e)",
        "UPDATE translations SET announced_at = (SELECT MIN(e.created_at) FROM editions e) \
         WHERE announced_edition IS NOT NULL",
    ] {
        app.store.execute_unprepared(sql).await.unwrap();
    }
    // (Another reader language: pages the cache kept before the update are not these.)
    let tied = every_page(&app, &[("Accept-Language", "zh-TW")]).await;
    assert_eq!(tied, published, "ties are broken by id, each listed once");

    // A filter holds across pages.
    let first = page(&app, "/read?lang=de&source=fr").await;
    assert_eq!(items(&first).len(), 6);
    assert!(older(&first).is_none());
}

#[tokio::test]
async fn a_malformed_cursor_or_language_is_a_problem_not_a_page() {
    let app = spawn_app().await;
    for (path, status, code) in [
        (
            "/read?before=yesterday",
            StatusCode::BAD_REQUEST,
            "invalid-cursor",
        ),
        (
            "/read?before=12-0",
            StatusCode::BAD_REQUEST,
            "invalid-cursor",
        ),
        (
            "/read?before=1-2-3-x",
            StatusCode::BAD_REQUEST,
            "invalid-cursor",
        ),
        (
            "/read?lang=en&lang=de",
            StatusCode::BAD_REQUEST,
            "invalid-query",
        ),
        (
            "/read?lang=not%20a%20tag",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-language-tag",
        ),
        (
            "/read?source=%3Cscript%3E",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-language-tag",
        ),
    ] {
        let (got, body) = problem(get(&app, path, &[]).await).await;
        assert_eq!(
            (got, body["code"].as_str()),
            (status, Some(code)),
            "{path}: {body}"
        );
    }
}

#[tokio::test]
async fn the_front_page_answers_conditional_requests_and_names_what_it_varies_by() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let res = get(&app, "/read?lang=en", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    assert!(res.headers().contains_key("last-modified"));
    assert_eq!(
        res.headers()["vary"],
        "Accept-Language, Cookie, Host",
        "without a public URL the links follow a loopback Host"
    );
    let again = get(&app, "/read?lang=en", &[("If-None-Match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()["vary"], "Accept-Language, Cookie, Host");
    let other = get(&app, "/read?lang=de", &[("If-None-Match", &etag)]).await;
    assert_eq!(
        other.status(),
        StatusCode::OK,
        "another filter is another page"
    );
    let chinese = get(
        &app,
        "/read?lang=en",
        &[("Accept-Language", "zh-CN"), ("If-None-Match", &etag)],
    )
    .await;
    assert_eq!(
        chinese.status(),
        StatusCode::OK,
        "another language is another page"
    );
    let feed = get(&app, "/feed/en.atom", &[]).await;
    assert_eq!(feed.headers()["vary"], "Host");
    let article = get(&app, "/read/rain/en", &[]).await;
    assert_eq!(article.headers()["vary"], "Accept-Language, Cookie, Host");
}

#[tokio::test]
async fn the_chrome_follows_the_readers_language_not_the_lang_filter() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let res = get(&app, "/read?lang=en", &[("Accept-Language", "zh-CN")]).await;
    let html = res.text().await.unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\""),
        "{html}"
    );
    assert!(html.contains("<h1 class=\"front-heading\">en 译文</h1>"));
    assert!(html.contains("<title>en 译文 - Bitext</title>"));
    assert!(html.contains("译者：<bdi>TOM</bdi>；编辑：<bdi>ED</bdi>"));
    assert_eq!(
        items(&html),
        ["/read/storm/en", "/read/pluie/en", "/read/rain/en"]
    );
    let cookie = get(&app, "/read?lang=de", &[("Cookie", "bitext_lang=zh-TW")]).await;
    let html = cookie.text().await.unwrap();
    assert!(html.contains("<html lang=\"zh-TW\""));
    assert!(html.contains("de 譯文"));
}

#[tokio::test]
async fn the_site_name_and_public_url_come_from_the_configuration() {
    let app = spawn_app_with(HttpConfig {
        site_name: "Riverside <Desk>".to_owned(),
        public_url: Some("https://news.example".to_owned()),
        ..test_config()
    })
    .await;
    publish(&app, "rain", "zh-Hans", "en", "Rain in Taipei", true).await;
    let res = get(&app, "/read?lang=en", &[]).await;
    assert_eq!(
        res.headers()["vary"],
        "Accept-Language, Cookie",
        "with a public URL the Host changes nothing"
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("<a class=\"site-name\" href=\"/read\">Riverside &lt;Desk&gt;</a>"));
    assert!(html.contains("<title>Translations into en · Riverside &lt;Desk&gt;</title>"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/read?lang=en\">"));
    let feed = get(&app, "/feed/en.atom", &[]).await;
    assert!(feed.headers().get("vary").is_none());
}
