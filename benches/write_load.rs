//! Write throughput: 20 KiB translation revisions submitted over HTTP by concurrent clients to a
//! `bitext serve` process, against raw inserts of the same rows into the same database by as
//! many concurrent tasks, in the same run.
//!
//! Each client revises a translation of its own (`POST .../revisions` with `If-Match`), so no
//! write is refused as stale; each raw insert is one `INSERT INTO translation_revisions` of a
//! row of the same size in a transaction of its own, through a pool opened as the server opens
//! its own (same SQLite synchronous setting, same number of connections).
//!
//! ```sh
//! cargo bench -p bitext --bench write_load
//! BITEXT_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/load cargo bench -p bitext --bench write_load
//! ```
//!
//! Settings: `BITEXT_BENCH_DATABASE_URL` (an empty database; a new SQLite file when unset),
//! `BITEXT_BENCH_CLIENTS` (`1,4,16,64`), `BITEXT_BENCH_SECONDS` (8 per run) and
//! `BITEXT_SQLITE_SYNCHRONOUS` (`full`, as the server's default). Prints a Markdown table, and
//! the database statements the server ran per revision (from `/metrics`).
//!
//! With `BITEXT_BENCH_SOAK_SECONDS=600` it soaks the server instead: 16 writers as above and 48
//! readers (a translation's head, its history, the diff of its last two revisions, the article
//! list), 64 connections in all, for that long, and prints the server's resident memory (from
//! `/proc`) every 10 s with the requests answered since. On a database the `archive` bench
//! filled, every other read is of the archive: articles, histories, diffs, published pages
//! (which fill the public page cache), the front page, a feed, the queue and the listing.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

#[path = "common/env.rs"]
mod env;
#[path = "common/plan.rs"]
#[allow(
    dead_code,
    reason = "the soak needs less of the plan than the archive's writer"
)]
mod plan;
#[path = "common/server.rs"]
mod server;

use bitext_store::{SqliteSync, Store};
use env::env_or;
use serde_json::json;
use server::{Server, archive_size, bitext, percentiles, serve};

/// The size of every body written.
const BODY_BYTES: usize = 20 * 1024;

/// A body of `BODY_BYTES` of English words: the same text for every `n` of one `seed`, but for
/// a word or two changed by each revision up to `n`, as an editor's pass changes it.
fn body(seed: usize, n: usize) -> String {
    const WORDS: &[&str] = &[
        "the", "council", "library", "opens", "later", "on", "weekdays", "and", "readers", "say",
        "they", "welcome", "extra", "hours", "near", "river", "market",
    ];
    const EDITS: &[&str] = &[
        "city",
        "hall",
        "evenings",
        "residents",
        "longer",
        "east",
        "bridge",
    ];
    let mut words = Vec::new();
    let (mut len, mut i) = (0, seed);
    while len < BODY_BYTES {
        let w = WORDS[i % WORDS.len()];
        len += w.len() + 1;
        words.push(w);
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 1_000_003;
    }
    for k in 1..=n {
        let at = (k * 7_919 + seed) % words.len();
        words[at] = EDITS[k % EDITS.len()];
    }
    let mut out = String::with_capacity(BODY_BYTES + 16);
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push_str(if k.is_multiple_of(97) { "\n\n" } else { " " });
        }
        out.push_str(w);
    }
    out.truncate(BODY_BYTES);
    out.truncate(out.trim_end().len());
    out
}

/// The server's database statements, round trips and SQLite commits so far, from `/metrics`
/// (a server that does not count round trips made one per statement; one that does not count
/// shared commits, none).
async fn counters(client: &reqwest::Client, base: &str) -> [u64; 3] {
    let text = client
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let counter = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
            .and_then(|n| n.parse().ok())
    };
    let statements = counter("bitext_database_statements_total").unwrap_or(0);
    let round_trips = counter("bitext_database_round_trips_total").unwrap_or(statements);
    let commits = counter("bitext_database_shared_commits_total").unwrap_or(0);
    [statements, round_trips, commits]
}

