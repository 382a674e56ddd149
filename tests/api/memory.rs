//! The translation memory through the API: units recorded when a revision is approved (and only
//! then), suggestions for a paragraph and for any text with scores and diffs, carry-overs of
//! unchanged paragraphs, withdrawn translations' units kept and marked, and concordance.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

/// Three sentences in one paragraph, then a paragraph of one sentence.
pub(crate) const SOURCE: &str = "美国海关与边境保护局周二宣布新规定。新规定将于下月生效。官员表示，此举旨在加强边境安全。\n\n“润”运动在年轻人中流行。";
pub(crate) const ENGLISH: &str = "U.S. Customs and Border Protection announced new rules on Tuesday. The new rules will take effect next month. Officials said the move aims to strengthen border security.\n\nThe \"run\" movement is popular among young people.";

async fn act(app: &TestApp, slug: &str, token: &str, body: Value) -> reqwest::Response {
    let path = format!("/api/v1/articles/{slug}/translations/en/actions");
    app.post(&path, token, &body).await
}

/// An article with its English translation, submitted and approved at revision 1.
pub(crate) async fn approved(app: &TestApp, slug: &str, source: &str, english: &str) {
    app.create_article(slug, "zh-CN", "海关新规", source).await;
    app.create_translation(slug, "en", english).await;
    let res = act(app, slug, &app.translator, json!({"action": "submit"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    app.dismiss_findings(slug, "en").await;
    let res = act(
        app,
        slug,
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
}

async fn lookup(app: &TestApp, text: &str) -> Value {
    let body = json!({"source_language": "zh-CN", "target_language": "en-US", "text": text});
    let res = app.post("/api/v1/tm/lookup", &app.translator, &body).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

fn targets(suggestions: &Value) -> Vec<String> {
    suggestions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["unit"]["target"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn approving_records_the_title_paragraph_and_sentence_pairs_and_submitting_records_nothing() {
    let app = spawn_app().await;
    app.create_article("rules", "zh-CN", "海关新规", SOURCE)
        .await;
    app.create_translation("rules", "en", ENGLISH).await;
    act(&app, "rules", &app.translator, json!({"action": "submit"})).await;
    assert_eq!(app.count("tm_units").await, 0);
    app.dismiss_findings("rules", "en").await;
    let res = act(
        &app,
        "rules",
        &app.editor,
        json!({"action": "approve", "revision": 1}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    // The title, two paragraphs and the three sentence pairs of the first paragraph.
    assert_eq!(app.count("tm_units").await, 6);
    let found = lookup(&app, "新规定将于下月生效。").await;
    let first = &found["suggestions"][0];
    assert_eq!(first["score"], 100);
    assert_eq!(first["unit"]["kind"], "sentence");
    assert_eq!(
        first["unit"]["target"],
        "The new rules will take effect next month."
    );
    assert_eq!(first["unit"]["origin"]["kind"], "approval");
    assert_eq!(first["unit"]["origin"]["slug"], "rules");
    assert_eq!(first["unit"]["origin"]["revision"], 1);
    assert_eq!(first["unit"]["origin"]["source_revision"], 1);
    assert_eq!(first["unit"]["origin"]["paragraph"], 0);
    assert_eq!(first["unit"]["origin"]["published"], false);
    assert_eq!(first["unit"]["origin"]["withdrawn"], false);
    assert!(first["unit"]["origin"]["translator"].as_str().is_some());
}

#[tokio::test]
async fn a_similar_chinese_sentence_is_offered_with_a_character_score_and_a_diff_of_what_differs() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let found = lookup(&app, "美国海关与边境保护局周三宣布新规定。").await;
    let first = &found["suggestions"][0];
    assert_eq!(
        first["unit"]["source"],
        "美国海关与边境保护局周二宣布新规定。"
    );
    // One character of eighteen differs.
    assert_eq!(first["score"], 94);
    let diff = first["diff"].to_string();
    assert!(diff.contains('二') && diff.contains('三'), "{diff}");
    // Unrelated text finds nothing.
    let none = lookup(&app, "今天台北下雨，明天会放晴。").await;
    assert_eq!(none["suggestions"], json!([]));
}

#[tokio::test]
async fn a_paragraph_unchanged_since_the_last_approval_is_offered_as_a_carry_over() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    // The source changes its first paragraph; the second stays.
    let changed = SOURCE.replace("周二", "周三");
    let res = app.revise_article("rules", 1, &changed, false).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let path = "/api/v1/articles/rules/translations/en/suggestions";
    let res = app
        .get(&format!("{path}?paragraph=1"), &app.translator)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let second: Value = res.json().await.unwrap();
    assert_eq!(second["source_revision"], 2);
    assert_eq!(second["source"], "“润”运动在年轻人中流行。");
    assert_eq!(second["suggestions"][0]["carry_over"], true);
    assert_eq!(second["suggestions"][0]["score"], 100);
    assert_eq!(
        second["suggestions"][0]["unit"]["target"],
        "The \"run\" movement is popular among young people."
    );
    let res = app
        .get(&format!("{path}?paragraph=0"), &app.translator)
        .await;
    let first: Value = res.json().await.unwrap();
    let offered = &first["suggestions"][0];
    assert_eq!(offered["carry_over"], false);
    assert!(offered["score"].as_u64().unwrap() < 100);
    assert_eq!(offered["unit"]["kind"], "paragraph");
}

#[tokio::test]
async fn a_withdrawn_translations_units_stay_in_the_memory_marked_as_withdrawn() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let res = act(&app, "rules", &app.publisher, json!({"action": "publish"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let found = lookup(&app, "新规定将于下月生效。").await;
    assert_eq!(found["suggestions"][0]["unit"]["origin"]["published"], true);
    let units = app.count("tm_units").await;
    let res = act(
        &app,
        "rules",
        &app.publisher,
        json!({"action": "withdraw", "comment": "Legal asked us to."}),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
    assert_eq!(app.count("tm_units").await, units);
    let found = lookup(&app, "新规定将于下月生效。").await;
    let origin = &found["suggestions"][0]["unit"]["origin"];
    assert_eq!(origin["withdrawn"], true);
    assert_eq!(origin["published"], true);
}

#[tokio::test]
async fn approving_the_same_text_again_records_no_pair_twice() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let before = app.count("tm_units").await;
    // Sent back and approved again without a change of text: a second revision, same pairs.
    let t = "/api/v1/articles/rules/translations/en";
    let res = app
        .post_if_match(
            &format!("{t}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "A title", "body": ENGLISH, "message": "Same text."}),
        )
        .await;
    assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    act(&app, "rules", &app.translator, json!({"action": "submit"})).await;
    app.dismiss_findings("rules", "en").await;
    let res = act(
        &app,
        "rules",
        &app.editor,
        json!({"action": "approve", "revision": 2}),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
    assert_eq!(app.count("tm_units").await, before);
    let found = lookup(&app, "新规定将于下月生效。").await;
    assert_eq!(targets(&found["suggestions"]).len(), 1);
}

#[tokio::test]
async fn concordance_finds_chinese_terms_without_spaces_and_english_terms_on_the_target_side() {
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let path = "/api/v1/tm/concordance?source_language=zh-CN&target_language=en";
    let get = |q: String| {
        let app = &app;
        async move {
            let res = app.get(&q, &app.translator).await;
            assert_eq!(res.status(), StatusCode::OK);
            let v: Value = res.json().await.unwrap();
            let mut sources: Vec<String> = v["units"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["source"].as_str().unwrap().to_owned())
                .collect();
            sources.sort();
            sources
        }
    };
    // 海关 is in the title, the first paragraph and its first sentence.
    let customs = get(format!("{path}&q=%E6%B5%B7%E5%85%B3")).await;
    assert_eq!(customs.len(), 3, "{customs:?}");
    // 润, one character, is in the second paragraph.
    let run = get(format!("{path}&q=%E6%B6%A6")).await;
    assert_eq!(run, vec!["“润”运动在年轻人中流行。".to_owned()]);
    // On the target side, ignoring case.
    let border = get(format!("{path}&q=BORDER%20security&side=target")).await;
    assert_eq!(border.len(), 2, "{border:?}");
    assert!(border.iter().all(|s| s.contains("官员表示")));
}

#[tokio::test]
async fn bad_lookups_are_refused_in_the_callers_language_and_paragraphs_out_of_range_are_not_found()
{
    let app = spawn_app().await;
    approved(&app, "rules", SOURCE, ENGLISH).await;
    let empty = json!({"source_language": "zh-CN", "target_language": "en", "text": "  "});
    let res = app
        .request(reqwest::Method::POST, "/api/v1/tm/lookup", &app.translator)
        .header("accept-language", "zh-CN")
        .json(&empty)
        .send()
        .await
        .unwrap();
    let (status, body) = problem(res).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "memory-text-empty");
    assert!(body["detail"].as_str().unwrap().contains("翻译记忆库"));
    let unknown =
        json!({"source_language": "zh", "target_language": "en", "text": "x", "extra": 1});
    let res = app
        .post("/api/v1/tm/lookup", &app.translator, &unknown)
        .await;
    assert_eq!(problem(res).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let bad_tag = json!({"source_language": "zh_??", "target_language": "en", "text": "x"});
    let res = app
        .post("/api/v1/tm/lookup", &app.translator, &bad_tag)
        .await;
    assert_eq!(problem(res).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let control = json!({"source_language": "zh", "target_language": "en", "text": "海关\u{0}"});
    let res = app
        .post("/api/v1/tm/lookup", &app.translator, &control)
        .await;
    let (status, body) = problem(res).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "control-character");
    let path = "/api/v1/tm/concordance?source_language=zh&target_language=en&q=%00";
    let (status, body) = problem(app.get(path, &app.translator).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "control-character");
    let path = "/api/v1/articles/rules/translations/en/suggestions?paragraph=2";
    let (status, body) = problem(app.get(path, &app.translator).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "memory-paragraph-not-found");
    let path = "/api/v1/tm/concordance?source_language=zh&target_language=en&q=x&side=left";
    assert_eq!(
        problem(app.get(path, &app.translator).await).await.0,
        StatusCode::BAD_REQUEST
    );
    let res = app
        .client
        .post(app.url("/api/v1/tm/lookup"))
        .json(&empty)
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await.0, StatusCode::UNAUTHORIZED);
}
