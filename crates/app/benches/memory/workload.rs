//! The lookups a desk makes, built from texts the archive holds: sentences with 1–3
//! characters edited, sentences with a fifth to a third of their characters edited, paragraphs with one sentence rewritten, new sentences the memory has
//! nothing like, and the commonest stock phrases; timed through `App::memory_lookup`.

use std::time::{Duration, Instant};

use bitext_app::{Actor, App};
use bitext_domain::{LanguageTag, diff::fixtures::Rng, memory::score};
use bitext_store::Store;

use crate::corpus::{Corpus, joined};

/// What a query is, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    EditedSentence,
    HeavilyEditedSentence,
    EditedParagraph,
    Unrelated,
    CommonShort,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::EditedSentence,
        Kind::HeavilyEditedSentence,
        Kind::EditedParagraph,
        Kind::Unrelated,
        Kind::CommonShort,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::EditedSentence => "sentence, 1–3 characters edited",
            Kind::HeavilyEditedSentence => "sentence, a fifth to a third of it edited",
            Kind::EditedParagraph => "paragraph, one sentence rewritten",
            Kind::Unrelated => "new sentence, nothing like it",
            Kind::CommonShort => "common stock phrase",
        }
    }
}

pub struct Query {
    pub kind: Kind,
    pub text: String,
    /// The archived source text the lookup should offer first.
    pub expected: Option<String>,
}

/// About 200 lookups, from paragraphs `0..paragraphs` of the archive.
pub fn queries(corpus: &Corpus, paragraphs: u64) -> Vec<Query> {
    let mut rng = Rng::new(42);
    let mut out = Vec::new();
    while out.len() < 70 {
        let p = corpus.paragraph(rng.next_u64() % paragraphs);
        let s = &p[rng.below(p.len())];
        if s.stock {
            continue;
        }
        let edits = rng.between(1, 3);
        out.push(Query {
            kind: Kind::EditedSentence,
            text: corpus.edit(&s.zh, edits, &mut rng),
            expected: Some(s.zh.clone()),
        });
    }
    while out.len() < 110 {
        let p = corpus.paragraph(rng.next_u64() % paragraphs);
        let s = &p[rng.below(p.len())];
        let chars = s.zh.chars().count();
        if s.stock || chars < 15 {
            continue;
        }
        let edits = rng.between(chars / 5, chars / 3);
        out.push(Query {
            kind: Kind::HeavilyEditedSentence,
            text: corpus.edit(&s.zh, edits, &mut rng),
            expected: Some(s.zh.clone()),
        });
    }
    for _ in 0..50 {
        let mut p = corpus.paragraph(rng.next_u64() % paragraphs);
        let original = joined(&p).0;
        let at = rng.below(p.len());
        p[at] = corpus.sentence(&mut rng);
        out.push(Query {
            kind: Kind::EditedParagraph,
            text: joined(&p).0,
            expected: Some(original),
        });
    }
    let mut fresh = Rng::new(0xF2E5);
    for _ in 0..50 {
        out.push(Query {
            kind: Kind::Unrelated,
            text: corpus.sentence(&mut fresh).zh,
            expected: None,
        });
    }
    for i in 0..30 {
        out.push(Query {
            kind: Kind::CommonShort,
            text: corpus.stock(i).zh.clone(),
            expected: Some(corpus.stock(i).zh.clone()),
        });
    }
    out
}

/// One lookup's outcome.
pub struct Timed {
    pub kind: Kind,
    pub lookup: Duration,
    /// The candidates step alone (n-gram keys, postings, units read), in its own transaction.
    pub candidates: Duration,
    pub candidate_count: usize,
    pub suggestions: usize,
    /// Whether the expected source came first.
    pub top_hit: Option<bool>,
    /// Whether the expected source scores high enough to be offered at all.
    pub reachable: bool,
    /// Whether the expected source was among the candidates scored.
    pub candidate: bool,
}

/// Runs every query through `App::memory_lookup`, then the candidates step alone.
pub async fn run(app: &App, store: &Store, actor: &Actor, queries: &[Query]) -> Vec<Timed> {
    let zh = LanguageTag::parse("zh-CN").expect("a language tag");
    let en = LanguageTag::parse("en-US").expect("a language tag");
    let mut out = Vec::with_capacity(queries.len());
    for q in queries {
        let start = Instant::now();
        let found = app
            .memory_lookup(actor, &zh, &en, &q.text)
            .await
            .expect("a lookup");
        let lookup = start.elapsed();
        let start = Instant::now();
        let tx = store.read().await.expect("a read transaction");
        let candidates = tx
            .memory_candidates("zh-CN", "en-US", q.text.trim(), 100)
            .await
            .expect("candidates");
        drop(tx);
        let candidate = q
            .expected
            .as_ref()
            .is_some_and(|e| candidates.iter().any(|u| &u.source == e));
        out.push(Timed {
            candidate,
            kind: q.kind,
            lookup,
            candidates: start.elapsed(),
            candidate_count: candidates.len(),
            suggestions: found.len(),
            reachable: q
                .expected
                .as_ref()
                .is_some_and(|e| score(e, &q.text) >= bitext_app::memory::MIN_SCORE),
            top_hit: q
                .expected
                .as_ref()
                .map(|e| found.first().is_some_and(|s| &s.unit.source == e)),
        });
    }
    out
}

