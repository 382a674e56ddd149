//! The translation memory at a newsroom archive's scale: fills a database with generated
//! Chinese→English units through `Tx::import_units` (the real write path, sketches and
//! full-text rows included), then times about 240 lookups through `App::memory_lookup`, the
//! recording of an approved 40-paragraph translation (and, apart, the indexing that follows
//! it), the same lookups while an approval's worth of units wait to be indexed, and
//! concordance searches, and prints the plans of the candidate queries. Prints Markdown tables.
//!
//! - `BITEXT_BENCH_DATABASE_URL`: the database (default: a SQLite file in the temporary
//!   directory, kept between runs). A database already holding enough units is not refilled.
//! - `BITEXT_BENCH_UNITS`: the sizes to measure at, ascending, comma-separated (default
//!   `100000`); the database is filled up to each in turn.
//!
//! Run with `cargo bench -p bitext-app --bench memory`, or `scripts/bench-memory.sh`.

mod corpus;
mod record;
mod workload;

use std::time::Instant;

use bitext_app::{Actor, App, AppConfig};
use bitext_domain::{User, memory::UnitKind};
use bitext_store::{
    Store,
    memory::{ImportedUnit, NewUnit},
};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};

use corpus::{Corpus, joined};

/// Paragraphs per import transaction.
const BATCH: u64 = 300;
/// Lookups are built from the paragraphs of about the first 100,000 units, so that the same
/// lookups run at every size.
const QUERY_PARAGRAPHS: u64 = 20_000;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = std::env::var("BITEXT_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        let path = std::env::temp_dir().join("bitext-bench-memory.db");
        format!("sqlite://{}?mode=rwc", path.display())
    });
    let sizes: Vec<u64> = std::env::var("BITEXT_BENCH_UNITS")
        .unwrap_or_else(|_| "100000".into())
        .split(',')
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse()
                .expect("BITEXT_BENCH_UNITS: numbers")
        })
        .collect();
    let store = Store::connect(&url).await.expect("the database");
    store.migrate().await.expect("migrations");
    let raw = Database::connect(&url).await.expect("the database");
    let app = App::new(store.clone(), AppConfig::default());
    let reader = Actor::new(
        User {
            id: 0,
            name: "reader".into(),
            display_name: "Reader".into(),
            roles: "translator".parse().expect("roles"),
            language: None,
        },
        None,
    );
    let corpus = Corpus::new();
    println!("database: {} ({})", redacted(&url), store.backend());
    for size in sizes {
        let start = Instant::now();
        let filled = fill(&store, &raw, &corpus, size).await;
        let fill_secs = start.elapsed().as_secs_f64();
        if store.backend() == "postgres" && filled > 0 {
            raw.execute_unprepared("VACUUM (ANALYZE) tm_units, tm_keys, tm_terms")
                .await
                .expect("vacuum");
        }
        let units = count(&raw, "SELECT COUNT(*) AS n FROM tm_units").await;
        let paragraphs = paragraphs_filled(&raw).await;
        let postings = if store.backend() == "postgres" {
            count(&raw, "SELECT COUNT(*) AS n FROM tm_keys").await
        } else {
            // The sketches live in FTS5, whose vocabulary table counts them.
            raw.execute_unprepared(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tm_vocab \
                 USING fts5vocab(main, 'tm_fts', 'col')",
            )
            .await
            .expect("a vocabulary table");
            count(
                &raw,
                "SELECT COALESCE(SUM(doc), 0) AS n FROM temp.tm_vocab WHERE col = 'sketch'",
            )
            .await
        };
        println!();
        println!(
            "## {units} units ({paragraphs} generated paragraphs, {postings} postings of sketch keys)"
        );
        println!();
        println!(
            "filled {filled} units in {fill_secs:.0} s; database size {:.0} MiB",
            size_bytes(&raw, &url).await as f64 / (1024.0 * 1024.0)
        );
        let queries = workload::queries(&corpus, paragraphs.min(QUERY_PARAGRAPHS));
        // One pass to warm the caches, one measured.
        workload::run(&app, &store, &reader, &queries).await;
        let results = workload::run(&app, &store, &reader, &queries).await;
        println!();
        workload::report(&results);
        println!();
        record::run(&app, &store, &corpus, 30, true).await;
        println!();
        // The worst a lookup meets: as many units waiting to be indexed as an approval lets
        // wait (no indexer running, or one far behind).
        println!("lookups while units wait to be indexed:");
        println!();
        record::run(&app, &store, &corpus, 5, false).await;
        let tx = store.read().await.expect("a read transaction");
        let waiting = tx.pending_count(u64::MAX).await.expect("a count");
        drop(tx);
        println!();
        println!("{waiting} units waiting:");
        println!();
        workload::report(&workload::run(&app, &store, &reader, &queries).await);
        app.index_memory().await.expect("indexing");
        println!();
        workload::concordance(&app, &reader, &corpus, paragraphs.min(QUERY_PARAGRAPHS)).await;
        println!();
        plans(&store, &queries).await;
    }
}

