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
/// them would be noise. Short sequences are never judged unrelated. The new
/// side is hashed lazily and the count stops as soon as the pair is related,
/// so a plainly related pair (the usual edit) costs little more than one side.
pub(crate) fn unrelated(old: &[&str], new: &[&str]) -> bool {
    let old_grams: Vec<u64> = trigrams(old).collect();
    if old_grams.len() < MIN_TRIGRAMS {
        return false;
    }
    // Sharing this many makes the pair related whatever the other side's length, since
    // the shorter side has at most as many trigrams as the old one.
    let surely = old_grams.len().div_ceil(SHARED_DIVISOR);
    let set: HashSet<u64, BuildHasherDefault<FastHasher>> = old_grams.iter().copied().collect();
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

/// Hashes of each run of three consecutive tokens that are not whitespace.
fn trigrams<'a>(tokens: &'a [&'a str]) -> impl Iterator<Item = u64> + 'a {
    let (mut a, mut b) = (0u64, 0u64);
    let mut seen = 0;
    tokens.iter().filter(|t| !is_blank(t)).filter_map(move |t| {
        let h = hash_str(t);
        let gram = (seen >= 2).then(|| a.rotate_left(42) ^ b.rotate_left(21) ^ h);
        (a, b) = (b, h);
        seen += 1;
        gram
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

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
