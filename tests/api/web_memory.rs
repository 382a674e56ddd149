//! The translation memory in the workspace: under each source paragraph, what was approved for
//! one like it, with its score, where it came from, what differs, and a button to use it.

use reqwest::StatusCode;

use crate::{
    helpers::spawn_app,
    memory::{ENGLISH, SOURCE, approved},
    web_forms::row,
    web_support::Browser,
};

#[tokio::test]
async fn the_workspace_shows_remembered_translations_under_each_source_paragraph_that_has_one() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    // A follow-up story: its first paragraph differs from the approved one by a day, its
    // second is new.
    let follow_up = format!(
        "{}\n\n今年的新规定比去年更加严格。",
        SOURCE.split("\n\n").next().unwrap().replace("周二", "周三")
    );
    app.create_article("rules-2", "zh-CN", "海关再发新规", &follow_up)
        .await;
    app.create_translation("rules-2", "en", "Draft.").await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get("/articles/rules-2/en").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let first = row(&page, "para-1", "para-2");
    assert!(
        first.contains("U.S. Customs and Border Protection announced new rules on Tuesday."),
        "{first}"
    );
    assert!(first.contains("% match"), "{first}");
    assert!(first.contains("Approved in rules, revision 1"), "{first}");
    assert!(first.contains(r#"data-into="p-1""#), "{first}");
    // What differs from the remembered source is marked: 二 deleted, 三 inserted.
    assert!(
        first.contains("二</del>") && first.contains("三</ins>"),
        "{first}"
    );
    let second = row(&page, "para-2", "ws-save");
    assert!(!second.contains("class=\"tm\""), "{second}");
}
