//! Search over 100,000 generated articles: p50 and p95 of `Tx::search` (candidates, ranking
//! and the page's titles and texts) plus the snippets and titles the application marks, for a
//! mix of queries, on SQLite and, when `BITEXT_BENCH_DATABASE_URL` names a PostgreSQL server,
//! on a fresh database there too.
//!
//! Half the articles are Chinese (about 800 characters), half English (about 400 words), from
//! a fixed vocabulary and a small deterministic generator; a few phrases are planted at known
//! rates so that queries range from rare to common. Rows are written in bulk, in the same terms
//! the application indexes ([`index_text`]).
//!
//! `cargo bench -p bitext-store --bench search` (`ARTICLES=` to change the count).

use std::time::{Duration, Instant};

use bitext_domain::search::{
    MAX_BODY_TERMS, MAX_TITLE_TERMS, SearchQuery, highlight, index_text, snippet,
};
use bitext_store::{Store, search::SearchFilter};

const ZH_WORDS: &[&str] = &[
    "的", "是", "在", "我们", "他们", "政府", "经济", "发展", "问题", "国家", "社会", "记者",
    "表示", "今天", "北京", "上海", "公司", "市场", "报道", "城市", "学生", "学校", "医院", "工作",
    "生活", "时间", "已经", "可以", "没有", "因为", "所以", "但是", "如果", "这个", "那个", "一些",
    "很多", "新闻", "消息", "天气", "下雨", "河水", "上涨", "居民", "官员", "调查", "结果", "显示",
    "增长", "下降", "价格", "房子", "汽车", "道路", "交通", "铁路", "飞机", "机场", "外国", "中国",
    "美国", "日本", "欧洲", "非洲", "历史", "文化", "艺术", "电影", "音乐", "比赛", "球队", "选手",
    "冠军", "科学", "研究", "技术", "网络", "手机", "电脑", "数据", "安全", "法律", "法院", "警察",
    "事件", "发生", "地方", "农村", "农民", "工厂", "工人", "工资", "教育", "老师", "孩子", "家庭",
    "老人", "健康", "疾病", "疫苗",
];
const ZH_PUNCT: &[&str] = &["，", "。", "、", "；", "“", "”"];
const EN_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "he",
    "this",
    "are",
    "or",
    "his",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "had",
    "they",
    "you",
    "were",
    "their",
    "one",
    "all",
    "we",
    "can",
    "her",
    "has",
    "there",
    "been",
    "if",
    "more",
    "when",
    "will",
    "would",
    "who",
    "so",
    "no",
    "government",
    "economy",
    "market",
    "city",
    "river",
    "flood",
    "residents",
    "officials",
    "report",
    "said",
    "today",
    "police",
    "court",
    "school",
    "hospital",
    "workers",
    "prices",
    "growth",
    "rain",
    "weather",
    "railway",
    "airport",
    "election",
    "minister",
    "policy",
    "trade",
    "energy",
    "science",
    "research",
    "network",
    "phone",
    "data",
    "security",
    "law",
    "village",
    "farmers",
    "factory",
    "wages",
    "teachers",
    "children",
    "families",
    "health",
    "vaccine",
    "history",
];

/// SplitMix64: the same texts on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards the start of a list, as words are in text.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        self.below(a + 1)
    }
    fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
}

fn chinese(rng: &mut Rng, i: usize) -> (String, String) {
    let mut title = String::new();
    for _ in 0..4 {
        title.push_str(ZH_WORDS[rng.skewed(ZH_WORDS.len())]);
    }
    let mut body = String::new();
    let plant_customs = rng.chance(20);
    let plant_run = rng.chance(5);
    while body.chars().count() < 800 {
        for _ in 0..(8 + rng.below(10)) {
            body.push_str(ZH_WORDS[rng.skewed(ZH_WORDS.len())]);
            if rng.chance(120) {
                body.push_str(ZH_PUNCT[rng.below(ZH_PUNCT.len())]);
            }
        }
        body.push('。');
        if rng.chance(150) {
            body.push_str("\n\n");
        }
    }
    if plant_customs {
        body.push_str("美国海关与边境保护局发布了新规定。");
    }
    if plant_run {
        body.push_str("年轻人讨论“润”运动。");
    }
    if i % 10_000 == 8 {
        title.push_str("西风");
    }
    (title, body)
}

