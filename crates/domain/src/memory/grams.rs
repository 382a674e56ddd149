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

/// How many keys of a unit's source text the candidate index holds at least (when it has as
/// many) and at most: see [`sketch`].
pub const SKETCH_KEYS: usize = 8;
pub const MAX_SKETCH_KEYS: usize = 16;

/// The primary language subtag of `tag`, lower-cased: `zh` for `zh-Hant-TW`.
pub fn primary(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// A language pair as one search term, by primary subtag (`zh0en`): primary subtags hold
/// letters only, so the digit keeps `abc`+`de` apart from `ab`+`cde`.
pub fn pair_term(source_language: &str, target_language: &str) -> String {
    format!("{}0{}", primary(source_language), primary(target_language))
}

/// The salt of the source-side keys of a language pair, by primary subtag (`s:zh>en`): a lookup
/// from `zh-CN` into `en-US` shares keys with units from `zh` into `en-GB`, and with no unit of
/// another pair.
pub fn source_salt(source_language: &str, target_language: &str) -> String {
    format!(
        "s:{}>{}",
        primary(source_language),
        primary(target_language)
    )
}

/// The few keys of `keys` (a text's [`grams`]) that the candidate index holds for its unit:
/// all of them when there are at most [`SKETCH_KEYS`]; else, for each of `n` fixed hash
/// functions, the key that function puts first (a MinHash sketch), distinct and sorted; `n` is
/// one for every 8 keys, from [`SKETCH_KEYS`] to [`MAX_SKETCH_KEYS`] (16 from 128 keys on,
/// a paragraph of a few sentences).
///
/// A lookup reads the postings of every key of its own text, so it finds a unit when any key of
/// the unit's sketch is among them. Each key of the sketch is a fair draw from the unit's keys,
/// so a unit holding a share `c` of its keys in common with the text is missed only with
/// probability about `(1 - c)^n`: with 8 keys, 0.4 % at `c = 0.5` and 6 % at `c = 0.3`; fewer
/// with 16. A lookup reads only the rarer keys of its text, so the more keys a sketch has, the
/// likelier some are rare. Recording a unit writes at most 16 postings rather than one per
/// bigram, and no count.
pub fn sketch(keys: &[i64]) -> Vec<i64> {
    if keys.len() <= SKETCH_KEYS {
        return keys.to_vec();
    }
    first_keys(keys, (keys.len() / 2).clamp(SKETCH_KEYS, MAX_SKETCH_KEYS))
}

/// For each of the sketch's [`MAX_SKETCH_KEYS`] hash functions, the key of `keys` it puts
/// first, distinct and sorted: the keys a lookup of a text reads first. A unit's sketch holds
/// the key function `i` puts first among the unit's keys (for the functions it uses); that is
/// the text's own with a probability of about the Jaccard similarity of the two sets of keys,
/// so each of these keys finds a similar unit far likelier than a key drawn at random.
pub fn minhash(keys: &[i64]) -> Vec<i64> {
    first_keys(keys, MAX_SKETCH_KEYS)
}

/// For each of the first `n` hash functions, the key of `keys` it puts first, distinct and
/// sorted.
fn first_keys(keys: &[i64], n: usize) -> Vec<i64> {
    let mut out: Vec<i64> = SEEDS[..n]
        .iter()
        .filter_map(|&seed| keys.iter().copied().min_by_key(|&k| mix(k, seed)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A key as one search term for a full-text index (SQLite keeps sketches in FTS5): `k` and the
/// key's 64 bits in hexadecimal, such as `k66609a3fbd32c351`.
pub fn key_term(key: i64) -> String {
    format!("k{:x}", key as u64)
}

/// The seeds of the sketch's hash functions (fixed for good: the database holds sketches).
const SEEDS: [u64; MAX_SKETCH_KEYS] = [
    0x9e37_79b9_7f4a_7c15,
    0xbf58_476d_1ce4_e5b9,
    0x94d0_49bb_1331_11eb,
    0x2545_f491_4f6c_dd1d,
    0xd6e8_feb8_6659_fd93,
    0xa076_1d64_78bd_642f,
    0xe703_7ed1_a0b4_28db,
    0x8ebc_6af0_9c88_c6e3,
    0x5899_65cc_7537_4cc3,
    0x1d8e_4e27_c47d_124f,
    0xff51_afd7_ed55_8ccd,
    0xc4ce_b9fe_1a85_ec53,
    0x8764_6e0f_2a1c_3b95,
    0x6c62_272e_07bb_0142,
    0x62b8_2175_6295_c58d,
    0xa0b4_28db_e703_7ed1,
];

/// SplitMix64's finalizer of `key` xor `seed`: a different, well-spread order of the keys for
/// each seed.
fn mix(key: i64, seed: u64) -> u64 {
    let mut z = (key as u64) ^ seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

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
    fn a_sketch_keeps_every_key_of_a_short_text_and_a_few_of_a_long_one() {
        let short = grams("南江市暴雨", "s:zh>en");
        assert_eq!(sketch(&short), short);
        let long = grams(
            "南江市气象台今天上午发布暴雨红色预警，市区多条道路积水，地铁部分线路停运。",
            "s:zh>en",
        );
        let kept = sketch(&long);
        assert!(
            (SKETCH_KEYS / 2..long.len()).contains(&kept.len()),
            "{kept:?}"
        );
        assert!(kept.iter().all(|k| long.contains(k)));
        assert!(kept.is_sorted());
        assert_eq!(sketch(&long), kept, "the same text gives the same sketch");
        // A paragraph of 159 keys keeps more, 16 at most.
        let paragraph: String = (0..80).map(|i| format!("word{i} and{i} ")).collect();
        let keys = grams(&paragraph, "s:en>zh");
        assert_eq!(keys.len(), 159);
        let kept = sketch(&keys);
        assert!(
            (SKETCH_KEYS + 1..=MAX_SKETCH_KEYS).contains(&kept.len()),
            "{kept:?}"
        );
        assert!(kept.iter().all(|k| keys.contains(k)));
    }

    #[test]
    fn a_sketch_is_chosen_per_key_so_texts_sharing_keys_share_sketch_keys() {
        // Whatever else the texts hold, a key first for one hash function among the keys of
        // both is first in each text that holds it and lacks smaller ones: two texts equal but
        // for their last clause share most of their sketch.
        let a = grams(
            "The council approved the new budget for schools and hospitals on Tuesday evening \
             after a long debate",
            "s:en>zh",
        );
        let b = grams(
            "The council approved the new budget for schools and hospitals on Tuesday evening \
             despite fierce protests",
            "s:en>zh",
        );
        let (sa, sb) = (sketch(&a), sketch(&b));
        let shared = sa.iter().filter(|k| sb.contains(k)).count();
        assert!(shared >= 3, "{sa:?} {sb:?}");
    }

    #[test]
    fn a_texts_minhash_holds_what_the_sketch_of_a_unit_with_the_same_keys_holds() {
        let paragraph: String = (0..80).map(|i| format!("word{i} and{i} ")).collect();
        let keys = grams(&paragraph, "s:en>zh");
        let own = minhash(&keys);
        assert!(own.len() <= MAX_SKETCH_KEYS && own.is_sorted());
        assert!(sketch(&keys).iter().all(|k| own.contains(k)));
        // A sentence of a dozen keys is sketched by fewer functions, the first of the same.
        let sentence = grams("南江市气象台今天上午发布暴雨红色预警。", "s:zh>en");
        assert!(sentence.len() > SKETCH_KEYS);
        let own = minhash(&sentence);
        assert!(sketch(&sentence).iter().all(|k| own.contains(k)));
        assert!(own.iter().all(|k| sentence.contains(k)));
    }

    #[test]
    fn keys_are_written_as_one_search_term_each() {
        assert_eq!(key_term(-1), "kffffffffffffffff");
        assert_eq!(key_term(255), "kff");
    }

    #[test]
    fn source_salts_use_primary_subtags() {
        assert_eq!(source_salt("zh-Hant-TW", "en-US"), "s:zh>en");
        assert_eq!(source_salt("ZH", "en"), "s:zh>en");
    }

    #[test]
    fn keys_are_fixed_for_good() {
        // FNV-1a 64 of the salt, 0xFF, "南", 0xFF, "江" (and of "en>zh", 0xFF, "xinhua"): the
        // database holds these values, so they never change.
        assert_eq!(grams("南江", "zh>en"), [7_376_902_474_558_761_313]);
        assert_eq!(grams(" Xinhua ", "en>zh"), [294_276_435_156_859_664]);
        // And so are the sketch's hash functions.
        let keys: Vec<i64> = (1..=20).collect();
        assert_eq!(sketch(&keys), [2, 6, 8, 10, 13, 16, 17, 18, 19]);
    }
}
