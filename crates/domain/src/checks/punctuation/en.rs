//! English typography: full-width punctuation left from Chinese (`，。：；！？（）、《》`), each
//! with the English mark that replaces it, spaced as English spaces it. A mark with a Chinese
//! character on either side belongs to Chinese quoted in the English (`the slogan “人民至上，生命至上”`,
//! `《人民日报》`) and is left alone.

use super::{FULL_WIDTH, is_han, warning};
use crate::checks::finding::{Finding, Span};

/// The English mark for a full-width one, and whether a space follows it in English (before a
/// word) or comes before it (after a word).
fn english(c: char) -> Option<(&'static str, bool, bool)> {
    Some(match c {
        '，' | '、' => (",", true, false),
        '。' => (".", true, false),
        '：' => (":", true, false),
        '；' => (";", true, false),
        '！' => ("!", true, false),
        '？' => ("?", true, false),
        '（' => ("(", false, true),
        '）' => (")", true, false),
        '《' => ("“", false, true),
        '》' => ("”", true, false),
        _ => return None,
    })
}

/// The findings of one English paragraph (as characters) in `paragraph`.
pub(super) fn check(paragraph: usize, chars: &[char], found: &mut Vec<Finding>) {
    for (i, &c) in chars.iter().enumerate() {
        let Some((mark, space_after, space_before)) = english(c) else {
            continue;
        };
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 1).copied();
        if before.is_some_and(is_han) || after.is_some_and(is_han) {
            continue;
        }
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut suggestion = String::new();
        if space_before && word(before) {
            suggestion.push(' ');
        }
        suggestion.push_str(mark);
        if space_after && word(after) {
            suggestion.push(' ');
        }
        let mut f = warning(
            FULL_WIDTH,
            paragraph,
            Span {
                start: i,
                end: i + 1,
            },
        );
        f.suggestion = Some(suggestion);
        found.push(f);
    }
}

/// Whether an English text reports a question rather than asking it: "asked why", "wondered
/// whether".
pub(super) fn reports_question(text: &str) -> bool {
    const WORDS: [&str; 11] = [
        "ask",
        "asks",
        "asked",
        "asking",
        "wonder",
        "wonders",
        "wondered",
        "wondering",
        "whether",
        "question",
        "questioned",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(usize, String)> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        check(0, &chars, &mut out);
        out.into_iter()
            .map(|f| (f.translation.unwrap().start, f.suggestion.unwrap()))
            .collect()
    }

    #[test]
    fn full_width_marks_are_found_with_their_english_replacement() {
        assert_eq!(
            found("Sales rose，the firm said（in May）。"),
            [
                (10, ", ".to_owned()),
                (24, " (".to_owned()),
                (31, ")".to_owned()),
                (32, ".".to_owned())
            ]
        );
        assert_eq!(found("Is it over？ Not yet"), [(10, "?".to_owned())]);
    }

    #[test]
    fn chinese_quoted_in_english_keeps_its_marks() {
        assert_eq!(
            found("The slogan “人民至上，生命至上” ran in 《人民日报》."),
            []
        );
    }

    #[test]
    fn reported_questions_are_recognised_by_their_words() {
        assert!(reports_question(
            "Some residents asked why it came so late."
        ));
        assert!(!reports_question("The warning came late."));
    }
}