/// The nearest-rank percentile `p` (0–100) of `times`, in milliseconds.
pub fn percentile(times: &[Duration], p: f64) -> f64 {
    let mut sorted: Vec<Duration> = times.to_vec();
    sorted.sort_unstable();
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

/// A report line: p50, p95 and max of `times`.
pub fn summary(times: &[Duration]) -> String {
    format!(
        "{:.1} | {:.1} | {:.1}",
        percentile(times, 50.0),
        percentile(times, 95.0),
        percentile(times, 100.0)
    )
}

/// The table of lookups by kind and overall, with recall.
pub fn report(results: &[Timed]) {
    println!(
        "| query kind | n | lookup p50 ms | p95 | max | candidates step p95 ms | mean candidates | top suggestion is the original |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    let row = |name: &str, rows: Vec<&Timed>| {
        let lookups: Vec<Duration> = rows.iter().map(|t| t.lookup).collect();
        let cands: Vec<Duration> = rows.iter().map(|t| t.candidates).collect();
        let mean =
            rows.iter().map(|t| t.candidate_count).sum::<usize>() as f64 / rows.len().max(1) as f64;
        let judged: Vec<bool> = rows.iter().filter_map(|t| t.top_hit).collect();
        let recall = if judged.is_empty() {
            let none = rows.iter().filter(|t| t.suggestions == 0).count();
            format!("(no suggestion for {none}/{})", rows.len())
        } else {
            let hits = judged.iter().filter(|&&h| h).count();
            let reachable = rows.iter().filter(|t| t.reachable).count();
            let reached = rows
                .iter()
                .filter(|t| t.reachable && t.top_hit == Some(true))
                .count();
            let candidates = rows.iter().filter(|t| t.reachable && t.candidate).count();
            format!(
                "{hits}/{} ({:.0}%); of those scoring ≥ 50: {reached}/{reachable} \
                 ({candidates} among the candidates)",
                judged.len(),
                100.0 * hits as f64 / judged.len() as f64
            )
        };
        println!(
            "| {name} | {} | {} | {:.1} | {mean:.0} | {recall} |",
            rows.len(),
            summary(&lookups),
            percentile(&cands, 95.0)
        );
    };
    for kind in Kind::ALL {
        row(
            kind.name(),
            results.iter().filter(|t| t.kind == kind).collect(),
        );
    }
    row("all", results.iter().collect());
}

/// Times concordance searches through `App::concordance` (20 results each, as the API's
/// default page), on both sides: terms from the archive's commonest stock phrase, from a
/// random archived sentence, and a character pair nothing holds; prints a table.
pub async fn concordance(app: &App, actor: &Actor, corpus: &Corpus, paragraphs: u64) {
    use bitext_store::memory::Side;
    let zh = LanguageTag::parse("zh-CN").expect("a language tag");
    let en = LanguageTag::parse("en-US").expect("a language tag");
    let mut rng = Rng::new(7);
    let stock = corpus.stock(0);
    let common_zh: String = stock.zh.chars().take(2).collect();
    let common_en: String = stock.en.split(' ').next().unwrap_or("the").to_owned();
    let mut rare = Vec::new();
    for _ in 0..20 {
        let p = corpus.paragraph(rng.next_u64() % paragraphs);
        let s = &p[rng.below(p.len())];
        let chars: Vec<char> = s.zh.chars().filter(|c| c.is_alphanumeric()).collect();
        let at = rng.below(chars.len().saturating_sub(3).max(1));
        rare.push(
            chars[at..(at + 3).min(chars.len())]
                .iter()
                .collect::<String>(),
        );
    }
    let cases: Vec<(&str, Vec<String>, Side)> = vec![
        (
            "2 characters of the commonest stock phrase",
            vec![common_zh],
            Side::Source,
        ),
        ("3 characters of an archived sentence", rare, Side::Source),
        (
            "a pair of characters nothing holds",
            vec!["龘齉".to_owned()],
            Side::Source,
        ),
        (
            "first word of the commonest stock phrase, English side",
            vec![common_en],
            Side::Target,
        ),
    ];
    println!("| concordance term | runs | p50 ms | p95 | max | mean results |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (name, terms, side) in cases {
        let mut times = Vec::new();
        let mut results = 0;
        for pass in 0..2 {
            for _ in 0..(20 / terms.len()).max(1) {
                for term in &terms {
                    let start = Instant::now();
                    let found = app
                        .concordance(actor, &zh, &en, term, side, 20)
                        .await
                        .expect("a concordance search");
                    if pass == 1 {
                        times.push(start.elapsed());
                        results += found.len();
                    }
                }
            }
        }
        println!(
            "| {name} | {} | {} | {:.1} |",
            times.len(),
            summary(&times),
            results as f64 / times.len().max(1) as f64
        );
    }
}
