//! Joining items into a list with CLDR's patterns (ICU4X's `ListFormatter`), spaced the way
//! mixed Chinese and Latin text is set: a separator that is a Chinese word ("和", "或") gets a
//! space on the side of a neighbour written in a spaced script ("Alex Chen 和李小明"), and none
//! beside Chinese ("陳大文和李小明") or where the separator is punctuation ("、") or already
//! spaced (" and ").

use std::fmt;

use icu_list::{ListFormatter, parts};
use writeable::{Part, PartsWrite, Writeable};

/// Joins `items` as `formatter` joins a list. Each item is written as `write(index, item)`, so
/// that a caller can put placeholders for markup in the text while the separators (which may
/// depend on the items, as Spanish "y" becomes "e") and their spacing are still chosen from the
/// items themselves.
pub(crate) fn join<S: AsRef<str>>(
    formatter: &ListFormatter,
    items: &[S],
    write: impl Fn(usize, &str) -> String,
) -> String {
    let mut pieces = Pieces::default();
    // Writing into `Pieces` cannot fail, and every `str` item writes as itself.
    let _ = formatter
        .format(items.iter().map(AsRef::as_ref))
        .write_to_parts(&mut pieces);
    let mut out = String::new();
    let mut next: usize = 0;
    for piece in pieces.pieces {
        match piece {
            Piece::Literal(literal) => {
                let left = next.checked_sub(1).map(|index| items[index].as_ref());
                let right = items.get(next).map(AsRef::as_ref);
                out.push_str(&spaced(left, &literal, right));
            }
            Piece::Element => {
                if let Some(item) = items.get(next) {
                    out.push_str(&write(next, item.as_ref()));
                }
                next += 1;
            }
        }
    }
    out
}

/// A formatted list taken apart: the literal text between items, and where each item stands.
enum Piece {
    Literal(String),
    Element,
}

/// The sink a formatted list is written into, keeping its pieces.
#[derive(Default)]
struct Pieces {
    pieces: Vec<Piece>,
    /// How deep inside an item the writer is: an item's own text is not kept.
    depth: usize,
}

impl fmt::Write for Pieces {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.depth > 0 || text.is_empty() {
            return Ok(());
        }
        match self.pieces.last_mut() {
            Some(Piece::Literal(literal)) => literal.push_str(text),
            _ => self.pieces.push(Piece::Literal(text.to_owned())),
        }
        Ok(())
    }
}

impl PartsWrite for Pieces {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: Part,
        mut write: impl FnMut(&mut Self) -> fmt::Result,
    ) -> fmt::Result {
        if part != parts::ELEMENT {
            return write(self);
        }
        if self.depth == 0 {
            self.pieces.push(Piece::Element);
        }
        self.depth += 1;
        let result = write(self);
        self.depth -= 1;
        result
    }
}

/// `separator` as it stands between `left` and `right`: with a space added on each side where
/// it begins or ends with a Chinese (or other unspaced-script) letter and the neighbour there
/// ends or begins with a character of a spaced script.
fn spaced(left: Option<&str>, separator: &str, right: Option<&str>) -> String {
    let mut out = String::with_capacity(separator.len() + 2);
    if separator.chars().next().is_some_and(is_unspaced_letter)
        && left
            .and_then(|left| left.chars().next_back())
            .is_some_and(wants_space)
    {
        out.push(' ');
    }
    out.push_str(separator);
    if separator
        .chars()
        .next_back()
        .is_some_and(is_unspaced_letter)
        && right
            .and_then(|right| right.chars().next())
            .is_some_and(wants_space)
    {
        out.push(' ');
    }
    out
}

/// A letter of a script written without spaces between words: Han ideographs, kana, Bopomofo
/// and Hangul syllables, which take no space beside each other.
fn is_unspaced_letter(c: char) -> bool {
    c.is_alphabetic() && is_unspaced(c)
}

/// A neighbour that a Chinese word keeps a space from: anything printable outside the unspaced
/// scripts and their full-width punctuation (Latin, Cyrillic, Arabic letters, digits, and the
/// Latin punctuation that ends a name such as "Jr.").
fn wants_space(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_unspaced(c)
}

