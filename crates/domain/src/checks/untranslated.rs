//! Text left untranslated: a translation paragraph identical to its source, one still written
//! in the source's script (beyond a name given in parentheses), one with nothing but
//! punctuation where the source has words, and placeholder marks left in (`[TK]`, `XXX`, `???`).

use super::finding::{Finding, Severity, Span};

pub const IDENTICAL: &str = "paragraph-identical";
pub const SOURCE_SCRIPT: &str = "source-script";
pub const EMPTY: &str = "paragraph-empty";
pub const PLACEHOLDER: &str = "placeholder";

/// Marks a writer leaves for what is still to come.
const PLACEHOLDERS: [&str; 4] = ["[TK]", "XXX", "???", "？？？"];

/// Whether `c` is a Han character (CJK unified ideographs and their extensions, compatibility
/// ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The letters of `text` outside parentheses (ASCII and full-width), where a translation may
/// give a name in the source's script: "Wang Ming (王明)".
fn letters_outside_parentheses(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut depth = 0usize;
    text.chars().filter(move |&c| {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// Whether a language is written in Han characters.
pub(super) fn writes_han(language: &str) -> bool {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    matches!(
        primary.to_ascii_lowercase().as_str(),
        "zh" | "yue" | "cmn" | "ja"
    )
}

/// Whether `text` is mostly in the script the other language uses: Han in a translation out of
/// Chinese (two Han characters or more outside parentheses), Latin letters outweighing Han in a
/// translation into Chinese.
fn in_source_script(translation: &str, source_language: &str, language: &str) -> bool {
    let (han, other) = letters_outside_parentheses(translation).fold((0, 0), |(h, o), c| {
        if is_han(c) { (h + 1, o) } else { (h, o + 1) }
    });
    match (writes_han(source_language), writes_han(language)) {
        (true, false) => han >= 2,
        (false, true) => other > 0 && other > han * 2,
        _ => false,
    }
}

fn whole(text: &str) -> Span {
    Span {
        start: 0,
        end: text.chars().count(),
    }
}

fn finding(
    code: &'static str,
    paragraph: usize,
    source: Option<Span>,
    translation: Span,
) -> Finding {
    Finding {
        code,
        severity: Severity::Error,
        paragraph,
        source,
        translation: Some(translation),
        source_value: None,
        translation_value: None,
        suggestion: None,
        expected: None,
    }
}

/// The findings of paragraph `paragraph`.
pub fn check_paragraph(
    paragraph: usize,
    source: &str,
    source_language: &str,
    translation: &str,
    language: &str,
) -> Vec<Finding> {
    let mut found = Vec::new();
    let has_words = |t: &str| t.chars().any(char::is_alphanumeric);
    if has_words(source) && !has_words(translation) {
        found.push(finding(
            EMPTY,
            paragraph,
            Some(whole(source)),
            whole(translation),
        ));
    } else if has_words(source) && source.trim() == translation.trim() {
        found.push(finding(
            IDENTICAL,
            paragraph,
            Some(whole(source)),
            whole(translation),
        ));
    } else if in_source_script(translation, source_language, language) {
        found.push(finding(SOURCE_SCRIPT, paragraph, None, whole(translation)));
    }
    for mark in PLACEHOLDERS {
        let mut from = 0;
        while let Some(at) = translation[from..].find(mark) {
            let byte = from + at;
            let start = translation[..byte].chars().count();
            found.push(finding(
                PLACEHOLDER,
                paragraph,
                None,
                Span {
                    start,
                    end: start + mark.chars().count(),
                },
            ));
            from = byte + mark.len();
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str, sl: &str, translation: &str, tl: &str) -> Vec<&'static str> {
        check_paragraph(0, source, sl, translation, tl)
            .into_iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn a_translated_paragraph_raises_nothing_even_with_a_name_in_parentheses() {
        assert!(
            codes(
                "王明说，图书馆将延长开放。",
                "zh-Hans",
                "Wang Ming (王明) said the library would open later.",
                "en"
            )
            .is_empty()
        );
        assert!(
            codes(
                "The library will open later.",
                "en",
                "图书馆将延长开放，COVID-19期间除外。",
                "zh-Hans"
            )
            .is_empty()
        );
        assert!(
            codes(
                "波音737停飞。",
                "zh-Hans",
                "The Boeing 737 was grounded.",
                "en"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_paragraph_left_in_the_source_language_is_an_error() {
        assert_eq!(
            codes("图书馆将延长开放。", "zh-Hans", "图书馆将延长开放。", "en"),
            [IDENTICAL]
        );
        assert_eq!(
            codes(
                "图书馆将延长开放。",
                "zh-Hans",
                "The 图书馆 will open later.",
                "en"
            ),
            [SOURCE_SCRIPT]
        );
        assert_eq!(
            codes(
                "The library will open later.",
                "en",
                "The library will open later, 他说。",
                "zh-Hans"
            ),
            [SOURCE_SCRIPT]
        );
    }

    #[test]
    fn punctuation_where_the_source_has_words_is_an_empty_paragraph() {
        assert_eq!(codes("图书馆将延长开放。", "zh-Hans", "…", "en"), [EMPTY]);
    }

    #[test]
    fn placeholders_are_found_where_they_are() {
        let found = check_paragraph(
            2,
            "数字。",
            "zh-Hans",
            "Sales rose [TK] percent, to XXX.",
            "en",
        );
        let spans: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| f.code == PLACEHOLDER)
            .map(|f| f.translation.map(|s| (s.start, s.end)).unwrap())
            .collect();
        assert_eq!(spans, [(11, 15), (28, 31)]);
        assert!(
            found
                .iter()
                .all(|f| f.paragraph == 2 && f.severity == Severity::Error)
        );
        assert_eq!(
            codes("问？", "zh-Hans", "Who said it???", "en"),
            [PLACEHOLDER]
        );
    }
}
