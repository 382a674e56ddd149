//! A quick test of whether two token sequences are related at all.
//!
//! Two paragraphs that share almost no three-word sequence (a rewrite, or a
//! pairing of unrelated paragraphs by position) are better shown as one
//! replacement than as a scatter of common words like "the" kept equal between
//! them — and a word diff of unrelated texts is the slowest kind there is. The
//! test hashes word trigrams of one side into a set and counts how many of the
//! other side's trigrams it holds: linear time, a small fraction of a diff.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::intern::{FastHasher, hash_str};

/// Sides with fewer trigrams than this are always diffed.
const MIN_TRIGRAMS: usize = 24;
/// Related when at least 1/`SHARED_DIVISOR` of the shorter side's trigrams are shared.
const SHARED_DIVISOR: usize = 20;

/// Whether `old` and `new` share so few word trigrams that a word diff between
/// them would be noise. Short sequences are never judged unrelated.
pub(crate) fn unrelated(old: &[&str], new: &[&str]) -> bool {
    let old_grams = trigrams(old);
    if old_grams.len() < MIN_TRIGRAMS {
        return false;
    }
    let new_grams = trigrams(new);
    if new_grams.len() < MIN_TRIGRAMS {
        return false;
    }
    let set: HashSet<u64, BuildHasherDefault<FastHasher>> = old_grams.iter().copied().collect();
    let shared = new_grams.iter().filter(|g| set.contains(g)).count();
    shared * SHARED_DIVISOR < old_grams.len().min(new_grams.len())
}

/// Hashes of each run of three consecutive tokens that are not whitespace.
fn trigrams(tokens: &[&str]) -> Vec<u64> {
    let mut grams = Vec::with_capacity(tokens.len() / 2);
    let (mut a, mut b) = (0u64, 0u64);
    let mut seen = 0;
    for t in tokens {
        if t.chars().all(char::is_whitespace) {
            continue;
        }
        let h = hash_str(t);
        if seen >= 2 {
            grams.push(a.rotate_left(42) ^ b.rotate_left(21) ^ h);
        }
        (a, b) = (b, h);
        seen += 1;
    }
    grams
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out
    }

    #[test]
    fn an_edited_paragraph_is_related_and_a_different_one_is_not() {
        let a = super::super::fixtures::english_words(1, 120);
        let edited = super::super::fixtures::edit_words(&a, 2, 0.1);
        let other = super::super::fixtures::english_words(3, 120);
        assert!(!unrelated(&tokens(&a), &tokens(&edited)));
        assert!(unrelated(&tokens(&a), &tokens(&other)));
    }

    #[test]
    fn short_texts_are_never_judged_unrelated() {
        assert!(!unrelated(
            &tokens("one two three"),
            &tokens("four five six")
        ));
    }
}
