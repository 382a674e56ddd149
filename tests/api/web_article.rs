//! The article's page in the staff pages: the source, its translations and history, comparing
//! revisions, the source desk's revisions (a stale one merged, nothing lost), starting a
//! translation, and review comments in the workspace's margin.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    web_forms::{form_fields, location, row, submit, written},
    web_support::Browser,
};

async fn story(app: &TestApp) {
    app.create_article("rain", "zh-Hans", "下雨", "一。\n\n今天天气很好。\n\n三。")
        .await;
    app.create_translation("rain", "en", "One.\n\nThe weather is fine.\n\nThree.")
        .await;
}

async fn source_head(app: &TestApp) -> (i32, String) {
    let slug = bitext_domain::Slug::parse("rain").unwrap();
    let d = app.app.article(&slug).await.unwrap();
    (d.head.number, d.head.body)
}

#[tokio::test]
async fn the_article_page_shows_the_source_its_translations_and_the_forms_each_role_uses() {
    let app = spawn_app().await;
    story(&app).await;
    app.revise_article("rain", 1, "一。\n\n今天天气非常好。\n\n三。", false)
        .await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get("/articles/rain").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("lang=\"zh-Hans\""), "{page}");
    assert!(page.contains("今天天气非常好。"), "the head: {page}");
    assert!(page.contains("href=\"/articles/rain/en\""), "{page}");
    assert!(page.contains("Outdated"), "{page}");
    assert!(
        page.contains("href=\"/articles/rain/compare?from=1&amp;to=2\""),
        "{page}"
    );
    assert!(
        page.contains("action=\"/articles/rain/translations\""),
        "a translator starts here"
    );
    assert!(
        !page.contains("action=\"/articles/rain/revisions\""),
        "the desk's form is not his"
    );

    let ed = Browser::sign_in(&app, "ed").await;
    let (_, page) = ed.get("/articles/rain").await;
    let fields = form_fields(&page, "/articles/rain/revisions");
    assert!(fields.contains(&("base".into(), "2".into())), "{fields:?}");
    assert!(fields.contains(&("body".into(), "一。\n\n今天天气非常好。\n\n三。".into())));

    let pat = Browser::sign_in(&app, "pat").await;
    let (_, page) = pat.get("/articles/rain").await;
    assert!(!page.contains("action=\"/articles/rain/revisions\""));
    assert!(!page.contains("action=\"/articles/rain/translations\""));
}

#[tokio::test]
async fn comparing_two_source_revisions_shows_each_change_focusable() {
    let app = spawn_app().await;
    story(&app).await;
    app.revise_article("rain", 1, "一。\n\n今天天气非常好。\n\n三。", false)
        .await;
    let eve = Browser::sign_in(&app, "eve").await;
    let (status, page) = eve.get("/articles/rain/compare?from=1&to=2").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(
        page.matches("data-change tabindex=\"-1\"").count(),
        1,
        "{page}"
    );
    assert!(
        page.contains("<ins><span class=\"visually-hidden\" lang=\"en-US\">"),
        "{page}"
    );
    let (status, page) = eve.get("/articles/rain/compare?from=1&to=9").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("role=\"alert\""), "{page}");
}

#[tokio::test]
async fn a_stale_source_revision_is_merged_with_the_newer_one_and_nothing_is_lost() {
    let app = spawn_app().await;
    story(&app).await;
    let ed = Browser::sign_in(&app, "ed").await;
    let (_, page) = ed.get("/articles/rain").await;
    let stale: Vec<(String, String)> = form_fields(&page, "/articles/rain/revisions")
        .into_iter()
        .map(|(k, v)| match k.as_str() {
            "body" => (k, v.replace("三。", "三，我的。")),
            _ => (k, v),
        })
        .collect();
    app.revise_article("rain", 1, "一，他们的。\n\n今天天气很好。\n\n三。", false)
        .await;
    let before = written(&app).await;
    let res = submit(&ed, "/articles/rain/revisions", &stale).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let merge = res.text().await.unwrap();
    assert_eq!(written(&app).await, before);
    assert!(
        merge.contains("三，我的。") && merge.contains("一，他们的。"),
        "{merge}"
    );
    let fields = form_fields(&merge, "/articles/rain/revisions");
    let res = submit(&ed, "/articles/rain/revisions", &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/articles/rain?done=revised");
    assert_eq!(
        source_head(&app).await,
        (3, "一，他们的。\n\n今天天气很好。\n\n三，我的。".to_owned())
    );
}

#[tokio::test]
async fn a_translator_starts_a_translation_and_a_refused_start_keeps_what_was_typed() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let before = written(&app).await;
    let res = tom
        .post_form(
            "/articles/rain/translations",
            &[
                ("language", "not a tag!"),
                ("title", "Pluie"),
                ("body", "Un texte tapé."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"alert\"") && page.contains(">Un texte tapé.</textarea>"));
    assert_eq!(written(&app).await, before);

    let res = tom
        .post_form(
            "/articles/rain/translations",
            &[
                ("language", "fr"),
                ("title", "Pluie"),
                ("body", "Un.\r\n\r\nDeux."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/articles/rain/fr?done=translation-started");
    let (status, page) = tom.get(&location(&res)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        row(&page, "para-2", "para-3").contains(">Deux.</textarea>"),
        "{page}"
    );
}

#[tokio::test]
async fn comment_threads_sit_in_the_margin_beside_their_paragraph_with_reply_and_resolve() {
    let app = spawn_app().await;
    story(&app).await;
    let res = app
        .post(
            "/api/v1/articles/rain/translations/en/comments",
            &app.editor2,
            &json!({"revision": 1, "paragraph": 1, "body": "Fine or good?"}),
        )
        .await;
    let comment: Value = res.json().await.unwrap();
    let id = comment["id"].as_i64().unwrap();
    let tom = Browser::sign_in(&app, "tom").await;
    let (_, page) = tom.get("/articles/rain/en").await;
    let margin = row(&page, "para-2", "para-3");
    assert!(margin.contains("Fine or good?"), "{margin}");
    assert!(
        margin.contains(&format!("name=\"parent\" value=\"{id}\"")),
        "{margin}"
    );
    let resolve = format!("/articles/rain/en/comments/{id}/resolve");
    assert!(margin.contains(&resolve), "{margin}");

    let res = tom
        .post_form(
            "/articles/rain/en/comments",
            &[
                ("parent", &id.to_string()),
                ("body", "Good."),
                ("next", "/articles/rain/en"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).starts_with("/articles/rain/en?done=commented#comment-"));
    let res = tom
        .post_form(&resolve, &[("next", "/articles/rain/en")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = tom.get("/articles/rain/en").await;
    let margin = row(&page, "para-2", "para-3");
    assert!(margin.contains("Good.") && margin.contains("name=\"to\" value=\"reopen\""));

    // Someone who may not comment is told why, the text kept, nothing written.
    let pat = Browser::sign_in(&app, "pat").await;
    let before = written(&app).await;
    let res = pat
        .post_form(
            "/articles/rain/en/comments",
            &[
                ("paragraph", "0"),
                ("body", "Note from a publisher."),
                ("next", "/articles/rain/en"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"alert\""), "{page}");
    assert!(
        page.contains(">Note from a publisher.</textarea>"),
        "{page}"
    );
    assert_eq!(written(&app).await, before);
}
