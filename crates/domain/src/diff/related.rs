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
    let old_count = trigram_count(old);
    if old_count < MIN_TRIGRAMS {
        return false;
    }
    let surely = surely_related(old_count);
    if related_early(old, new, surely) {
        return false;
    }
    let mut set = Trigrams::with_capacity_and_hasher(old_count, BuildHasherDefault::default());
    set.extend(trigrams(old));
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
    total >= MIN_TRIGRAMS && shared * SHARED_DIVISOR < old_count.min(total)
}

/// How many trigrams a side has: one for each token that is not whitespace, but the first two.
fn trigram_count(words: Words<'_, '_>) -> usize {
    words
        .tokens
        .iter()
        .filter(|t| !is_blank(t))
        .count()
        .saturating_sub(2)
}

/// Sharing this many of an old side's `count` trigrams makes the pair related whatever the
/// other side's length, since the shorter side has at most as many trigrams as the old one.
fn surely_related(count: usize) -> usize {
    count.div_ceil(SHARED_DIVISOR)
}

/// Whether `surely` of the new side's first trigrams are among the old side's first ones.
///
/// An edited paragraph keeps most trigrams near where they were, so the first fifth of each
/// side usually holds enough shared ones. Each trigram found among some of the old side's is
/// one of them all: this settles nothing the whole count would not.
fn related_early(old: Words<'_, '_>, new: Words<'_, '_>, surely: usize) -> bool {
    let some = QUICK_SHARE * surely;
    let early: Trigrams = trigrams(old).take(some).collect();
    trigrams(new)
        .take(2 * some)
        .filter(|gram| early.contains(gram))
        .nth(surely - 1)
        .is_some()
}

/// A set of trigram hashes.
type Trigrams = HashSet<u64, BuildHasherDefault<Mixed>>;

/// The first check hashes this many times as many of the old side's trigrams as would settle
/// it (a fifth of them), and looks for them among twice as many of the new side's.
const QUICK_SHARE: usize = 4;

/// Whether a token is all whitespace. Every whitespace character is below U+4000, and so
/// starts with a byte below 0xE4 in UTF-8: a token of ideographs or kana, or one that starts
/// with an ASCII byte that is not whitespace, is told at its first byte.
#[inline]
fn is_blank(token: &str) -> bool {
    match token.as_bytes().first() {
        Some(&b) if b >= 0xE4 || (b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0B) => false,
        _ => all_whitespace(token),
    }
}

#[inline(never)]
fn all_whitespace(token: &str) -> bool {
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
    use crate::exhaustive::each_char_before;
    use crate::text::tokenize;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out
    }

    fn unrelated_texts(old: &str, new: &str) -> bool {
        with_words(old, new, unrelated)
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
    fn a_token_is_blank_when_every_character_is_whitespace() {
        let slow = |t: &str| t.chars().all(char::is_whitespace);
        let mut blanks = 0;
        each_char_before(&["", " ", "a", "\u{3000}"], |token| {
            assert_eq!(is_blank(token), slow(token), "{token:?}");
            blanks += usize::from(slow(token));
        });
        // Each whitespace character alone, then before a space and before U+3000.
        assert_eq!(blanks, 3 * 25);
        assert!(is_blank(""));
    }

    #[test]
    fn the_first_check_decides_as_the_whole_count_does() {
        use super::super::fixtures::{chinese_article, edit_chars, edit_words, english_words};
        // English and Chinese paragraphs of many lengths, each against every other, edited
        // from not at all to mostly.
        let english = (0..12).map(|seed| english_words(seed, 30 + 12 * seed as usize));
        let chinese = (0..12).map(|seed| chinese_article(seed, 60 + 30 * seed as usize));
        let texts: Vec<String> = english.chain(chinese).collect();
        let (mut early, mut late, mut apart) = (0, 0, 0);
        for (i, a) in texts.iter().enumerate() {
            for (j, b) in texts.iter().enumerate() {
                for edit in [0.0, 0.05, 0.3, 0.6, 0.9] {
                    let seed = (i * 31 + j) as u64;
                    let b = if j < 12 {
                        edit_words(b, seed, edit)
                    } else {
                        edit_chars(b, seed, edit)
                    };
                    let verdict = unrelated_texts(a, &b);
                    assert_eq!(verdict, whole_count(a, &b), "{i} {j} {edit}");
                    if verdict {
                        apart += 1;
                    } else if with_words(a, &b, |old, new| {
                        let count = trigram_count(old);
                        count >= MIN_TRIGRAMS && related_early(old, new, surely_related(count))
                    }) {
                        early += 1;
                    } else {
                        late += 1;
                    }
                }
            }
        }
        // Pairs settled by the first check, related pairs it left to the whole count, and
        // unrelated ones, many of each.
        assert!(
            early > 50 && late > 10 && apart > 1000,
            "{early} early, {late} late, {apart} unrelated"
        );
    }

    /// The test as it was before the first check: every trigram of the old side hashed.
    fn whole_count(old: &str, new: &str) -> bool {
        with_words(old, new, |old, new| {
            let old_grams: Vec<u64> = trigrams(old).collect();
            if old_grams.len() < MIN_TRIGRAMS {
                return false;
            }
            let set: Trigrams = old_grams.iter().copied().collect();
            let grams: Vec<u64> = trigrams(new).collect();
            let shared = grams.iter().filter(|g| set.contains(g)).count();
            grams.len() >= MIN_TRIGRAMS
                && shared * SHARED_DIVISOR < old_grams.len().min(grams.len())
        })
    }

    fn with_words<T>(old: &str, new: &str, f: impl Fn(Words<'_, '_>, Words<'_, '_>) -> T) -> T {
        let (old, new) = (tokens(old), tokens(new));
        let mut long = Interner::default();
        let (mut old_keys, mut new_keys) = (Vec::new(), Vec::new());
        token_keys(&old, &mut long, &mut old_keys);
        token_keys(&new, &mut long, &mut new_keys);
        f(Words::new(&old, &old_keys), Words::new(&new, &new_keys))
    }

    #[test]
    fn short_texts_are_never_judged_unrelated() {
        assert!(!unrelated_texts("one two three", "four five six"));
    }
}
