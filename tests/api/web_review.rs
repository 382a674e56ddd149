//! The review, publish and history pages: an editor sees what changed since they last reviewed,
//! beside the source, and decides on exactly the revision shown; a publisher sees the credit
//! line readers will get in every interface language, publishes, and withdraws only with a
//! reason; the history lists revisions and the audit trail.

use reqwest::StatusCode;
use serde_json::json;

use crate::{
    helpers::{TestApp, spawn_app},
    web_support::Browser,
};

const API: &str = "/api/v1/articles/story/translations/en";
const PAGE: &str = "/articles/story/en";

const SOURCE: &str = "台北今天下雨。\n\n明天晴。\n\n后天多云。\n\n周末有风。";
const FIRST: &str = "It rains in Taipei today.\n\nSun tomorrow.\n\nClouds after.\n\nWindy weekend.";

async fn act(app: &TestApp, token: &str, body: serde_json::Value) {
    let res = app.post(&format!("{API}/actions"), token, &body).await;
    assert_eq!(res.status(), StatusCode::OK, "{body}");
}

async fn revise(app: &TestApp, base: i32, body: &str) {
    let res = app
        .post_if_match(
            &format!("{API}/revisions"),
            &app.translator,
            &format!("\"{base}\""),
            &json!({"title": "Rain in Taipei", "body": body}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

/// An article and its English translation (revision 1), submitted for review.
async fn in_review(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    app.create_translation("story", "en", FIRST).await;
    act(app, &app.translator, json!({"action": "submit"})).await;
}

/// The same, approved by the second editor and published.
async fn published(app: &TestApp) {
    in_review(app).await;
    act(
        app,
        &app.editor2,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    act(app, &app.publisher, json!({"action": "publish"})).await;
}

async fn translation(app: &TestApp) -> bitext_domain::Translation {
    let slug = bitext_domain::Slug::parse("story").unwrap();
    let en = bitext_domain::LanguageTag::parse("en").unwrap();
    app.app.translation(&slug, &en).await.unwrap().translation
}

/// Every table but the sessions, whose last use each request records: equal snapshots mean
/// nothing was written.
async fn written(app: &TestApp) -> Vec<(String, bitext_store::TableDigest)> {
    let mut tables = app.snapshot().await;
    tables.retain(|(name, _)| name != "sessions");
    tables
}

/// The value of the hidden `revision` field of the approve form.
fn approve_revision(page: &str) -> &str {
    let form = page
        .split("value=\"approve\"")
        .nth(1)
        .expect("an approve form");
    let at = form.find("name=\"revision\" value=\"").expect("a revision") + 23;
    form[at..].split('"').next().unwrap()
}

/// The part of `page` from the element with `id` on.
fn from_id<'a>(page: &'a str, id: &str) -> &'a str {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}: {page}"));
    &page[at..]
}

#[tokio::test]
async fn the_review_shows_what_changed_since_the_editor_last_reviewed_beside_the_source() {
    let app = spawn_app().await;
    in_review(&app).await;
    revise(&app, 1, &FIRST.replace("Sun tomorrow.", "Sunny tomorrow.")).await; // 2
    // Eve sends revision 2 back; the translator fixes the first paragraph and resubmits.
    act(
        &app,
        &app.editor2,
        json!({"action": "request_changes", "comment": "Say it is heavy rain."}),
    )
    .await;
    let third = FIRST
        .replace("Sun tomorrow.", "Sunny tomorrow.")
        .replace("It rains in Taipei today.", "It rains hard in Taipei.");
    revise(&app, 2, &third).await; // 3
    act(&app, &app.translator, json!({"action": "submit"})).await;

    let eve = Browser::sign_in(&app, "eve").await;
    let (status, page) = eve.get(&format!("{PAGE}/review")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("Changes from revision 2 to revision 3."),
        "{page}"
    );
    assert!(page.contains("<option value=\"2\" selected>"), "{page}");
    assert!(page.contains("<option value=\"3\" selected>"), "{page}");
    // The changed paragraph: the source paragraph beside it, insertions and deletions marked
    // with words a screen reader says.
    let row = from_id(&page, "p-0");
    let row = &row[..row.find("id=\"p-1\"").unwrap_or(row.len())];
    assert!(row.contains("data-change tabindex=\"-1\""), "{row}");
    assert!(
        row.contains("<p lang=\"zh-Hans\" dir=\"ltr\">台北今天下雨。</p>"),
        "{row}"
    );
    assert!(row.contains("<p lang=\"en\" dir=\"ltr\">"), "{row}");
    assert!(
        row.contains("<ins><span class=\"visually-hidden\""),
        "{row}"
    );
    assert!(row.contains("inserted: </span>hard"), "{row}");
    assert!(row.contains("<del>"), "{row}");
    assert!(row.contains("deleted: </span>"), "{row}");
    // The three paragraphs 2→3 left alone are folded away, closed, without a change mark.
    let folded = page
        .split("<details class=\"review-folded\">")
        .nth(1)
        .expect("unchanged paragraphs folded");
    assert!(folded.contains("3 unchanged paragraphs"), "{folded}");
    let folded = &folded[..folded.find("id=\"general\"").unwrap()];
    assert!(folded.contains("id=\"p-1\"") && folded.contains("id=\"p-3\""));
    assert!(!folded.contains("data-change"), "{folded}");
    // Eve's request is a thread on the whole revision, open, with a way to resolve it.
    let general = from_id(&page, "general");
    assert!(general.contains("Say it is heavy rain."), "{general}");
    assert!(general.contains(">Resolve</button>"), "{general}");

    assert!(page.len() + bitext_web::assets::weight() < 100_000);

    // A comment on a paragraph, quoting a span of it, comes back beside that paragraph.
    let res = eve
        .post_form(
            &format!("{PAGE}/comments"),
            &[
                ("revision", "3"),
                ("paragraph", "0"),
                ("quote", "hard"),
                ("body", "Heavy, rather?"),
                ("next", &format!("{PAGE}/review?from=2&to=3")),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = eve.get(&format!("{PAGE}/review?from=2&to=3")).await;
    let row = from_id(&page, "p-0");
    let row = &row[..row.find("id=\"p-1\"").unwrap_or(row.len())];
    assert!(
        row.contains("<blockquote class=\"quote\" lang=\"en\" dir=\"ltr\">hard</blockquote>"),
        "{row}"
    );
    assert!(row.contains("Heavy, rather?"), "{row}");
    assert!(row.contains("/resolve\""), "{row}");

    // Another editor, who never reviewed it, sees everything from the first revision.
    let ed = Browser::sign_in(&app, "ed").await;
    let (_, page) = ed.get(&format!("{PAGE}/review")).await;
    assert!(
        page.contains("Changes from revision 1 to revision 3."),
        "{page}"
    );
    // Any two revisions on demand.
    let (_, page) = ed.get(&format!("{PAGE}/review?from=1&to=2")).await;
    assert!(
        page.contains("Changes from revision 1 to revision 2."),
        "{page}"
    );
    assert!(page.contains("inserted: </span>Sunny"), "{page}");
}

#[tokio::test]
async fn approval_names_the_revision_shown_and_a_newer_head_is_refused_without_approving() {
    let app = spawn_app().await;
    in_review(&app).await;
    let eve = Browser::sign_in(&app, "eve").await;
    let (_, page) = eve.get(&format!("{PAGE}/review")).await;
    assert_eq!(approve_revision(&page), "1");
    // The translator saves again while Eve reads revision 1.
    revise(&app, 1, &FIRST.replace("Windy", "A windy")).await;
    let approve = |revision: &'static str| {
        let eve = &eve;
        async move {
            eve.post_form(
                &format!("{PAGE}/actions"),
                &[
                    ("action", "approve"),
                    ("revision", revision),
                    ("next", &format!("{PAGE}/review")),
                ],
            )
            .await
        }
    };
    let res = approve("1").await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let refusal = res.text().await.unwrap();
    assert!(refusal.contains("role=\"alert\""), "{refusal}");
    let t = translation(&app).await;
    assert_eq!(t.state, bitext_domain::State::InReview);
    assert_eq!(t.approved_revision, None);

    let (_, page) = eve.get(&format!("{PAGE}/review")).await;
    assert_eq!(approve_revision(&page), "2");
    let res = approve("2").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers()["location"],
        "/articles/story/en/review?done=action-approve"
    );
    let t = translation(&app).await;
    assert_eq!(t.state, bitext_domain::State::Approved);
    assert_eq!(t.approved_revision, Some(2));
}

#[tokio::test]
async fn requesting_changes_without_a_comment_is_refused_with_nothing_written() {
    let app = spawn_app().await;
    in_review(&app).await;
    let eve = Browser::sign_in(&app, "eve").await;
    let (_, page) = eve.get(&format!("{PAGE}/review")).await;
    assert!(
        page.contains("name=\"comment\" rows=\"4\" required"),
        "{page}"
    );
    let before = written(&app).await;
    for comment in ["", "   "] {
        let res = eve
            .post_form(
                &format!("{PAGE}/actions"),
                &[("action", "request_changes"), ("comment", comment)],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(written(&app).await, before);
    assert_eq!(
        translation(&app).await.state,
        bitext_domain::State::InReview
    );

    let res = eve
        .post_form(
            &format!("{PAGE}/actions"),
            &[("action", "request_changes"), ("comment", "Name the city.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        translation(&app).await.state,
        bitext_domain::State::ChangesRequested
    );
}

#[tokio::test]
async fn the_publish_page_previews_the_credit_line_in_each_language_and_publishing_makes_an_edition()
 {
    let app = spawn_app().await;
    in_review(&app).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    let pat = Browser::sign_in(&app, "pat").await;
    let (status, page) = pat.get(&format!("{PAGE}/publish")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    for line in [
        "<td lang=\"en-US\"><bdi>Translated by TOM. Edited by EVE.</bdi>",
        "<td lang=\"zh-CN\"><bdi>译者：TOM；编辑：EVE</bdi>",
        "<td lang=\"zh-TW\"><bdi>譯者：TOM；編輯：EVE</bdi>",
    ] {
        assert!(page.contains(line), "{line} in {page}");
    }
    assert!(page.contains("value=\"publish\""), "{page}");
    assert!(page.contains("Publish edition 1"), "{page}");

    let res = pat
        .post_form(
            &format!("{PAGE}/actions"),
            &[("action", "publish"), ("next", &format!("{PAGE}/publish"))],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = pat.get(res.headers()["location"].to_str().unwrap()).await;
    assert!(page.contains("Published."), "{page}");
    assert!(page.contains("href=\"/read/story/en?edition=1\""), "{page}");
    let reader = app
        .client
        .get(app.url("/read/story/en?edition=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(reader.status(), StatusCode::OK);
    assert!(reader.text().await.unwrap().contains("Edited by"));
}

#[tokio::test]
async fn an_editor_overrides_the_credit_line_and_an_empty_one_brings_back_the_generated_line() {
    let app = spawn_app().await;
    in_review(&app).await;
    let ed = Browser::sign_in(&app, "ed").await;
    let credits = format!("{PAGE}/credits");
    let res = ed
        .post_form(&credits, &[("text", "Translation: the city desk")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = ed.get(res.headers()["location"].to_str().unwrap()).await;
    assert!(page.contains("Credit line saved."), "{page}");
    assert_eq!(
        page.matches("<bdi>Translation: the city desk</bdi>")
            .count(),
        3,
        "{page}"
    );
    // Too long: refused, the page keeps what was typed, nothing changes.
    let long = "x".repeat(501);
    let res = ed.post_form(&credits, &[("text", &long)]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains(&long));
    assert_eq!(
        translation(&app).await.credit_override.as_deref(),
        Some("Translation: the city desk")
    );

    let res = ed.post_form(&credits, &[("text", "  ")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = ed.get(res.headers()["location"].to_str().unwrap()).await;
    assert!(page.contains("<bdi>Translated by TOM.</bdi>"), "{page}");
    assert_eq!(translation(&app).await.credit_override, None);
}

#[tokio::test]
async fn withdrawing_needs_a_reason_and_readers_are_told_it() {
    let app = spawn_app().await;
    published(&app).await;
    let pat = Browser::sign_in(&app, "pat").await;
    let (_, page) = pat.get(&format!("{PAGE}/publish")).await;
    assert!(page.contains("value=\"withdraw\""), "{page}");
    assert!(
        page.contains("name=\"comment\" rows=\"3\" required"),
        "{page}"
    );
    let before = written(&app).await;
    let res = pat
        .post_form(&format!("{PAGE}/actions"), &[("action", "withdraw")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(written(&app).await, before);

    let res = pat
        .post_form(
            &format!("{PAGE}/actions"),
            &[
                ("action", "withdraw"),
                ("comment", "The figures were wrong."),
                ("next", &format!("{PAGE}/publish")),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = pat.get(&format!("{PAGE}/publish")).await;
    assert!(
        page.contains("Withdrawn: The figures were wrong."),
        "{page}"
    );
    assert_eq!(
        translation(&app).await.state,
        bitext_domain::State::Withdrawn
    );
}

#[tokio::test]
async fn the_history_lists_revisions_and_the_audit_trail_a_page_at_a_time() {
    let app = spawn_app().await;
    in_review(&app).await;
    act(
        &app,
        &app.editor2,
        json!({"action": "request_changes", "comment": "Shorter, please."}),
    )
    .await;
    revise(&app, 1, &FIRST.replace("Windy", "A windy")).await;
    let tom = Browser::sign_in(&app, "tom").await;
    let (status, page) = tom.get(&format!("{PAGE}/history")).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("href=\"/articles/story/en/review?from=1&amp;to=2\""),
        "{page}"
    );
    let trail = from_id(&page, "events");
    for text in [
        "started the translation",
        "submitted for review",
        "requested changes",
        "in review → changes requested",
        "Shorter, please.",
        "saved a revision",
    ] {
        assert!(trail.contains(text), "{text} in {trail}");
    }
    assert!(!trail.contains("rel=\"next\""), "one page: {trail}");

    for n in 0..50 {
        let res = app
            .post(
                &format!("{API}/comments"),
                &app.editor,
                &json!({"body": format!("Note {n}")}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    let (_, page) = tom.get(&format!("{PAGE}/history")).await;
    let next = from_id(&page, "events")
        .split("rel=\"next\" href=\"")
        .nth(1)
        .expect("a next page")
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (status, page) = tom.get(&next).await;
    assert_eq!(status, StatusCode::OK);
    let trail = from_id(&page, "events");
    assert!(trail.contains("commented"), "{trail}");
    assert!(!trail.contains("started the translation"), "{trail}");
}
