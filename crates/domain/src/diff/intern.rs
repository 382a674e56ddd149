//! Interning of text slices into dense `u32` ids, so that diffs compare integers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher for text slices: one multiply per eight bytes.
///
/// Only used inside one diff, on keys that are compared for equality anyway, so
/// collisions cost time, never correctness.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let h = self.hash;
        (h ^ (h >> 29)).wrapping_mul(SEED).rotate_left(26)
    }
}

/// Hashes one text slice with [`FastHasher`].
pub(crate) fn hash_str(text: &str) -> u64 {
    let mut hasher = FastHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// Each token as a number that equals another token's number exactly when their texts are
/// equal, so that the diff compares integers: a token of up to seven bytes is its bytes and its
/// length, and a longer one an id of its own from `long` (the top bit set).
pub(crate) fn token_keys<'a>(tokens: &[&'a str], long: &mut Interner<'a>, out: &mut Vec<u64>) {
    out.clear();
    out.extend(tokens.iter().map(|token| {
        let bytes = token.as_bytes();
        if bytes.len() < 8 {
            let mut word = [0u8; 8];
            word[..bytes.len()].copy_from_slice(bytes);
            word[7] = bytes.len() as u8;
            u64::from_le_bytes(word)
        } else {
            (1 << 63) | u64::from(long.intern(token))
        }
    }));
}

/// Maps equal slices to equal ids and different slices to different ids.
#[derive(Debug, Default)]
pub(crate) struct Interner<'a> {
    ids: HashMap<&'a str, u32, BuildHasherDefault<FastHasher>>,
}

impl<'a> Interner<'a> {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self {
            ids: HashMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default()),
        }
    }

    /// How many different slices have ids.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Forgets every slice, keeping the room they took.
    pub(crate) fn clear(&mut self) {
        self.ids.clear();
    }

    pub(crate) fn intern(&mut self, text: &'a str) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(text).or_insert(next)
    }

    /// Interns every slice, returning their ids in order.
    pub(crate) fn intern_all<I>(&mut self, texts: I) -> Vec<u32>
    where
        I: IntoIterator<Item = &'a str>,
    {
        texts.into_iter().map(|t| self.intern(t)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_slices_share_an_id_and_different_ones_do_not() {
        let mut interner = Interner::default();
        let ids = interner.intern_all(["a", "b", "a", "", "bb", "b"]);
        assert_eq!(ids, [0, 1, 0, 2, 3, 1]);
    }

    #[test]
    fn tokens_have_equal_keys_exactly_when_their_texts_are_equal() {
        let tokens = [
            "a", "a\0", "", "我", "我", "abcdefg", "abcdefgh", "abcdefgh", "abcdefgi", "\0",
        ];
        let mut keys = Vec::new();
        token_keys(&tokens, &mut Interner::default(), &mut keys);
        for (i, a) in tokens.iter().enumerate() {
            for (j, b) in tokens.iter().enumerate() {
                assert_eq!(a == b, keys[i] == keys[j], "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_hash_depends_on_length_and_content() {
        assert_ne!(hash_str("a"), hash_str("a\0"));
        assert_ne!(hash_str("abcdefgh"), hash_str("abcdefgi"));
        assert_eq!(hash_str("same text"), hash_str("same text"));
    }
}
