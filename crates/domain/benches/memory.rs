//! Benchmarks of the translation memory's text model: `units` of a 40-paragraph Chinese→English
//! translation, and `score` of one query against 100 candidates, as a fuzzy lookup ranks them.
//!
//! The translation is built as the checker's benchmark builds it, from the correct
//! Chinese→English rows of the figure corpus (`tests/corpus/figures.tsv`), five sentence pairs
//! to a paragraph: every paragraph pair is recorded and its sentences aligned. The candidates
//! are the query with 0% to 50% of its tokens edited (`diff::fixtures`): a Chinese paragraph of
//! 500 Han characters, and an English one of 100 words. `score` calls [`score`] for each pair;
//! `query_score` prepares a [`Query`] once and scores each candidate with it;
//! `textbook_dp_baseline` computes the same distances by the full O(n·m) dynamic programme over
//! the same tokens.

use std::hint::black_box;

use bitext_domain::diff::fixtures;
use bitext_domain::memory::{Query, UnitKind, score, textbook_distance, units};
use bitext_domain::text::tokenize;
use criterion::{Criterion, criterion_group, criterion_main};

const CORPUS: &str = include_str!("../tests/corpus/figures.tsv");

/// A Chinese article of `paragraphs` paragraphs and its English translation.
fn article(paragraphs: usize) -> (String, String) {
    let pairs: Vec<(&str, &str)> = CORPUS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() == 6 && c[1].starts_with("zh") && c[2] == "en" && c[3] == "ok")
        .map(|c| (c[4], c[5]))
        .collect();
    let (zh, en): (Vec<String>, Vec<String>) = pairs
        .chunks(5)
        .cycle()
        .take(paragraphs)
        .map(|chunk| {
            (
                chunk.iter().map(|p| p.0).collect(),
                chunk.iter().map(|p| p.1).collect::<Vec<_>>().join(" "),
            )
        })
        .unzip();
    (zh.join("\n\n"), en.join("\n\n"))
}

/// A query and 100 candidates, the query with 0% to 50% of it edited.
fn candidates(query: &str, chinese: bool) -> Vec<String> {
    (0..100u64)
        .map(|i| {
            let fraction = i as f64 / 200.0;
            if chinese {
                fixtures::edit_chars(query, 100 + i, fraction)
            } else {
                fixtures::edit_words(query, 100 + i, fraction)
            }
        })
        .collect()
}

/// The tokens `score` compares: not whitespace.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    tokenize(text, &mut out);
    out.retain(|t| !t.trim().is_empty());
    out
}

/// The textbook Levenshtein programme over the same tokens as `score`, for comparison.
fn textbook_dp_baseline(a: &str, b: &str) -> usize {
    textbook_distance(&tokens(a), &tokens(b))
}

fn bench(c: &mut Criterion) {
    let (zh, en) = article(40);
    let found = units(&zh, &en);
    let paragraphs = found
        .iter()
        .filter(|u| u.kind == UnitKind::Paragraph)
        .count();
    assert_eq!(paragraphs, 40, "every paragraph pair is recorded");
    let mut group = c.benchmark_group("memory_units_40_paragraphs_zh_en");
    group.bench_function("units", |b| {
        b.iter(|| units(black_box(&zh), black_box(&en)))
    });
    group.finish();

    let chinese: String = fixtures::chinese_article(7, 500)
        .split_whitespace()
        .collect();
    let english = fixtures::english_words(8, 100);
    for (name, query, is_chinese) in [
        ("memory_score_100_candidates_zh_500_chars", chinese, true),
        ("memory_score_100_candidates_en_100_words", english, false),
    ] {
        let candidates = candidates(&query, is_chinese);
        let mut group = c.benchmark_group(name);
        group.bench_function("score", |b| {
            b.iter(|| {
                candidates
                    .iter()
                    .map(|c| u32::from(score(black_box(&query), black_box(c))))
                    .sum::<u32>()
            })
        });
        group.bench_function("query_score", |b| {
            b.iter(|| {
                let query = Query::new(black_box(&query));
                candidates
                    .iter()
                    .map(|c| u32::from(query.score(black_box(c))))
                    .sum::<u32>()
            })
        });
        group.bench_function("textbook_dp_baseline", |b| {
            b.iter(|| {
                candidates
                    .iter()
                    .map(|c| textbook_dp_baseline(black_box(&query), black_box(c)))
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