/// Imports paragraphs (each with its sentences) until the memory holds `target` units;
/// returns how many it added.
async fn fill(store: &Store, raw: &DatabaseConnection, corpus: &Corpus, target: u64) -> u64 {
    let mut units = count(raw, "SELECT COUNT(*) AS n FROM tm_units").await;
    let mut next = paragraphs_filled(raw).await;
    let (start, first) = (Instant::now(), units);
    let mut reported = Instant::now();
    while units < target {
        let mut batch = Vec::new();
        for index in next..next + BATCH {
            let sentences = corpus.paragraph(index);
            let (zh, en) = joined(&sentences);
            batch.push(imported(UnitKind::Paragraph, zh, en));
            for s in sentences {
                batch.push(imported(UnitKind::Sentence, s.zh, s.en));
            }
        }
        next += BATCH;
        let tx = store.write().await.expect("a write transaction");
        let done = tx
            .import_units(&batch, chrono::Utc::now())
            .await
            .expect("an import");
        tx.commit().await.expect("a commit");
        units += done.recorded;
        if reported.elapsed().as_secs() >= 10 || units >= target {
            reported = Instant::now();
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "filling: {units}/{target} units, {next} paragraphs, {:.0} units/s",
                (units - first) as f64 / secs
            );
        }
    }
    units - first
}

fn imported(kind: UnitKind, source: String, target: String) -> ImportedUnit {
    ImportedUnit {
        source_language: "zh-CN".into(),
        target_language: "en-US".into(),
        unit: NewUnit {
            kind,
            paragraph: None,
            source,
            target,
        },
        translator: None,
        note: None,
        created_at: None,
    }
}

/// How many archive paragraphs were imported (paragraph `i` of the corpus is the `i`-th).
async fn paragraphs_filled(raw: &DatabaseConnection) -> u64 {
    count(
        raw,
        "SELECT COUNT(*) AS n FROM tm_units WHERE kind = 'paragraph' AND origin = 'import'",
    )
    .await
}

async fn count(raw: &DatabaseConnection, sql: &str) -> u64 {
    let row = raw
        .query_one_raw(Statement::from_string(raw.get_database_backend(), sql))
        .await
        .expect("a count")
        .expect("a row");
    let n: i64 = row.try_get("", "n").expect("a number");
    n.try_into().unwrap_or(0)
}

/// The database's size on disk in bytes (with SQLite's write-ahead log).
async fn size_bytes(raw: &DatabaseConnection, url: &str) -> u64 {
    if raw.get_database_backend() == DbBackend::Postgres {
        return count(raw, "SELECT pg_database_size(current_database()) AS n").await;
    }
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    [path.clone(), format!("{path}-wal")]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// The plans of the candidate queries of an edited sentence and of the commonest phrase.
async fn plans(store: &Store, queries: &[workload::Query]) {
    for kind in [workload::Kind::EditedSentence, workload::Kind::CommonShort] {
        let Some(q) = queries.iter().find(|q| q.kind == kind) else {
            continue;
        };
        let tx = store.read().await.expect("a read transaction");
        let plans = tx
            .memory_candidates_plan("zh-CN", "en-US", &q.text)
            .await
            .expect("plans");
        println!("plans for a lookup of {} ({}):", kind.name(), q.text);
        println!();
        println!("```");
        for plan in plans {
            println!("{}", plan.sql);
            if plan.keys > 0 {
                println!("-- {} keys", plan.keys);
            }
            for line in plan.lines {
                println!("  {line}");
            }
        }
        println!("```");
        println!();
    }
}

/// The URL without its password, if any.
fn redacted(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if url[s + 3..at].contains(':') => {
            let user_end = s + 3 + url[s + 3..at].find(':').unwrap_or(0);
            format!("{}:***{}", &url[..user_end], &url[at..])
        }
        _ => url.to_owned(),
    }
}