fn english(rng: &mut Rng, i: usize) -> (String, String) {
    let mut words: Vec<&str> = (0..5)
        .map(|_| EN_WORDS[rng.skewed(EN_WORDS.len())])
        .collect();
    if i % 10_000 == 3 {
        words.push("zephyr");
    }
    let title = capitalised(&words.join(" "));
    let mut body = String::new();
    let plant_customs = rng.chance(20);
    let mut n = 0;
    while n < 400 {
        let len = 8 + rng.below(15);
        let sentence: Vec<&str> = (0..len)
            .map(|_| EN_WORDS[rng.skewed(EN_WORDS.len())])
            .collect();
        body.push_str(&capitalised(&sentence.join(" ")));
        body.push_str(". ");
        n += len;
        if rng.chance(150) {
            body.push_str("\n\n");
        }
    }
    if plant_customs {
        body.push_str("U.S. Customs and Border Protection issued new rules at the borders.");
    }
    (title, body)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn sql_text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

async fn load(store: &Store, articles: usize) {
    let at = "'2026-01-01T00:00:00Z'";
    store
        .execute_unprepared(&format!(
            "INSERT INTO users (id, name, display_name, roles, created_at) \
             VALUES (1, 'bench', 'Bench', 'editor', {at})"
        ))
        .await
        .expect("user");
    let mut rng = Rng(2026);
    let started = Instant::now();
    let batch = 500;
    for start in (0..articles).step_by(batch) {
        let (mut a, mut r, mut d) = (Vec::new(), Vec::new(), Vec::new());
        for i in start..(start + batch).min(articles) {
            let id = i + 1;
            let (language, (title, body)) = if i % 2 == 0 {
                ("zh-Hans", chinese(&mut rng, i))
            } else {
                ("en", english(&mut rng, i))
            };
            // Later articles are newer, as ids are.
            let at = format!(
                "'{}'",
                (chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z").unwrap()
                    + chrono::TimeDelta::seconds(i as i64))
                .to_rfc3339()
            );
            a.push(format!(
                "({id}, 'a{id}', '{language}', 1, 1, 1, {at}, {at})"
            ));
            r.push(format!(
                "({id}, 1, NULL, 1, {at}, '', {}, {}, 'x', false)",
                sql_text(&title),
                sql_text(&body)
            ));
            d.push(format!(
                "('article/{id}', 'article', {id}, NULL, '{language}', {}, {}, {at})",
                sql_text(&index_text(&title, MAX_TITLE_TERMS)),
                sql_text(&index_text(&body, MAX_BODY_TERMS))
            ));
        }
        let sql = format!(
            "BEGIN; \
             INSERT INTO articles (id, slug, language, head, major_head, created_by, created_at, \
             updated_at) VALUES {}; \
             INSERT INTO article_revisions (article_id, number, parent, author_id, created_at, \
             message, title, body, content_hash, minor) VALUES {}; \
             INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
             title_terms, body_terms, updated_at) VALUES {}; COMMIT;",
            a.join(", "),
            r.join(", "),
            d.join(", ")
        );
        store.execute_unprepared(&sql).await.expect("bulk insert");
    }
    eprintln!(
        "loaded {articles} articles in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

const QUERIES: &[(&str, &str)] = &[
    ("润", "1 Chinese character, in 0.5% of Chinese articles"),
    ("的", "1 Chinese character, in nearly every Chinese article"),
    ("海关", "2 Chinese characters, in 2% of Chinese articles"),
    (
        "边境保护",
        "4 Chinese characters, in 2% of Chinese articles",
    ),
    ("西风", "2 Chinese characters, rare: 10 titles"),
    ("customs", "English word, in 2% of English articles"),
    ("bord", "English prefix (border, borders)"),
    ("zephyr", "English word, rare: 10 titles"),
    ("the", "English word, in every English article"),
    ("customs border", "two English words"),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

async fn measure(store: &Store, runs: usize) -> Vec<(String, Duration, Duration, usize)> {
    let filter = SearchFilter::default();
    let mut out = Vec::new();
    for (q, _) in QUERIES {
        let query = SearchQuery::parse(q).expect("query");
        let mut times = Vec::with_capacity(runs);
        let mut hits = 0;
        for run in 0..runs + 3 {
            let started = Instant::now();
            let tx = store.read().await.expect("read");
            let page = tx.search(&query, &filter, 20, None).await.expect("search");
            drop(tx);
            let marked: usize = page
                .items
                .iter()
                .map(|h| highlight(&query, &h.title).len() + snippet(&query, &h.body, 160).len())
                .sum();
            std::hint::black_box(marked);
            if run >= 3 {
                times.push(started.elapsed());
            }
            hits = page.items.len();
        }
        times.sort();
        out.push((
            (*q).to_owned(),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            hits,
        ));
    }
    out
}

fn report(backend: &str, rows: &[(String, Duration, Duration, usize)]) {
    println!("\n{backend}\n");
    println!("| query | what | p50 ms | p95 ms | results on page 1 |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for ((q, p50, p95, hits), (_, what)) in rows.iter().zip(QUERIES) {
        println!(
            "| `{q}` | {what} | {:.1} | {:.1} | {hits} |",
            p50.as_secs_f64() * 1000.0,
            p95.as_secs_f64() * 1000.0
        );
    }
}

fn main() {
    let articles: usize = std::env::var("ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let dir = tempfile::tempdir().expect("temp dir");
        if std::env::var_os("BENCH_SKIP_SQLITE").is_none() {
            let url = format!("sqlite://{}", dir.path().join("bench.db").display());
            let store = Store::connect(&url).await.expect("connect");
            store.migrate().await.expect("migrate");
            load(&store, articles).await;
            report(
                &format!("SQLite, {articles} articles, {runs} runs per query"),
                &measure(&store, runs).await,
            );
            store.close().await.ok();
        }

        if let Ok(admin_url) = std::env::var("BITEXT_BENCH_DATABASE_URL") {
            let name = "bitext_bench_search";
            let admin = Store::connect(&admin_url).await.expect("reach PostgreSQL");
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .expect("drop");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create");
            let (base, _) = admin_url.rsplit_once('/').expect("URL with a database");
            let store = Store::connect(&format!("{base}/{name}"))
                .await
                .expect("connect");
            store.migrate().await.expect("migrate");
            // A bulk load: the GIN index is built once after the rows, as for any large import.
            store
                .execute_unprepared("DROP INDEX idx_search_documents_vector")
                .await
                .expect("drop index");
            load(&store, articles).await;
            let started = Instant::now();
            store
                .execute_unprepared(
                    "SET maintenance_work_mem = '1GB'; CREATE INDEX idx_search_documents_vector \
                     ON search_documents USING GIN (search_vector); ANALYZE",
                )
                .await
                .expect("index");
            eprintln!(
                "built the GIN index in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            report(
                &format!("PostgreSQL, {articles} articles, {runs} runs per query"),
                &measure(&store, runs).await,
            );
            store.close().await.ok();
            admin
                .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
                .await
                .ok();
        }
    });
}