/// Where a load article's English translation takes revisions.
fn revisions_path(base: &str, slug: &str) -> String {
    format!("{base}/api/v1/articles/{slug}/translations/en/revisions")
}

/// Submits revision `head + 1` of client `seed`'s translation at `path` (on top of `head`);
/// how long the server took to create it.
async fn revise(
    client: &reqwest::Client,
    path: &str,
    token: &str,
    seed: usize,
    head: i32,
) -> Duration {
    let payload = json!({
        "title": "Library to open later",
        "body": body(seed, head as usize + 1),
        "message": "tighten wording",
    });
    let t = Instant::now();
    let res = client
        .post(path)
        .bearer_auth(token)
        .header("If-Match", format!("\"{head}\""))
        .json(&payload)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let _ = res.bytes().await.unwrap();
    let took = t.elapsed();
    assert_eq!(status, reqwest::StatusCode::CREATED);
    took
}

/// Revisions submitted by `clients` concurrent clients for `seconds`: how many, and each one's
/// time.
async fn over_http(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    slugs: &[String],
    heads: &mut [i32],
    seconds: u64,
) -> (usize, Vec<Duration>, Duration) {
    let start = Instant::now();
    let until = start + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for (i, slug) in slugs.iter().enumerate() {
        let (client, base, token, slug) = (
            client.clone(),
            base.to_owned(),
            token.to_owned(),
            slug.clone(),
        );
        let mut head = heads[i];
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let path = revisions_path(&base, &slug);
            while Instant::now() < until {
                times.push(revise(&client, &path, &token, i, head).await);
                head += 1;
            }
            (head, times)
        }));
    }
    let mut all = Vec::new();
    for (i, task) in tasks.into_iter().enumerate() {
        let (head, times) = task.await.unwrap();
        heads[i] = head;
        all.extend(times);
    }
    (all.len(), all, start.elapsed())
}

