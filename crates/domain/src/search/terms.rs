//! Cutting a text into search terms, each with the bytes of the text it came from.

use std::ops::Range;

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

use crate::text::{is_unspaced, is_word, tokenize};

/// At most this many terms of a title are indexed.
pub const MAX_TITLE_TERMS: usize = 256;
/// At most this many terms of a body are indexed: PostgreSQL keeps word positions only up to
/// 16,383, and a phrase past that could not be matched there, so both databases index the same
/// first terms.
pub const MAX_BODY_TERMS: usize = 16_000;
/// Longer terms are not indexed (PostgreSQL refuses words over 2,047 bytes).
const MAX_TERM_CHARS: usize = 100;

/// One search term of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Normalised: NFKC, lowercased; only letters, digits and combining marks.
    pub text: String,
    /// The bytes of the original text it came from.
    pub range: Range<usize>,
    /// Whether it is a character of a script written without spaces (Han, kana, Thai, …).
    pub unspaced: bool,
}

/// The search terms of `text`, in order.
pub fn terms(text: &str) -> Vec<Term> {
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    let mut out = Vec::new();
    let mut offset = 0;
    for token in tokens {
        let range = offset..offset + token.len();
        offset = range.end;
        if !is_word(token) {
            continue;
        }
        let normal: String = token.nfkc().flat_map(char::to_lowercase).collect();
        let mut piece = String::new();
        let mut piece_unspaced = false;
        let mut flush = |piece: &mut String, unspaced: bool| {
            if !piece.is_empty() && piece.chars().count() <= MAX_TERM_CHARS {
                out.push(Term {
                    text: piece.clone(),
                    range: range.clone(),
                    unspaced,
                });
            }
            piece.clear();
        };
        for c in normal.chars() {
            if is_combining_mark(c) {
                // A mark stays with its letter (a Thai vowel sign, an accent NFKC left apart).
                if !piece.is_empty() {
                    piece.push(c);
                }
            } else if is_unspaced(c) {
                flush(&mut piece, piece_unspaced);
                piece.push(c);
                piece_unspaced = true;
            } else if c.is_alphanumeric() {
                if piece_unspaced {
                    flush(&mut piece, true);
                    piece_unspaced = false;
                }
                piece.push(c);
            } else {
                flush(&mut piece, piece_unspaced);
                piece_unspaced = false;
            }
        }
        flush(&mut piece, piece_unspaced);
    }
    out
}

/// The indexed form of `text`: at most `max` terms, separated by single spaces.
pub fn index_text(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for term in terms(text).into_iter().take(max) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&term.text);
    }
    out
}

/// PostgreSQL keeps at most this many positions of one lexeme in a `tsvector`.
const MAX_POSITIONS: usize = 256;

/// The first `max` terms of `text` as a PostgreSQL `tsvector` literal (`'lexeme':1,4 …`,
/// positions from 1), for a database to read as it is, with no parser of its own between: what
/// `to_tsvector('simple', index_text(text, max))` gives, with at most 256 positions a lexeme.
/// `max` is at most [`MAX_BODY_TERMS`], so no position passes PostgreSQL's 16,383.
pub fn tsvector_literal(text: &str, max: usize) -> String {
    let mut positions: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (i, term) in terms(text)
        .into_iter()
        .take(max.min(MAX_BODY_TERMS))
        .enumerate()
    {
        let at = positions.entry(term.text).or_default();
        if at.len() < MAX_POSITIONS {
            at.push(i + 1);
        }
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (lexeme, at) in positions {
        if !out.is_empty() {
            out.push(' ');
        }
        // Terms hold letters, digits and marks only: nothing to escape inside the quotes.
        out.push('\'');
        out.push_str(&lexeme);
        out.push_str("':");
        let at: Vec<String> = at.iter().map(usize::to_string).collect();
        out.push_str(&at.join(","));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn chinese_is_cut_per_character_and_punctuation_is_dropped() {
        assert_eq!(words("“润”运动"), ["润", "运", "动"]);
        assert_eq!(
            index_text("美国海关与边境保护局。", 100),
            "美 国 海 关 与 边 境 保 护 局"
        );
    }

    #[test]
    fn a_tsvector_literal_lists_each_term_with_its_positions() {
        assert_eq!(
            tsvector_literal("海关，海关与 Border", 100),
            "'border':6 '与':5 '关':2,4 '海':1,3"
        );
        assert_eq!(tsvector_literal("a b c", 2), "'a':1 'b':2");
        assert_eq!(tsvector_literal("。", 10), "");
    }

    #[test]
    fn latin_words_are_lowercased_and_normalised() {
        assert_eq!(
            words("The FIRST ﬁle, Ｒust!"),
            ["the", "first", "file", "rust"]
        );
    }

    #[test]
    fn digits_with_dots_hyphens_and_addresses_become_plain_words() {
        assert_eq!(
            words("v3.14 e-mail a@b.org"),
            ["v3", "14", "e", "mail", "a", "b", "org"]
        );
        assert_eq!(words("don't"), ["don", "t"]);
    }

    #[test]
    fn mixed_scripts_split_at_each_han_character() {
        assert_eq!(words("用Rust写"), ["用", "rust", "写"]);
        let t = terms("用Rust写");
        assert!(t[0].unspaced && !t[1].unspaced && t[2].unspaced);
        assert_eq!(&"用Rust写"[t[1].range.clone()], "Rust");
    }

    #[test]
    fn terms_keep_the_bytes_they_came_from() {
        let text = "Hello, 世界";
        let t = terms(text);
        assert_eq!(&text[t[0].range.clone()], "Hello");
        assert_eq!(&text[t[2].range.clone()], "界");
    }

    #[test]
    fn the_indexed_text_is_capped() {
        assert_eq!(index_text("a b c d", 2), "a b");
    }
}
