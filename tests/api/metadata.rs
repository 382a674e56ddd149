//! What search engines and other sites read: every page of an article links to the same pages
//! in each language (`hreflang`, with `x-default` the original's), carries Open Graph and a
//! schema.org `NewsArticle` in JSON-LD; the original's page; the sitemap with every page and
//! its alternates; robots.txt. A withdrawn translation leaves all of them.

use std::collections::BTreeSet;

use quick_xml::{Reader, events::Event};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const SOURCE: &str = "## 天气\n\n今天台北下雨。\n\n明天会放晴。";
const EN: &str = "## Weather\n\nIt rains in Taipei today.\n\nTomorrow will be sunny.";
const FR: &str = "## Météo\n\nIl pleut à Taipei aujourd'hui.\n\nDemain, il fera beau.";

fn actions(slug: &str, language: &str) -> String {
    format!("/api/v1/articles/{slug}/translations/{language}/actions")
}

async fn act(app: &TestApp, slug: &str, language: &str, token: &str, body: Value) {
    let res = app.post(&actions(slug, language), token, &body).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{body}: {}",
        res.text().await.unwrap_or_default()
    );
}

/// Writes, approves and publishes the translation of `slug` into `language`.
async fn publish(app: &TestApp, slug: &str, language: &str, body: &str) {
    app.create_translation(slug, language, body).await;
    act(
        app,
        slug,
        language,
        &app.translator,
        json!({"action": "submit"}),
    )
    .await;
    let approve = json!({"action": "approve", "revision": 1});
    act(app, slug, language, &app.editor, approve).await;
    act(
        app,
        slug,
        language,
        &app.publisher,
        json!({"action": "publish"}),
    )
    .await;
}

/// A Chinese article published in English and in French.
async fn story(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    publish(app, "story", "en", EN).await;
    publish(app, "story", "fr", FR).await;
}

