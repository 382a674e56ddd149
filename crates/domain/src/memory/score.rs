//! How alike two texts are: the edit distance between their word tokens (each Han character a
//! token), as a score from 0 to 100.
//!
//! The distance is Levenshtein's over token sequences, computed by Hyyrö's bit-parallel
//! algorithm (after Myers): the tokens are numbered, one text becomes bit masks of where each
//! token stands, and each token of the other advances the whole column of the dynamic
//! programme, 64 rows per machine word. Two paragraphs of 500 Han characters take 8 × 500 word
//! steps rather than 250,000 cells. A [`Query`] does the first half once for many candidates.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::normal::{Fnv, normalize};
use crate::text::tokenize;

/// Token numbers, by a fixed fast hash (the keys are short and live within one lookup).
type Ids<K> = HashMap<K, usize, BuildHasherDefault<Fnv>>;

/// How alike `a` and `b` are, from 0 (nothing in common) to 100 (the same text).
///
/// Both are [`normalize`]d and cut into tokens ([`tokenize`]: a word of a spaced script, a
/// punctuation mark, or one character of a script written without spaces); whitespace tokens are
/// dropped. The score is `round(100 × (1 − d / max(len)))` for the [`distance`] `d` between the
/// token sequences, capped at 99 unless the normalized texts are equal: texts that differ only
/// in spacing between tokens score 99. Symmetric. To score one text against many, a [`Query`]
/// gives the same scores faster.
pub fn score(a: &str, b: &str) -> u8 {
    let (a, b) = (normalize(a), normalize(b));
    if a == b {
        return 100;
    }
    let (ta, tb) = (tokens(&a), tokens(&b));
    let d = levenshtein(&ta, &tb);
    similarity(d, ta.len().max(tb.len()))
}

/// The edit distance between the tokens of [`normalize`]`(a)` and of [`normalize`]`(b)`, as
/// [`score`] counts it: how many tokens must be inserted, deleted or replaced.
pub fn distance(a: &str, b: &str) -> usize {
    levenshtein(&tokens(&normalize(a)), &tokens(&normalize(b)))
}

/// A text to [`score`] many candidates against: normalized, cut into tokens and turned into the
/// bit masks of the distance once.
#[derive(Debug, Clone)]
pub struct Query {
    normal: String,
    ids: Ids<Box<str>>,
    pattern: Pattern,
}

impl Query {
    pub fn new(text: &str) -> Self {
        let normal = normalize(text);
        let tokens = tokens(&normal);
        let mut ids = Ids::default();
        for token in &tokens {
            let next = ids.len();
            ids.entry(Box::from(*token)).or_insert(next);
        }
        let pattern = Pattern::new(tokens.iter().map(|t| ids[*t]), ids.len());
        Query {
            normal,
            ids,
            pattern,
        }
    }

    /// [`score`]`(query, candidate)`.
    pub fn score(&self, candidate: &str) -> u8 {
        let normal = normalize(candidate);
        if normal == self.normal {
            return 100;
        }
        let tokens = tokens(&normal);
        let d = self
            .pattern
            .distance(tokens.iter().map(|t| self.ids.get(*t).copied()));
        similarity(d, self.pattern.len.max(tokens.len()))
    }
}

/// The score of token sequences at distance `d`, the longer of `longest` tokens, for texts that
/// are not equal.
fn similarity(d: usize, longest: usize) -> u8 {
    if longest == 0 {
        return 99;
    }
    let similarity = 1.0 - d as f64 / longest as f64;
    ((100.0 * similarity).round() as u8).min(99)
}

/// The tokens of `text` that are not whitespace.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    tokenize(text, &mut out);
    out.retain(|t| !t.chars().all(char::is_whitespace));
    out
}

/// Levenshtein distance between two token sequences.
fn levenshtein(a: &[&str], b: &[&str]) -> usize {
    // The shorter sequence is the pattern: fewer words per column.
    let (pattern, text) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut ids: Ids<&str> = Ids::with_capacity_and_hasher(pattern.len(), Default::default());
    for token in pattern {
        let next = ids.len();
        ids.entry(token).or_insert(next);
    }
    let masks = Pattern::new(pattern.iter().map(|t| ids[t]), ids.len());
    masks.distance(text.iter().map(|t| ids.get(t).copied()))
}

