//! Benchmarks of the whole checker (`checks::check`: untranslated text and figures, both
//! languages read and matched) on a Chinese article and its English translation.
//!
//! The articles are built from the correct Chinese→English rows of the figure corpus
//! (`tests/corpus/figures.tsv`), five sentence pairs to a paragraph, in the corpus's order and
//! round again: `article_40_paragraphs` has 40 paragraphs (about 1,400 English words and 2,500
//! Chinese characters) and `article_100k_words` as many paragraphs as make 100,000 English
//! words (about 2,900 paragraphs and 173,000 Chinese characters); the sizes move a little as the
//! corpus grows. Every sentence has figures, so this is the checker's heaviest kind of text.

use std::hint::black_box;

use bitext_domain::checks;
use criterion::{Criterion, criterion_group, criterion_main};

const CORPUS: &str = include_str!("../tests/corpus/figures.tsv");

/// The corpus's correct Chinese→English pairs.
fn pairs() -> Vec<(&'static str, &'static str)> {
    CORPUS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() == 6 && c[1].starts_with("zh") && c[2] == "en" && c[3] == "ok")
        .map(|c| (c[4], c[5]))
        .collect()
}

/// A Chinese article and its English translation of paragraphs of five sentence pairs, until
/// `enough(paragraphs, english words)` says so.
fn article(enough: impl Fn(usize, usize) -> bool) -> (String, String) {
    let pairs = pairs();
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    let mut words = 0;
    for chunk in pairs.chunks(5).cycle() {
        if enough(zh.len(), words) {
            break;
        }
        zh.push(chunk.iter().map(|p| p.0).collect::<String>());
        en.push(chunk.iter().map(|p| p.1).collect::<Vec<_>>().join(" "));
        words += chunk
            .iter()
            .map(|p| p.1.split_whitespace().count())
            .sum::<usize>();
    }
    (zh.join("\n\n"), en.join("\n\n"))
}

fn bench(c: &mut Criterion) {
    let cases = [
        ("article_40_paragraphs", article(|p, _| p >= 40)),
        ("article_100k_words", article(|_, w| w >= 100_000)),
    ];
    for (name, (zh, en)) in &cases {
        // A correct translation: the benchmark measures reading and matching, not reporting.
        assert_eq!(checks::check(zh, "zh-Hans", en, "en"), [], "{name}");
        let mut group = c.benchmark_group(*name);
        if name.contains("100k") {
            group.sample_size(10);
        }
        group.bench_function("check", |b| {
            b.iter(|| checks::check(black_box(zh), "zh-Hans", black_box(en), "en"))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
