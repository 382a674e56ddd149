//! Bad input: every mistake gets its own 4xx as localized problem+json, and writes nothing.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

async fn raw_post(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    app.request(Method::POST, path, &app.editor)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn malformed_requests_each_get_their_own_code_and_write_nothing() {
    let app = spawn_app().await;
    app.create_article("taken", "en", "T", "b").await;
    let before = app.snapshot().await;
    let ok = |slug: &str| json!({"slug": slug, "language": "en", "title": "T", "body": "b"});
    let cases: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        ("malformed JSON", "application/json", b"{\"slug\": ".to_vec(), StatusCode::BAD_REQUEST, "invalid-json"),
        ("wrong type", "application/json", br#"{"slug": 5, "language": "en", "title": "T", "body": "b"}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "invalid-json"),
        ("unknown field", "application/json", serde_json::to_vec(&json!({"slug": "x", "language": "en", "title": "T", "body": "b", "extra": 1})).unwrap(), StatusCode::UNPROCESSABLE_ENTITY, "invalid-json"),
        ("missing field", "application/json", br#"{"slug": "x"}"#.to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "invalid-json"),
        ("invalid UTF-8", "application/json", b"{\"slug\": \"\xff\xfe\", \"language\": \"en\", \"title\": \"T\", \"body\": \"b\"}".to_vec(), StatusCode::BAD_REQUEST, "invalid-utf8"),
        ("not JSON", "text/plain", b"hello".to_vec(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
        ("too large", "application/json", serde_json::to_vec(&json!({"slug": "big", "language": "en", "title": "T", "body": "x".repeat(70 * 1024)})).unwrap(), StatusCode::PAYLOAD_TOO_LARGE, "payload-too-large"),
        ("bad language", "application/json", serde_json::to_vec(&json!({"slug": "x", "language": "xx-!!", "title": "T", "body": "b"})).unwrap(), StatusCode::UNPROCESSABLE_ENTITY, "invalid-language-tag"),
        ("bad slug", "application/json", serde_json::to_vec(&json!({"slug": "Not A Slug", "language": "en", "title": "T", "body": "b"})).unwrap(), StatusCode::UNPROCESSABLE_ENTITY, "invalid-slug"),
        ("empty title", "application/json", serde_json::to_vec(&json!({"slug": "x", "language": "en", "title": "  ", "body": "b"})).unwrap(), StatusCode::UNPROCESSABLE_ENTITY, "empty-title"),
        ("duplicate slug", "application/json", serde_json::to_vec(&ok("taken")).unwrap(), StatusCode::CONFLICT, "slug-taken"),
    ];
    for (what, ct, body, status, code) in cases {
        let (got, p) = problem(raw_post(&app, "/api/v1/articles", ct, body).await).await;
        assert_eq!(got, status, "{what}: {p}");
        assert_eq!(p["code"], code, "{what}");
    }
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn missing_things_are_404_with_their_own_codes() {
    let app = spawn_app().await;
    app.create_article("a", "zh-Hans", "T", "b").await;
    for (path, code) in [
        ("/api/v1/articles/nope", "article-not-found"),
        ("/api/v1/articles/a/revisions/9", "revision-not-found"),
        (
            "/api/v1/articles/a/translations/en",
            "translation-not-found",
        ),
        ("/api/v1/nothing-here", "route-not-found"),
    ] {
        let (status, p) = problem(app.get(path, &app.editor).await).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(p["code"], code, "{path}");
    }
}

#[tokio::test]
async fn requests_without_a_valid_token_are_401() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "b").await;
    let res = app
        .client
        .get(app.url("/api/v1/articles/a"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["www-authenticate"], "Bearer");
    let (status, _) = problem(res).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = problem(app.get("/api/v1/articles/a", "btx_not-a-real-token").await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_token_no_longer_works() {
    let app = spawn_app().await;
    let (id, secret) = app.app.create_token("tom", "laptop").await.unwrap();
    assert_eq!(
        app.get("/api/v1/articles", &secret).await.status(),
        StatusCode::OK
    );
    app.app.revoke_token(id).await.unwrap();
    assert_eq!(
        app.get("/api/v1/articles", &secret).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn problems_speak_the_callers_language() {
    let app = spawn_app().await;
    let get = |lang: &'static str| {
        let app = &app;
        async move {
            let res = app
                .request(Method::GET, "/api/v1/articles/nope", &app.editor)
                .header("accept-language", lang)
                .send()
                .await
                .unwrap();
            assert_eq!(
                res.headers()["content-language"],
                match lang {
                    "zh-TW,zh;q=0.9" => "zh-TW",
                    "zh-CN" => "zh-CN",
                    _ => "en-US",
                }
            );
            problem(res).await.1
        }
    };
    let en = get("fr-FR").await;
    let cn = get("zh-CN").await;
    let tw = get("zh-TW,zh;q=0.9").await;
    assert!(en["detail"].as_str().unwrap().contains("nope"));
    assert!(cn["detail"].as_str().unwrap().contains("nope"));
    assert_ne!(en["title"], cn["title"]);
    assert_ne!(en["title"], tw["title"]);
    assert_eq!(en["code"], cn["code"]);
}

#[tokio::test]
async fn bad_query_strings_and_if_match_values_are_400() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "b").await;
    for path in [
        "/api/v1/articles?limit=0",
        "/api/v1/articles?limit=abc",
        "/api/v1/articles?cursor=zzz",
        "/api/v1/articles?state=lost",
        "/api/v1/articles/a/diff?from=x",
    ] {
        let (status, p) = problem(app.get(path, &app.editor).await).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {p}");
    }
    let (status, p) = problem(
        app.get("/api/v1/articles/a/diff?from=1&to=5", &app.editor)
            .await,
    )
    .await;
    assert_eq!(
        (status, p["code"].as_str().unwrap()),
        (StatusCode::UNPROCESSABLE_ENTITY, "diff-range-invalid")
    );
    // Not entity tags at all (a weak tag, `*` and a tag that is not a number are well formed:
    // see `articles::if_match_compares_entity_tags_strongly_and_accepts_a_star_and_lists`).
    for value in ["3", "\"1", "W/1", "\"a b\""] {
        let res = app
            .post_if_match(
                "/api/v1/articles/a/revisions",
                &app.editor,
                value,
                &json!({"title": "T", "body": "c"}),
            )
            .await;
        let (status, p) = problem(res).await;
        assert_eq!(
            (status, p["code"].as_str().unwrap()),
            (StatusCode::BAD_REQUEST, "invalid-if-match"),
            "{value}"
        );
    }
}

#[tokio::test]
async fn a_wrong_method_is_405_as_a_problem() {
    let app = spawn_app().await;
    let res = app
        .request(Method::DELETE, "/api/v1/articles", &app.editor)
        .send()
        .await
        .unwrap();
    let (status, p) = problem(res).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(p["code"], "method-not-allowed");
}

#[tokio::test]
async fn every_operation_in_the_openapi_document_is_routed_to_a_handler() {
    // The document is built from the router's own registrations; here every operation it
    // lists is called on the live server, and each must reach a handler: never the fallback's
    // `route-not-found` nor `method-not-allowed`.
    let app = spawn_app().await;
    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    let mut operations = 0;
    for (path, item) in paths {
        let url = path
            .replace("{slug}", "no-such-article")
            .replace("{lang}", "en")
            .replace("{number}", "1")
            .replace("{id}", "1")
            .replace("{file}", "en.atom");
        for method in item.as_object().unwrap().keys() {
            let Ok(m) = method.to_uppercase().parse::<reqwest::Method>() else {
                continue;
            };
            operations += 1;
            let res = app
                .request(m.clone(), &url, &app.editor)
                .send()
                .await
                .unwrap();
            let status = res.status();
            let body = res.text().await.unwrap_or_default();
            assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{m} {path}: {body}");
            assert!(
                !body.contains("\"route-not-found\""),
                "{m} {path} is documented but not routed: {body}"
            );
        }
    }
    // The contract's routes, at the least (DESIGN.md lists about thirty operations).
    assert!(operations >= 33, "only {operations} operations documented");
    for p in [
        "/api/v1/articles/{slug}/translations/{lang}/revisions/{number}",
        "/api/v1/articles/{slug}/translations/{lang}/actions",
        "/api/v1/review-queue",
        "/api/v1/published/{slug}/{lang}",
        "/read/{slug}/{lang}",
        "/feed/{file}",
        "/healthz",
        "/readyz",
        "/metrics",
    ] {
        assert!(paths.contains_key(p), "{p} is not documented");
    }
    // And what is not registered is not answered by a handler.
    let res = app.get("/api/v1/nothing-here", &app.editor).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_write_documents_what_the_edge_may_answer_before_its_handler() {
    let app = spawn_app().await;
    let doc: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut writes = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in ["post", "put", "delete", "patch"] {
            let Some(op) = item.get(method) else { continue };
            writes += 1;
            for status in ["408", "413", "429"] {
                assert!(
                    op["responses"].get(status).is_some(),
                    "{method} {path} does not document {status}"
                );
            }
        }
    }
    assert!(writes >= 10, "{writes} writes");
}