/// A token sequence as bit masks: for each token number, the rows where it stands.
#[derive(Debug, Clone)]
struct Pattern {
    /// How many tokens, and how many 64-bit words hold a column.
    len: usize,
    words: usize,
    /// `masks[id * words + w]`: bit `r` of word `w` is set where row `64w + r` holds token `id`.
    masks: Vec<u64>,
}

impl Pattern {
    fn new(ids: impl ExactSizeIterator<Item = usize>, distinct: usize) -> Self {
        let len = ids.len();
        let words = len.div_ceil(64);
        let mut masks = vec![0u64; distinct * words];
        for (row, id) in ids.enumerate() {
            masks[id * words + row / 64] |= 1 << (row % 64);
        }
        Pattern { len, words, masks }
    }

    /// The distance to the sequence of tokens `text`, each given by its number in the pattern
    /// (`None` for a token the pattern does not hold).
    fn distance(&self, text: impl Iterator<Item = Option<usize>>) -> usize {
        let words = self.words;
        if words == 0 {
            return text.count();
        }
        let none = vec![0u64; words];
        let mut vp = vec![u64::MAX; words];
        let mut vn = vec![0u64; words];
        let last = 1u64 << ((self.len - 1) % 64);
        let mut dist = self.len;
        for id in text {
            let eq = match id {
                Some(id) => &self.masks[id * words..(id + 1) * words],
                None => &none[..],
            };
            // The first row's horizontal difference is +1 (D[0][j] = j).
            let (mut hp_carry, mut hn_carry) = (1u64, 0u64);
            for w in 0..words {
                let x = eq[w] | hn_carry;
                let d0 = (((x & vp[w]).wrapping_add(vp[w])) ^ vp[w]) | x | vn[w];
                let mut hp = vn[w] | !(d0 | vp[w]);
                let mut hn = d0 & vp[w];
                if w == words - 1 {
                    dist += usize::from(hp & last != 0);
                    dist -= usize::from(hn & last != 0);
                }
                let (hp_out, hn_out) = (hp >> 63, hn >> 63);
                hp = (hp << 1) | hp_carry;
                hn = (hn << 1) | hn_carry;
                hp_carry = hp_out;
                hn_carry = hn_out;
                vp[w] = hn | !(d0 | hp);
                vn[w] = hp & d0;
            }
        }
        dist
    }
}

/// The textbook dynamic programme over tokens (one row of the table at a time): the reference
/// the bit-parallel [`Query`] is tested and benchmarked against.
#[doc(hidden)]
pub fn textbook_distance(a: &[&str], b: &[&str]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let next = (diagonal + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_parallel_distance_equals_the_textbook_one_across_word_boundaries() {
        let alphabet = ["a", "b", "c", "d"];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        for _ in 0..300 {
            let (n, m) = (next() % 200, next() % 200);
            let a: Vec<&str> = (0..n).map(|_| alphabet[next() % 4]).collect();
            let b: Vec<&str> = (0..m).map(|_| alphabet[next() % 4]).collect();
            assert_eq!(levenshtein(&a, &b), textbook_distance(&a, &b), "{n} × {m}");
        }
    }

    #[test]
    fn english_is_compared_word_by_word_and_chinese_character_by_character() {
        assert_eq!(distance("The river rose.", "The river fell."), 1);
        assert_eq!(distance("江水上涨。", "江水下降。"), 2);
        assert_eq!(score("The river rose.", "The river fell."), 75);
        assert_eq!(score("江水上涨。", "江水下降。"), 60);
    }

    #[test]
    fn a_query_scores_every_candidate_as_score_does() {
        let query = Query::new("江水上涨。The river rose.");
        for candidate in [
            "江水下降。The river fell.",
            "",
            "江水上涨。 The river rose.",
            "水",
        ] {
            assert_eq!(
                query.score(candidate),
                score("江水上涨。The river rose.", candidate)
            );
        }
        assert_eq!(query.score("江水上涨。The  river rose. "), 100);
        assert_eq!(Query::new("").score("Rain."), 0);
    }

    #[test]
    fn only_the_same_text_scores_100() {
        assert_eq!(score(" 南江  市 ", "南江 市"), 100);
        assert_eq!(score("a,b", "a, b"), 99);
        assert_eq!(score("", ""), 100);
        assert_eq!(score("", "Rain."), 0);
    }
}
