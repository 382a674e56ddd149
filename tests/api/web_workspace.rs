//! The translation workspace in the staff pages: the source beside the translation, saving as
//! one revision, a stale save answered with a merge that loses nothing, CSRF, and the source
//! desk's minor and major revisions as the workspace shows them.

use reqwest::StatusCode;
use serde_json::json;

use crate::{
    helpers::{TestApp, spawn_app},
    web_forms::{form_fields, location, row, submit, written},
    web_support::Browser,
};

const W: &str = "/articles/rain/en";
const API: &str = "/api/v1/articles/rain/translations/en";

/// An article in Chinese with an English translation by tom, each of three paragraphs.
async fn story(app: &TestApp) {
    app.create_article("rain", "zh-Hans", "下雨", "一。\n\n今天天气很好。\n\n三。")
        .await;
    app.create_translation("rain", "en", "One.\n\nThe weather is fine.\n\nThree.")
        .await;
}

/// The translation's head: its number, title and body.
async fn head(app: &TestApp) -> (i32, String, String) {
    let slug = bitext_domain::Slug::parse("rain").unwrap();
    let lang = bitext_domain::LanguageTag::parse("en").unwrap();
    let d = app.app.translation(&slug, &lang).await.unwrap();
    (d.head.number, d.head.title, d.head.body)
}

async fn outdated(app: &TestApp) -> bool {
    let slug = bitext_domain::Slug::parse("rain").unwrap();
    let lang = bitext_domain::LanguageTag::parse("en").unwrap();
    app.app
        .translation(&slug, &lang)
        .await
        .unwrap()
        .translation
        .outdated()
}

#[tokio::test]
async fn the_workspace_shows_each_source_paragraph_beside_its_translation_with_languages() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get(W).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for (i, (source, translation)) in [("一。", "One."), ("今天天气很好。", "The weather is fine.")]
        .into_iter()
        .enumerate()
    {
        let row = row(
            &page,
            &format!("para-{}", i + 1),
            &format!("para-{}", i + 2),
        );
        let src = row
            .find(source)
            .unwrap_or_else(|| panic!("{source} in {row}"));
        let own = row
            .find(translation)
            .unwrap_or_else(|| panic!("{translation} in {row}"));
        assert!(
            src < own,
            "the source comes first, beside it the translation: {row}"
        );
        assert!(row.contains("lang=\"zh-Hans\""), "{row}");
        assert!(row.contains(&format!("Paragraph {}", i + 1)), "{row}");
        let area = &row[row.find("<textarea").unwrap()..];
        assert!(
            area.contains("name=\"p\"") && area.contains("lang=\"en\""),
            "{area}"
        );
    }
    assert!(page.contains("data-autosave=\"rain/en/1\""), "{page}");
    assert!(page.contains("data-restored"), "{page}");
    assert!(
        page.contains("action=\"/articles/rain/en/actions\""),
        "submit is on the page"
    );
}

#[tokio::test]
async fn saving_makes_exactly_one_revision_whose_body_is_the_paragraphs_joined() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (_, page) = tom.get(W).await;
    let mut fields = form_fields(&page, &format!("{W}/save"));
    let mut n = 0;
    for (name, value) in fields.iter_mut() {
        if name == "p" {
            n += 1;
            if n == 2 {
                *value = "The weather is lovely.\r\nTruly.".into();
            }
        }
    }
    assert_eq!(n, 3, "{fields:?}");
    let before = app.count("translation_revisions").await;
    let res = submit(&tom, &format!("{W}/save"), &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{W}?done=saved"));
    assert_eq!(app.count("translation_revisions").await, before + 1);
    let (number, title, body) = head(&app).await;
    assert_eq!(number, 2);
    assert_eq!(title, "A title");
    assert_eq!(body, "One.\n\nThe weather is lovely.\nTruly.\n\nThree.");
    let (_, page) = tom.get(&location(&res)).await;
    assert!(page.contains("role=\"status\""), "the done notice: {page}");
}

