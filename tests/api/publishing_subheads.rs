//! Subheads in published articles: a paragraph that begins with `## ` is an `<h2>` on the
//! reading page, an `##` heading in Markdown and a heading in the JSON, and still one paragraph
//! to the pairing and the checks.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";
const SOURCE: &str = "今天台北下雨。\n\n## 明天的天气\n\n明天会放晴。\n\n##雨量";
const EN: &str = "It rains in Taipei today.\n\n## <em>Tomorrow</em>'s weather\n\n\
                  Tomorrow will be sunny. ## is not a subhead here\n\n##Rainfall";

/// Writes, approves and publishes `EN` as the translation of `SOURCE`, with no finding
/// dismissed: the checks must let a subhead pass as the paragraph it is.
async fn published(app: &TestApp) {
    app.create_article("story", "zh-Hans", "台北下雨", SOURCE)
        .await;
    app.create_translation("story", "en", EN).await;
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        let res = app.post(&format!("{T}/actions"), token, &body).await;
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{body}: {}",
            res.text().await.unwrap()
        );
    }
}

async fn get(app: &TestApp, path: &str, accept: &str) -> reqwest::Response {
    let res = app
        .client
        .get(app.url(path))
        .header("accept", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res
}

#[tokio::test]
async fn publishing_a_subhead_shows_an_h2_beside_the_source_subhead() {
    let app = spawn_app().await;
    published(&app).await;
    for layout in ["side-by-side", "interleaved"] {
        let page = get(
            &app,
            &format!("/read/story/en?layout={layout}"),
            "text/html",
        )
        .await
        .text()
        .await
        .unwrap();
        let pair = &page[page.find("id=\"p2\"").expect("pair 2")..];
        let pair = &pair[..pair.find("</div>").expect("end of pair 2")];
        assert!(
            pair.contains("<h2 class=\"source\" lang=\"zh-Hans\" dir=\"ltr\">明天的天气</h2>"),
            "{layout}: {pair}"
        );
        assert!(
            pair.contains(
                "<h2 class=\"translation\" lang=\"en\" dir=\"ltr\">\
                 &lt;em&gt;Tomorrow&lt;/em&gt;'s weather</h2>"
            ),
            "{layout}: {pair}"
        );
        assert!(!page.contains("<em>"), "{layout}: markup leaked");
        // `##` inside a paragraph or without its space is text.
        assert_eq!(page.matches("<h2 class=").count(), 2, "{layout}");
        assert!(page.contains(">Tomorrow will be sunny. ## is not a subhead here</p>"));
        assert!(page.contains(">##Rainfall</p>") && page.contains(">##雨量</p>"));
    }
    let page = get(&app, "/read/story/en?layout=translation", "text/html")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches("<h2 class=\"translation\"").count(), 1);
    assert!(!page.contains("明天的天气"));
}

#[tokio::test]
async fn publishing_a_subhead_makes_a_markdown_heading() {
    let app = spawn_app().await;
    published(&app).await;
    let md = get(&app, "/api/v1/published/story/en", "text/markdown")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        md.contains(
            "<!-- lang: zh-Hans; dir: ltr -->\n## 明天的天气\n\n\
             <!-- lang: en; dir: ltr -->\n## &lt;em>Tomorrow&lt;/em>'s weather\n"
        ),
        "{md}"
    );
    assert!(md.contains("\nTomorrow will be sunny. \\#\\# is not a subhead here\n"));
    assert!(md.contains("\n\\#\\#Rainfall\n"), "{md}");
    assert_eq!(md.matches("\n## ").count(), 2, "{md}");
}

#[tokio::test]
async fn publishing_a_subhead_marks_it_as_a_heading_in_the_json() {
    let app = spawn_app().await;
    published(&app).await;
    let p: Value = get(&app, "/api/v1/published/story/en", "application/json")
        .await
        .json()
        .await
        .unwrap();
    let paragraphs = p["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 4, "a subhead is still one paragraph");
    assert_eq!(
        paragraphs[1],
        json!({
            "index": 1,
            "source": "明天的天气",
            "source_kind": "heading",
            "translation": "<em>Tomorrow</em>'s weather",
            "translation_kind": "heading",
        })
    );
    for (i, pair) in paragraphs.iter().enumerate().filter(|(i, _)| *i != 1) {
        assert_eq!(pair["source_kind"], "paragraph", "{i}");
        assert_eq!(pair["translation_kind"], "paragraph", "{i}");
    }
    assert_eq!(paragraphs[3]["translation"], "##Rainfall");
    let only: Value = get(
        &app,
        "/api/v1/published/story/en?layout=translation",
        "application/json",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(only["paragraphs"][1]["source"], Value::Null);
    assert_eq!(only["paragraphs"][1]["source_kind"], Value::Null);
    assert_eq!(only["paragraphs"][1]["translation_kind"], "heading");
    let doc: Value = get(&app, "/api/openapi.json", "application/json")
        .await
        .json()
        .await
        .unwrap();
    let kinds = &doc["components"]["schemas"]["ParagraphKind"]["enum"];
    assert_eq!(kinds, &json!(["paragraph", "heading"]), "{kinds}");
}

/// The alignment codes among the findings on the translation's head.
async fn alignment_findings(app: &TestApp) -> Vec<String> {
    let checks: Value = app
        .get(&format!("{T}/checks"), &app.editor)
        .await
        .json()
        .await
        .unwrap();
    checks["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .filter(|code| *code == "paragraph-count" || code.starts_with("alignment-"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_checks_count_a_subhead_as_a_paragraph() {
    let app = spawn_app().await;
    published(&app).await;
    assert_eq!(alignment_findings(&app).await, Vec::<String>::new());
    // Leaving the subhead out of the translation leaves a paragraph out.
    let without: String = EN
        .split("\n\n")
        .filter(|p| !p.starts_with("## "))
        .collect::<Vec<_>>()
        .join("\n\n");
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "A title", "body": without}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert!(!alignment_findings(&app).await.is_empty());
}
