//! Unicode word boundaries (UAX #29) of ASCII text, found a byte at a time.
//!
//! On ASCII the rules of UAX #29 come down to a few classes of bytes: letters, digits and `_`
//! join into words, `. ' :` join letters on both sides, `. ' , ;` join digits on both sides,
//! runs of spaces stay together, `\r\n` is one token, and every other byte is a token of its
//! own. This gives the same tokens as the general segmenter, which looks every character up in
//! Unicode's tables; the tests compare the two on every short string of every class.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// `A-Z a-z` (ALetter).
    Letter,
    /// `0-9` (Numeric).
    Digit,
    /// `_` (ExtendNumLet).
    Connector,
    /// `:` (MidLetter): joins letters only.
    MidLetter,
    /// `.` and `'` (MidNumLet, Single_Quote): join letters, and digits.
    MidBoth,
    /// `,` and `;` (MidNum): join digits only.
    MidDigit,
    /// ` ` (WSegSpace).
    Space,
    /// `\r`.
    Cr,
    /// Anything else: `\n`, tabs, other punctuation and controls.
    Other,
}

fn class(b: u8) -> Class {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Connector,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidBoth,
        b',' | b';' => Class::MidDigit,
        b' ' => Class::Space,
        b'\r' => Class::Cr,
        _ => Class::Other,
    }
}

fn is_word_part(c: Class) -> bool {
    matches!(c, Class::Letter | Class::Digit | Class::Connector)
}

/// Whether `mid` between a `before` and an `after` keeps them one word (WB6, WB7, WB11, WB12).
fn joins(before: Class, mid: Class, after: Class) -> bool {
    match (before, after) {
        (Class::Letter, Class::Letter) => matches!(mid, Class::MidLetter | Class::MidBoth),
        (Class::Digit, Class::Digit) => matches!(mid, Class::MidDigit | Class::MidBoth),
        _ => false,
    }
}

/// Appends the word-boundary segments of `text`, which must be ASCII.
pub(crate) fn split<'a>(text: &'a str, out: &mut Vec<&'a str>) {
    debug_assert!(text.is_ascii());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let first = class(bytes[i]);
        i += 1;
        match first {
            Class::Cr if bytes.get(i) == Some(&b'\n') => i += 1,
            Class::Space => {
                while bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            c if is_word_part(c) => {
                let mut last = c;
                while let Some(&b) = bytes.get(i) {
                    let next = class(b);
                    if is_word_part(next) {
                        last = next;
                        i += 1;
                    } else if let Some(&after) = bytes.get(i + 1)
                        && joins(last, next, class(after))
                    {
                        last = class(after);
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            _ => {}
        }
        out.push(&text[start..i]);
    }
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    fn ours(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, &mut out);
        out
    }

    fn unicode(text: &str) -> Vec<&str> {
        text.split_word_bounds().collect()
    }

    /// Every string of `len` bytes drawn from `alphabet`, in turn.
    fn each_string(alphabet: &[u8], len: u32, mut check: impl FnMut(&str)) {
        let n = alphabet.len();
        let mut buf = vec![0u8; len as usize];
        for mut k in 0..n.pow(len) {
            for slot in buf.iter_mut() {
                *slot = alphabet[k % n];
                k /= n;
            }
            check(std::str::from_utf8(&buf).expect("ASCII"));
        }
    }

    #[test]
    fn every_pair_of_ascii_bytes_is_split_as_unicode_splits_it() {
        let all: Vec<u8> = (0..128).collect();
        for len in 0..=2 {
            each_string(&all, len, |s| assert_eq!(ours(s), unicode(s), "{s:?}"));
        }
    }

    #[test]
    fn every_ascii_byte_between_letters_and_between_digits_is_split_as_unicode_splits_it() {
        for b in 0..128u8 {
            let mid = char::from(b);
            for s in [format!("a{mid}b"), format!("1{mid}2"), format!("a{mid}2")] {
                assert_eq!(ours(&s), unicode(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn every_string_of_up_to_five_bytes_of_every_class_is_split_as_unicode_splits_it() {
        // One or two bytes of each class, and the controls that break lines.
        let alphabet = b"aZ1_:.',; \r\n\t\x0b\"-";
        let mut joined_by_a_mid = 0;
        for len in 0..=5 {
            each_string(alphabet, len, |s| {
                let tokens = ours(s);
                assert_eq!(tokens, unicode(s), "{s:?}");
                joined_by_a_mid += tokens
                    .iter()
                    .filter(|t| t.len() > 2 && t.contains(['.', '\'', ':', ',', ';']))
                    .count();
            });
        }
        assert!(joined_by_a_mid > 0, "no string joined words across a mark");
    }
}
