//! Splitting a body into paragraphs and the whitespace that separates them.
//!
//! A separator is a run of whitespace that holds at least two line feeds, that is
//! one or more blank (empty or whitespace-only) lines together with the line
//! breaks and spaces around them. A paragraph is the text between two
//! separators, without whitespace at either end. The whitespace before the first
//! paragraph is the *leading* whitespace, and the last paragraph's separator is
//! whatever whitespace ends the text (possibly none). So
//! `leading + Σ (paragraph + separator)` is the body, byte for byte.

/// One paragraph and the whitespace that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The paragraph, without whitespace at either end.
    pub text: &'a str,
    /// The whitespace after it: blank lines, or whatever ends the body (possibly nothing).
    pub separator: &'a str,
}

/// A body cut into its leading whitespace and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout<'a> {
    /// The whitespace before the first paragraph.
    pub leading: &'a str,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph<'a>>,
}

/// Cuts `text` into paragraphs. A whitespace-only text has no paragraph: all of
/// it is leading whitespace.
pub fn layout(text: &str) -> Layout<'_> {
    let start = text.len() - text.trim_start().len();
    let mut cut = Layout {
        leading: &text[..start],
        paragraphs: Vec::new(),
    };
    if start == text.len() {
        return cut;
    }
    let mut para_start = start;
    let mut pos = start;
    // Line feeds found with `memchr`'s vector search: paragraphs are long, line feeds few.
    while let Some(nl) = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map(|k| pos + k) {
        let (ws_end, line_feeds) = scan_whitespace(text, nl + 1);
        if ws_end == text.len() {
            break;
        }
        if line_feeds >= 2 {
            let end = text[..nl].trim_end().len();
            cut.paragraphs.push(Paragraph {
                text: &text[para_start..end],
                separator: &text[end..ws_end],
            });
            para_start = ws_end;
        }
        pos = ws_end;
    }
    let end = text.trim_end().len();
    cut.paragraphs.push(Paragraph {
        text: &text[para_start..end],
        separator: &text[end..],
    });
    cut
}

/// The paragraphs of a body, in order, without the whitespace around them.
///
/// This is the paragraph numbering the diff, comment anchors and publishing use:
/// paragraph *i* here is `old_index`/`new_index` *i* in a
/// [`Diff`](crate::diff::Diff).
pub fn paragraphs(text: &str) -> Vec<&str> {
    layout(text).paragraphs.iter().map(|p| p.text).collect()
}

/// From `from`, skips whitespace; returns where it ends and how many line feeds
/// it held, counting one for the line feed just before `from`.
fn scan_whitespace(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut line_feeds = 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b == b'\n' {
                line_feeds += 1;
            } else if !(b as char).is_whitespace() {
                break;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    (i, line_feeds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (&str, Vec<(&str, &str)>) {
        let cut = layout(text);
        let mut rebuilt = cut.leading.to_owned();
        for p in &cut.paragraphs {
            rebuilt.push_str(p.text);
            rebuilt.push_str(p.separator);
        }
        assert_eq!(rebuilt, text);
        let paras = cut
            .paragraphs
            .iter()
            .map(|p| (p.text, p.separator))
            .collect();
        (cut.leading, paras)
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            parts("One.\n\nTwo\nlines.\n\n\nThree.\n"),
            (
                "",
                vec![
                    ("One.", "\n\n"),
                    ("Two\nlines.", "\n\n\n"),
                    ("Three.", "\n")
                ]
            )
        );
    }

    #[test]
    fn whitespace_around_paragraphs_belongs_to_separators() {
        assert_eq!(
            parts("\n \n  Indented \r\n\t\r\n\u{3000}全角\r\n"),
            (
                "\n \n  ",
                vec![("Indented", " \r\n\t\r\n\u{3000}"), ("全角", "\r\n")]
            )
        );
    }

    #[test]
    fn edge_cases_rebuild() {
        assert_eq!(parts(""), ("", vec![]));
        assert_eq!(parts(" \n\n "), (" \n\n ", vec![]));
        assert_eq!(parts("x"), ("", vec![("x", "")]));
        assert_eq!(parts("a\n \nb"), ("", vec![("a", "\n \n"), ("b", "")]));
        assert_eq!(parts("a\n b"), ("", vec![("a\n b", "")]));
    }
}