#[tokio::test]
async fn a_stale_save_shows_the_merge_keeps_the_typed_text_writes_nothing_and_merges_both() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (_, page) = tom.get(W).await;
    let stale = form_fields(&page, &format!("{W}/save"));
    // Meanwhile an editor changes the first paragraph.
    let res = app
        .post_if_match(
            &format!("{API}/revisions"),
            &app.editor2,
            "\"1\"",
            &json!({"title": "A title", "body": "One, theirs.\n\nThe weather is fine.\n\nThree."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let typed: Vec<(String, String)> = stale
        .into_iter()
        .map(|(k, v)| match v.as_str() {
            "Three." => (k, "Three, yours.".to_owned()),
            _ => (k, v),
        })
        .collect();
    let before = written(&app).await;
    let res = submit(&tom, &format!("{W}/save"), &typed).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let merge = res.text().await.unwrap();
    assert_eq!(written(&app).await, before, "a stale save writes nothing");
    assert!(
        merge.contains("Three, yours."),
        "the typed text is kept: {merge}"
    );
    assert!(
        merge.contains("One, theirs."),
        "their change is merged in: {merge}"
    );
    let fields = form_fields(&merge, &format!("{W}/save"));
    assert!(fields.contains(&("base".into(), "2".into())), "{fields:?}");
    let res = submit(&tom, &format!("{W}/save"), &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (number, _, body) = head(&app).await;
    assert_eq!(number, 3);
    assert_eq!(
        body,
        "One, theirs.\n\nThe weather is fine.\n\nThree, yours."
    );
}

#[tokio::test]
async fn a_paragraph_both_changed_is_a_conflict_settled_by_the_choice_made() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    app.post_if_match(
        &format!("{API}/revisions"),
        &app.editor2,
        "\"1\"",
        &json!({"title": "Their title", "body": "One.\n\nThe weather is nice.\n\nThree."}),
    )
    .await;
    let res = tom
        .post_form(
            &format!("{W}/save"),
            &[
                ("base", "1"),
                ("title", "My title"),
                ("p", "One."),
                ("p", "The weather is good."),
                ("p", "Three."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let merge = res.text().await.unwrap();
    let conflict = row(&merge, "conflict-1", "merge-message");
    let theirs = conflict.find("The weather is nice.").expect("theirs shown");
    let yours = conflict.find("The weather is good.").expect("yours shown");
    assert!(theirs < yours, "theirs | yours: {conflict}");
    assert!(
        merge.contains("value=\"My title\""),
        "the typed title is kept"
    );
    assert!(merge.contains("Their title"), "the other title is shown");
    let fields: Vec<(String, String)> = form_fields(&merge, &format!("{W}/save"))
        .into_iter()
        .map(|(k, v)| match k.as_str() {
            "choice-0" => (k, "both".to_owned()),
            _ => (k, v),
        })
        .collect();
    let res = submit(&tom, &format!("{W}/save"), &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "{fields:?}");
    let (_, title, body) = head(&app).await;
    assert_eq!(title, "My title");
    assert_eq!(
        body,
        "One.\n\nThe weather is nice.\n\nThe weather is good.\n\nThree."
    );
}

#[tokio::test]
async fn a_save_without_the_csrf_token_is_refused_and_writes_nothing() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let before = written(&app).await;
    let res = tom
        .post_raw(
            &format!("{W}/save"),
            &[("base", "1"), ("title", "T"), ("p", "Changed.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(written(&app).await, before);
    assert_eq!(head(&app).await.0, 1);
}

#[tokio::test]
async fn a_refused_save_shows_the_workspace_again_with_the_typed_text() {
    let app = spawn_app().await;
    story(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let before = written(&app).await;
    let res = tom
        .post_form(
            &format!("{W}/save"),
            &[("base", "1"), ("title", " "), ("p", "Typed, not lost.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = res.text().await.unwrap();
    assert!(page.contains("role=\"alert\""), "{page}");
    assert!(page.contains(">Typed, not lost.</textarea>"), "{page}");
    assert_eq!(written(&app).await, before);
}

#[tokio::test]
async fn a_minor_source_revision_does_not_outdate_but_a_major_one_does_and_shows_its_diff() {
    let app = spawn_app().await;
    story(&app).await;
    let ed = Browser::sign_in(&app, "ed").await;
    let tom = Browser::sign_in(&app, "tom").await;
    let desk = |page: &str| form_fields(page, "/articles/rain/revisions");

    // A minor fix from the source desk's form on the article's page.
    let (_, page) = ed.get("/articles/rain").await;
    let fields: Vec<(String, String)> = desk(&page)
        .into_iter()
        .map(|(k, v)| match k.as_str() {
            "body" => (k, v.replace("一。", "一．")),
            _ => (k, v),
        })
        .chain([("minor".to_owned(), "on".to_owned())])
        .collect();
    let res = submit(&ed, "/articles/rain/revisions", &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(!outdated(&app).await, "a minor revision outdates nothing");
    let (_, page) = tom.get(W).await;
    assert!(!page.contains("The source changed"), "{page}");
    assert!(!page.contains("data-change"), "{page}");

    // A major one: the translation is outdated and the workspace shows what changed.
    let (_, page) = ed.get("/articles/rain").await;
    let fields: Vec<(String, String)> = desk(&page)
        .into_iter()
        .map(|(k, v)| match k.as_str() {
            "body" => (k, v.replace("今天天气很好。", "今天天气非常好。")),
            _ => (k, v),
        })
        .collect();
    assert!(!fields.iter().any(|(k, _)| k == "minor"));
    let res = submit(&ed, "/articles/rain/revisions", &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(outdated(&app).await);
    let (_, page) = tom.get(W).await;
    assert!(
        page.contains("The source changed from revision 1 to 3"),
        "{page}"
    );
    let changed = row(&page, "para-2", "para-3");
    assert!(changed.contains("data-change tabindex=\"-1\""), "{changed}");
    let ins = &changed[changed.find("<ins>").expect("an insertion")..];
    assert!(
        ins.contains("非常</ins>"),
        "character-level for Chinese: {changed}"
    );

    // Saving from the workspace records that the translation follows the new source.
    let res = submit(
        &tom,
        &format!("{W}/save"),
        &form_fields(&page, &format!("{W}/save")),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(!outdated(&app).await);
}

#[tokio::test]
async fn a_long_outdated_translation_s_workspace_stays_within_the_page_budget() {
    let app = spawn_app().await;
    let source: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "第{i}段。{}",
                "城南社区图书馆从下月起延长开放时间，工作日晚间开放至十点。".repeat(3)
            )
        })
        .collect();
    let english: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "Paragraph {i}. {}",
                "The library will stay open until ten on weekdays. ".repeat(4)
            )
        })
        .collect();
    app.create_article("long", "zh-Hans", "长文", &source.join("\n\n"))
        .await;
    app.create_translation("long", "en", &english.join("\n\n"))
        .await;
    let changed: Vec<String> = source
        .iter()
        .enumerate()
        .map(|(i, p)| match i % 2 {
            0 => p.replace("十点", "十一点"),
            _ => p.clone(),
        })
        .collect();
    app.revise_article("long", 1, &changed.join("\n\n"), false)
        .await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get("/articles/long/en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("data-change").count(), 20);
    let weight = page.len() + bitext_web::assets::weight();
    assert!(weight <= 100 * 1024, "{weight} bytes");
}
