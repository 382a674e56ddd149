//! Search across articles and translations over HTTP: Chinese without spaces, English words and
//! prefixes, filters, ranking, marked snippets, the index following the head (indexed after the
//! commit, once per document, and always before a search), who may search, bad input, and the
//! same results on SQLite and PostgreSQL.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, client, problem, serve_on, spawn_app};

/// Where a server is and who may write to it.
struct Desk<'a> {
    client: &'a Client,
    base: String,
    editor: &'a str,
    translator: &'a str,
}

impl Desk<'_> {
    async fn post(&self, path: &str, token: &str, body: Value) {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "{}", res.text().await.unwrap());
    }

    async fn search(&self, query: &str) -> Value {
        let res = self
            .client
            .get(format!("{}/api/v1/search?{query}", self.base))
            .bearer_auth(self.translator)
            .send()
            .await
            .unwrap();
        let status = res.status();
        let body = res.text().await.unwrap();
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        serde_json::from_str(&body).unwrap()
    }
}

fn desk(app: &TestApp) -> Desk<'_> {
    Desk {
        client: &app.client,
        base: app.url(""),
        editor: &app.editor,
        translator: &app.translator,
    }
}

/// Three articles and a translation, written in this order.
async fn newsroom(d: &Desk<'_>) {
    let article = |slug: &str, language: &str, title: &str, body: &str| json!({"slug": slug, "language": language, "title": title, "body": body});
    d.post(
        "/api/v1/articles",
        d.editor,
        article(
            "run",
            "zh-Hans",
            "“润”运动",
            "年轻人讨论“润”运动。\n\n他们说要离开。",
        ),
    )
    .await;
    d.post(
        "/api/v1/articles",
        d.editor,
        article(
            "cbp",
            "zh-Hans",
            "边境新闻",
            "美国海关与边境保护局发布了新规定。",
        ),
    )
    .await;
    d.post(
        "/api/v1/articles",
        d.editor,
        article(
            "weather",
            "en",
            "Rain tomorrow",
            "Heavy rain is expected. Customs officers will stay at home.",
        ),
    )
    .await;
    d.post(
        "/api/v1/articles/cbp/translations",
        d.translator,
        json!({"language": "en", "title": "US Customs rules",
               "body": "U.S. Customs and Border Protection issued new rules."}),
    )
    .await;
}

/// `kind slug language` of each result, in order.
fn found(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| format!("{} {} {}", i["kind"], i["slug"], i["language"]).replace('"', ""))
        .collect()
}

/// A list of segments as text with the hits in brackets.
fn marked(segments: &Value) -> String {
    segments
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let text = s["text"].as_str().unwrap();
            if s["hit"] == true {
                format!("[{text}]")
            } else {
                text.to_owned()
            }
        })
        .collect()
}

#[tokio::test]
async fn chinese_queries_find_words_without_spaces() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    assert_eq!(found(&d.search("q=润").await), ["article run zh-Hans"]);
    assert_eq!(found(&d.search("q=海关").await), ["article cbp zh-Hans"]);
    assert_eq!(
        found(&d.search("q=美国海关").await),
        ["article cbp zh-Hans"]
    );
    // The characters must stand together: 海 and 关 apart are another query.
    assert_eq!(found(&d.search("q=关海").await), Vec::<String>::new());
}

#[tokio::test]
async fn english_words_and_prefixes_match_whatever_their_case() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    assert_eq!(
        found(&d.search("q=CUSTOMS").await),
        ["translation cbp en", "article weather en"]
    );
    assert_eq!(found(&d.search("q=bord").await), ["translation cbp en"]);
    assert_eq!(found(&d.search("q=protect").await), ["translation cbp en"]);
    // A word followed by a space is a whole word, not a prefix.
    assert_eq!(found(&d.search("q=protect%20").await), Vec::<String>::new());
    // Every word must occur.
    assert_eq!(
        found(&d.search("q=rain%20customs").await),
        ["article weather en"]
    );
}

#[tokio::test]
async fn a_title_hit_ranks_above_hits_in_bodies() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    // "customs" is in the translation's title (and body) and in two articles' bodies: once in
    // the older one, three times in one newer than the translation.
    d.post(
        "/api/v1/articles",
        d.editor,
        json!({"slug": "port", "language": "en", "title": "At the port",
               "body": "Customs, customs and more customs."}),
    )
    .await;
    assert_eq!(
        found(&d.search("q=customs").await),
        [
            "translation cbp en",
            "article port en",
            "article weather en"
        ]
    );
}

