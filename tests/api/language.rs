//! The caller's language, decided in one place: `?lang=`, then the `bitext_lang` cookie, then
//! the person's saved language, then `Accept-Language`; and an error answered as a page to a
//! browser, as problem+json to a client.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn an_explicit_language_beats_the_browsers_accept_language() {
    let app = spawn_app().await;
    let ask = async |query: &str, cookie: Option<&str>| {
        let mut req = app
            .request(
                Method::GET,
                &format!("/api/v1/articles/nope{query}"),
                &app.editor,
            )
            .header("accept-language", "en-US");
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let lang = res.headers()["content-language"]
            .to_str()
            .unwrap()
            .to_owned();
        let body: Value = res.json().await.unwrap();
        (lang, body["title"].as_str().unwrap().to_owned())
    };
    let (en, en_title) = ask("", None).await;
    let (tw, tw_title) = ask("?lang=zh-TW", None).await;
    let (cn, cn_title) = ask("", Some("theme=dark; bitext_lang=zh-CN")).await;
    let (both, _) = ask("?lang=zh-TW", Some("bitext_lang=zh-CN")).await;
    assert_eq!(
        (en.as_str(), tw.as_str(), cn.as_str(), both.as_str()),
        ("en-US", "zh-TW", "zh-CN", "zh-TW")
    );
    assert_ne!(en_title, tw_title);
    assert_ne!(en_title, cn_title);
}

#[tokio::test]
async fn a_browser_gets_an_error_page_and_a_client_gets_problem_json_from_the_same_error() {
    let app = spawn_app().await;
    let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    let res = app
        .request(Method::GET, "/api/v1/articles/nope", &app.editor)
        .header("accept", browser)
        .header("accept-language", "zh-CN")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(res.headers()["content-type"], "text/html; charset=utf-8");
    let page = res.text().await.unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<html lang=\"zh-CN\">"), "{page}");
    assert!(page.contains("article-not-found"), "{page}");

    let res = app
        .request(Method::GET, "/api/v1/articles/nope", &app.editor)
        .header("accept-language", "zh-CN")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let problem: Value = res.json().await.unwrap();
    // The page shows the same localized title and detail.
    assert!(page.contains(problem["title"].as_str().unwrap()));
    assert!(
        page.contains(&html_escape::encode_text(problem["detail"].as_str().unwrap()).to_string())
    );

    // Errors that axum itself produces (an unknown route) get a page too.
    let res = app
        .client
        .get(app.url("/no/such/page"))
        .header("accept", browser)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("<html lang=\"en-US\">"));
}

#[tokio::test]
async fn a_persons_saved_language_answers_their_problems_unless_the_request_names_one() {
    let app = spawn_app().await;
    let res = app
        .request(Method::PUT, "/api/v1/me/language", &app.translator)
        .json(&json!({"language": "zh-TW"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    // The language and the problem's title a request for a missing article is answered in.
    let ask = async |token: &str, query: &str, accept: Option<&str>| {
        let mut req = app.request(Method::GET, &format!("/api/v1/articles/nope{query}"), token);
        if let Some(a) = accept {
            req = req.header("accept-language", a);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let lang = res.headers()["content-language"]
            .to_str()
            .unwrap()
            .to_owned();
        let body: Value = res.json().await.unwrap();
        (lang, body["title"].as_str().unwrap().to_owned())
    };
    // Someone without a saved language, for comparison.
    let (_, tw_title) = ask(&app.editor, "?lang=zh-TW", None).await;
    let (_, en_title) = ask(&app.editor, "?lang=en-US", None).await;
    assert_ne!(tw_title, en_title);
    assert_eq!(
        ask(&app.editor, "", None).await,
        ("en-US".into(), en_title.clone())
    );

    assert_eq!(
        ask(&app.translator, "", None).await,
        ("zh-TW".into(), tw_title.clone()),
        "no Accept-Language: the saved language"
    );
    assert_eq!(
        ask(&app.translator, "", Some("en-US")).await,
        ("zh-TW".into(), tw_title),
        "the saved language beats Accept-Language"
    );
    assert_eq!(
        ask(&app.translator, "?lang=en-US", None).await,
        ("en-US".into(), en_title),
        "?lang= beats the saved language"
    );
}