/// Rows inserted by `clients` concurrent tasks for `seconds`, each in a transaction of its own.
async fn raw_inserts(
    store: &Store,
    author: &str,
    slugs: &[String],
    next: &mut i64,
    seconds: u64,
) -> (usize, Vec<Duration>, Duration) {
    let start = Instant::now();
    let until = start + Duration::from_secs(seconds);
    let counter = Arc::new(std::sync::atomic::AtomicI64::new(*next));
    let mut tasks = Vec::new();
    for (i, slug) in slugs.iter().enumerate() {
        let (store, author, slug, counter) = (
            store.clone(),
            author.to_owned(),
            slug.clone(),
            counter.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            while Instant::now() < until {
                let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let sql = format!(
                    "INSERT INTO translation_revisions \
                     (translation_id, number, parent, author_id, created_at, message, title, body, \
                      content_hash, source_revision) VALUES (\
                     (SELECT t.id FROM translations t JOIN articles a ON a.id = t.article_id \
                      WHERE a.slug = '{slug}' AND t.language = 'en'), {n}, NULL, \
                     (SELECT id FROM users WHERE name = '{author}'), '{}', 'tighten wording', \
                     'Library to open later', '{}', 'raw', 1)",
                    bitext_domain::now().to_rfc3339(),
                    body(i, (n % 1_000) as usize)
                );
                let t = Instant::now();
                store.execute_unprepared(&sql).await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    *next = counter.load(std::sync::atomic::Ordering::Relaxed);
    (all.len(), all, start.elapsed())
}

/// Request `n` of the soak's readers into an archive of `articles` written by the `archive`
/// bench: an article's head, its history, its last diff, a published translation's public page
/// (each one a page the public cache keeps), the front page, a feed, the review queue, the
/// translations listing.
fn archive_path(base: &str, articles: u64, n: u64) -> String {
    let p = plan::article(plan::mix(n, 11) % articles);
    let a = format!("{base}/api/v1/articles/{}", p.slug);
    match n / 2 % 8 {
        0 => a,
        1 => format!("{a}/revisions"),
        2 if p.source_revisions > 1 => format!(
            "{a}/diff?from={}&to={}",
            p.source_revisions - 1,
            p.source_revisions
        ),
        3 if p.state == Some(plan::State::Published) => {
            format!("{base}/read/{}/{}", p.slug, p.target_language)
        }
        4 => format!("{base}/read"),
        5 => format!("{base}/feed/en.atom"),
        6 => format!("{base}/api/v1/review-queue"),
        7 => format!("{base}/api/v1/translations?state=published&limit=50"),
        _ => a,
    }
}

/// Writers and readers on the server for `seconds`, its memory sampled every 10 s.
async fn soak(
    client: &reqwest::Client,
    server: &Server,
    token: &str,
    slugs: &[String],
    archive: u64,
    seconds: u64,
) {
    use std::sync::atomic::{AtomicU64, Ordering};
    const WRITERS: usize = 16;
    const READERS: usize = 48;
    let until = Instant::now() + Duration::from_secs(seconds);
    let (writes, reads) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let mut tasks = Vec::new();
    for (i, slug) in slugs.iter().take(WRITERS).enumerate() {
        let (client, base, token, slug, writes) = (
            client.clone(),
            server.base.clone(),
            token.to_owned(),
            slug.clone(),
            writes.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let path = revisions_path(&base, &slug);
            let mut head = 1;
            while Instant::now() < until {
                revise(&client, &path, &token, i, head).await;
                head += 1;
                writes.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for r in 0..READERS {
        let (client, base, token, slug, reads) = (
            client.clone(),
            server.base.clone(),
            token.to_owned(),
            slugs[r % WRITERS.min(slugs.len())].clone(),
            reads.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let t = format!("{base}/api/v1/articles/{slug}/translations/en");
            let own = [
                t.clone(),
                format!("{t}/revisions?limit=50"),
                format!("{t}/diff"),
                format!("{base}/api/v1/articles?limit=50"),
            ];
            let mut n = r;
            // Every translation has a second revision by then.
            tokio::time::sleep(Duration::from_secs(2)).await;
            while Instant::now() < until {
                // Every other request reads the archive the database held before, if any.
                let path = if archive > 0 && n % 2 == 1 {
                    archive_path(&base, archive, n as u64)
                } else {
                    own[(n / 2) % own.len()].clone()
                };
                let res = client.get(&path).bearer_auth(&token).send().await.unwrap();
                assert!(res.status().is_success(), "{}", res.status());
                let _ = res.bytes().await.unwrap();
                n += 1;
                reads.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    println!("| seconds | server RSS MiB | writes/s | reads/s |");
    println!("| ---: | ---: | ---: | ---: |");
    let start = Instant::now();
    let (mut last_w, mut last_r) = (0, 0);
    println!("| 0 | {:.1} | | |", server.rss_mib());
    while Instant::now() < until {
        tokio::time::sleep(Duration::from_secs(10)).await;
        let (w, r) = (
            writes.load(Ordering::Relaxed),
            reads.load(Ordering::Relaxed),
        );
        println!(
            "| {} | {:.1} | {:.0} | {:.0} |",
            start.elapsed().as_secs(),
            server.rss_mib(),
            (w - last_w) as f64 / 10.0,
            (r - last_r) as f64 / 10.0
        );
        (last_w, last_r) = (w, r);
    }
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    bitext_webhooks::install_tls();
    let dir = tempfile::tempdir().unwrap();
    let db = std::env::var("BITEXT_BENCH_DATABASE_URL")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("load.db").display()));
    let clients: Vec<usize> = env_or("BITEXT_BENCH_CLIENTS", "1,4,16,64")
        .split(',')
        .map(|c| c.trim().parse().expect("BITEXT_BENCH_CLIENTS: numbers"))
        .collect();
    let seconds: u64 = env_or("BITEXT_BENCH_SECONDS", "8").parse().unwrap();
    let sync = match env_or("BITEXT_SQLITE_SYNCHRONOUS", "full").as_str() {
        "normal" => SqliteSync::Normal,
        _ => SqliteSync::Full,
    };
    let most = clients.iter().copied().max().unwrap_or(1);
    let run = bitext_domain::now().timestamp_millis();

    let author = format!("load{run}");
    let out = bitext(&db)
        .args(["user", "add", &author, "--role", "translator,editor"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let server = serve(&db, &[]).await;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(most)
        .build()
        .unwrap();

    // One article and one translation per client.
    let mut slugs = Vec::new();
    for i in 0..most {
        let slug = format!("load-{run}-{i}");
        for (path, payload) in [
            (
                "/api/v1/articles".to_owned(),
                json!({"slug": slug, "language": "zh-Hans", "title": "图书馆延长开放时间", "body": "图书馆延长开放时间。"}),
            ),
            (
                format!("/api/v1/articles/{slug}/translations"),
                json!({"language": "en", "title": "Library to open later", "body": body(i, 1)}),
            ),
        ] {
            let res = client
                .post(format!("{}{path}", server.base))
                .bearer_auth(&token)
                .json(&payload)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), reqwest::StatusCode::CREATED);
        }
        slugs.push(slug);
    }
    if let Ok(secs) = std::env::var("BITEXT_BENCH_SOAK_SECONDS") {
        // An archive the database holds (see the `archive` bench) is read by the readers.
        let rows = {
            let store = Store::connect(&db).await.unwrap();
            let n = store.count_rows("articles").await.unwrap();
            store.close().await.unwrap();
            u64::try_from(n).unwrap()
        };
        let archive = archive_size(&server.base, &token, rows).await;
        soak(
            &client,
            &server,
            &token,
            &slugs,
            archive,
            secs.parse().unwrap(),
        )
        .await;
        return;
    }
    let mut heads = vec![1; most];
    let store = Store::connect_with(&db, sync).await.unwrap();
    let mut next_raw = 1_000_000;

    println!(
        "database: {}, SQLite synchronous: {}, {} s a run, bodies of {BODY_BYTES} bytes",
        store.backend(),
        sync.as_str(),
        seconds
    );
    println!();
    println!(
        "| clients | HTTP revisions/s | HTTP p50 / p95 ms | statements / round trips per revision | revisions per SQLite commit | raw inserts/s | raw p50 / p95 ms | HTTP / raw |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for &c in &clients {
        let before = counters(&client, &server.base).await;
        let (n, times, took) = over_http(
            &client,
            &server.base,
            &token,
            &slugs[..c],
            &mut heads[..c],
            seconds,
        )
        .await;
        let after = counters(&client, &server.base).await;
        let per = |i: usize| (after[i] - before[i]) as f64 / n as f64;
        let (per_statement, per_trip) = (per(0), per(1));
        let per_commit = match after[2] - before[2] {
            0 => "-".to_owned(),
            commits => format!("{:.1}", n as f64 / commits as f64),
        };
        let http_rate = n as f64 / took.as_secs_f64();
        let (h50, h95) = percentiles(times);
        let (m, times, took) =
            raw_inserts(&store, &author, &slugs[..c], &mut next_raw, seconds).await;
        let raw_rate = m as f64 / took.as_secs_f64();
        let (r50, r95) = percentiles(times);
        println!(
            "| {c} | {http_rate:.0} | {h50:.2} / {h95:.2} | {per_statement:.1} / {per_trip:.1} | {per_commit} | {raw_rate:.0} | {r50:.2} / {r95:.2} | {:.2} |",
            http_rate / raw_rate
        );
    }
    store.close().await.unwrap();
    drop(server);
}
