//! Punctuation and typography: the marks of one language left in the other (full-width `，。`
//! in English, half-width `,.` between Chinese characters), quotes and brackets opened and not
//! closed (or closed and not opened) within a paragraph, spaces doubled or put between Chinese
//! characters, and a question in the source that the translation no longer asks.
//!
//! Every finding here is a warning: the typography is wrong, but the reader is still told what
//! the source says, and an error would block approval over what a copy editor fixes in passing.
//! The rules shared by every language live here; each language's own are its module ([`en`],
//! [`zh`]), and a language without one gets the shared rules only. Curly quotes (`“ ” ‘ ’`)
//! belong to both languages and are never a finding by themselves. Every rule is one pass over
//! the paragraph.

pub mod en;
pub mod zh;

use super::finding::{Finding, Severity, Span};
use crate::text::sentences;

/// Full-width punctuation in English text.
pub const FULL_WIDTH: &str = "full-width-punctuation";
/// Half-width punctuation between Chinese characters.
pub const HALF_WIDTH: &str = "half-width-punctuation";
/// A quote or bracket without its partner in the paragraph.
pub const UNPAIRED: &str = "unpaired-mark";
/// Two spaces or more in a row.
pub const DOUBLE_SPACE: &str = "double-space";
/// A space between two Chinese characters.
pub const HAN_SPACE: &str = "space-between-han";
/// A question in the source that the translation does not ask.
pub const QUESTION: &str = "question-lost";

pub(crate) use super::untranslated::is_han;

/// The languages with rules of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grammar {
    Chinese,
    English,
}

fn grammar(language: &str) -> Option<Grammar> {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    match primary.to_ascii_lowercase().as_str() {
        "zh" | "yue" | "cmn" => Some(Grammar::Chinese),
        "en" => Some(Grammar::English),
        _ => None,
    }
}

/// A warning of `code` in `paragraph` at `span` of the translation.
pub(crate) fn warning(code: &'static str, paragraph: usize, span: Span) -> Finding {
    let mut finding = Finding::new(code, Severity::Warning, paragraph);
    finding.translation = Some(span);
    finding
}

/// The typography findings of a translation's paragraphs, written in `language`: each
/// paragraph on its own, with the next one's opening to tell a quotation that runs on into it.
pub fn check_text(paragraphs: &[&str], language: &str) -> Vec<Finding> {
    let grammar = grammar(language);
    let mut found = Vec::new();
    for (i, text) in paragraphs.iter().enumerate() {
        let chars: Vec<char> = text.chars().collect();
        let next = paragraphs.get(i + 1).and_then(|p| p.chars().next());
        match grammar {
            Some(Grammar::Chinese) => zh::check(i, &chars, &mut found),
            Some(Grammar::English) => en::check(i, &chars, &mut found),
            None => {}
        }
        unpaired(i, &chars, next, &mut found);
        double_spaces(i, &chars, &mut found);
    }
    found
}

/// The finding of paragraph `paragraph` if its source asks more questions than the translation
/// does, and the translation has no words that report a question instead ("asked whether",
/// 问): a warning pointing at the first source question left unasked, counting in order.
pub fn check_pair(
    paragraph: usize,
    source: &str,
    translation: &str,
    language: &str,
) -> Option<Finding> {
    let asked = questions(source);
    let answered = questions(translation).len();
    let first_lost = asked.get(answered)?;
    let reported = match grammar(language) {
        Some(Grammar::Chinese) => zh::reports_question(translation),
        Some(Grammar::English) => en::reports_question(translation),
        None => false,
    };
    if reported {
        return None;
    }
    let mut finding = Finding::new(QUESTION, Severity::Warning, paragraph);
    finding.source = Some(*first_lost);
    Some(finding)
}

