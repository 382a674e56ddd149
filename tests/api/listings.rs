//! The lists a newsroom works from, over HTTP: translations across articles by language, state,
//! assignee and outdatedness; articles by source language or by translation language; who the
//! caller is and their interface language; and the people admins manage.

use bitext_domain::Roles;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

async fn json_of(res: reqwest::Response) -> Value {
    let status = res.status();
    let body = res.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// `(slug, language)` of each item of a list of translations.
fn keys(list: &Value) -> Vec<(String, String)> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["slug"].as_str().unwrap().to_owned(),
                i["language"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(s, l)| ((*s).to_owned(), (*l).to_owned()))
        .collect()
}

/// Three articles and four translations: `rain` into en (Tom's, submitted) and fr (Kim's, made
/// outdated by a source revision), `sun` into en (Kim's), `wind` into de (unassigned).
async fn desk(app: &TestApp) -> String {
    let roles: Roles = "translator".parse().unwrap();
    let kim = app
        .app
        .create_user("kim", "Kim Park", roles)
        .await
        .unwrap()
        .1;
    for (slug, title) in [("rain", "下雨"), ("sun", "晴天"), ("wind", "刮风")] {
        app.create_article(slug, "zh-Hans", title, "一。").await;
    }
    app.create_translation("rain", "en", "One.").await;
    for (slug, language) in [("rain", "fr"), ("sun", "en")] {
        let res = app
            .post(
                &format!("/api/v1/articles/{slug}/translations"),
                &kim,
                &json!({"language": language, "title": "T", "body": "Un."}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    app.create_translation("wind", "de", "Eins.").await;
    let res = app
        .post(
            "/api/v1/articles/wind/translations/de/assign",
            &app.editor,
            &json!({"assignee": null}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .post(
            "/api/v1/articles/rain/translations/en/actions",
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // A new source revision of `rain` outdates both its translations; then `rain/en` catches up.
    assert_eq!(
        app.revise_article("rain", 1, "一！", false).await.status(),
        StatusCode::CREATED
    );
    let res = app
        .post_if_match(
            "/api/v1/articles/rain/translations/en/revisions",
            &app.translator,
            "\"1\"",
            &json!({"title": "T", "body": "One!", "source_revision": 2}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    kim
}

#[tokio::test]
async fn translations_are_listed_across_articles_by_language_state_assignee_and_outdatedness() {
    let app = spawn_app().await;
    let kim = desk(&app).await;
    let list = async |query: &str, token: &str| {
        json_of(
            app.get(&format!("/api/v1/translations{query}"), token)
                .await,
        )
        .await
    };

    let all = list("", &app.editor).await;
    assert_eq!(
        keys(&all),
        pairs(&[
            ("rain", "en"),
            ("rain", "fr"),
            ("sun", "en"),
            ("wind", "de")
        ])
    );
    let first = &all["items"][0];
    // The title of the article's head: revision 2 of `rain` is titled "Title".
    assert_eq!(first["article_title"], "Title");
    assert_eq!(all["items"][2]["article_title"], "晴天");
    assert_eq!(first["state"], "in_review");
    assert_eq!(first["head"], 2);
    assert_eq!(first["outdated"], false);
    assert_eq!(
        first["assignee"],
        json!({"name": "tom", "display_name": "TOM"})
    );
    assert!(first["updated_at"].is_string());
    assert_eq!(all["items"][3]["assignee"], Value::Null);

    for (query, token, expected) in [
        (
            "?language=en",
            &app.editor,
            vec![("rain", "en"), ("sun", "en")],
        ),
        (
            "?language=EN",
            &app.editor,
            vec![("rain", "en"), ("sun", "en")],
        ),
        ("?state=in_review", &app.editor, vec![("rain", "en")]),
        ("?state=draft&language=en", &app.editor, vec![("sun", "en")]),
        ("?assignee=me", &kim, vec![("rain", "fr"), ("sun", "en")]),
        ("?assignee=me", &app.translator, vec![("rain", "en")]),
        (
            "?assignee=kim&language=fr",
            &app.editor,
            vec![("rain", "fr")],
        ),
        ("?assignee=nobody", &app.editor, vec![]),
        ("?outdated=true", &app.editor, vec![("rain", "fr")]),
        (
            "?outdated=false",
            &app.editor,
            vec![("rain", "en"), ("sun", "en"), ("wind", "de")],
        ),
    ] {
        assert_eq!(keys(&list(query, token).await), pairs(&expected), "{query}");
    }
    assert_eq!(
        list("?outdated=true", &app.editor).await["items"][0]["outdated"],
        true
    );

    // A page at a time, by cursor.
    let page = list("?limit=3", &app.editor).await;
    assert_eq!(keys(&page).len(), 3);
    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let rest = list(&format!("?limit=3&cursor={cursor}"), &app.editor).await;
    assert_eq!(keys(&rest), pairs(&[("wind", "de")]));
    assert_eq!(rest["next_cursor"], Value::Null);

    for (query, status, code) in [
        ("?state=lost", StatusCode::BAD_REQUEST, "invalid-query"),
        ("?outdated=maybe", StatusCode::BAD_REQUEST, "invalid-query"),
        ("?limit=0", StatusCode::BAD_REQUEST, "invalid-query"),
        ("?cursor=x", StatusCode::BAD_REQUEST, "invalid-cursor"),
        (
            "?language=not_a_tag!",
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-language-tag",
        ),
    ] {
        let (got, p) = problem(
            app.get(&format!("/api/v1/translations{query}"), &app.editor)
                .await,
        )
        .await;
        assert_eq!((got, p["code"].as_str()), (status, Some(code)), "{query}");
    }
}

#[tokio::test]
async fn articles_filter_by_their_source_language_or_by_a_translation_language() {
    let app = spawn_app().await;
    app.create_article("rain", "zh-Hans", "下雨", "一。").await;
    app.create_article("snow", "en", "Snow", "One.").await;
    app.create_translation("rain", "en", "One.").await;
    for slug in ["rain", "snow"] {
        let res = app
            .post(
                &format!("/api/v1/articles/{slug}/translations"),
                &app.translator,
                &json!({"language": "fr", "title": "Titre", "body": "Un."}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    let res = app
        .post(
            "/api/v1/articles/rain/translations/en/actions",
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let slugs = async |query: &str| -> Vec<String> {
        json_of(
            app.get(&format!("/api/v1/articles{query}"), &app.editor)
                .await,
        )
        .await["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["slug"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        slugs("?language=en").await,
        ["snow"],
        "the source language only"
    );
    assert_eq!(slugs("?translation_language=en").await, ["rain"]);
    assert_eq!(slugs("?translation_language=fr").await, ["rain", "snow"]);
    assert!(slugs("?translation_language=de").await.is_empty());
    assert_eq!(
        slugs("?language=en&translation_language=fr").await,
        ["snow"]
    );
    // With a translation language, the state is that translation's: `rain` has a translation
    // in review, but not its French one.
    assert_eq!(slugs("?state=in_review").await, ["rain"]);
    assert_eq!(
        slugs("?translation_language=en&state=in_review").await,
        ["rain"]
    );
    assert!(
        slugs("?translation_language=fr&state=in_review")
            .await
            .is_empty()
    );
    let (status, p) = problem(
        app.get("/api/v1/articles?translation_language=x!", &app.editor)
            .await,
    )
    .await;
    assert_eq!(
        (status, p["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("invalid-language-tag")
        )
    );
}

#[tokio::test]
async fn me_is_the_caller_and_their_interface_language_is_saved() {
    let app = spawn_app().await;
    let me = json_of(app.get("/api/v1/me", &app.editor).await).await;
    assert_eq!(
        me,
        json!({"name": "ed", "display_name": "ED", "roles": ["editor", "admin"], "language": null})
    );
    let set = async |language: Value| {
        app.request(Method::PUT, "/api/v1/me/language", &app.translator)
            .json(&json!({"language": language}))
            .send()
            .await
            .unwrap()
    };
    let saved = json_of(set(json!("zh-tw")).await).await;
    assert_eq!(saved["language"], "zh-TW", "stored as the supported tag");
    let me = json_of(app.get("/api/v1/me", &app.translator).await).await;
    assert_eq!(
        (me["name"].as_str(), me["language"].as_str()),
        (Some("tom"), Some("zh-TW"))
    );
    // Only the caller's own setting changes.
    let other = json_of(app.get("/api/v1/me", &app.editor).await).await;
    assert_eq!(other["language"], Value::Null);

    let before = app.snapshot().await;
    for bad in [json!("fr"), json!("zh-Hant"), json!("zh"), json!("")] {
        let (status, p) = problem(set(bad.clone()).await).await;
        assert_eq!(
            (status, p["code"].as_str()),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("unsupported-language")
            ),
            "{bad}"
        );
        assert!(p["detail"].as_str().unwrap().contains("zh-CN"), "{p}");
    }
    let res = app
        .request(Method::PUT, "/api/v1/me/language", &app.translator)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.snapshot().await, before, "a refused setting wrote");

    let cleared = json_of(set(Value::Null).await).await;
    assert_eq!(cleared["language"], Value::Null);
    let res = app.client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_admins_list_the_people_with_their_roles_a_page_at_a_time() {
    let app = spawn_app().await;
    let page = json_of(app.get("/api/v1/users?limit=3", &app.editor).await).await;
    let names: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ed", "eve", "tom"]);
    assert_eq!(page["items"][1]["roles"], json!(["editor"]));
    assert_eq!(page["items"][2]["display_name"], "TOM");
    let cursor = page["next_cursor"].as_str().unwrap();
    let rest = json_of(
        app.get(
            &format!("/api/v1/users?limit=3&cursor={cursor}"),
            &app.editor,
        )
        .await,
    )
    .await;
    assert_eq!(rest["items"][0]["name"], "pat");
    assert_eq!(rest["items"][0]["roles"], json!(["publisher"]));
    assert_eq!(rest["next_cursor"], Value::Null);
    for token in [&app.editor2, &app.translator, &app.publisher] {
        let (status, p) = problem(app.get("/api/v1/users", token).await).await;
        assert_eq!(
            (status, p["code"].as_str()),
            (StatusCode::FORBIDDEN, Some("forbidden"))
        );
    }
}
