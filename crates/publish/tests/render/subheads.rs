//! Subheads: a paragraph that begins with `## ` is a heading on the page and in
//! Markdown, and still pairs with its source paragraph by position.

use bitext_i18n::Locale;
use bitext_publish::{Block, Edition, Layout, html, markdown, pairs};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::support::{contents, edition, side};

/// A three-paragraph article whose second paragraph is a subhead on both sides.
fn with_subhead(source: &str, translation: &str) -> Edition {
    let mut edition = edition(side(
        "en",
        "The river rises",
        &["First.", translation, "Third."],
    ));
    edition.source = side("zh-Hans", "河水上涨", &["第一段。", source, "第三段。"]);
    edition
}

/// The level-two headings of a Markdown document, as a CommonMark reader sees them.
fn markdown_subheads(document: &str) -> Vec<String> {
    let (mut headings, mut current, mut inside) = (Vec::new(), String::new(), false);
    for event in Parser::new(document) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => inside = true,
            Event::Text(text) if inside => current.push_str(&text),
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                headings.push(std::mem::take(&mut current));
                inside = false;
            }
            _ => {}
        }
    }
    headings
}

#[test]
fn a_subhead_is_an_h2_beside_its_source_subhead_with_its_own_language() {
    let edition = with_subhead("## 水位", "## The water level");
    for layout in [Layout::SideBySide, Layout::Interleaved] {
        let page = html(&edition, layout, &Locale::EN_US, &super::site());
        let pair = &page[page.find("id=\"p2\"").expect("pair 2")..];
        let pair = &pair[..pair.find("</div>").expect("end of pair 2")];
        assert!(
            pair.contains("<h2 class=\"source\" lang=\"zh-Hans\" dir=\"ltr\">水位</h2>"),
            "{layout}: {pair}"
        );
        assert!(
            pair.contains("<h2 class=\"translation\" lang=\"en\" dir=\"ltr\">The water level</h2>"),
            "{layout}: {pair}"
        );
        assert!(pair.find("水位") < pair.find("The water level"), "{layout}");
        assert_eq!(page.matches("<p ").count(), 4, "{layout}");
        assert!(!page.contains("## "), "{layout}");
    }
    let page = html(
        &edition,
        Layout::TranslationOnly,
        &Locale::EN_US,
        &super::site(),
    );
    assert_eq!(
        contents(&page, "<h2 class=\"translation\""),
        ["The water level"]
    );
    assert!(!page.contains("水位"));
}

#[test]
fn subheads_stay_paired_by_position_with_the_paragraphs_around_them() {
    let edition = with_subhead("## 水位", "## The water level");
    let paired = pairs(&edition);
    assert_eq!(paired.len(), 3);
    assert_eq!(paired[1].source.map(Block::of), Some(Block::of("## 水位")));
    assert!(
        paired[1]
            .translation
            .map(Block::of)
            .is_some_and(|b| b.is_heading())
    );
    assert_eq!(paired[2].translation, Some("Third."));
}

#[test]
fn a_subhead_in_markdown_is_a_level_two_heading_after_its_language_mark() {
    let edition = with_subhead("## 水位", "## The water level");
    let document = markdown(&edition, Layout::SideBySide, &Locale::EN_US);
    assert!(document.contains(
        "<!-- lang: zh-Hans; dir: ltr -->\n## 水位\n\n<!-- lang: en; dir: ltr -->\n## The water level\n"
    ));
    assert_eq!(markdown_subheads(&document), ["水位", "The water level"]);
    let translation_only = markdown(&edition, Layout::TranslationOnly, &Locale::EN_US);
    assert_eq!(markdown_subheads(&translation_only), ["The water level"]);
}

#[test]
fn number_signs_without_the_space_or_inside_a_paragraph_are_plain_text() {
    for text in [
        "##No space",
        "### Three",
        "Before\n## after a line break",
        "Costs ## nothing",
    ] {
        let edition = with_subhead("第二段。", text);
        let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &super::site());
        assert!(!page.contains("<h2 class="), "{text:?}");
        assert_eq!(contents(&page, "<p class=\"translation\"")[1], text);
        let document = markdown(&edition, Layout::SideBySide, &Locale::EN_US);
        assert!(markdown_subheads(&document).is_empty(), "{text:?}");
    }
}

#[test]
fn markup_in_a_subhead_is_shown_as_text() {
    let hostile = "## <script>alert(1)</script> *not* [a](javascript:x) #";
    let edition = with_subhead("## <b>标题</b>", hostile);
    for layout in Layout::ALL {
        let page = html(&edition, layout, &Locale::EN_US, &super::site());
        let (_, page) = crate::support::json_ld(&page);
        assert!(
            !page.contains("<script") && !page.contains("<b>"),
            "{layout}"
        );
        assert_eq!(
            contents(&page, "<h2 class=\"translation\""),
            ["<script>alert(1)</script> *not* [a](javascript:x) #"],
            "{layout}"
        );
    }
    let document = markdown(&edition, Layout::SideBySide, &Locale::EN_US);
    assert_eq!(
        markdown_subheads(&document),
        [
            "<b>标题</b>",
            "<script>alert(1)</script> *not* [a](javascript:x) #"
        ]
    );
    assert!(!document.contains("<script"));
}
