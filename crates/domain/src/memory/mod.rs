//! The translation memory's text model: the units an approved translation leaves behind (every
//! soundly paired paragraph, and the sentence pairs inside it), the normal form under which two
//! texts are the same text, their stable fingerprints, the n-gram keys that find candidates for a
//! fuzzy lookup, and the similarity score that ranks them.
//!
//! - [`units`]: paragraph pairs where the paragraph alignment is sound
//!   ([`crate::checks::alignment`]), each followed by the sentence pairs a length-based
//!   (Gale–Church) alignment inside it is sure of.
//! - [`normalize`] and [`fingerprint`]: identity of texts, for the database (FNV-1a 64).
//! - [`grams`]: the candidate filter's keys, word bigrams (character bigrams in Chinese), and
//!   [`sketch`]: the few of them the index holds for each unit.
//! - [`score`]: similarity 0..=100 by edit distance over word tokens (characters in Chinese).
//!
//! Everything here is pure and deterministic: the same input gives the same units, hashes and
//! scores on every machine and in every release.

mod align;
mod grams;
mod normal;
mod score;
mod units;

pub use grams::{
    MAX_SKETCH_KEYS, SKETCH_KEYS, grams, key_term, minhash, pair_term, primary, sketch, source_salt,
};
pub use normal::{fingerprint, normalize};
pub use score::{Query, distance, score, textbook_distance};
pub use units::units;

/// What a unit of the memory pairs: two paragraphs, or two runs of sentences inside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitKind {
    Paragraph,
    Sentence,
}

impl UnitKind {
    pub const ALL: [UnitKind; 2] = [UnitKind::Paragraph, UnitKind::Sentence];

    /// Its name as stored and served: `paragraph` or `sentence`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Paragraph => "paragraph",
            Self::Sentence => "sentence",
        }
    }

    /// The kind named `name` (as [`as_str`](Self::as_str) writes it); `None` for any other text.
    pub fn parse(name: &str) -> Option<UnitKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One unit of the memory: a source text and its rendering, both trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitText {
    pub kind: UnitKind,
    /// The index of the source paragraph it comes from (0-based, as
    /// [`paragraphs`](crate::text::paragraphs) numbers them).
    pub paragraph: usize,
    /// The source text, trimmed.
    pub source: String,
    /// The translation, trimmed.
    pub target: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_kinds_are_stored_by_name_and_read_back() {
        for kind in UnitKind::ALL {
            assert_eq!(UnitKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(UnitKind::Paragraph.as_str(), "paragraph");
        assert_eq!(UnitKind::Sentence.as_str(), "sentence");
        assert_eq!(UnitKind::parse("Sentence"), None);
        assert_eq!(UnitKind::parse(""), None);
    }
}