/// The sentences of `text` that end with a question mark (before closing quotes and brackets),
/// trimmed; a run of three marks or more is a placeholder, not a question.
fn questions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    // Most paragraphs ask nothing: they are not cut into sentences.
    if !text.contains(['?', '？']) {
        return out;
    }
    let mut at = 0;
    for sentence in sentences(text) {
        let length = sentence.chars().count();
        let trimmed = sentence.trim_end_matches(|c: char| {
            c.is_whitespace() || CLOSERS.contains(&c) || c == '!' || c == '！'
        });
        let marks = trimmed
            .chars()
            .rev()
            .take_while(|&c| c == '?' || c == '？')
            .count();
        if (1..3).contains(&marks) {
            let lead = sentence.chars().take_while(|c| c.is_whitespace()).count();
            out.push(Span {
                start: at + lead,
                end: at + trimmed.chars().count(),
            });
        }
        at += length;
    }
    out
}

/// Quotes and brackets that close, in the order of [`OPENERS`].
const CLOSERS: [char; 11] = [')', '）', ']', '”', '’', '」', '』', '》', '】', '〉', '］'];
/// Quotes and brackets that open, each with its closer at the same place in [`CLOSERS`].
const OPENERS: [char; 11] = ['(', '（', '[', '“', '‘', '「', '『', '《', '【', '〈', '［'];

/// The marks `c` pairs with: brackets of either width close each other (`（WHO)` is balanced;
/// the width is another rule's business).
fn pairs(open: char, close: char) -> bool {
    let family = |c: char| match c {
        '(' | '（' | ')' | '）' => '(',
        '[' | '［' | ']' | '］' => '[',
        c => c,
    };
    let i = OPENERS.iter().position(|&o| o == open);
    i.is_some_and(|i| family(CLOSERS[i]) == family(close))
}

/// Quotes and brackets without their partner in the paragraph. A `’` is an apostrophe unless it
/// closes an open `‘` (and is not inside a word: `it’s`); a `‘` before a digit is a misturned
/// apostrophe (`‘90s`); a `)` after a list number or letter (`1)`, `b)`) or a colon closes
/// nothing; and a quotation left open at the end of a paragraph is not a finding when the next
/// paragraph opens with the same quote, as a quotation running over paragraphs does.
fn unpaired(paragraph: usize, chars: &[char], next: Option<char>, found: &mut Vec<Finding>) {
    let mut open: Vec<(char, usize)> = Vec::new();
    let letter = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let report = |at: usize, expected: char, found: &mut Vec<Finding>| {
        let mut f = warning(
            UNPAIRED,
            paragraph,
            Span {
                start: at,
                end: at + 1,
            },
        );
        f.expected = Some(expected.to_string());
        found.push(f);
    };
    for (i, &c) in chars.iter().enumerate() {
        if c == '‘' && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            continue;
        }
        if OPENERS.contains(&c) {
            open.push((c, i));
            continue;
        }
        let Some(k) = CLOSERS.iter().position(|&x| x == c) else {
            continue;
        };
        if c == '’' {
            let inside = letter(i.checked_sub(1)) && letter(Some(i + 1));
            if !inside && open.last().is_some_and(|o| o.0 == '‘') {
                open.pop();
            }
            continue;
        }
        match open.iter().rposition(|&(o, _)| pairs(o, c)) {
            Some(at) => {
                for (o, p) in open.drain(at + 1..) {
                    report(p, partner(o), found);
                }
                open.pop();
            }
            None if c == ')' && list_mark(chars, i) => {}
            None => report(i, OPENERS[k], found),
        }
    }
    for (o, at) in open {
        let runs_on = matches!(o, '“' | '‘' | '「' | '『') && next == Some(o);
        if !runs_on {
            report(at, partner(o), found);
        }
    }
    found.sort_by_key(|f| (f.paragraph, f.translation.map(|s| s.start)));
}

/// The closer of opener `o`.
fn partner(o: char) -> char {
    OPENERS
        .iter()
        .position(|&x| x == o)
        .map_or(o, |i| CLOSERS[i])
}

