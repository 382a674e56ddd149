//! Splitting a paragraph into sentences, keeping every byte.
//!
//! Sentences end where the Unicode sentence boundaries of UAX #29 end them: after `.`, `!` and
//! `?`, after the full stops of Chinese and Japanese `。！？` (and the halfwidth `｡`), each with
//! the closing quotes and brackets that follow it (`”`, `’`, `」`, `』`, `）`, `)`, …), and after
//! a line break. `？！` and `?!` end one sentence, not two. Opening quotes and brackets go with
//! the sentence they open, even with no space before them (`。「好。」` is two sentences). A
//! sentence keeps the spaces after it, so the sentences of a paragraph concatenate back to the paragraph byte for byte; trim
//! them to compare sentences.
//!
//! # English abbreviations: best effort
//!
//! UAX #29 already keeps `e.g. this`, `Fig. 3 shows`, `3.14` and `U.S.A.` inside a sentence: a
//! full stop followed by a lower-case word, a digit or a letter does not end one. It does end
//! one after `Mr.` before a capitalized name. On top of it, a full stop does not end a sentence
//! after one of a few English titles that come before names ([`TITLES`]: `Mr.`, `Mrs.`, `Dr.`,
//! `Gov.`, `Prof.`, `St.`, …), nor after a single capital letter other than `I` (an initial, as
//! in `John F. Kennedy`). Before a capitalized word or a digit, it does not end one after a
//! dotted abbreviation of capitals (`U.S.`, `U.K.`, `E.U.`) nor after an abbreviated month
//! ([`MONTHS`]: `Jan.`, `Sept.`, …), and before a digit not after `No.` (`No. 10 Downing
//! Street`; before a capital, `No.` is more often the answer). There is no dictionary beyond
//! that: `Plan B. Then …`, `… met the Dr. Then …` and `… back in the U.S. The …` stay one
//! sentence, and `Corp. The …` is cut after `Corp.`; these misses are accepted.
//!
//! Also as UAX #29 says, a closing quote after a sentence's end ends the sentence even when the
//! text goes on, so `“快跑！”他喊道。` and `“Run!” he said.` are two sentences each.

use unicode_segmentation::UnicodeSegmentation;

/// English titles that come before a name: a full stop after one of them does not end a
/// sentence.
const TITLES: &[&str] = &[
    "Capt", "Col", "Dr", "Fr", "Gen", "Gov", "Hon", "Lt", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Mx",
    "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "St", "vs",
];

/// Abbreviated months: a full stop after one of them does not end a sentence before a
/// capitalized word or a digit (`Sept. 30`).
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Abbreviations of a word that comes before a figure: a full stop after one of them does not
/// end a sentence before a digit.
const BEFORE_FIGURES: &[&str] = &["No", "Nos"];

/// The sentences of `paragraph`, in order; concatenated, they give `paragraph` back.
///
/// Each sentence is a slice of `paragraph` holding the spaces (and the line break) that follow
/// it. A text without any sentence end is one sentence; an empty text has none.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, piece) in paragraph.split_sentence_bound_indices() {
        let end = at + piece.len();
        if end == paragraph.len() {
            break;
        }
        // UAX #29 counts opening brackets and quotes as "closing" punctuation too, so in
        // `。「好。」` it ends the sentence after `「`: hand them to the sentence they open.
        let cut = end - trailing_openers(&paragraph[start..end]);
        if cut == start || goes_on(&paragraph[start..cut], &paragraph[cut..]) {
            continue;
        }
        out.push(&paragraph[start..cut]);
        start = cut;
    }
    if start < paragraph.len() {
        out.push(&paragraph[start..]);
    }
    out
}

/// The length in bytes of the opening brackets and quotes that end `text`.
fn trailing_openers(text: &str) -> usize {
    text.chars()
        .rev()
        .take_while(|&c| OPENERS.contains(&c))
        .map(char::len_utf8)
        .sum()
}