#[tokio::test]
async fn language_and_state_filters_narrow_the_results() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    assert_eq!(
        found(&d.search("q=customs&language=en").await),
        ["translation cbp en", "article weather en"]
    );
    assert_eq!(
        found(&d.search("q=customs&state=source").await),
        ["article weather en"]
    );
    assert_eq!(
        found(&d.search("q=customs&state=draft").await),
        ["translation cbp en"]
    );
    assert_eq!(
        found(&d.search("q=customs&state=in_review").await),
        Vec::<String>::new()
    );
    assert_eq!(
        found(&d.search("q=海关&language=zh-hans").await),
        ["article cbp zh-Hans"]
    );
    // The state is read as it is now: after submitting, the translation is in review.
    d.post(
        "/api/v1/articles/cbp/translations/en/actions",
        d.translator,
        json!({"action": "submit"}),
    )
    .await;
    let now = d.search("q=customs&state=in_review").await;
    assert_eq!(found(&now), ["translation cbp en"]);
    assert_eq!(now["items"][0]["state"], "in_review");
}

#[tokio::test]
async fn titles_and_snippets_mark_the_hits_and_link_to_the_documents() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    let list = d.search("q=海关").await;
    let item = &list["items"][0];
    assert_eq!(
        marked(&item["snippet"]),
        "美国[海关]与边境保护局发布了新规定。"
    );
    assert_eq!(marked(&item["title"]), "边境新闻");
    assert_eq!(item["state"], "source");
    assert_eq!(item["api_path"], "/api/v1/articles/cbp");
    assert_eq!(item["web_path"], "/articles/cbp");

    let list = d.search("q=customs%20bord").await;
    let item = &list["items"][0];
    assert_eq!(marked(&item["title"]), "US [Customs] rules");
    assert_eq!(
        marked(&item["snippet"]),
        "U.S. [Customs] and [Border] Protection issued new rules."
    );
    assert_eq!(item["state"], "draft");
    assert_eq!(item["api_path"], "/api/v1/articles/cbp/translations/en");
    assert_eq!(item["web_path"], "/articles/cbp/en");
    assert_eq!(list["next_cursor"], Value::Null);
}