/// Whether the `)` at `i` ends a list mark (`1)`, `b)`, `iv)` at the start of a word) or a
/// smiley (`:)`).
fn list_mark(chars: &[char], i: usize) -> bool {
    let word = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .count();
    let before = i.checked_sub(word + 1).map(|b| chars[b]);
    (1..=3).contains(&word) && before.is_none_or(char::is_whitespace)
        || (word == 0 && matches!(before, Some(':' | ';')))
}

/// Runs of two spaces or more inside a line (indentation and spaces before a line break aside);
/// a run between two Chinese characters is [`HAN_SPACE`]'s.
fn double_spaces(paragraph: usize, chars: &[char], found: &mut Vec<Finding>) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i).copied();
        let inside_line = before.is_some_and(|c| c != '\n') && after.is_some_and(|c| c != '\n');
        let between_han = before.is_some_and(is_han) && after.is_some_and(is_han);
        if i - start >= 2 && inside_line && !between_han {
            let mut f = warning(DOUBLE_SPACE, paragraph, Span { start, end: i });
            f.suggestion = Some(" ".to_owned());
            found.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str, next: Option<char>) -> Vec<(&'static str, usize, Option<String>)> {
        let chars: Vec<char> = text.chars().collect();
        let mut found = Vec::new();
        unpaired(0, &chars, next, &mut found);
        double_spaces(0, &chars, &mut found);
        found
            .into_iter()
            .map(|f| (f.code, f.translation.unwrap().start, f.expected))
            .collect()
    }

    #[test]
    fn apostrophes_list_marks_and_smileys_are_not_unpaired_marks() {
        for text in [
            "It’s the Joneses’ house, built in the ’90s and sold in the ‘90s.",
            "He said ‘no’ twice, and the Smiths’ dog barked.",
            "Three reasons: 1) cost, 2) time and b) risk :)",
            "“大家好，”他说（笑），《人民日报》报道【快讯】。",
        ] {
            assert_eq!(codes(text, None), [], "{text}");
        }
    }

    #[test]
    fn a_mark_without_its_partner_is_found_where_it_is() {
        assert_eq!(
            codes("He said “we will stay.", None),
            [(UNPAIRED, 8, Some("”".to_owned()))]
        );
        assert_eq!(
            codes("他说：我们会留下。」", None),
            [(UNPAIRED, 9, Some("「".to_owned()))]
        );
        assert_eq!(
            codes("The plan (announced in May was dropped.", None),
            [(UNPAIRED, 9, Some(")".to_owned()))]
        );
        assert_eq!(
            codes("《人民日报报道（记者王明）", None),
            [(UNPAIRED, 0, Some("》".to_owned()))]
        );
    }

    #[test]
    fn a_quotation_running_on_into_the_next_paragraph_is_not_unpaired() {
        assert_eq!(codes("“We stayed all night.", Some('“')), []);
        assert_eq!(codes("「我们整夜都在。", Some('「')), []);
        assert_eq!(codes("“We stayed all night.", Some('T')).len(), 1);
    }

    #[test]
    fn doubled_spaces_are_found_but_not_indentation_or_line_ends() {
        assert_eq!(
            codes("The river rose  again.", None),
            [(DOUBLE_SPACE, 14, None)]
        );
        assert_eq!(codes("Line one  \n    line two.", None), []);
    }

    #[test]
    fn questions_are_sentences_ending_in_a_question_mark() {
        let spans = questions("价格战结束了吗？伯格说还没有。“谁来付钱？”他问。");
        assert_eq!(
            spans,
            [Span { start: 0, end: 8 }, Span { start: 15, end: 21 }]
        );
        assert_eq!(questions("Who said it???"), []);
        assert_eq!(
            questions("Is it over?! Not yet."),
            [Span { start: 0, end: 11 }]
        );
    }
}
