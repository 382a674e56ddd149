//! A quick test of whether two token sequences are related at all.
//!
//! Two paragraphs that share almost no three-word sequence (a rewrite, or a
//! pairing of unrelated paragraphs by position) are better shown as one
//! replacement than as a scatter of common words like "the" kept equal between
//! them — and a word diff of unrelated texts is the slowest kind there is. The
//! test hashes word trigrams of one side into a set and counts how many of the
//! other side's trigrams it holds: linear time, a small fraction of a diff.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Sides with fewer trigrams than this are always diffed.
const MIN_TRIGRAMS: usize = 24;
/// Related when at least 1/`SHARED_DIVISOR` of the shorter side's trigrams are shared.
const SHARED_DIVISOR: usize = 20;

/// Tokens with their keys (equal keys, equal texts: see `intern::token_keys`).
#[derive(Clone, Copy)]
pub(crate) struct Words<'s, 'a> {
    tokens: &'s [&'a str],
    keys: &'s [u64],
}

impl<'s, 'a> Words<'s, 'a> {
    pub(crate) fn new(tokens: &'s [&'a str], keys: &'s [u64]) -> Self {
        debug_assert_eq!(tokens.len(), keys.len());
        Self { tokens, keys }
    }
}

/// Whether `old` and `new` share so few word trigrams that a word diff between
/// them would be noise. Short sequences are never judged unrelated. The new
/// side is hashed lazily and the count stops as soon as the pair is related,
/// so a plainly related pair (the usual edit) costs little more than one side.
pub(crate) fn unrelated(old: Words<'_, '_>, new: Words<'_, '_>) -> bool {
    let old_grams: Vec<u64> = trigrams(old).collect();
    if old_grams.len() < MIN_TRIGRAMS {
        return false;
    }
    // Sharing this many makes the pair related whatever the other side's length, since
    // the shorter side has at most as many trigrams as the old one.
    let surely = old_grams.len().div_ceil(SHARED_DIVISOR);
    let set: HashSet<u64, BuildHasherDefault<Mixed>> = old_grams.iter().copied().collect();
    let (mut shared, mut total) = (0, 0);
    for gram in trigrams(new) {
        total += 1;
        if set.contains(&gram) {
            shared += 1;
            if shared >= surely {
                return false;
            }
        }
    }
    total >= MIN_TRIGRAMS && shared * SHARED_DIVISOR < old_grams.len().min(total)
}

fn is_blank(token: &str) -> bool {
    token.chars().all(char::is_whitespace)
}

/// Spreads a key's bits over the whole word, so that trigrams of similar keys differ widely.
fn mix(key: u64) -> u64 {
    let h = (key ^ (key >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// A trigram's hash of each run of three consecutive tokens that are not whitespace.
fn trigrams<'s>(words: Words<'s, '_>) -> impl Iterator<Item = u64> + 's {
    let (mut a, mut b) = (0u64, 0u64);
    let mut seen = 0;
    words
        .tokens
        .iter()
        .zip(words.keys)
        .filter(|(t, _)| !is_blank(t))
        .filter_map(move |(_, &key)| {
            let h = mix(key);
            let gram = (seen >= 2).then(|| a.rotate_left(42) ^ b.rotate_left(21) ^ h);
            (a, b) = (b, h);
            seen += 1;
            gram
        })
}

/// The hasher of a set of trigram hashes: they are hashes already, and are used as they are.
#[derive(Default)]
struct Mixed(u64);

impl Hasher for Mixed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0 ^ u64::from(b));
        }
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::intern::{Interner, token_keys};
    use super::*;
    use crate::text::tokenize;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out
    }

    fn unrelated_texts(old: &str, new: &str) -> bool {
        let (old, new) = (tokens(old), tokens(new));
        let mut long = Interner::default();
        let (mut old_keys, mut new_keys) = (Vec::new(), Vec::new());
        token_keys(&old, &mut long, &mut old_keys);
        token_keys(&new, &mut long, &mut new_keys);
        unrelated(Words::new(&old, &old_keys), Words::new(&new, &new_keys))
    }

    #[test]
    fn an_edited_paragraph_is_related_and_a_different_one_is_not() {
        let a = super::super::fixtures::english_words(1, 120);
        let edited = super::super::fixtures::edit_words(&a, 2, 0.1);
        let other = super::super::fixtures::english_words(3, 120);
        assert!(!unrelated_texts(&a, &edited));
        assert!(unrelated_texts(&a, &other));
    }

    #[test]
    fn short_texts_are_never_judged_unrelated() {
        assert!(!unrelated_texts("one two three", "four five six"));
    }
}
