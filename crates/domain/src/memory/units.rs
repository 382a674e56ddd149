//! The units an approved translation gives the memory: its soundly paired paragraphs, each
//! followed by the sentence pairs inside it that the sentence alignment is sure of.

use super::align::align;
use super::{UnitKind, UnitText};
use crate::checks::alignment::{self, evidence::length};
use crate::checks::figures;
use crate::text::{is_simple_unspaced, paragraphs, sentences};

/// Units of an approved translation: every aligned paragraph pair, then the sentence pairs in it.
///
/// Paragraph `i` of the target renders paragraph `i` of the source up to the first paragraph
/// from which the paragraph alignment check ([`alignment::check`]) finds the pairs off (a
/// paragraph split, merged, left out or added); only the pairs before it are recorded. The
/// check always names that paragraph when the counts differ (at the latest, the end of the
/// shorter text), so with as many paragraphs on both sides and nothing off every pair is
/// recorded, and with different counts only those the check vouches for.
///
/// Each paragraph pair is followed by its sentence pairs, one to one, two to one or one to two,
/// when there are at least two of them and their alignment by length (Gale and Church's, with
/// the figures and names both sides share) is sure: clearly better than any other, and no pair
/// far longer on one side than the lengths of the whole texts make likely (as when a sentence
/// was left out). Otherwise the paragraph pair stands alone, so a paragraph of one sentence on
/// each side gives no sentence unit. Every text is a trimmed slice of its body. The languages are told by script: a body mostly of Han (or kana) is read
/// as Chinese, any other as English, for the figures both alignments compare.
pub fn units(source_body: &str, target_body: &str) -> Vec<UnitText> {
    let (source, target) = (paragraphs(source_body), paragraphs(target_body));
    let (sl, tl) = (language(source_body), language(target_body));
    let read = |texts: &[&str], language: &str| {
        texts
            .iter()
            .map(|t| figures::read(t, language))
            .collect::<Vec<_>>()
    };
    let (sf, tf) = (read(&source, sl), read(&target, tl));
    let aligned = alignment::check(&source, &sf, &target, &tf);
    let sound = match aligned.first_off {
        Some(first) => first,
        None if source.len() == target.len() => source.len(),
        None => 0,
    }
    .min(source.len())
    .min(target.len());
    let pairs = || source.iter().zip(&target).take(sound);
    let ratio = {
        let total = |texts: Vec<&str>| texts.iter().map(|t| length(t)).sum::<usize>().max(1);
        total(pairs().map(|p| *p.1).collect()) as f64
            / total(pairs().map(|p| *p.0).collect()) as f64
    };
    let mut out = Vec::new();
    for (i, (s, t)) in pairs().enumerate() {
        out.push(UnitText {
            kind: UnitKind::Paragraph,
            paragraph: i,
            source: (*s).to_owned(),
            target: (*t).to_owned(),
        });
        let (ss, ts) = (sentences_of(s), sentences_of(t));
        if ss.len() < 2 && ts.len() < 2 {
            continue;
        }
        let Some(beads) = align(&ss, &sf[i], &ts, &tf[i], ratio) else {
            continue;
        };
        if beads.len() < 2 {
            continue;
        }
        for (sb, tb) in beads {
            out.push(UnitText {
                kind: UnitKind::Sentence,
                paragraph: i,
                source: join(&ss[sb]),
                target: join(&ts[tb]),
            });
        }
    }
    out
}

/// The sentences of a paragraph, a sentence of nothing but whitespace (a lone paragraph
/// separator after a line break) joined to the one before it.
fn sentences_of(paragraph: &str) -> Vec<&str> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for piece in sentences(paragraph) {
        let end = start + piece.len();
        match ranges.last_mut() {
            Some(last) if piece.trim().is_empty() => last.1 = end,
            _ => ranges.push((start, end)),
        }
        start = end;
    }
    ranges.into_iter().map(|(a, b)| &paragraph[a..b]).collect()
}

/// A run of consecutive sentences as one trimmed text (a slice of their paragraph).
fn join(run: &[&str]) -> String {
    run.concat().trim().to_owned()
}

/// The language a body is read in, for its figures: Chinese when at least a quarter of its
/// letters are of a script written without spaces, English otherwise.
fn language(body: &str) -> &'static str {
    let (mut unspaced, mut letters) = (0usize, 0usize);
    for c in body.chars().filter(|c| c.is_alphanumeric()) {
        letters += 1;
        unspaced += usize::from(is_simple_unspaced(c));
    }
    if letters > 0 && unspaced * 4 >= letters {
        "zh-Hans"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_separator_after_a_line_break_is_no_sentence_of_its_own() {
        let paragraph = "Rain fell.\n\u{2029}It stopped.";
        assert_eq!(sentences(paragraph).len(), 3);
        assert_eq!(
            sentences_of(paragraph),
            ["Rain fell.\n\u{2029}", "It stopped."]
        );
    }

    #[test]
    fn bodies_are_read_in_the_language_of_their_script() {
        assert_eq!(language("据Reuters报道，COVID-19疫情"), "zh-Hans");
        assert_eq!(language("Reuters reported that 南江 flooded."), "en");
        assert_eq!(language("2024"), "en");
    }
}
