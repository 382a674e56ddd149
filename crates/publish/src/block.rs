//! What a paragraph is on the reading page: running text, or a subhead.
//!
//! A body paragraph that begins with `## ` (two number signs and a space) is a
//! subhead: an `<h2>` on the page, an `##` heading in Markdown, and a heading
//! in the JSON. It is still one paragraph everywhere else: diffs, comment
//! anchors, alignment and the checks number it like any other, so a subhead in
//! the translation pairs with the subhead it renders in the source.
//!
//! Only the very start of a paragraph counts: `##` without the space, `###`,
//! or `## ` inside a paragraph or after its first line are plain text, and so
//! is a bare `## ` with nothing after it.

use std::borrow::Cow;

use serde::Serialize;

/// The marker that opens a subhead.
const SUBHEAD: &str = "## ";

/// One paragraph of a published side, as readers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Block<'a> {
    /// Running text, exactly as written (line breaks included).
    Paragraph(&'a str),
    /// A subhead: the text after `## `, on one line (line breaks inside it
    /// become spaces, since a heading is one line in every output).
    Heading(Cow<'a, str>),
}

impl<'a> Block<'a> {
    /// What `paragraph` (one paragraph of a body, as
    /// [`paragraphs`](bitext_domain::text::paragraphs) gives it) shows as.
    pub fn of(paragraph: &'a str) -> Self {
        match paragraph.strip_prefix(SUBHEAD).map(one_line) {
            Some(heading) if !heading.is_empty() => Block::Heading(heading),
            _ => Block::Paragraph(paragraph),
        }
    }

    /// The text readers see: the paragraph, or the subhead without its marker.
    pub fn text(&self) -> &str {
        match self {
            Block::Paragraph(text) => text,
            Block::Heading(text) => text,
        }
    }

    /// Whether this is a subhead.
    pub fn is_heading(&self) -> bool {
        matches!(self, Block::Heading(_))
    }
}

/// `text` trimmed, with each line break and the spaces around it made one space.
fn one_line(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if !text.contains(['\r', '\n']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.split(['\r', '\n'])
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_that_begins_with_two_number_signs_and_a_space_is_a_subhead() {
        assert_eq!(Block::of("## 没有活路"), Block::Heading("没有活路".into()));
        assert_eq!(
            Block::of("##   Wider  hours "),
            Block::Heading("Wider  hours".into())
        );
        assert!(Block::of("## x").is_heading());
    }

    #[test]
    fn number_signs_without_the_space_or_later_in_the_paragraph_are_plain_text() {
        for text in [
            "##没有活路",
            "### Three",
            "# One",
            "##\u{3000}全角空格",
            "Lines\n## not a subhead",
            "Text with ## inside",
            "## ",
            "##",
            "＃＃ 全角",
        ] {
            assert_eq!(Block::of(text), Block::Paragraph(text), "{text:?}");
        }
    }

    #[test]
    fn a_subhead_over_several_lines_is_read_as_one_line() {
        assert_eq!(
            Block::of("## Longer hours\r\n  for readers "),
            Block::Heading("Longer hours for readers".into())
        );
    }

    #[test]
    fn the_text_is_the_paragraph_or_the_subhead_without_its_marker() {
        assert_eq!(Block::of("Plain <b>").text(), "Plain <b>");
        assert_eq!(Block::of("## <b>Bold</b>").text(), "<b>Bold</b>");
    }

    #[test]
    fn blocks_serialize_with_their_kind() {
        let json = |text| serde_json::to_value(Block::of(text)).expect("serializes");
        assert_eq!(
            json("## 标题"),
            serde_json::json!({"kind": "heading", "text": "标题"})
        );
        assert_eq!(
            json("正文"),
            serde_json::json!({"kind": "paragraph", "text": "正文"})
        );
    }
}
