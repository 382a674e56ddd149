//! Review comments over HTTP: anchors that follow their paragraph through later revisions, say
//! when the quoted span is gone, threads, and resolving.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn revise(app: &TestApp, token: &str, base: i32, body: &str) -> StatusCode {
    app.post_if_match(
        &format!("{T}/revisions"),
        token,
        &format!("\"{base}\""),
        &json!({"title": "Rain", "body": body}),
    )
    .await
    .status()
}

async fn anchors(app: &TestApp, revision: Option<i32>) -> Vec<Value> {
    let query = revision.map_or(String::new(), |r| format!("?revision={r}"));
    let list: Value = app
        .get(&format!("{T}/comments{query}"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["anchor"].clone())
        .collect()
}

#[tokio::test]
async fn comment_anchors_follow_their_paragraph_or_detach() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "一。\n\n二。\n\n三。")
        .await;
    app.create_translation("story", "en", "One.\n\nTwo.\n\nThree.")
        .await;
    let c = |paragraph: i32, quote: &str| json!({"revision": 1, "paragraph": paragraph, "quote": quote, "body": "Check this."});
    let res = app
        .post(&format!("{T}/comments"), &app.editor, &c(2, "Three"))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let on_three: Value = res.json().await.unwrap();
    let res = app
        .post(&format!("{T}/comments"), &app.editor, &c(1, "Two"))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    // A quote that is not in the paragraph, or a paragraph that does not exist, is refused.
    assert_eq!(
        app.post(&format!("{T}/comments"), &app.editor, &c(1, "Three"))
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.post(&format!("{T}/comments"), &app.editor, &c(7, "x"))
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // A reply threads under the first comment.
    let reply = app
        .post(
            &format!("{T}/comments"),
            &app.translator,
            &json!({"parent_id": on_three["id"], "body": "Fixed."}),
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);

    // Revision 2 inserts a paragraph at the top and deletes "Two".
    assert_eq!(
        revise(&app, &app.translator, 1, "Zero.\n\nOne.\n\nThree.").await,
        StatusCode::CREATED
    );
    let list: Value = app
        .get(&format!("{T}/comments"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(
        items[0]["anchor"],
        json!({"revision": 2, "paragraph": 2, "detached": false, "status": "attached"})
    );
    assert_eq!(
        items[1]["anchor"],
        json!({"revision": 2, "paragraph": null, "detached": true, "status": "detached"})
    );
    assert_eq!(items[2]["parent_id"], on_three["id"]);
    // Read against revision 1, the anchors are where they were written.
    let list: Value = app
        .get(&format!("{T}/comments?revision=1"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"][1]["anchor"]["paragraph"], 1);

    // Resolve and reopen.
    let id = on_three["id"].as_i64().unwrap();
    let r: Value = app
        .post(
            &format!("{T}/comments/{id}/resolve"),
            &app.translator,
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (r["resolved"].as_bool(), r["resolved_by"].as_str()),
        (Some(true), Some("tom"))
    );
    let r: Value = app
        .post(
            &format!("{T}/comments/{id}/reopen"),
            &app.editor,
            &json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r["resolved"], false);
    assert_eq!(
        app.post(
            &format!("{T}/comments/999/resolve"),
            &app.editor,
            &json!({})
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_comment_whose_quote_was_edited_away_says_so_at_later_revisions() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "今天台北下雨。\n\n明天晴。")
        .await;
    app.create_translation(
        "story",
        "en",
        "It rains in Taipei today.\n\nSunny tomorrow.",
    )
    .await;
    for (paragraph, quote) in [(0, "rains"), (0, "Taipei"), (1, "Sunny")] {
        let res = app
            .post(
                &format!("{T}/comments"),
                &app.editor,
                &json!({"revision": 1, "paragraph": paragraph, "quote": quote, "body": "Check."}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    // Revision 2 rewords the first paragraph: "rains" is gone, "Taipei" stays.
    assert_eq!(
        revise(
            &app,
            &app.translator,
            1,
            "It pours in Taipei today.\n\nSunny tomorrow."
        )
        .await,
        StatusCode::CREATED
    );
    let at_2 = anchors(&app, Some(2)).await;
    assert_eq!(
        at_2[0],
        json!({"revision": 2, "paragraph": 0, "detached": false, "status": "quote_gone"})
    );
    assert_eq!(
        at_2[1],
        json!({"revision": 2, "paragraph": 0, "detached": false, "status": "attached"})
    );
    assert_eq!(at_2[2]["status"], "attached");
    // The head is revision 2: read without ?revision, the same.
    assert_eq!(anchors(&app, None).await, at_2);
    // Read against the revision it was written on, the quote is there.
    assert_eq!(anchors(&app, Some(1)).await[0]["status"], "attached");
}

#[tokio::test]
async fn comments_come_a_page_at_a_time_and_limit_is_honoured() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "一。").await;
    app.create_translation("story", "en", "One.").await;
    for n in 0..7 {
        let res = app
            .post(
                &format!("{T}/comments"),
                &app.editor,
                &json!({"body": format!("Note {n}.")}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    let mut bodies = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let query = match &cursor {
            Some(c) => format!("?limit=3&cursor={c}"),
            None => "?limit=3".to_owned(),
        };
        let page: Value = app
            .get(&format!("{T}/comments{query}"), &app.editor)
            .await
            .json()
            .await
            .unwrap();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 3);
        bodies.extend(items.iter().map(|c| c["body"].as_str().unwrap().to_owned()));
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
        assert!(pages < 10, "the cursor never ends");
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..7).map(|n| format!("Note {n}.")).collect();
    assert_eq!(bodies, expected);
    for bad in ["?limit=0", "?limit=201", "?cursor=x"] {
        let res = app.get(&format!("{T}/comments{bad}"), &app.editor).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad}");
    }
}