/// Brackets and quotes that open: the sentence they start owns them.
const OPENERS: &[char] = &[
    '(', '[', '{', '‘', '‚', '“', '„', '«', '‹', '「', '『', '（', '［', '｛', '｢', '【', '〔',
    '〖', '〘', '〚', '《', '〈', '〝', '｟',
];

/// Whether a sentence that UAX #29 ends is not over after all: it ends with an abbreviation and
/// its full stop, with no line break after them, and the abbreviation goes on to what follows
/// (`rest`).
fn goes_on(piece: &str, rest: &str) -> bool {
    let text = piece.trim_end();
    if piece[text.len()..].contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        return false;
    }
    let Some(stem) = text.strip_suffix('.') else {
        return false;
    };
    let next = rest.chars().next();
    let digit = next.is_some_and(|c| c.is_ascii_digit());
    let capital_or_digit = digit || next.is_some_and(char::is_uppercase);
    if is_initialism(stem) {
        return capital_or_digit;
    }
    let word_start = stem
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |i| {
            i + stem[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &stem[word_start..];
    // After a full stop or a letter, the word is the end of something longer (`café.`).
    if stem[..word_start]
        .chars()
        .next_back()
        .is_some_and(|c| c == '.' || c.is_alphanumeric())
    {
        return false;
    }
    let initial = word.len() == 1 && word != "I" && word.bytes().all(|b| b.is_ascii_uppercase());
    initial
        || TITLES.contains(&word)
        || (capital_or_digit && MONTHS.contains(&word))
        || (digit && BEFORE_FIGURES.contains(&word))
}

/// Whether `stem` ends with capitals joined by full stops (`U.S`, `E.U`), the word before its
/// last full stop: two or more single capitals, with no letter, digit or full stop before them.
fn is_initialism(stem: &str) -> bool {
    let start = stem
        .rfind(|c: char| !(c.is_ascii_uppercase() || c == '.'))
        .map_or(0, |i| {
            i + stem[i..].chars().next().map_or(1, char::len_utf8)
        });
    let before = stem[..start].chars().next_back();
    let letters: Vec<&str> = stem[start..].split('.').collect();
    letters.len() >= 2
        && letters.iter().all(|l| l.len() == 1)
        && !before.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(paragraph: &str) -> Vec<&str> {
        let out = sentences(paragraph);
        assert_eq!(
            out.concat(),
            paragraph,
            "sentences must rebuild the paragraph"
        );
        out
    }

    #[test]
    fn english_sentences_end_at_full_stops_question_and_exclamation_marks() {
        assert_eq!(
            split("It rained. Did it? Yes!  Then it stopped."),
            ["It rained. ", "Did it? ", "Yes!  ", "Then it stopped."]
        );
    }

    #[test]
    fn decimals_lower_case_words_and_dotted_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Pi is 3.14, e.g. roughly. The U.S.A. agreed. Fig. 3 shows it."),
            [
                "Pi is 3.14, e.g. roughly. ",
                "The U.S.A. agreed. ",
                "Fig. 3 shows it."
            ]
        );
    }

    #[test]
    fn titles_and_initials_before_names_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Li. John F. Kennedy spoke. So did I. Then we left."),
            [
                "Mr. Smith met Dr. Li. ",
                "John F. Kennedy spoke. ",
                "So did I. ",
                "Then we left."
            ]
        );
        // Best effort: the title heuristic also joins what a reader would split.
        assert_eq!(split("Ask the Dr. Then go."), ["Ask the Dr. Then go."]);
        assert_eq!(
            split("He works for Acme Corp. The rest"),
            ["He works for Acme Corp. ", "The rest"]
        );
    }

    #[test]
    fn a_title_inside_a_longer_word_or_before_a_line_break_still_ends_a_sentence() {
        assert_eq!(
            split("It is in the U.S.\nThen"),
            ["It is in the U.S.\n", "Then"]
        );
        assert_eq!(split("Ask Mr.\nThen"), ["Ask Mr.\n", "Then"]);
        assert_eq!(split("Go to BDr. Now"), ["Go to BDr. ", "Now"]);
    }

    #[test]
    fn chinese_sentences_end_at_full_width_stops() {
        assert_eq!(
            split("今天下雨。明天呢？会放晴！"),
            ["今天下雨。", "明天呢？", "会放晴！"]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_the_sentence_they_close() {
        assert_eq!(
            split("他说：“今天下雨。”我没带伞。「好。」（完。）真的吗？！"),
            [
                "他说：“今天下雨。”",
                "我没带伞。",
                "「好。」",
                "（完。）",
                "真的吗？！"
            ]
        );
        assert_eq!(
            split("She said, “It rained.” Then (it was brief.) It stopped?! Yes.(Really.)"),
            [
                "She said, “It rained.” ",
                "Then (it was brief.) ",
                "It stopped?! ",
                "Yes.",
                "(Really.)"
            ]
        );
        // A full stop, a bracket and a lower-case word go on, as UAX #29 says.
        assert_eq!(
            split("Then (briefly.) it stopped."),
            ["Then (briefly.) it stopped."]
        );
    }

    #[test]
    fn mixed_chinese_and_english_sentences() {
        assert_eq!(
            split("我们用 Rust 2.0 写。It works. 很好！OK?"),
            ["我们用 Rust 2.0 写。", "It works. ", "很好！", "OK?"]
        );
    }

    #[test]
    fn a_line_break_ends_a_sentence_and_stays_with_it() {
        assert_eq!(
            split("First line\nsecond line.\r\nThird"),
            ["First line\n", "second line.\r\n", "Third"]
        );
    }

    #[test]
    fn texts_without_an_end_are_one_sentence_and_an_empty_text_has_none() {
        assert_eq!(split("no full stop here"), ["no full stop here"]);
        assert_eq!(split("Mr."), ["Mr."]);
        assert!(split("").is_empty());
    }

    #[test]
    fn dotted_abbreviations_months_and_titles_before_a_capital_or_a_digit_do_not_end_sentences() {
        assert_eq!(
            split("The U.S. Treasury and the U.K. Foreign Office agreed. Gov. Newsom signed it."),
            [
                "The U.S. Treasury and the U.K. Foreign Office agreed. ",
                "Gov. Newsom signed it."
            ]
        );
        assert_eq!(
            split(
                "Talks resume on Sept. 30 in Geneva. On Jan. 5 Dr. Li and Feb. Board members met."
            ),
            [
                "Talks resume on Sept. 30 in Geneva. ",
                "On Jan. 5 Dr. Li and Feb. Board members met."
            ]
        );
        assert_eq!(
            split("She lives at No. 10 Downing Street. It rained."),
            ["She lives at No. 10 Downing Street. ", "It rained."]
        );
        // Best effort: at the end of a sentence, a dotted abbreviation before a capital goes on.
        assert_eq!(
            split("He flew back to the U.S. The talks ended."),
            ["He flew back to the U.S. The talks ended."]
        );
    }

    #[test]
    fn those_abbreviations_still_end_sentences_elsewhere() {
        // `No.` before a capital is the answer; a month before an opening quote ends its
        // sentence; a longer word ending in a month's letters is not the month.
        assert_eq!(split("No. The plan failed."), ["No. ", "The plan failed."]);
        assert_eq!(
            split("It opened in Sept. “Good,” he said."),
            ["It opened in Sept. ", "“Good,” he said."]
        );
        assert_eq!(split("A CDec. Then"), ["A CDec. ", "Then"]);
        assert_eq!(split("Use the E.U. \nThen"), ["Use the E.U. \n", "Then"]);
        assert_eq!(
            split("Its code is AU.S. Then"),
            ["Its code is AU.S. ", "Then"]
        );
    }
}
