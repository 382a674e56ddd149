//! Problems in the caller's language: each mistake has its own code, and what fills the message
//! is data (a number, a value as sent) or a name from the Fluent files, never English made by the
//! server.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

const T: &str = "/api/v1/articles/story/translations/en";

async fn in_language(
    app: &TestApp,
    language: &str,
    method: Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
) -> (StatusCode, Value) {
    let mut req = app
        .request(method, path, token)
        .header("accept-language", language);
    if let Some(body) = body {
        req = req.json(body);
    }
    problem(req.send().await.unwrap()).await
}

async fn story(app: &TestApp) {
    app.create_article("story", "zh-Hans", "下雨", "一。\n\n二。")
        .await;
    app.create_translation("story", "en", "One.\n\nTwo.").await;
}

#[tokio::test]
async fn a_missing_comment_is_named_in_chinese_by_its_number() {
    let app = spawn_app().await;
    story(&app).await;
    let path = format!("{T}/comments/999/resolve");
    let (status, p) = in_language(
        &app,
        "zh-CN",
        Method::POST,
        &path,
        &app.editor,
        Some(&json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(p["code"], "comment-not-found");
    assert_eq!(p["title"], "意见不存在");
    assert_eq!(p["detail"], "不存在编号为 999 的意见。");
}

#[tokio::test]
async fn a_refused_role_names_the_roles_that_would_do_joined_with_or() {
    let app = spawn_app().await;
    let body = json!({"slug": "a", "language": "en", "title": "T", "body": "b"});
    for (language, roles) in [
        ("en-US", "one of these roles: editor or admin."),
        ("zh-CN", "需要以下角色之一：编辑或管理员。"),
        ("zh-TW", "需要下列角色之一：編輯或管理員。"),
    ] {
        let (status, p) = in_language(
            &app,
            language,
            Method::POST,
            "/api/v1/articles",
            &app.translator,
            Some(&body),
        )
        .await;
        assert_eq!(
            (status, p["code"].as_str()),
            (StatusCode::FORBIDDEN, Some("forbidden"))
        );
        let detail = p["detail"].as_str().unwrap();
        assert!(detail.ends_with(roles), "{language}: {detail}");
    }
}

#[tokio::test]
async fn each_mistake_in_a_comment_has_its_own_code_and_writes_nothing() {
    let app = spawn_app().await;
    story(&app).await;
    let before = app.snapshot().await;
    let cases = [
        (json!({"body": "  "}), "comment-empty", "意见不能为空。"),
        (
            json!({"body": "x".repeat(10_001)}),
            "comment-too-long",
            "意见不能超过 10000 个字符。",
        ),
        (
            json!({"revision": 9, "body": "Why?"}),
            "revision-out-of-range",
            "此译文没有第 9 版：请选择第 1 版到第 1 版之间的版本。",
        ),
        (
            json!({"paragraph": 7, "body": "Why?"}),
            "paragraph-not-found",
            "第 1 版没有第 7 段（段落从 0 开始计数）。",
        ),
        (
            json!({"paragraph": 1, "quote": "One", "body": "Why?"}),
            "quote-not-found",
            "第 1 段中没有所引用的文字。",
        ),
        (
            json!({"quote": "One", "body": "Why?"}),
            "quote-without-paragraph",
            "引用文字时须指明其所在的段落。",
        ),
        (
            json!({"parent_id": 999, "body": "Why?"}),
            "parent-comment-not-found",
            "编号为 999 的意见不属于此译文，无法在此回复。",
        ),
    ];
    for (body, code, detail) in cases {
        let path = format!("{T}/comments");
        let (status, p) =
            in_language(&app, "zh-CN", Method::POST, &path, &app.editor, Some(&body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{code}: {p}");
        assert_eq!(
            (p["code"].as_str(), p["detail"].as_str()),
            (Some(code), Some(detail))
        );
    }
    let path = format!("{T}/comments?revision=9");
    let (status, p) = in_language(&app, "zh-TW", Method::GET, &path, &app.editor, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        p["detail"],
        "此譯文沒有第 9 版：請選擇第 1 版到第 1 版之間的版本。"
    );
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn a_bad_query_value_is_named_with_its_parameter_and_the_value_sent() {
    let app = spawn_app().await;
    app.create_article("a", "en", "T", "b").await;
    for (path, detail) in [
        (
            "/api/v1/articles?state=lost",
            "“lost”不是查询参数“state”的有效值。",
        ),
        (
            "/api/v1/articles?outdated=maybe",
            "“maybe”不是查询参数“outdated”的有效值。",
        ),
        (
            "/api/v1/articles?limit=0",
            "每页条数必须是 1 到 200 之间的整数，而不是“0”。",
        ),
        (
            "/api/v1/articles?limit=ten",
            "每页条数必须是 1 到 200 之间的整数，而不是“ten”。",
        ),
        (
            "/api/v1/articles/a/diff?from=x&to=1",
            "“x”不是查询参数“from”的有效值。",
        ),
    ] {
        let (status, p) = in_language(&app, "zh-CN", Method::GET, path, &app.editor, None).await;
        assert_eq!(
            (status, p["code"].as_str(), p["detail"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid-query"), Some(detail)),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_json_body_of_the_wrong_shape_is_explained_by_field() {
    let app = spawn_app().await;
    for (body, language, detail) in [
        (
            r#"{"slug": "x", "language": "en", "body": "b"}"#,
            "zh-TW",
            "請求內容缺少欄位「title」。",
        ),
        (
            r#"{"slug": "x", "language": "en", "title": "T", "body": "b", "extra": 1}"#,
            "zh-CN",
            "此接口不接受字段“extra”。",
        ),
        (
            "{\"slug\": \"x\",\n \"title\": 5}",
            "en-US",
            "A value in the request body has the wrong type (line 2, column 11).",
        ),
    ] {
        let res = app
            .request(Method::POST, "/api/v1/articles", &app.editor)
            .header("accept-language", language)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let (status, p) = problem(res).await;
        assert_eq!(
            (status, p["code"].as_str(), p["detail"].as_str()),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("invalid-json"),
                Some(detail)
            ),
            "{body}"
        );
    }
}

#[tokio::test]
async fn a_revision_to_a_withdrawn_translation_names_the_state_and_what_is_allowed() {
    let app = spawn_app().await;
    story(&app).await;
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
        (
            &app.publisher,
            json!({"action": "withdraw", "comment": "Hold."}),
        ),
    ] {
        let res = app.post(&format!("{T}/actions"), token, &body).await;
        assert_eq!(res.status(), StatusCode::OK, "{body}");
    }
    let before = app.snapshot().await;
    let res = app
        .post_if_match(
            &format!("{T}/revisions"),
            &app.translator,
            "\"1\"",
            &json!({"title": "Rain", "body": "One!"}),
        )
        .await;
    let (status, p) = problem(res).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(p["code"], "revision-not-allowed");
    assert_eq!(
        p["detail"],
        "You cannot add a revision while the translation is “withdrawn”. Allowed now: reopen."
    );
    assert_eq!(app.snapshot().await, before);
}
