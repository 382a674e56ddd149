//! The checker's speed: the whole checker on a 40-paragraph article (budget 5 ms), and the
//! alignment and punctuation checks on a 100,000-word English translation of a Chinese source
//! (and the other way round), with a paragraph left out halfway so that the alignment has work
//! to do (budget 100 ms of the whole checker's 200 ms; the figure readers take more than the rest).
//! The budgets are for an optimised build; a debug build gets fifty times as long.

mod news;

use std::time::{Duration, Instant};

use bitext_domain::checks::{alignment, check, figures, punctuation};
use bitext_domain::text::count_words;
use bitext_domain::text::paragraphs;
use news::{CARMAKER, FLOOD};

/// The fastest of a few runs of `f`.
fn fastest(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn budget(release: Duration) -> Duration {
    if cfg!(debug_assertions) {
        release * 50
    } else {
        release
    }
}

/// The two sides of the news articles, repeated until the English has `words` words.
fn long(words: usize) -> (Vec<&'static str>, Vec<&'static str>) {
    let pairs: Vec<(&str, &str)> = FLOOD.iter().chain(CARMAKER).copied().collect();
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    let mut count = 0;
    while count < words {
        for (z, e) in &pairs {
            zh.push(*z);
            en.push(*e);
            count += count_words(e);
        }
    }
    (zh, en)
}

/// The time the alignment and punctuation checks take on `source` and `translation`, and
/// whether the alignment found the count off.
fn align_and_punctuate(source: &str, from: &str, translation: &str, to: &str) -> (Duration, bool) {
    let (sp, tp) = (paragraphs(source), paragraphs(translation));
    let sf: Vec<_> = sp.iter().map(|p| figures::read(p, from)).collect();
    let tf: Vec<_> = tp.iter().map(|p| figures::read(p, to)).collect();
    let mut off = false;
    let took = fastest(|| {
        let found = alignment::check(&sp, &sf, &tp, &tf);
        punctuation::check_text(&tp, to);
        off = found
            .findings
            .iter()
            .any(|f| f.code == alignment::PARAGRAPH_COUNT);
    });
    (took, off)
}

#[test]
fn alignment_and_punctuation_check_100000_words_within_budget_in_both_directions() {
    let (zh, mut en) = long(100_000);
    en.remove(en.len() / 2);
    let (zh, en) = (zh.join("\n\n"), en.join("\n\n"));
    let (zh_en, off) = align_and_punctuate(&zh, "zh-Hans", &en, "en");
    assert!(off);
    let (en_zh, off) = align_and_punctuate(&en, "en", &zh, "zh-Hans");
    assert!(off);
    println!("100,000 words, alignment and punctuation: zh→en {zh_en:?}, en→zh {en_zh:?}");
    let start = Instant::now();
    check(&zh, "zh-Hans", &en, "en");
    let whole = start.elapsed();
    println!("100,000 words, whole checker: zh→en {whole:?}");
    assert!(
        zh_en.max(en_zh) <= budget(Duration::from_millis(100)),
        "{zh_en:?} {en_zh:?}"
    );
}

#[test]
fn a_40_paragraph_article_is_checked_within_budget() {
    let pairs: Vec<(&str, &str)> = FLOOD
        .iter()
        .chain(CARMAKER)
        .cycle()
        .take(40)
        .copied()
        .collect();
    let zh = pairs.iter().map(|p| p.0).collect::<Vec<_>>().join("\n\n");
    let en = pairs.iter().map(|p| p.1).collect::<Vec<_>>().join("\n\n");
    let took = fastest(|| {
        check(&zh, "zh-Hans", &en, "en");
    });
    println!("40 paragraphs: {took:?}");
    assert!(took <= budget(Duration::from_millis(5)), "{took:?}");
}
