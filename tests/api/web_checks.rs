//! The checks on the pages: the review page lists what the checks found and shows each finding
//! beside its paragraph; an approval over an error is refused with the reason; an editor
//! dismisses a finding with a reason from the page; the dashboard counts the findings of what
//! waits for review.

use reqwest::StatusCode;
use serde_json::json;

use crate::{
    helpers::{TestApp, spawn_app},
    web_support::Browser,
};

const API: &str = "/api/v1/articles/story/translations/en";
const PAGE: &str = "/articles/story/en";
const SOURCE: &str = "全县共有4000多人转移。\n\n损失约2.4万元。";
const WRONG: &str =
    "More than 4,000 people in the county were moved.\n\nLosses came to about 2,400 yuan.";

async fn in_review(app: &TestApp) {
    app.create_article("story", "zh-Hans", "水灾", SOURCE).await;
    app.create_translation("story", "en", WRONG).await;
    let res = app
        .post(
            &format!("{API}/actions"),
            &app.translator,
            &json!({"action": "submit"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// The id of the first finding the API reports.
async fn finding(app: &TestApp) -> String {
    let body: serde_json::Value = app
        .get(&format!("{API}/checks"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    body["findings"][0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_review_page_shows_each_finding_beside_its_paragraph_and_holds_approval_back() {
    let app = spawn_app().await;
    in_review(&app).await;
    let id = finding(&app).await;
    let eve = Browser::sign_in(&app, "eve").await;
    let (status, page) = eve.get(&format!("{PAGE}/review")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("1 error, 0 warnings, 0 dismissed."), "{page}");
    assert!(
        page.contains("Approval waits until the error the checks found is fixed or dismissed.")
    );
    // The finding sits in the margin of paragraph 2, with the figures it read.
    let row = &page[page.find("id=\"p-1\"").expect("paragraph 2's row")..];
    let block = &row[row
        .find(&format!("id=\"finding-{id}\""))
        .expect("the finding beside it")..];
    assert!(block.contains("read as 24,000"), "{block}");
    assert!(block.contains("name=\"reason\""), "{block}");

    let res = eve
        .post_form(
            &format!("{PAGE}/actions"),
            &[
                ("action", "approve"),
                ("revision", "1"),
                ("next", &format!("{PAGE}/review")),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let refusal = res.text().await.unwrap();
    assert!(refusal.contains("neither fixed nor dismissed"), "{refusal}");

    // A translator sees the findings but has no form to dismiss them.
    let tom = Browser::sign_in(&app, "tom").await;
    let (_, page) = tom.get(&format!("{PAGE}/review")).await;
    assert!(page.contains(&format!("id=\"finding-{id}\"")));
    assert!(!page.contains("name=\"reason\""));
}

#[tokio::test]
async fn an_editor_dismisses_a_finding_from_the_page_with_a_reason_and_then_approves() {
    let app = spawn_app().await;
    in_review(&app).await;
    let id = finding(&app).await;
    let eve = Browser::sign_in(&app, "eve").await;
    let (_, dashboard) = eve.get("/").await;
    assert!(dashboard.contains("1 error, 0 warnings"), "{dashboard}");

    let dismiss = |reason: &'static str| {
        let (eve, id) = (&eve, id.clone());
        async move {
            eve.post_form(
                &format!("{PAGE}/checks/dismiss"),
                &[
                    ("finding", id.as_str()),
                    ("revision", "1"),
                    ("reason", reason),
                    ("next", &format!("{PAGE}/review")),
                ],
            )
            .await
        }
    };
    let before = app.snapshot().await;
    let res = dismiss(" ").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Say why this finding is dismissed")
    );
    let mut after = app.snapshot().await;
    let mut before = before;
    before.retain(|(t, _)| t != "sessions");
    after.retain(|(t, _)| t != "sessions");
    assert_eq!(before, after, "a refused dismissal wrote something");

    let res = dismiss("The county's release says 2,400.").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("{PAGE}/review?done=dismissed#finding-{id}"));
    let (_, page) = eve.get(&to).await;
    assert!(page.contains("The finding was dismissed."), "{page}");
    assert!(
        page.contains("0 errors, 0 warnings, 1 dismissed."),
        "{page}"
    );
    assert!(page.contains("Dismissed by EVE on revision 1:"), "{page}");
    assert!(
        page.contains("The county’s release says 2,400.")
            || page.contains("The county's release says 2,400.")
    );
    let (_, history) = eve.get(&format!("{PAGE}/history")).await;
    assert!(history.contains("dismissed a check finding"), "{history}");

    let res = eve
        .post_form(
            &format!("{PAGE}/actions"),
            &[
                ("action", "approve"),
                ("revision", "1"),
                ("next", &format!("{PAGE}/review")),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_workspace_shows_the_translator_what_the_checks_found_beside_each_paragraph() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "水灾", SOURCE).await;
    app.create_translation("story", "en", WRONG).await;
    let id = finding(&app).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get(PAGE).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("1 error, 0 warnings, 0 dismissed."), "{page}");
    assert!(page.contains("href=\"#para-2\""), "{page}");
    let row = &page[page.find("id=\"para-2\"").expect("paragraph 2's row")..];
    assert!(row.contains(&format!("id=\"finding-{id}\"")), "{row}");
    assert!(
        !page.contains("name=\"reason\""),
        "translators do not dismiss"
    );

    // Once the figure is right, the workspace says the checks found nothing.
    let res = app
        .post_if_match(
            &format!("{API}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "Floods", "body": WRONG.replace("2,400", "24,000")}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let (_, page) = tom.get(PAGE).await;
    assert!(
        page.contains("The checks found nothing in revision 2."),
        "{page}"
    );
}
