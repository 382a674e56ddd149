//! The keys of the candidate index of fuzzy lookup: hashed bigrams of word tokens.
//!
//! Why bigrams: a lookup first fetches the units that share enough keys with the query, then
//! [`score`](super::score)s only those. One edit (a token inserted, deleted or replaced) touches
//! at most two bigrams, so texts a few edits apart still share most of theirs (the q-gram lemma:
//! at edit distance `d`, at least `n - 2d` of the `n` bigrams of one are in the other), and a
//! filter on shared keys keeps every good match. Single characters would not filter Chinese at
//! all (的, 是 and 在 are in nearly every paragraph), and longer grams would drop good matches
//! whose edits are spread out (an edit every third character leaves no trigram whole).

use super::normal::{Fnv, normalize};
use crate::text::{is_word, tokenize};

/// The n-gram keys of `text` for the candidate index, each hashed with `salt` (the language
/// pair, such as `zh>en`, so that two pairs never share keys): distinct and sorted.
///
/// The grams are bigrams of the word tokens of [`normalize`]`(text)` lower-cased, punctuation,
/// symbols and whitespace dropped: character bigrams in Chinese, word bigrams in English. A text
/// of one word token has that token as its only gram; a text without words has none. Stable like
/// [`fingerprint`](super::fingerprint): FNV-1a 64 of the salt and the tokens, each after a
/// `0xFF` byte (which UTF-8 never holds).
pub fn grams(text: &str, salt: &str) -> Vec<i64> {
    let lower = normalize(text).to_lowercase();
    let mut tokens = Vec::new();
    tokenize(&lower, &mut tokens);
    tokens.retain(|t| is_word(t));
    let key = |run: &[&str]| {
        let mut hash = Fnv::new();
        hash.write(salt.as_bytes());
        for token in run {
            hash.write(&[0xFF]);
            hash.write(token.as_bytes());
        }
        hash.finish()
    };
    let mut keys: Vec<i64> = match tokens.as_slice() {
        [] => Vec::new(),
        [one] => vec![key(&[one])],
        _ => tokens.windows(2).map(key).collect(),
    };
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_gives_character_bigrams_and_english_text_word_bigrams() {
        assert_eq!(grams("南江市", "zh>en").len(), 2);
        assert_eq!(grams("Heavy rain, heavy RAIN.", "en>zh").len(), 2);
        assert_eq!(
            grams("Heavy rain", "en>zh"),
            grams("heavy   RAIN!", "en>zh")
        );
    }

    #[test]
    fn one_word_gives_its_unigram_and_no_word_gives_nothing() {
        assert_eq!(grams("Xinhua.", "en>zh").len(), 1);
        assert_ne!(grams("Xinhua", "en>zh"), grams("Reuters", "en>zh"));
        assert!(grams(" ，。! ", "zh>en").is_empty());
    }

    #[test]
    fn the_salt_keeps_language_pairs_apart() {
        let (a, b) = (grams("暴雨", "zh>en"), grams("暴雨", "zh>ja"));
        assert_eq!(a.len(), 1);
        assert_ne!(a, b);
    }

    #[test]
    fn keys_are_fixed_for_good() {
        // FNV-1a 64 of the salt, 0xFF, "南", 0xFF, "江" (and of "en>zh", 0xFF, "xinhua"): the
        // database holds these values, so they never change.
        assert_eq!(grams("南江", "zh>en"), [7_376_902_474_558_761_313]);
        assert_eq!(grams(" Xinhua ", "en>zh"), [294_276_435_156_859_664]);
    }
}
