//! The Markdown form of an edition (`Accept: text/markdown`), safe to feed to any CommonMark renderer.
//!
//! The document is, in order: the translation's title as a `#` heading, the
//! source title, the credit line, the edition and date line, the correction
//! note as a `>` blockquote, then the paired paragraphs, each source paragraph
//! followed by its translation, all separated by blank lines. A paragraph that
//! is a subhead (it begins with `## `, see [`Block`]) is an `##` heading. In the
//! `translation` layout the source title and the source paragraphs are left
//! out; `side-by-side` and `interleaved` both pair the paragraphs (Markdown has
//! no columns).
//!
//! Every text in a known language is preceded, on the line just before it, by
//! an HTML comment naming its language and direction:
//!
//! ```text
//! <!-- lang: zh-Hans; dir: ltr -->
//! 第一段。
//!
//! <!-- lang: ug; dir: rtl -->
//! بىرىنچى ئابزاس.
//! ```
//!
//! Lines without such a comment (credits, dateline, notes) are in the reader's
//! locale or of unknown language. User text is escaped so that it renders as
//! itself: `&` and `<` become `&amp;` and `&lt;`; `\`, `` ` ``, `*`, `_`, `[`,
//! `]`, `#` and `~` are backslash-escaped everywhere; a line that would start a
//! block (`>`, `-`, `+`, `=`, `|`, `:`, `1.`, `1)`) has that character
//! backslash-escaped; line breaks inside a paragraph are hard breaks (`\` at
//! the end of the line).

use bitext_domain::lang::direction_of;
use bitext_i18n::{Arg, Locale};

use crate::block::Block;
use crate::credits::credits;
use crate::labels::{self, message};
use crate::model::{Edition, Layout, pairs};

/// The edition as Markdown in `layout`, labelled in `locale` (see the module documentation for
/// the format).
pub fn markdown(edition: &Edition, layout: Layout, locale: &Locale) -> String {
    let (source, translation) = (&edition.source, &edition.translation);
    let with_source = layout != Layout::TranslationOnly;
    let mut blocks: Vec<String> = Vec::new();
    blocks.push(format!(
        "{}\n# {}",
        marker(&translation.language),
        inline(&one_line(&translation.title))
    ));
    if with_source {
        blocks.push(format!(
            "{}\n{}",
            marker(&source.language),
            paragraph(&one_line(&source.title))
        ));
    }
    let credits = credits(edition, locale);
    if !credits.trim().is_empty() {
        blocks.push(paragraph(&credits));
    }
    blocks.push(paragraph(&format!(
        "{} · {}",
        labels::edition(locale, edition.number),
        labels::published(locale, edition.published_at)
    )));
    if let Some(note) = edition.correction_note.as_deref() {
        let note = message(locale, "web-correction", &[("note", Arg::from(note))]);
        blocks.push(format!("> {}", paragraph(&note).replace('\n', "\n> ")));
    }
    for pair in pairs(edition) {
        let source_text = pair.source.filter(|_| with_source);
        for (side, text) in [(source, source_text), (translation, pair.translation)] {
            if let Some(text) = text {
                let block = match Block::of(text) {
                    Block::Heading(heading) => format!("## {}", inline(&heading)),
                    Block::Paragraph(text) => paragraph(text),
                };
                blocks.push(format!("{}\n{block}", marker(&side.language)));
            }
        }
    }
    let mut document = blocks.join("\n\n");
    document.push('\n');
    document
}

/// `<!-- lang: TAG; dir: ltr|rtl -->`; the tag keeps only letters, digits and hyphens.
fn marker(language: &str) -> String {
    let tag: String = language
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!(
        "<!-- lang: {tag}; dir: {} -->",
        direction_of(language).as_str()
    )
}

/// A title on one line: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` as the lines of one Markdown paragraph, escaped, joined by hard breaks.
/// Lines are trimmed (indentation would start a code block) and blank lines
/// dropped, so that the paragraph stays one.
fn paragraph(text: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(line_start)
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// One trimmed line, escaped, with the character that would open a block escaped too.
fn line_start(rest: &str) -> String {
    let mut escaped = String::with_capacity(rest.len() + 8);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = rest[digits..].chars().next();
    if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        escaped.push_str(&rest[..digits]);
        escaped.push('\\');
        escaped.push_str(&inline(&rest[digits..]));
    } else if rest.starts_with(['>', '-', '+', '=', '|', ':']) {
        escaped.push('\\');
        escaped.push_str(&inline(rest));
    } else {
        escaped.push_str(&inline(rest));
    }
    escaped
}

/// Escapes the characters that mean something anywhere in a line.
fn inline(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_openers_at_line_starts_are_escaped() {
        assert_eq!(paragraph("# Title"), "\\# Title");
        assert_eq!(paragraph("> quote"), "\\> quote");
        assert_eq!(
            paragraph("a\n- item\n---\n==="),
            "a\\\n\\- item\\\n\\---\\\n\\==="
        );
        assert_eq!(
            paragraph("12. twelve\n3) three"),
            "12\\. twelve\\\n3\\) three"
        );
        assert_eq!(paragraph("|a|b|\n:--|--"), "\\|a|b|\\\n\\:--|--");
        assert_eq!(paragraph("2026 was"), "2026 was");
    }

    #[test]
    fn html_entities_and_emphasis_are_neutralized() {
        assert_eq!(
            inline("<b>&amp; *x* [l](javascript:y) `c`"),
            "&lt;b>&amp;amp; \\*x\\* \\[l\\](javascript:y) \\`c\\`"
        );
        assert_eq!(inline("C:\\path"), "C:\\\\path");
    }

    #[test]
    fn blank_lines_cannot_split_a_paragraph() {
        assert_eq!(paragraph("a\r\n\r\n  \nb"), "a\\\nb");
        assert_eq!(one_line(" a\n\nb \r\n"), "a b");
    }

    #[test]
    fn markers_name_the_language_and_direction_and_cannot_close_early() {
        assert_eq!(marker("ug"), "<!-- lang: ug; dir: rtl -->");
        assert_eq!(marker("x-->y"), "<!-- lang: x--y; dir: ltr -->");
    }
}
