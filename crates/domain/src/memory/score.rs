//! How alike two texts are: the edit distance between their word tokens (each Han character a
//! token), as a score from 0 to 100.
//!
//! The distance is Levenshtein's over token sequences, computed by Hyyrö's bit-parallel
//! algorithm (after Myers): the tokens are numbered, the shorter text becomes bit masks of where
//! each token stands, and each token of the longer text advances the whole column of the
//! dynamic programme, 64 rows per machine word. Two paragraphs of 500 Han characters take 8 × 500
//! word steps rather than 250,000 cells.

use std::collections::HashMap;

use super::normal::normalize;
use crate::text::tokenize;

/// How alike `a` and `b` are, from 0 (nothing in common) to 100 (the same text).
///
/// Both are [`normalize`]d and cut into tokens ([`tokenize`]: a word of a spaced script, a
/// punctuation mark, or one character of a script written without spaces); whitespace tokens are
/// dropped. The score is `round(100 × (1 − d / max(len)))` for the [`distance`] `d` between the
/// token sequences, and 100 only when the normalized texts are equal: texts that differ only in
/// spacing between tokens score 99.
pub fn score(a: &str, b: &str) -> u8 {
    let (a, b) = (normalize(a), normalize(b));
    if a == b {
        return 100;
    }
    let (ta, tb) = (tokens(&a), tokens(&b));
    let longest = ta.len().max(tb.len());
    if longest == 0 {
        return 99;
    }
    let d = levenshtein(&ta, &tb);
    let similarity = 1.0 - d as f64 / longest as f64;
    ((100.0 * similarity).round() as u8).min(99)
}

/// The edit distance between the tokens of [`normalize`]`(a)` and of [`normalize`]`(b)`, as
/// [`score`] counts it: how many tokens must be inserted, deleted or replaced.
pub fn distance(a: &str, b: &str) -> usize {
    levenshtein(&tokens(&normalize(a)), &tokens(&normalize(b)))
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
    if pattern.is_empty() {
        return text.len();
    }
    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(pattern.len());
    for token in pattern {
        let next = ids.len();
        ids.entry(token).or_insert(next);
    }
    let words = pattern.len().div_ceil(64);
    // masks[id * words + w]: bit r of word w is set where pattern row 64w + r holds token id.
    let mut masks = vec![0u64; ids.len() * words];
    for (row, token) in pattern.iter().enumerate() {
        masks[ids[token] * words + row / 64] |= 1 << (row % 64);
    }
    let none = vec![0u64; words];
    let mut vp = vec![u64::MAX; words];
    let mut vn = vec![0u64; words];
    let last = 1u64 << ((pattern.len() - 1) % 64);
    let mut dist = pattern.len();
    for token in text {
        let eq = match ids.get(token) {
            Some(&id) => &masks[id * words..(id + 1) * words],
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook dynamic programme, to check the bit-parallel one against.
    fn naive(a: &[&str], b: &[&str]) -> usize {
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
            assert_eq!(levenshtein(&a, &b), naive(&a, &b), "{n} × {m}");
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
    fn only_the_same_text_scores_100() {
        assert_eq!(score(" 南江  市 ", "南江 市"), 100);
        assert_eq!(score("a,b", "a, b"), 99);
        assert_eq!(score("", ""), 100);
        assert_eq!(score("", "Rain."), 0);
    }
}