#[tokio::test]
async fn a_new_revision_replaces_the_text_that_is_found() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    let res = app
        .post_if_match(
            "/api/v1/articles/cbp/revisions",
            &app.editor,
            "\"1\"",
            &json!({"title": "边境新闻", "body": "移民局发布了新规定。"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(found(&d.search("q=海关").await), Vec::<String>::new());
    assert_eq!(found(&d.search("q=移民").await), ["article cbp zh-Hans"]);

    let res = app
        .post_if_match(
            "/api/v1/articles/cbp/translations/en/revisions",
            &app.translator,
            "\"1\"",
            &json!({"title": "Immigration rules", "body": "The immigration office issued rules."}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(found(&d.search("q=bord").await), Vec::<String>::new());
    assert_eq!(
        found(&d.search("q=immigration").await),
        ["translation cbp en"]
    );
}

#[tokio::test]
async fn revisions_wait_once_per_document_and_the_next_search_finds_the_newest_head() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    assert_eq!(app.store.count_rows("search_pending").await.unwrap(), 4);
    // The search indexes every document waiting before it reads.
    assert_eq!(found(&d.search("q=海关").await), ["article cbp zh-Hans"]);
    assert_eq!(app.store.count_rows("search_pending").await.unwrap(), 0);
    let indexed = app.store.table_digest("search_documents").await.unwrap();
    for (base, title, body) in [
        ("\"1\"", "移民新闻", "移民局发布了新规定。"),
        ("\"2\"", "签证新闻", "签证处发布了新规定。"),
        ("\"3\"", "护照新闻", "护照处发布了新规定。"),
    ] {
        let res = app
            .post_if_match(
                "/api/v1/articles/cbp/revisions",
                &app.editor,
                base,
                &json!({"title": title, "body": body}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    // Three revisions wrote no index row; their document waits once.
    assert_eq!(
        app.store.table_digest("search_documents").await.unwrap(),
        indexed
    );
    assert_eq!(app.store.count_rows("search_pending").await.unwrap(), 1);
    assert_eq!(found(&d.search("q=护照").await), ["article cbp zh-Hans"]);
    assert_eq!(app.store.count_rows("search_pending").await.unwrap(), 0);
    for gone in ["海关", "移民", "签证"] {
        assert_eq!(
            found(&d.search(&format!("q={gone}")).await),
            Vec::<String>::new(),
            "{gone}"
        );
    }
}

#[tokio::test]
async fn a_refused_revision_leaves_the_index_as_it_was() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    // A search indexes what waits first; the snapshot comes after it.
    let results = d.search("q=海关").await;
    let before = app.snapshot().await;
    // A stale base: the head is 1, not 0... and a base from the future.
    for base in ["\"0\"", "\"7\""] {
        let res = app
            .post_if_match(
                "/api/v1/articles/cbp/revisions",
                &app.editor,
                base,
                &json!({"title": "新标题", "body": "移民局。"}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::PRECONDITION_FAILED);
    }
    assert_eq!(app.snapshot().await, before);
    assert_eq!(d.search("q=海关").await, results);
    assert_eq!(found(&d.search("q=移民").await), Vec::<String>::new());
}

#[tokio::test]
async fn pages_follow_the_ranking() {
    let app = spawn_app().await;
    let d = desk(&app);
    newsroom(&d).await;
    let first = d.search("q=customs&limit=1").await;
    assert_eq!(found(&first), ["translation cbp en"]);
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let second = d
        .search(&format!("q=customs&limit=1&cursor={cursor}"))
        .await;
    assert_eq!(found(&second), ["article weather en"]);
    assert_eq!(second["next_cursor"], Value::Null);
}

#[tokio::test]
async fn only_signed_in_people_may_search() {
    let app = spawn_app().await;
    newsroom(&desk(&app)).await;
    let res = app
        .client
        .get(app.url("/api/v1/search?q=rain"))
        .send()
        .await
        .unwrap();
    let (status, _) = problem(res).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for token in [&app.editor, &app.translator, &app.publisher] {
        let res = app.get("/api/v1/search?q=rain", token).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn bad_queries_are_refused_in_the_callers_language() {
    let app = spawn_app().await;
    let long = "长".repeat(201);
    for (query, code) in [
        ("q=", "search-query-empty"),
        ("", "search-query-empty"),
        ("q=%E2%80%9C%E2%80%A6%E2%80%9D", "search-query-empty"),
        (&format!("q={long}") as &str, "search-query-too-long"),
        ("q=rain&language=not+a+tag", "invalid-query"),
        ("q=rain&state=finished", "invalid-query"),
        ("q=rain&limit=0", "invalid-query"),
        ("q=rain&cursor=x", "invalid-cursor"),
    ] {
        let res = app
            .request(
                reqwest::Method::GET,
                &format!("/api/v1/search?{query}"),
                &app.translator,
            )
            .header("Accept-Language", "zh-CN")
            .send()
            .await
            .unwrap();
        let (status, p) = problem(res).await;
        assert_eq!(
            (status, p["code"].as_str()),
            (StatusCode::BAD_REQUEST, Some(code)),
            "{query}"
        );
        if code == "search-query-empty" {
            assert_eq!(p["title"], "没有搜索内容");
        }
        if code == "search-query-too-long" {
            assert_eq!(p["detail"], "搜索内容最多 200 个字符。");
        }
    }
}

/// Everything a search answers but the times, which differ between two desks.
fn without_times(mut list: Value) -> Value {
    for item in list["items"].as_array_mut().unwrap() {
        item["updated_at"] = Value::Null;
    }
    list
}

#[tokio::test]
async fn sqlite_and_the_test_database_give_the_same_results() {
    // The suite's own database (PostgreSQL when BITEXT_TEST_DATABASE_URL is set) and a SQLite
    // file beside it, with the same newsroom written to both.
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}", dir.path().join("twin.db").display());
    let (addr, twin, _stop, _server) = serve_on(&sqlite_url).await;
    let roles = |r: &str| r.parse::<bitext_domain::Roles>().unwrap();
    let editor = twin
        .create_user("ed", "ED", roles("editor,admin"))
        .await
        .unwrap()
        .1;
    let translator = twin
        .create_user("tom", "TOM", roles("translator"))
        .await
        .unwrap()
        .1;
    let http = client();
    let other = Desk {
        client: &http,
        base: format!("http://{addr}"),
        editor: &editor,
        translator: &translator,
    };
    let ours = desk(&app);
    for d in [&ours, &other] {
        newsroom(d).await;
        d.post(
            "/api/v1/articles",
            d.editor,
            json!({"slug": "mix", "language": "zh-Hans", "title": "海关 customs 润",
                   "body": "Customs 海关，润。ＦＵＬＬ width ﬁle 3.14 e-mail a@b.org 海\n\n关"}),
        )
        .await;
    }
    for q in [
        "q=润",
        "q=海关",
        "q=关",
        "q=customs",
        "q=cust",
        "q=full",
        "q=file",
        "q=14",
        "q=mail",
        "q=org",
        "q=海关%20customs",
        "q=customs&state=source",
        "q=customs&language=en",
        "q=新规定",
        "q=rain%20",
        "q=e",
        "q=a",
    ] {
        assert_eq!(
            without_times(ours.search(q).await),
            without_times(other.search(q).await),
            "{q}"
        );
    }
}
