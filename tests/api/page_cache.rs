//! The public page cache over real sockets: a flood of distinct junk requests for one page
//! keeps one entry and bounded memory, a reader's language choice stays theirs, and a
//! publishing change empties the cache at once, in every server of a PostgreSQL database.

use std::time::Instant;

use bitext_http::HttpConfig;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app, spawn_app_with, test_config};

/// Publishes `slug` in English over a Chinese source of `paragraphs` paragraphs.
async fn publish(app: &TestApp, slug: &str, paragraphs: usize) {
    let source: Vec<String> = (0..paragraphs)
        .map(|i| format!("第{i}段：今天台北下雨，明天会放晴，后天又要下雨。").repeat(8))
        .collect();
    let english: Vec<String> = (0..paragraphs)
        .map(|i| {
            format!("Paragraph {i}: it rains in Taipei today, tomorrow will be sunny. ").repeat(4)
        })
        .collect();
    app.create_article(slug, "zh-Hans", "台北下雨", &source.join("\n\n"))
        .await;
    app.create_translation(slug, "en", &english.join("\n\n"))
        .await;
    let actions = format!("/api/v1/articles/{slug}/translations/en/actions");
    for (token, body) in [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
    ] {
        assert_eq!(
            app.post(&actions, token, &body).await.status(),
            StatusCode::OK
        );
    }
}

