//! What says that a run of source paragraphs and a run of translation paragraphs render each
//! other: their lengths, in proportion to the lengths of the two texts (Gale and Church's
//! measure, with the ratio of the languages' lengths read from the text pair itself rather than
//! assumed), and the anchors they share: figures of equal value and names written the same way
//! in both (`COVID-19`, `Reuters`, `Model S2`), counted only where both texts have them.
//!
//! The translation memory aligns the sentences inside a paragraph pair by the same measure
//! ([`crate::memory`]), each sentence read as a paragraph is here.

use std::collections::HashSet;

use crate::checks::figures::Figure;

/// The spread of a rendering's length around its expected length: the variance, per character
/// (of the longer-written language), of Gale and Church's normal model. Theirs is 6.8 for
/// closely related languages; news rendered between Chinese and English is freer.
const VARIANCE: f64 = 12.0;

/// What one shared anchor is worth, and what one anchor found on only one side costs, in the
/// units of the cost (nats).
const SHARED: f64 = 2.0;
const UNSHARED: f64 = 1.0;

/// One paragraph as the alignment sees it.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    /// Its length, in the common unit of both texts.
    pub length: f64,
    /// Its anchor keys, sorted.
    pub keys: Vec<u64>,
    /// Where it may be cut in two: after each sentence but the last.
    pub cuts: Vec<Cut>,
}

/// A paragraph cut in two after a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Cut {
    /// Where the second part begins, in characters.
    pub at: usize,
    /// The length of the first part, in the common unit.
    pub length: f64,
    /// The anchor keys of each part, sorted.
    pub head: Vec<u64>,
    pub tail: Vec<u64>,
}

/// A paragraph read but not yet compared: its length in characters, its anchors (character
/// offset, key) and its sentence ends (character offset, length before it).
pub(crate) struct Read {
    length: usize,
    anchors: Vec<(usize, u64)>,
    ends: Vec<(usize, usize)>,
}

/// Reads a paragraph whose figures are `figures`.
pub(crate) fn read(text: &str, figures: &[Figure]) -> Read {
    Read {
        length: length(text),
        anchors: anchors(text, figures),
        ends: sentence_ends(text),
    }
}

/// Where the sentences of `text` end, but the last: (character offset, length before it). A
/// quick reading, one pass and no tables, since it runs on every paragraph: a sentence ends
/// after `。！？` or after `.!?` followed by a space, with the closing quotes and brackets
/// after them and the spaces after those.
fn sentence_ends(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut ends = Vec::new();
    let (mut i, mut counted) = (0, 0);
    while i < chars.len() {
        let c = chars[i];
        if !c.is_whitespace() {
            counted += 1;
        }
        i += 1;
        let full = matches!(c, '。' | '！' | '？');
        if !full && !matches!(c, '.' | '!' | '?') {
            continue;
        }
        while i < chars.len()
            && matches!(
                chars[i],
                '”' | '’' | '」' | '』' | '）' | ')' | '!' | '?' | '！' | '？'
            )
        {
            counted += 1;
            i += 1;
        }
        let spaced = chars.get(i).is_some_and(|c| c.is_whitespace());
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if (full || spaced) && i < chars.len() {
            ends.push((i, counted));
        }
    }
    ends
}