fn is_unspaced(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1100..=0x11FF       // Hangul Jamo
        | 0x2E80..=0x2FDF     // CJK radicals, Kangxi radicals
        | 0x3000..=0x303F     // CJK symbols and punctuation
        | 0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3100..=0x312F     // Bopomofo
        | 0x3130..=0x318F     // Hangul compatibility Jamo
        | 0x31A0..=0x31FF     // Bopomofo extended, CJK strokes, Katakana extensions
        | 0x3200..=0x9FFF     // enclosed CJK, CJK compatibility, extension A, unified ideographs
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFE30..=0xFE4F     // CJK compatibility forms
        | 0xFF00..=0xFF60     // full-width forms
        | 0xFFE0..=0xFFE6     // full-width signs
        | 0x20000..=0x3FFFF // ideographs of the supplementary planes
    )
}

#[cfg(test)]
mod tests {
    use icu_list::options::{ListFormatterOptions, ListLength};
    use icu_locale::locale;

    use super::*;

    fn formatter(locale: icu_locale::Locale) -> ListFormatter {
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        ListFormatter::try_new_and(locale.into(), options).expect("compiled data")
    }

    fn zh(items: &[&str]) -> String {
        join(&formatter(locale!("zh-CN")), items, |_, item| {
            item.to_owned()
        })
    }

    #[test]
    fn latin_names_are_spaced_from_a_chinese_conjunction() {
        assert_eq!(zh(&["Alex Chen", "Maya Ortiz"]), "Alex Chen 和 Maya Ortiz");
    }

    #[test]
    fn chinese_names_are_joined_without_spaces() {
        assert_eq!(zh(&["陳大文", "李小明"]), "陳大文和李小明");
        assert_eq!(zh(&["张三", "李四", "王五"]), "张三、李四和王五");
    }

    #[test]
    fn mixed_names_get_a_space_only_beside_the_latin_one() {
        assert_eq!(zh(&["Alex Chen", "李小明"]), "Alex Chen 和李小明");
        assert_eq!(zh(&["陳大文", "Maya Ortiz"]), "陳大文和 Maya Ortiz");
    }

    #[test]
    fn punctuation_separators_take_no_space() {
        assert_eq!(
            zh(&["Alex Chen", "Maya Ortiz", "陳大文"]),
            "Alex Chen、Maya Ortiz 和陳大文"
        );
        assert_eq!(zh(&["Ann", "Bo", "Cy", "Di"]), "Ann、Bo、Cy 和 Di");
    }

    #[test]
    fn names_ending_in_latin_punctuation_or_digits_are_spaced_too() {
        assert_eq!(zh(&["Sam Lee Jr.", "R2"]), "Sam Lee Jr. 和 R2");
        assert_eq!(zh(&["ئابدۇ", "李小明"]), "ئابدۇ 和李小明");
    }

    #[test]
    fn spaced_separators_are_left_as_they_are() {
        let en = |items: &[&str]| join(&formatter(locale!("en")), items, |_, i| i.to_owned());
        assert_eq!(en(&["A", "B", "C"]), "A, B, and C");
        assert_eq!(en(&["陳大文", "李小明"]), "陳大文 and 李小明");
    }

    #[test]
    fn separators_that_depend_on_the_next_item_follow_the_item() {
        let es = |items: &[&str]| join(&formatter(locale!("es")), items, |_, i| i.to_owned());
        assert_eq!(es(&["España", "Suiza"]), "España y Suiza");
        assert_eq!(es(&["Suiza", "Italia"]), "Suiza e Italia");
    }

    #[test]
    fn spacing_follows_the_items_while_their_text_is_written_by_the_caller() {
        let joined = join(
            &formatter(locale!("zh-CN")),
            &["Alex Chen", "李小明"],
            |index, _| format!("<{index}>"),
        );
        assert_eq!(joined, "<0> 和<1>");
    }

    #[test]
    fn no_items_or_one_item_need_no_separator() {
        assert_eq!(zh(&[]), "");
        assert_eq!(zh(&["Alex Chen"]), "Alex Chen");
    }
}
