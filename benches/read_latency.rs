//! The latency of an archive's read paths, on a small archive and a large one in the same run:
//! two `bitext serve` processes, one on each, asked the same requests in turn, one at a time.
//!
//! ```sh
//! BITEXT_BENCH_SMALL_URL=sqlite:///var/tmp/archive-1k.db \
//! BITEXT_BENCH_LARGE_URL=sqlite:///var/tmp/archive-1m.db \
//!     cargo bench -p bitext --bench read_latency
//! ```
//!
//! Both databases are archives written by the `archive` bench (any size), which this bench
//! finds its way around by the same plan (`common/plan.rs`). For each path it sends
//! `BITEXT_BENCH_REQUESTS` requests (300) to each server, alternating between them so that
//! the machine's noise falls on both alike, after a tenth as many to warm up, and prints p50
//! and p95 of each and the ratio of the large archive's to the small one's.
//!
//! The paths: an article's head, a page of its revisions, the diff of two adjacent revisions,
//! the review queue (as an editor), the translations listing with filters, the Atom and JSON
//! feeds, and the front page of the reading room. The queue and the listing are asked twice:
//! for a page of 50, which the small archive fills only in part, and for the first ten of
//! filters that fill them on both, so that both sizes return as much. The public pages are
//! rendered on every request (`--page-cache-bytes 0`): a cached page costs the same at any
//! size, and the point is what the database does. Each server's resident memory is printed at
//! the end.
//! `BITEXT_BENCH_BINARY` runs another build of `bitext` (an earlier one, as the baseline of a
//! change) on databases that build's schema knows.

#[path = "common/env.rs"]
mod env;
#[path = "common/plan.rs"]
#[allow(
    dead_code,
    reason = "the reader needs less of the plan than the writer"
)]
mod plan;
#[path = "common/server.rs"]
mod server;

use std::time::{Duration, Instant};

use bitext_store::Store;
use env::env_or;
use server::{Server, archive_size, bitext, percentiles, serve};

/// An archive being read: its server, its size and an editor's token.
struct Archive {
    server: Server,
    articles: u64,
    token: String,
}

impl Archive {
    async fn open(url: &str) -> Self {
        let store = Store::connect(url).await.expect("the archive opens");
        let articles =
            u64::try_from(store.count_rows("articles").await.expect("counts")).expect("a count");
        assert!(
            articles > 0,
            "{url} holds no archive: fill it with the archive bench"
        );
        store.close().await.expect("closes");
        let out = bitext(url)
            .args(["token", "create", "editor01", "--label", "read-latency"])
            .output()
            .expect("bitext runs");
        assert!(out.status.success(), "a token for editor01 on {url}");
        let token = String::from_utf8(out.stdout)
            .expect("UTF-8")
            .trim()
            .to_owned();
        let server = serve(
            url,
            &[
                "--page-cache-bytes",
                "0",
                "--public-url",
                "http://localhost",
            ],
        )
        .await;
        // The archive's own articles come first; others (a soak's, say) may follow them.
        let articles = archive_size(&server.base, &token, articles).await;
        Self {
            server,
            articles,
            token,
        }
    }

    /// The `k`th request of path `path` on this archive: a URL path and query.
    fn request(&self, path: Path, k: u64) -> String {
        // An article of this archive, the same sequence on both.
        let pick = |salt: u64, ok: &dyn Fn(&plan::Planned) -> bool| {
            (0..)
                .map(|tries| plan::article(plan::mix(k * 1_000 + tries, salt) % self.articles))
                .find(|p| ok(p))
                .expect("an article")
        };
        match path {
            Path::Head => format!("/api/v1/articles/{}", pick(1, &|_| true).slug),
            Path::Revisions => format!("/api/v1/articles/{}/revisions", pick(2, &|_| true).slug),
            Path::Diff => {
                let p = pick(3, &|p| p.source_revisions > 1);
                format!(
                    "/api/v1/articles/{}/diff?from={}&to={}",
                    p.slug,
                    p.source_revisions - 1,
                    p.source_revisions
                )
            }
            Path::Queue => "/api/v1/review-queue".to_owned(),
            Path::QueueTen => "/api/v1/review-queue?limit=10".to_owned(),
            Path::Listing => [
                "/api/v1/translations?state=published&language=en",
                "/api/v1/translations?state=draft",
                "/api/v1/translations?language=zh-Hans&outdated=true",
                "/api/v1/translations?state=in_review&assignee=translator03",
            ][(k % 4) as usize]
                .to_owned(),
            Path::ListingTen => [
                "/api/v1/translations?state=published&language=en&limit=10",
                "/api/v1/translations?state=draft&limit=10",
                "/api/v1/translations?language=en&limit=10",
                "/api/v1/translations?state=in_review&limit=10",
            ][(k % 4) as usize]
                .to_owned(),
            Path::Feed => ["/feed/en.atom", "/feed/zh-Hans.json"][(k % 2) as usize].to_owned(),
            Path::Front => {
                ["/read", "/read?lang=en", "/read?source=en"][(k % 3) as usize].to_owned()
            }
        }
    }

