//! The Markdown form of an edition, and the Atom and JSON feeds of translations.

use bitext_i18n::Locale;
use bitext_publish::{
    Edition, Feed, FeedEntry, Layout, atom, credits, entry_id, json_feed, markdown,
};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::support::{at, english, hostile, parse_xml};

/// Markdown text as a CommonMark (and GFM) reader sees it: the blocks and
/// inline elements other than paragraphs, text and breaks, and the text of each paragraph.
fn read_markdown(document: &str) -> (Vec<String>, Vec<String>) {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let (mut structure, mut texts, mut current) = (Vec::new(), Vec::new(), String::new());
    for event in Parser::new_ext(document, options) {
        match event {
            Event::Text(text) => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push('\n'),
            Event::Start(Tag::Paragraph | Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => {
                texts.push(std::mem::take(&mut current))
            }
            Event::Html(html) if html.starts_with("<!-- lang: ") => {}
            other => structure.push(format!("{other:?}")),
        }
    }
    (structure, texts)
}

#[test]
fn markdown_pairs_paragraphs_with_language_marks() {
    let document = markdown(&english(), Layout::default(), &Locale::EN_US);
    assert!(document.starts_with("<!-- lang: en; dir: ltr -->\n# The river rises\n\n"));
    assert!(document.contains("\n\nTranslated by Alex Chen. Edited by Lin Mei.\n\n"));
    assert!(document.contains("\n\nEdition 2 · Published Mar 9, 2026, 10:00\u{202f}AM UTC\n\n"));
    assert!(document.contains("\n\n> Correction: Fixed the river's name.\n\n"));
    assert!(document.contains(
        "<!-- lang: zh-Hans; dir: ltr -->\n第二段。\n\n<!-- lang: en; dir: ltr -->\nSecond.\n"
    ));
    let (structure, _) = read_markdown(&document);
    assert_eq!(structure.len(), 3, "{structure:?}");
}

#[test]
fn markdown_in_the_translation_layout_leaves_out_the_source_title_and_paragraphs() {
    let edition = english();
    let document = markdown(&edition, Layout::TranslationOnly, &Locale::EN_US);
    let (_, texts) = read_markdown(&document);
    assert_eq!(
        texts,
        [
            "The river rises",
            "Translated by Alex Chen. Edited by Lin Mei.",
            "Edition 2 · Published Mar 9, 2026, 10:00\u{202f}AM UTC",
            "Correction: Fixed the river's name.",
            "First.",
            "Second.",
            "Third.",
        ]
    );
    assert!(!document.contains("lang: zh-Hans"), "{document}");
    // Markdown has no columns: the two bilingual layouts pair the paragraphs alike.
    let paired = markdown(&edition, Layout::SideBySide, &Locale::EN_US);
    assert_eq!(
        markdown(&edition, Layout::Interleaved, &Locale::EN_US),
        paired
    );
    assert!(paired.contains("河水上涨") && paired.contains("第三段。"));
}

#[test]
fn markdown_escapes_whatever_would_become_markup() {
    let tricky = [
        "# not a heading",
        "- not a list\n+ nor this\n1. nor this\n2) nor that",
        "> not a quote",
        "```\nnot code\n```",
        "<div>not html</div> <b>inline</b> <https://example.com>",
        "[not a link](javascript:alert(1)) ![no image](x.png)",
        "*not emphasis* _nor this_ `not code` ~~not struck~~ \\*",
        "a setext line\n===\nand\n---",
        "| not | a table |\n|---|---|",
        "&amp; stays &lt;literal&gt; \\ backslash",
        "    not indented code",
    ];
    let mut edition = hostile();
    edition.translation.body = tricky.join("\n\n");
    edition.translation.title = "Title # with <b>hash</b> ##".into();
    edition.correction_note = Some("# note\n> quote".into());
    let document = markdown(&edition, Layout::default(), &Locale::EN_US);
    let (structure, texts) = read_markdown(&document);
    let expected = [
        "Start(Heading { level: H1, id: None, classes: [], attrs: [] })".to_string(),
        "Start(BlockQuote(None))".to_string(),
        "End(BlockQuote(None))".to_string(),
    ];
    assert_eq!(structure, expected, "{document}");
    assert_eq!(texts[0], "Title # with <b>hash</b> ##");
    assert!(
        texts.contains(&"Correction: # note\n> quote".to_string()),
        "{texts:?}"
    );
    for paragraph in tricky {
        let trimmed: Vec<&str> = paragraph.lines().map(str::trim).collect();
        assert!(
            texts.contains(&trimmed.join("\n")),
            "{paragraph:?} in {texts:?}"
        );
    }
    for (i, piece) in document.split('<').enumerate().skip(1) {
        assert!(piece.starts_with("!-- lang: "), "raw < number {i}: {piece}");
    }
}

fn feed_entry(edition: &Edition, title: &str) -> FeedEntry {
    FeedEntry {
        slug: edition.slug.clone(),
        edition: edition.number,
        title: title.into(),
        summary: "Summary & <b>more</b> \u{1} ]]>".into(),
        translators: edition.translators.clone(),
        editors: edition.editors.clone(),
        credits: credits(edition, &Locale::EN_US),
        correction_note: edition.correction_note.clone(),
        published_at: at(7),
        updated_at: edition.published_at,
        url: format!("https://news.example/read/{}/en", edition.slug),
    }
}

fn sample_feed() -> Feed {
    let corrected = english();
    let mut anonymous = english();
    (
        anonymous.slug,
        anonymous.number,
        anonymous.translators,
        anonymous.editors,
        anonymous.correction_note,
    ) = ("quiet".into(), 1, vec![], vec![], None);
    Feed {
        language: "en".into(),
        title: "Bitext: <translations> & more".into(),
        self_url: "https://news.example/feed/en.atom?x=1&y=2".into(),
        home_url: "https://news.example/read".into(),
        id: "tag:bitext,2026:feed/en".into(),
        updated: at(9),
        entries: vec![
            feed_entry(&corrected, "</title><script>alert(1)</script>"),
            feed_entry(&anonymous, "Quiet"),
        ],
    }
}

#[test]
fn the_atom_feed_is_well_formed_with_one_entry_per_translation_and_its_people() {
    let feed = sample_feed();
    let xml = atom(&feed);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    let root = parse_xml(&xml);
    assert_eq!(root.name, "feed");
    assert_eq!(root.attribute("xmlns"), Some("http://www.w3.org/2005/Atom"));
    assert_eq!(root.attribute("xml:lang"), Some("en"));
    assert_eq!(root.one("id").text, "tag:bitext,2026:feed/en");
    assert_eq!(root.one("title").text, "Bitext: <translations> & more");
    assert_eq!(root.one("updated").text, "2026-03-09T10:00:00Z");
    let links: Vec<_> = root
        .all("link")
        .iter()
        .map(|l| (l.attribute("rel"), l.attribute("href")))
        .collect();
    assert_eq!(
        links,
        [
            (
                Some("self"),
                Some("https://news.example/feed/en.atom?x=1&y=2")
            ),
            (Some("alternate"), Some("https://news.example/read")),
        ]
    );
    assert_eq!(
        root.one("author").one("name").text,
        feed.title,
        "one entry names no one"
    );
    let entries = root.all("entry");
    assert_eq!(entries.len(), 2);
    let ids: Vec<&str> = entries
        .iter()
        .map(|entry| entry.one("id").text.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "tag:bitext,2026:river-report/en",
            "tag:bitext,2026:quiet/en"
        ]
    );
    assert_eq!(ids[0], entry_id("river-report", "en"));
    let corrected = entries[0];
    assert_eq!(
        corrected.one("title").text,
        "</title><script>alert(1)</script>"
    );
    assert_eq!(corrected.one("updated").text, "2026-03-09T10:00:00Z");
    assert_eq!(corrected.one("published").text, "2026-03-07T10:00:00Z");
    assert_eq!(corrected.one("link").attribute("rel"), Some("alternate"));
    assert_eq!(
        corrected.one("link").attribute("href"),
        Some("https://news.example/read/river-report/en")
    );
    assert_eq!(
        corrected.one("author").one("name").text,
        "Alex Chen (translator)"
    );
    assert_eq!(
        corrected.one("contributor").one("name").text,
        "Lin Mei (editor)"
    );
    assert_eq!(
        corrected.one("summary").text,
        "Correction: Fixed the river's name.\n\nSummary & <b>more</b> \u{fffd} ]]>"
    );
    assert!(entries[1].all("author").is_empty());
    assert!(entries[1].all("contributor").is_empty());
}

#[test]
fn the_json_feed_has_the_same_entries_and_people() {
    let feed = sample_feed();
    let json: serde_json::Value = serde_json::from_str(&json_feed(&feed)).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["feed_url"], feed.self_url);
    assert_eq!(json["home_page_url"], "https://news.example/read");
    assert_eq!(json["language"], "en");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], "tag:bitext,2026:river-report/en");
    assert_eq!(items[0]["title"], "</title><script>alert(1)</script>");
    assert_eq!(items[0]["date_published"], "2026-03-07T10:00:00Z");
    assert_eq!(items[0]["date_modified"], "2026-03-09T10:00:00Z");
    assert_eq!(
        items[0]["authors"],
        serde_json::json!([{"name": "Alex Chen (translator)"}, {"name": "Lin Mei (editor)"}])
    );
    assert!(
        items[0]["content_text"]
            .as_str()
            .unwrap()
            .starts_with("Correction: Fixed the river's name.\n\n")
    );
    assert_eq!(
        items[1]["authors"],
        serde_json::json!([{"name": feed.title}])
    );
}
