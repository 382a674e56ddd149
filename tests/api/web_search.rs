//! The search box in every staff page's banner and the results page it leads to.

use reqwest::StatusCode;
use serde_json::json;

use crate::{helpers::spawn_app, web_support::Browser};

#[tokio::test]
async fn every_staff_page_has_a_labelled_search_box_that_leads_to_marked_results() {
    let app = spawn_app().await;
    app.create_article(
        "cbp",
        "zh-Hans",
        "边境新闻",
        "美国海关与边境保护局发布了新规定。",
    )
    .await;
    let res = app
        .post(
            "/api/v1/articles/cbp/translations",
            &app.translator,
            &json!({"language": "en", "title": "US Customs rules",
                    "body": "U.S. Customs and Border Protection issued new rules."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let browser = Browser::sign_in(&app, "tom").await;
    for path in ["/", "/articles", "/articles/cbp", "/articles/cbp/en"] {
        let (status, page) = browser.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            page.contains(
                "<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">\
                 <label class=\"visually-hidden\" for=\"site-search\">\
                 Search articles and translations</label>"
            ),
            "{path}: {page}"
        );
    }

    let (status, page) = browser.get("/search?q=%E6%B5%B7%E5%85%B3").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(
            "<p class=\"snippet\" lang=\"zh-Hans\" dir=\"ltr\">美国<mark>海关</mark>与边境保护局发布了新规定。</p>"
        ),
        "{page}"
    );
    assert!(page.contains("href=\"/articles/cbp\""), "{page}");
    assert!(!page.contains("href=\"/articles/cbp/en\" lang"), "{page}");

    let (_, page) = browser.get("/search?q=customs&state=draft").await;
    assert!(
        page.contains(
            "<a href=\"/articles/cbp/en\" lang=\"en\" dir=\"ltr\">US <mark>Customs</mark> rules</a>"
        ),
        "{page}"
    );
    let (_, page) = browser.get("/search?q=customs&state=source").await;
    assert!(
        page.contains("Nothing matches. Try fewer words, or the start of a word."),
        "{page}"
    );
    // Before a query, a hint; a query with nothing to look for, the reason.
    let (_, page) = browser.get("/search").await;
    assert!(page.contains("Chinese needs no spaces."), "{page}");
    let (status, page) = browser.get("/search?q=%E2%80%A6").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("Type a word, a name or a few characters to search for."),
        "{page}"
    );
}