    async fn get(&self, client: &reqwest::Client, path: Path, k: u64) -> Duration {
        let url = format!("{}{}", self.server.base, self.request(path, k));
        let t = Instant::now();
        let res = client
            .get(&url)
            .bearer_auth(&self.token)
            .send()
            .await
            .expect("the server answers");
        let status = res.status();
        let _ = res.bytes().await.expect("a body");
        let took = t.elapsed();
        assert!(status.is_success(), "{url}: {status}");
        took
    }
}

#[derive(Debug, Clone, Copy)]
enum Path {
    Head,
    Revisions,
    Diff,
    Queue,
    QueueTen,
    Listing,
    ListingTen,
    Feed,
    Front,
}

impl Path {
    const ALL: [Path; 9] = [
        Path::Head,
        Path::Revisions,
        Path::Diff,
        Path::Queue,
        Path::QueueTen,
        Path::Listing,
        Path::ListingTen,
        Path::Feed,
        Path::Front,
    ];

    fn name(self) -> &'static str {
        match self {
            Path::Head => "an article's head",
            Path::Revisions => "a page of its revisions",
            Path::Diff => "diff of two adjacent revisions",
            Path::Queue => "the review queue (a page: 50)",
            Path::QueueTen => "the review queue, first 10",
            Path::Listing => "translations listing, filtered (a page: 50)",
            Path::ListingTen => "translations listing, filtered, first 10",
            Path::Feed => "the feed (Atom, JSON)",
            Path::Front => "the front page",
        }
    }
}

#[tokio::main]
async fn main() {
    let small_url = std::env::var("BITEXT_BENCH_SMALL_URL").expect("BITEXT_BENCH_SMALL_URL");
    let large_url = std::env::var("BITEXT_BENCH_LARGE_URL").expect("BITEXT_BENCH_LARGE_URL");
    let requests: u64 = env_or("BITEXT_BENCH_REQUESTS", "300")
        .parse()
        .expect("BITEXT_BENCH_REQUESTS: a number");
    bitext_webhooks::install_tls();
    let small = Archive::open(&small_url).await;
    let large = Archive::open(&large_url).await;
    let client = reqwest::Client::new();

    println!(
        "small: {} articles ({small_url}); large: {} articles ({large_url}); {requests} requests \
         a path on each\n",
        small.articles, large.articles
    );
    println!("| path | small p50 | small p95 | large p50 | large p95 | p50 ratio | p95 ratio |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for path in Path::ALL {
        for k in 0..requests / 10 {
            small.get(&client, path, k).await;
            large.get(&client, path, k).await;
        }
        let (mut on_small, mut on_large) = (Vec::new(), Vec::new());
        for k in 0..requests {
            on_small.push(small.get(&client, path, k).await);
            on_large.push(large.get(&client, path, k).await);
        }
        let (s50, s95) = percentiles(on_small);
        let (l50, l95) = percentiles(on_large);
        println!(
            "| {} | {s50:.2} ms | {s95:.2} ms | {l50:.2} ms | {l95:.2} ms | {:.2} | {:.2} |",
            path.name(),
            l50 / s50,
            l95 / s95
        );
    }
    println!(
        "\nresident memory: small {:.1} MiB, large {:.1} MiB",
        small.server.rss_mib(),
        large.server.rss_mib()
    );
}