/// A second edition of the English translation, with a note.
async fn correct_english(app: &TestApp) {
    let res = app
        .post_if_match(
            "/api/v1/articles/story/translations/en/revisions",
            &app.translator,
            "\"1\"",
            &json!({"title": "Rain", "body": EN.replace("rains", "pours")}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    act(
        app,
        "story",
        "en",
        &app.translator,
        json!({"action": "submit"}),
    )
    .await;
    let approve = json!({"action": "approve", "revision": 2});
    act(app, "story", "en", &app.editor2, approve).await;
    let publish = json!({"action": "publish", "correction_note": "It poured."});
    act(app, "story", "en", &app.publisher, publish).await;
}

async fn withdraw(app: &TestApp, language: &str) {
    let body = json!({"action": "withdraw", "comment": "Under review"});
    act(app, "story", language, &app.publisher, body).await;
}

async fn public(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = app.client.request(Method::GET, app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

/// The body of a public page answered 200 with `media`.
async fn page(app: &TestApp, path: &str, media: &str) -> String {
    let res = public(app, path, &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with(media), "{path}: {kind}");
    res.text().await.unwrap()
}

/// The attributes of every start tag named `name`, values decoded.
fn tags(html: &str, name: &str) -> Vec<Vec<(String, String)>> {
    let open = format!("<{name} ");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let inside = &rest[..rest.find('>').expect("end of tag")];
            inside
                .split('"')
                .collect::<Vec<_>>()
                .chunks(2)
                .filter(|pair| pair.len() == 2)
                .map(|pair| {
                    let key = pair[0].trim().trim_end_matches('=').to_owned();
                    let value = html_escape::decode_html_entities(pair[1]).into_owned();
                    (key, value)
                })
                .collect()
        })
        .collect()
}

fn get<'a>(attributes: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Every `hreflang` link in the head: (language, address).
fn hreflangs(html: &str) -> BTreeSet<(String, String)> {
    tags(html, "link")
        .into_iter()
        .filter_map(|link| {
            let lang = get(&link, "hreflang")?.to_owned();
            assert_eq!(get(&link, "rel"), Some("alternate"));
            Some((lang, get(&link, "href")?.to_owned()))
        })
        .collect()
}

fn canonical(html: &str) -> String {
    let links: Vec<_> = tags(html, "link")
        .into_iter()
        .filter(|link| get(link, "rel") == Some("canonical"))
        .collect();
    assert_eq!(links.len(), 1, "one canonical link");
    get(&links[0], "href").unwrap().to_owned()
}

/// Every `content` of `<meta property=…>` or `<meta name=…>` equal to `key`.
fn meta(html: &str, key: &str) -> Vec<String> {
    tags(html, "meta")
        .into_iter()
        .filter(|m| get(m, "property").or(get(m, "name")) == Some(key))
        .map(|m| get(&m, "content").unwrap_or_default().to_owned())
        .collect()
}

/// The page's JSON-LD, parsed.
pub(crate) fn json_ld(html: &str) -> Value {
    const OPEN: &str = "<script type=\"application/ld+json\">";
    assert_eq!(
        html.matches("<script").count(),
        1,
        "one script: the JSON-LD"
    );
    let rest = &html[html.find(OPEN).expect("JSON-LD") + OPEN.len()..];
    serde_json::from_str(&rest[..rest.find("</script>").expect("its end")]).expect("JSON")
}

fn names(people: &Value) -> Vec<&str> {
    people
        .as_array()
        .expect("a list of people")
        .iter()
        .map(|p| {
            assert_eq!(p["@type"], "Person");
            p["name"].as_str().unwrap()
        })
        .collect()
}

/// The pages of the story, each with its address, as `hreflang` lists them.
fn group(origin: &str, languages: &[&str]) -> BTreeSet<(String, String)> {
    let url = |l: &str| format!("{origin}/read/story/{l}");
    languages
        .iter()
        .map(|l| (l.to_string(), url(l)))
        .chain([("x-default".to_owned(), url("zh-Hans"))])
        .collect()
}

#[tokio::test]
async fn every_page_of_an_article_links_to_the_same_pages_in_each_language() {
    let app = spawn_app().await;
    story(&app).await;
    let origin = app.url("");
    let all = group(&origin, &["zh-Hans", "en", "fr"]);
    for language in ["zh-Hans", "en", "fr"] {
        let html = page(&app, &format!("/read/story/{language}"), "text/html").await;
        assert_eq!(hreflangs(&html), all, "{language}");
        let url = format!("{origin}/read/story/{language}");
        assert_eq!(canonical(&html), url);
        assert_eq!(meta(&html, "og:url"), [url.as_str()]);
        assert_eq!(meta(&html, "og:type"), ["article"]);
        assert_eq!(meta(&html, "og:site_name"), ["Bitext"]);
        assert_eq!(meta(&html, "og:locale"), [language.replace('-', "_")]);
        assert_eq!(meta(&html, "og:locale:alternate").len(), 2, "{language}");
        assert_eq!(meta(&html, "description"), meta(&html, "og:description"));
        assert_eq!(json_ld(&html)["url"], url);
    }
    let en = page(&app, "/read/story/en", "text/html").await;
    assert_eq!(meta(&en, "og:title"), ["A title"]);
    assert_eq!(
        meta(&en, "og:description"),
        ["It rains in Taipei today."],
        "the first paragraph of text, not the subhead"
    );
    assert_eq!(meta(&en, "og:locale:alternate"), ["zh_Hans", "fr"]);
    let original = page(&app, "/read/story/zh-Hans", "text/html").await;
    assert_eq!(meta(&original, "og:title"), ["台北下雨"]);
    assert_eq!(meta(&original, "og:description"), ["今天台北下雨。"]);
}

#[tokio::test]
async fn the_json_ld_names_the_people_the_original_and_the_translations_and_a_correction() {
    let app = spawn_app().await;
    story(&app).await;
    let origin = app.url("");
    let en = json_ld(&page(&app, "/read/story/en", "text/html").await);
    assert_eq!(en["@context"], "https://schema.org");
    assert_eq!(en["@type"], "NewsArticle");
    assert_eq!(en["headline"], "A title");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(en["publisher"]["name"], "Bitext");
    assert_eq!(names(&en["translator"]), ["TOM"]);
    assert_eq!(names(&en["editor"]), ["ED"]);
    let work = &en["translationOfWork"];
    assert_eq!(work["@id"], format!("{origin}/read/story/zh-Hans"));
    assert_eq!(work["inLanguage"], "zh-Hans");
    assert_eq!(work["headline"], "台北下雨");
    assert_eq!(en["datePublished"], en["dateModified"]);
    assert!(en.get("correction").is_none());
    let first = en["datePublished"].as_str().unwrap().to_owned();

    let original = json_ld(&page(&app, "/read/story/zh-Hans", "text/html").await);
    assert_eq!(original["headline"], "台北下雨");
    assert_eq!(original["datePublished"], first, "the first edition of any");
    let translations: BTreeSet<_> = original["workTranslation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["inLanguage"].as_str().unwrap().to_owned(),
                t["@id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<_> = ["en", "fr"]
        .map(|l| (l.to_owned(), format!("{origin}/read/story/{l}")))
        .into();
    assert_eq!(translations, expected);
    assert!(original.get("translator").is_none());

    // Times are to the second: the correction comes a second later.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    correct_english(&app).await;
    let html = page(&app, "/read/story/en", "text/html").await;
    let en = json_ld(&html);
    assert_eq!(en["headline"], "Rain");
    assert_eq!(en["datePublished"], first);
    assert_ne!(en["dateModified"], first);
    assert_eq!(en["correction"]["@type"], "CorrectionComment");
    assert_eq!(en["correction"]["text"], "It poured.");
    assert_eq!(en["correction"]["datePublished"], en["dateModified"]);
    assert_eq!(names(&en["editor"]), ["ED", "EVE"]);
    assert_eq!(meta(&html, "article:published_time"), [first.as_str()]);
    assert_eq!(
        meta(&html, "article:modified_time"),
        [en["dateModified"].as_str().unwrap()]
    );
    let earlier = page(&app, "/read/story/en?edition=1", "text/html").await;
    assert!(
        hreflangs(&earlier).is_empty(),
        "an earlier edition is no alternate"
    );
    assert_eq!(json_ld(&earlier)["headline"], "A title");
    let original = json_ld(&page(&app, "/read/story/zh-Hans", "text/html").await);
    assert_eq!(original["dateModified"], en["dateModified"]);
}

#[tokio::test]
async fn the_original_page_shows_the_source_and_links_to_each_translation() {
    let app = spawn_app().await;
    story(&app).await;
    let res = public(&app, "/read/story/zh-Hans", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    assert!(
        res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("<h1 class=\"headline\" lang=\"zh-Hans\" dir=\"ltr\">台北下雨</h1>"));
    assert!(html.contains("<h2 class=\"source\" lang=\"zh-Hans\" dir=\"ltr\">天气</h2>"));
    assert!(html.contains(">今天台北下雨。</p>") && html.contains(">明天会放晴。</p>"));
    assert!(html.contains(
        "Read in: <a href=\"/read/story/en\" hreflang=\"en\">en</a> and \
         <a href=\"/read/story/fr\" hreflang=\"fr\">fr</a>"
    ));
    assert!(!html.contains("It rains"), "the original alone");
    assert_eq!(html.matches("<main").count(), 1);
    assert!(html.contains("class=\"site-header\"") && html.contains("class=\"site-footer\""));
    // Through the page cache, apart from the translation's page, and answered with 304.
    for _ in 0..2 {
        assert_eq!(page(&app, "/read/story/zh-Hans", "text/html").await, html);
        assert_ne!(page(&app, "/read/story/en", "text/html").await, html);
    }
    let again = public(&app, "/read/story/zh-Hans", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let simplified = public(&app, "/read/story/zh-hans", &[("accept-language", "zh-CN")]).await;
    assert!(simplified.text().await.unwrap().contains("阅读译文："));
    // The original has no layouts or editions: asking for one changes nothing.
    assert_eq!(
        page(&app, "/read/story/zh-Hans?layout=translation", "text/html").await,
        html
    );

    // An article with nothing published has no original's page either.
    app.create_article("draft", "zh-Hans", "草稿", "草稿。")
        .await;
    app.create_translation("draft", "en", "Draft.").await;
    for path in [
        "/read/draft/zh-Hans",
        "/read/nothing/zh-Hans",
        "/read/story/de",
    ] {
        let res = public(&app, path, &[]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "not-found", "{path}");
    }
}

/// Each `<url>` of a sitemap: its address, `<lastmod>`, and its alternates.
pub(crate) type Listed = Vec<(String, String, BTreeSet<(String, String)>)>;

pub(crate) fn sitemap_urls(xml: &str) -> Listed {
    entries(xml, "url")
}

/// Each `<sitemap>` of a sitemap index: its address and `<lastmod>`.
fn sitemap_index(xml: &str) -> Vec<(String, String)> {
    entries(xml, "sitemap")
        .into_iter()
        .map(|(loc, lastmod, alternates)| {
            assert!(alternates.is_empty(), "{loc} has alternates");
            (loc, lastmod)
        })
        .collect()
}

/// Each `<{entry}>` of a sitemap or an index: its `<loc>`, `<lastmod>` and alternates.
fn entries(xml: &str, entry: &str) -> Listed {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut found: Listed = Vec::new();
    let mut current = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                current = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if current == entry {
                    found.push(Default::default());
                }
            }
            Event::Empty(e) => {
                assert_eq!(e.name().as_ref(), b"xhtml:link");
                let attribute = |key: &[u8]| {
                    let found = e.try_get_attribute(key).unwrap().expect("attribute");
                    found.unescape_value().unwrap().into_owned()
                };
                assert_eq!(attribute(b"rel"), "alternate");
                let link = (attribute(b"hreflang"), attribute(b"href"));
                found.last_mut().expect("in an entry").2.insert(link);
            }
            Event::Text(t) => {
                let text = t.xml10_content().unwrap().trim().to_owned();
                if let Some(last) = found.last_mut().filter(|_| !text.is_empty()) {
                    match current.as_str() {
                        "loc" => last.0 = text,
                        "lastmod" => last.1 = text,
                        other => panic!("text in <{other}>"),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// Every `<url>` of every sitemap the index lists, each sitemap's in its order, with the
/// sitemaps' addresses and `<lastmod>` as the index gives them.
pub(crate) async fn every_sitemap(app: &TestApp) -> (Vec<(String, String)>, Listed) {
    let index = page(app, "/sitemap.xml", "application/xml").await;
    assert!(
        index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""),
        "{index}"
    );
    let parts = sitemap_index(&index);
    let mut urls = Listed::new();
    for (loc, lastmod) in &parts {
        let path = loc
            .strip_prefix(&app.url(""))
            .expect("an address of the site");
        let xml = page(app, path, "application/xml").await;
        assert!(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""));
        let listed = sitemap_urls(&xml);
        assert!(!listed.is_empty(), "{path} lists nothing");
        for (url, modified, _) in &listed {
            assert!(
                modified <= lastmod,
                "{url} in {path}: {modified} after {lastmod}"
            );
        }
        urls.extend(listed);
    }
    (parts, urls)
}

#[tokio::test]
async fn the_sitemap_lists_every_page_with_its_alternates_and_drops_withdrawn_ones() {
    let app = spawn_app().await;
    assert_eq!(every_sitemap(&app).await, (vec![], vec![]));
    assert_eq!(
        public(&app, "/sitemaps/1.xml", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    story(&app).await;
    let origin = app.url("");
    let res = public(&app, "/sitemaps/1.xml", &[]).await;
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let (parts, urls) = every_sitemap(&app).await;
    assert_eq!(
        parts
            .iter()
            .map(|(loc, _)| loc.as_str())
            .collect::<Vec<_>>(),
        [format!("{origin}/sitemaps/1.xml")]
    );
    let pages: BTreeSet<_> = urls.iter().map(|(loc, ..)| loc.clone()).collect();
    let expected: BTreeSet<_> = ["zh-Hans", "en", "fr"]
        .map(|l| format!("{origin}/read/story/{l}"))
        .into();
    assert_eq!(pages, expected);
    for (loc, lastmod, alternates) in &urls {
        assert_eq!(
            *alternates,
            group(&origin, &["zh-Hans", "en", "fr"]),
            "{loc}"
        );
        assert!(
            chrono::DateTime::parse_from_rfc3339(lastmod).is_ok(),
            "{loc}: {lastmod}"
        );
    }
    let again = public(&app, "/sitemaps/1.xml", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    withdraw(&app, "fr").await;
    let urls = every_sitemap(&app).await.1;
    assert_eq!(urls.len(), 2);
    for (_, _, alternates) in &urls {
        assert_eq!(*alternates, group(&origin, &["zh-Hans", "en"]));
    }
    for language in ["zh-Hans", "en"] {
        let html = page(&app, &format!("/read/story/{language}"), "text/html").await;
        assert_eq!(hreflangs(&html), group(&origin, &["zh-Hans", "en"]));
        assert!(!html.contains("/read/story/fr"), "{language}");
    }
    assert_eq!(
        public(&app, "/read/story/fr", &[]).await.status(),
        StatusCode::GONE
    );
    withdraw(&app, "en").await;
    assert_eq!(every_sitemap(&app).await, (vec![], vec![]));
    let gone = public(&app, "/sitemaps/1.xml", &[]).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let problem: Value = gone.json().await.unwrap();
    assert_eq!(problem["code"], "not-found");
    let res = public(&app, "/read/story/zh-Hans", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_sitemap_is_split_by_blocks_of_articles_each_dated_by_its_own_changes() {
    let app = spawn_app().await;
    // Articles 1 to 251: the first and the last published, in two blocks of 250.
    for n in 1..=251 {
        app.create_article(&format!("story-{n}"), "zh-Hans", "台北下雨", SOURCE)
            .await;
    }
    publish(&app, "story-1", "en", EN).await;
    publish(&app, "story-251", "en", EN).await;
    publish(&app, "story-251", "fr", FR).await;
    let origin = app.url("");
    let (parts, urls) = every_sitemap(&app).await;
    let locs: Vec<&str> = parts.iter().map(|(loc, _)| loc.as_str()).collect();
    assert_eq!(
        locs,
        [
            format!("{origin}/sitemaps/1.xml"),
            format!("{origin}/sitemaps/2.xml")
        ]
    );
    let first = sitemap_urls(&page(&app, "/sitemaps/1.xml", "application/xml").await);
    let pages = |urls: &Listed| -> BTreeSet<String> { urls.iter().map(|u| u.0.clone()).collect() };
    assert_eq!(
        pages(&first),
        ["zh-Hans", "en"]
            .map(|l| format!("{origin}/read/story-1/{l}"))
            .into()
    );
    assert_eq!(
        pages(&urls),
        [
            "story-1/zh-Hans",
            "story-1/en",
            "story-251/zh-Hans",
            "story-251/en",
            "story-251/fr"
        ]
        .map(|p| format!("{origin}/read/{p}"))
        .into()
    );
    // Past the last block, and names the index never gives.
    for path in [
        "/sitemaps/3.xml",
        "/sitemaps/01.xml",
        "/sitemaps/0.xml",
        "/sitemaps/1.atom",
    ] {
        let res = public(&app, path, &[]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "not-found", "{path}");
    }

    // A withdrawal in the second block dates that sitemap and the index, not the first.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let body = json!({"action": "withdraw", "comment": "Under review"});
    act(&app, "story-251", "fr", &app.publisher, body).await;
    let (after, urls) = every_sitemap(&app).await;
    assert_eq!(after[0], parts[0], "the first block did not change");
    assert!(
        after[1].1 > parts[1].1,
        "{:?} then {:?}",
        parts[1],
        after[1]
    );
    assert!(!pages(&urls).contains(&format!("{origin}/read/story-251/fr")));
}

#[tokio::test]
async fn the_sitemap_takes_the_same_number_of_statements_whatever_its_length() {
    let app = spawn_app().await;
    let count = async || {
        let before = app.app.store().statements_executed();
        let articles = app.app.published_block(1, 250).await.unwrap();
        let pages: usize = articles
            .articles
            .iter()
            .map(|a| a.translations.len() + 1)
            .sum();
        (app.app.store().statements_executed() - before, pages)
    };
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    publish(&app, "story", "en", EN).await;
    let one = count().await;
    publish(&app, "story", "fr", FR).await;
    app.create_article("other", "zh-Hans", "另一篇", "另一段。")
        .await;
    publish(&app, "other", "en", "Another paragraph.").await;
    let more = count().await;
    assert_eq!((one.1, more.1), (2, 5));
    assert_eq!(one.0, more.0, "the sitemap takes a query per page");
}

#[tokio::test]
async fn robots_txt_opens_the_reading_room_and_closes_the_api_and_staff_pages() {
    let app = spawn_app().await;
    let robots = page(&app, "/robots.txt", "text/plain").await;
    let lines: Vec<&str> = robots.lines().collect();
    assert_eq!(lines[0], "User-agent: *");
    for rule in [
        "Allow: /read",
        "Allow: /feed/",
        "Allow: /assets/",
        "Disallow: /api/",
        "Disallow: /articles",
        "Disallow: /people",
        "Disallow: /sign-in",
        "Disallow: /$",
    ] {
        assert!(lines.contains(&rule), "{rule} in {robots}");
    }
    assert!(
        !lines.contains(&"Disallow: /"),
        "the reading room stays open"
    );
    assert_eq!(
        lines.last(),
        Some(&format!("Sitemap: {}/sitemap.xml", app.url("")).as_str())
    );
}
