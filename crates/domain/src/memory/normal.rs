//! The identity of texts in the memory: the normal form two texts are compared in, and its
//! fingerprint, a 64-bit FNV-1a hash that never changes across processes, machines or releases.

use icu_normalizer::ComposingNormalizerBorrowed;

/// The text as compared for identity: trimmed, every inner run of whitespace (line breaks and
/// the ideographic space included) collapsed to one space, in Unicode normalization form C.
pub fn normalize(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    match ComposingNormalizerBorrowed::new_nfc().normalize(&collapsed) {
        std::borrow::Cow::Borrowed(_) => collapsed,
        std::borrow::Cow::Owned(nfc) => nfc,
    }
}

/// The fingerprint of `text`: FNV-1a 64 of the UTF-8 bytes of [`normalize`]`(text)`, its bits
/// read as an `i64` for the database. Texts that normalize alike have the same fingerprint, on
/// every platform and in every release (the algorithm and its constants are fixed here).
pub fn fingerprint(text: &str) -> i64 {
    let mut hash = Fnv::new();
    hash.write(normalize(text).as_bytes());
    hash.finish()
}

/// FNV-1a, 64 bits (Fowler, Noll and Vo): the offset basis and prime of the published algorithm.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

/// As a [`Hasher`](std::hash::Hasher), for maps of short keys that live within one call.
impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        Fnv::write(self, bytes);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fnv {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub(super) fn new() -> Self {
        Fnv(Self::OFFSET_BASIS)
    }

    pub(super) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(Self::PRIME);
        }
    }

    /// The hash, its 64 bits read as a signed integer.
    pub(super) fn finish(self) -> i64 {
        self.0 as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_published_test_vectors() {
        let hash = |text: &str| {
            let mut h = Fnv::new();
            h.write(text.as_bytes());
            h.finish() as u64
        };
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn normalizing_trims_collapses_whitespace_and_composes() {
        assert_eq!(normalize("  a \n\t b\u{3000}c  "), "a b c");
        assert_eq!(normalize("cafe\u{301}"), "caf\u{e9}");
        assert_eq!(normalize(" \n "), "");
        assert_eq!(normalize("南江市 已有"), "南江市 已有");
    }

    #[test]
    fn texts_that_normalize_alike_share_a_fingerprint() {
        assert_eq!(fingerprint(" Hello\n world "), fingerprint("Hello world"));
        assert_eq!(fingerprint("cafe\u{301}"), fingerprint("caf\u{e9}"));
        assert_ne!(fingerprint("Hello world"), fingerprint("hello world"));
        // Fixed for good: the database holds these values.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325_u64 as i64);
        assert_eq!(fingerprint(" a "), 0xaf63_dc4c_8601_ec8c_u64 as i64);
        assert_eq!(fingerprint("南江市\n 已有"), -1_891_156_864_182_458_822);
    }
}