/// The characters that count for length: everything but whitespace.
pub(crate) fn length(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// A figure's key: its value, to a thousandth (the kind aside, since one text may say "in
/// 2024" where the other dates it "2024年").
fn figure_key(f: &Figure) -> u64 {
    ((f.value * 1000.0).round() as i64 as u64) & !(1 << 63)
}

/// A name's key: its text, hashed (FNV-1a), marked apart from figures.
fn name_key(name: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    hash | (1 << 63)
}

/// The names of `text`, with their character offsets: runs of ASCII letters and digits (joined
/// by `-` or `.`) with a capital or a digit in them and at least two characters: `COVID-19`,
/// `G7`, `Reuters`, `2024`.
fn names(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((at, (byte, c))) = chars.next() {
        let next = chars.peek().map(|(_, (_, n))| *n);
        let inside = c.is_ascii_alphanumeric()
            || (start.is_some()
                && matches!(c, '-' | '.')
                && next.is_some_and(|n| n.is_ascii_alphanumeric()));
        match (inside, start) {
            (true, None) => start = Some((at, byte)),
            (false, Some((from, from_byte))) => {
                out.push((from, &text[from_byte..byte]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some((from, from_byte)) = start {
        out.push((from, &text[from_byte..]));
    }
    out.retain(|(_, name)| {
        name.len() >= 2
            && name
                .chars()
                .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    });
    out
}

/// Every anchor of a paragraph, with its offset, before the texts are compared.
fn anchors(text: &str, figures: &[Figure]) -> Vec<(usize, u64)> {
    let mut out: Vec<(usize, u64)> = figures.iter().map(|f| (f.start, figure_key(f))).collect();
    out.extend(names(text).into_iter().map(|(at, n)| (at, name_key(n))));
    out.sort_unstable();
    out
}

/// The paragraphs of both texts, lengths in one unit and anchors kept where the other text has
/// them too; `None` when either text has nothing to measure.
pub(crate) fn measure(
    source: &[Read],
    translation: &[Read],
) -> Option<(Vec<Paragraph>, Vec<Paragraph>)> {
    let total = |side: &[Read]| side.iter().map(|p| p.length).sum::<usize>();
    let (s, t) = (total(source), total(translation));
    if s == 0 || t == 0 {
        return None;
    }
    // Both lengths in characters of the longer-written text: a Chinese character counts for as
    // many English ones as the pair itself shows.
    let ratio = t as f64 / s as f64;
    let keys = |side: &[Read]| -> HashSet<u64> {
        side.iter()
            .flat_map(|p| p.anchors.iter().map(|a| a.1))
            .collect()
    };
    let (sk, tk) = (keys(source), keys(translation));
    let sorted = |anchors: &[(usize, u64)], keep: &dyn Fn(usize) -> bool| {
        let mut keys: Vec<u64> = anchors.iter().filter(|a| keep(a.0)).map(|a| a.1).collect();
        keys.sort_unstable();
        keys
    };
    let side = |side: &[Read], scale: f64, other: &HashSet<u64>| {
        side.iter()
            .map(|p| {
                let anchors: Vec<(usize, u64)> = p
                    .anchors
                    .iter()
                    .copied()
                    .filter(|a| other.contains(&a.1))
                    .collect();
                Paragraph {
                    length: p.length as f64 * scale,
                    keys: sorted(&anchors, &|_| true),
                    cuts: p
                        .ends
                        .iter()
                        .map(|&(at, before)| Cut {
                            at,
                            length: before as f64 * scale,
                            head: sorted(&anchors, &|x| x < at),
                            tail: sorted(&anchors, &|x| x >= at),
                        })
                        .collect(),
                }
            })
            .collect::<Vec<_>>()
    };
    Some((
        side(source, ratio.max(1.0), &tk),
        side(translation, (1.0 / ratio).max(1.0), &sk),
    ))
}

/// `-ln P(|Z| >= d)` for a standard normal `Z`: `-ln erfc(d / √2)`, by Abramowitz and Stegun's
/// 7.1.26, written so that it stays finite however large `d` is.
fn tail_cost(d: f64) -> f64 {
    let x = d.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    x * x - poly.ln()
}

/// The cost of a source run of `source` length rendered by a translation run of `translation`
/// length: how far the lengths are from equal, in standard deviations, as a negative
/// log-probability.
pub(crate) fn length_cost(source: f64, translation: f64) -> f64 {
    let mean = (source + translation) / 2.0;
    if mean <= 0.0 {
        return 0.0;
    }
    tail_cost((translation - source) / (VARIANCE * mean).sqrt())
}

/// How many items two sorted runs share, as multisets.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let mut a = a.iter().copied();
    let mut b = b.iter().copied();
    let (mut x, mut y) = (a.next(), b.next());
    let mut n = 0;
    while let (Some(p), Some(q)) = (x, y) {
        match p.cmp(&q) {
            std::cmp::Ordering::Less => x = a.next(),
            std::cmp::Ordering::Greater => y = b.next(),
            std::cmp::Ordering::Equal => {
                n += 1;
                x = a.next();
                y = b.next();
            }
        }
    }
    n
}

/// The anchor part of the cost of pairing two runs: a bonus for each anchor both have, a charge
/// for each only one has.
pub(crate) fn anchor_cost(source: &[u64], translation: &[u64]) -> f64 {
    let both = shared(source, translation);
    let total = source.len() + translation.len();
    UNSHARED * (total - 2 * both) as f64 - SHARED * both as f64
}

/// The most that the lengths of one pair of paragraphs may cost: a paragraph rendered far too
/// short or too long is a poor rendering of its source, not by itself a sign that the pairs are
/// off (without the cap, one paragraph left out and another put in its place would explain it
/// better).
const LENGTH_CAP: f64 = 9.0;

/// The cost of pairing one paragraph with another, one to one.
pub(super) fn pair_cost(a: &Paragraph, b: &Paragraph) -> f64 {
    length_cost(a.length, b.length).min(LENGTH_CAP) + anchor_cost(&a.keys, &b.keys)
}

/// The cost of pairing `whole` with two paragraphs `first` and `second` of the other text, at
/// the best cut of `whole` after a sentence, and where that cut is; `None` if it has one
/// sentence.
pub(super) fn cut_cost(
    whole: &Paragraph,
    first: &Paragraph,
    second: &Paragraph,
) -> Option<(f64, usize)> {
    whole
        .cuts
        .iter()
        .map(|c| {
            let cost = length_cost(first.length, c.length)
                + length_cost(second.length, whole.length - c.length)
                + anchor_cost(&first.keys, &c.head)
                + anchor_cost(&second.keys, &c.tail);
            (cost, c.at)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

/// The cost of a paragraph paired with nothing: its anchors, found only on its side.
pub(super) fn alone_cost(p: &Paragraph) -> f64 {
    anchor_cost(&p.keys, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_latin_words_with_a_capital_or_a_digit() {
        let found: Vec<&str> = names("据Reuters报道，COVID-19和G7峰会，the U.S. and a b 2024年")
            .into_iter()
            .map(|n| n.1)
            .collect();
        assert_eq!(found, ["Reuters", "COVID-19", "G7", "U.S", "2024"]);
    }

    #[test]
    fn sentences_end_after_full_stops_and_their_closing_quotes() {
        assert_eq!(sentence_ends("他说：“好。”我们走。"), [(7, 7)]);
        assert_eq!(
            sentence_ends("It rose 3.8%. “Why?” he asked. Yes"),
            [(14, 11), (21, 17), (31, 25)]
        );
        assert_eq!(sentence_ends("One sentence only."), []);
    }

    #[test]
    fn a_rendering_far_from_its_expected_length_costs_more() {
        assert!(length_cost(100.0, 100.0) < 0.01);
        assert!(length_cost(100.0, 130.0) < length_cost(100.0, 200.0));
        assert!(length_cost(1000.0, 0.0).is_finite());
    }

    #[test]
    fn shared_anchors_are_counted_as_multisets() {
        assert_eq!(shared(&[1, 3, 3, 5], &[1, 3, 3, 7]), 3);
        assert_eq!(shared(&[1, 3, 3], &[3]), 1);
        assert_eq!(shared(&[], &[1]), 0);
    }
}
