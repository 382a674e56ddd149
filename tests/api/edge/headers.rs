//! Security headers: a strict policy on every HTML response (reading pages, cached or not, the
//! HTML diff, error pages), `nosniff` on everything, HSTS only behind an https public URL.

use bitext_http::{HttpConfig, edge::headers::style_hash};
use reqwest::{Method, Response, StatusCode};
use serde_json::json;

use crate::helpers::{TestApp, spawn_app, spawn_app_with, test_config};

const HTML: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

fn header<'r>(res: &'r Response, name: &str) -> Option<&'r str> {
    res.headers().get(name).map(|v| v.to_str().unwrap())
}

/// Checks the headers every HTML response carries and returns its body and its policy.
async fn html_page(res: Response) -> (String, String) {
    assert!(
        header(&res, "content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert_eq!(header(&res, "x-content-type-options"), Some("nosniff"));
    assert_eq!(
        header(&res, "referrer-policy"),
        Some("strict-origin-when-cross-origin")
    );
    let csp = header(&res, "content-security-policy")
        .expect("an HTML response without a policy")
        .to_owned();
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    for wanted in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ] {
        assert!(directives.contains(&wanted), "{wanted} missing from {csp}");
    }
    assert!(
        directives.iter().any(|d| d.starts_with("style-src 'self'")),
        "{csp}"
    );
    // Scripts only from this origin (the staff pages' own file), never inline.
    assert!(directives.contains(&"script-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    (res.text().await.unwrap(), csp)
}

/// Every `<style>` of `page` is allowed by `csp`'s hashes.
fn inline_styles_allowed(page: &str, csp: &str) -> usize {
    let styles: Vec<&str> = page
        .split("<style>")
        .skip(1)
        .map(|rest| rest.split("</style>").next().unwrap())
        .collect();
    for style in &styles {
        assert!(
            csp.contains(&style_hash(style)),
            "{style:?} not allowed by {csp}"
        );
    }
    styles.len()
}

/// An article with its English translation published, as the reading page shows it.
async fn publish(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", "今天台北下雨。")
        .await;
    app.create_translation("story", "en", "It rains in Taipei today.")
        .await;
    let actions = "/api/v1/articles/story/translations/en/actions";
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        assert_eq!(
            app.post(actions, token, &body).await.status(),
            StatusCode::OK
        );
    }
}

/// The public page cache's hits so far, from `/metrics`.
async fn cache_hits(app: &TestApp) -> u64 {
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    metrics
        .lines()
        .find_map(|l| l.strip_prefix("bitext_page_cache_lookups_total{result=\"hit\"} "))
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_reading_page_carries_the_security_headers_also_when_the_cache_answers() {
    let app = spawn_app().await;
    publish(&app).await;
    let read = || app.client.get(app.url("/read/story/en")).send();
    let first = read().await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let (page, csp) = html_page(first).await;
    assert!(
        page.contains("/assets/read.css"),
        "the style sheet is 'self'"
    );
    assert_eq!(inline_styles_allowed(&page, &csp), 0);

    let hits = cache_hits(&app).await;
    let second = read().await.unwrap();
    assert_eq!(
        cache_hits(&app).await,
        hits + 1,
        "not answered by the cache"
    );
    assert_eq!(second.status(), StatusCode::OK);
    let (cached, cached_csp) = html_page(second).await;
    assert_eq!((cached, cached_csp), (page, csp));
}

#[tokio::test]
async fn the_html_diff_is_allowed_exactly_its_inline_style() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "One.").await;
    assert_eq!(
        app.revise_article("a", 1, "One more.", false)
            .await
            .status(),
        StatusCode::CREATED
    );
    let res = app
        .request(
            Method::GET,
            "/api/v1/articles/a/diff?from=1&to=2",
            &app.editor,
        )
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let (page, csp) = html_page(res).await;
    assert_eq!(inline_styles_allowed(&page, &csp), 1);
}

#[tokio::test]
async fn html_error_pages_carry_the_policy_and_their_style_is_allowed() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/no/such/page"))
        .header("accept", HTML)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (page, csp) = html_page(res).await;
    assert_eq!(inline_styles_allowed(&page, &csp), 1);
}

#[tokio::test]
async fn json_problems_and_other_responses_carry_nosniff_and_no_html_policy() {
    let app = spawn_app().await;
    let list = app.get("/api/v1/articles", &app.editor).await;
    let problem = app.get("/api/v1/articles/nope", &app.editor).await;
    let css = app
        .client
        .get(app.url("/assets/read.css"))
        .send()
        .await
        .unwrap();
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(problem.status(), StatusCode::NOT_FOUND);
    for res in [&list, &problem, &css, &health] {
        assert_eq!(
            header(res, "x-content-type-options"),
            Some("nosniff"),
            "{}",
            res.url()
        );
        assert_eq!(
            header(res, "content-security-policy"),
            None,
            "{}",
            res.url()
        );
        assert_eq!(
            header(res, "strict-transport-security"),
            None,
            "{}",
            res.url()
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_when_the_public_url_is_https() {
    let app = spawn_app_with(HttpConfig {
        public_url: Some("https://news.example".into()),
        ..test_config()
    })
    .await;
    let json = app.get("/api/v1/articles", &app.editor).await;
    let page = app
        .client
        .get(app.url("/no/such/page"))
        .header("accept", HTML)
        .send()
        .await
        .unwrap();
    for res in [&json, &page] {
        assert_eq!(
            header(res, "strict-transport-security"),
            Some("max-age=31536000")
        );
    }
    let plain = spawn_app_with(HttpConfig {
        public_url: Some("http://news.example".into()),
        ..test_config()
    })
    .await;
    let res = plain.get("/api/v1/articles", &plain.editor).await;
    assert_eq!(header(&res, "strict-transport-security"), None);
}