/// Withdraws the English translation of `slug`, as its publisher.
async fn withdraw(app: &TestApp, slug: &str) {
    let res = app
        .post(
            &format!("/api/v1/articles/{slug}/translations/en/actions"),
            &app.publisher,
            &json!({"action": "withdraw", "comment": "Facts under review"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// A value from `/metrics`.
async fn metric(app: &TestApp, name: &str) -> u64 {
    metric_at(&app.url(""), name).await
}

/// A value from `/metrics` of the server at `base`.
async fn metric_at(base: &str, name: &str) -> u64 {
    let text = crate::helpers::client()
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {name} in {text}"))
        .parse()
        .unwrap()
}

/// The resident memory of this process (the server runs in it), in bytes.
fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().strip_suffix("kB"))
        .and_then(|v| v.trim().parse().ok())
        .expect("VmRSS in kB");
    kb * 1024
}

const MB: u64 = 1024 * 1024;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousands_of_junk_requests_for_a_large_page_keep_one_cache_entry_and_memory_bounded() {
    const REQUESTS: usize = 3000;
    const WORKERS: usize = 8;
    const GROWTH: u64 = 64 * MB;
    let app = spawn_app_with(HttpConfig {
        body_limit: 1024 * 1024,
        ..test_config()
    })
    .await;
    publish(&app, "big", 200).await;
    let page = app
        .client
        .get(app.url("/read/big/en"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let size = page.bytes().await.unwrap().len();
    assert!((150_000..400_000).contains(&size), "a {size} byte page");

    let before = resident_bytes();
    let started = Instant::now();
    let workers: Vec<_> = (0..WORKERS)
        .map(|w| {
            let client = app.client.clone();
            let base = app.url("/read/big/en");
            tokio::spawn(async move {
                for i in (w..REQUESTS).step_by(WORKERS) {
                    // Distinct URLs, parameter orders and header spellings that all ask for
                    // the same page in the same format and language.
                    let query = match i % 3 {
                        0 => format!("junk={i}&layout=side-by-side"),
                        1 => format!("layout=side-by-side&utm_source={i}"),
                        _ => format!("junk={i}"),
                    };
                    let res = client
                        .get(format!("{base}?{query}"))
                        .header(
                            "Accept",
                            format!("text/html;junk={i}, */*;q=0.{}", i % 9 + 1),
                        )
                        .header("Accept-Language", format!("en-GB, en;q=0.{}", i % 9 + 1))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(res.status(), StatusCode::OK, "request {i}");
                    assert_eq!(res.bytes().await.unwrap().len(), size, "request {i}");
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    let elapsed = started.elapsed();
    let after = resident_bytes();
    let entries = metric(&app, "bitext_page_cache_entries").await;
    let bytes = metric(&app, "bitext_page_cache_bytes").await;
    let misses = metric(&app, "bitext_page_cache_lookups_total{result=\"miss\"}").await;
    let growth = after.saturating_sub(before);
    println!(
        "{REQUESTS} requests for a {size} byte page in {elapsed:.1?}: {entries} cache entries \
         of {bytes} bytes, {misses} misses; resident memory {} MB before, {} MB after \
         (+{} MB)",
        before / MB,
        after / MB,
        growth / MB
    );
    assert!(entries <= 1, "{entries} entries");
    assert!(bytes <= size as u64 + 16 * 1024, "{bytes} bytes");
    // A page expires after a second and the workers may all miss at once, so a few misses a
    // second; a key per request would miss every time.
    assert!(misses < REQUESTS as u64 / 10, "{misses} misses");
    assert!(
        growth < GROWTH,
        "resident memory grew by {} MB",
        growth / MB
    );
}

#[tokio::test]
async fn one_readers_language_choice_is_not_served_to_the_next_reader() {
    let app = spawn_app().await;
    publish(&app, "story", 2).await;
    let read = |path: &'static str| {
        let req = app.client.get(app.url(path));
        async move { req.send().await.unwrap().text().await.unwrap() }
    };
    let chosen = read("/read/story/en?lang=zh-TW").await;
    assert!(chosen.contains("<html lang=\"zh-TW\""), "{chosen}");
    let plain = read("/read/story/en").await;
    assert!(plain.contains("<html lang=\"en-US\""), "{plain}");
    // And the other way round, through the cookie.
    let by_cookie = app
        .client
        .get(app.url("/read/story/en"))
        .header("Cookie", "bitext_lang=zh-CN")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(by_cookie.contains("<html lang=\"zh-CN\""), "{by_cookie}");
}

#[tokio::test]
async fn a_publishing_change_empties_the_cache_at_once() {
    let app = spawn_app().await;
    publish(&app, "story", 2).await;
    let read = || app.client.get(app.url("/read/story/en?x=1")).send();
    assert_eq!(read().await.unwrap().status(), StatusCode::OK);
    let hits = metric(&app, "bitext_page_cache_lookups_total{result=\"hit\"}").await;
    assert_eq!(read().await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        metric(&app, "bitext_page_cache_lookups_total{result=\"hit\"}").await,
        hits + 1,
        "the second read is answered by the cache"
    );
    withdraw(&app, "story").await;
    assert_eq!(metric(&app, "bitext_page_cache_entries").await, 0);
    assert_eq!(metric(&app, "bitext_page_cache_bytes").await, 0);
    assert_eq!(read().await.unwrap().status(), StatusCode::GONE);
}

#[tokio::test]
async fn bitext_serve_takes_the_page_cache_size_from_a_flag_or_the_environment() {
    let db = crate::helpers::TestDb::new().await;
    let capacity = |server: &crate::cli::Server| {
        let url = format!("{}/metrics", server.base);
        async move {
            let text = crate::helpers::client()
                .get(url)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            text.lines()
                .find_map(|l| l.strip_prefix("bitext_page_cache_capacity_bytes "))
                .map(str::to_owned)
        }
    };
    let by_flag = crate::cli::Server::serve(
        crate::cli::bitext(&db.url),
        &["--page-cache-bytes", "1048576"],
        false,
    )
    .await;
    assert_eq!(capacity(&by_flag).await.as_deref(), Some("1048576"));
    by_flag.stop().await;
    let mut cmd = crate::cli::bitext(&db.url);
    cmd.env("BITEXT_PAGE_CACHE_BYTES", "0");
    let by_env = crate::cli::Server::serve(cmd, &[], false).await;
    assert_eq!(capacity(&by_env).await.as_deref(), Some("0"));
    let by_default = crate::cli::Server::start(&db.url).await;
    assert_eq!(
        capacity(&by_default).await.as_deref(),
        Some("16777216"),
        "16 MiB unless told"
    );
}

#[tokio::test]
async fn on_postgresql_a_publishing_change_empties_every_servers_cache_at_once() {
    let app = spawn_app().await;
    if app.db.postgres_name().is_none() {
        // Changes are announced through PostgreSQL's NOTIFY; SQLite has no such channel.
        return;
    }
    publish(&app, "story", 2).await;
    // A second server on the same database, in a process of its own.
    let other = crate::cli::Server::start(&app.db.url).await;
    let read = || {
        crate::helpers::client()
            .get(format!("{}/read/story/en", other.base))
            .send()
    };
    assert_eq!(read().await.unwrap().status(), StatusCode::OK);
    assert_eq!(read().await.unwrap().status(), StatusCode::OK);
    let hit = "bitext_page_cache_lookups_total{result=\"hit\"}";
    assert!(
        metric_at(&other.base, hit).await >= 1,
        "the other server caches the page"
    );
    let clears = metric_at(&other.base, "bitext_page_cache_clears_total").await;

    withdraw(&app, "story").await;
    let withdrawn = Instant::now();
    // Emptied by the announcement: a page expiring (after a second) does not count as a clear.
    while metric_at(&other.base, "bitext_page_cache_clears_total").await == clears {
        assert!(
            withdrawn.elapsed() < std::time::Duration::from_secs(10),
            "the other server never heard of the withdrawal"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(metric_at(&other.base, "bitext_page_cache_entries").await, 0);
    assert_eq!(read().await.unwrap().status(), StatusCode::GONE);
    other.stop().await;
}
