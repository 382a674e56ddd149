//! The Atom 1.0 feed (RFC 4287) of published editions in one language.

use std::io;

use chrono::{DateTime, Utc};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use serde::{Deserialize, Serialize};

use bitext_i18n::{Arg, Localizer};

use crate::labels::rfc3339;
use crate::markup::path_segment;

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// One edition in a feed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedEntry {
    pub slug: String,
    pub edition: i32,
    pub title: String,
    pub summary: String,
    /// The credit line; it names the entry's author.
    pub credits: String,
    pub correction_note: Option<String>,
    pub published_at: DateTime<Utc>,
    /// Absolute or root-relative link to the reading page.
    pub url: String,
}

/// A feed of the editions published in one language, newest first as given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feed {
    /// The BCP 47 tag of the entries' language; the feed's `xml:lang`.
    pub language: String,
    pub title: String,
    /// The feed's own address, for `<link rel="self">`.
    pub self_url: String,
    /// A permanent IRI for the feed.
    pub id: String,
    pub updated: DateTime<Utc>,
    pub entries: Vec<FeedEntry>,
}

/// The permanent id of an edition's entry: `tag:bitext,2026:SLUG/LANG/EDITION`
/// (RFC 4151), the same however often the feed is rendered.
pub fn entry_id(slug: &str, language: &str, edition: i32) -> String {
    format!(
        "tag:bitext,2026:{}/{}/{edition}",
        path_segment(slug),
        path_segment(language)
    )
}

/// The feed as an Atom 1.0 document.
///
/// Each entry has its permanent [`entry_id`], its title, `published` and
/// `updated` times, an alternate link, its summary (after the localized
/// correction note, when there is one) and its credit line as the author's
/// name; the feed itself has an author only when some entry has no credits.
/// Characters that XML 1.0 cannot carry are replaced with U+FFFD.
pub fn atom(feed: &Feed) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written = write_feed(&mut writer, feed);
    match written {
        Ok(()) => String::from_utf8(writer.into_inner())
            .unwrap_or_else(|_| unreachable!("the writer is given only UTF-8")),
        Err(error) => unreachable!("writing to memory cannot fail: {error}"),
    }
}

fn write_feed(writer: &mut Writer<Vec<u8>>, feed: &Feed) -> io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let language = xml_text(&feed.language);
    writer
        .create_element("feed")
        .with_attributes([("xmlns", ATOM_NS), ("xml:lang", language.as_str())])
        .write_inner_content(|writer| {
            text_element(writer, "id", &feed.id)?;
            text_element(writer, "title", &feed.title)?;
            text_element(writer, "updated", &rfc3339(feed.updated))?;
            link(writer, "self", "application/atom+xml", &feed.self_url)?;
            if feed
                .entries
                .iter()
                .any(|entry| entry.credits.trim().is_empty())
            {
                author(writer, &feed.title)?;
            }
            writer
                .create_element("generator")
                .write_text_content(BytesText::new("Bitext"))?;
            for entry in &feed.entries {
                write_entry(writer, feed, entry)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_entry(writer: &mut Writer<Vec<u8>>, feed: &Feed, entry: &FeedEntry) -> io::Result<()> {
    let summary = match entry.correction_note.as_deref() {
        Some(note) => {
            let i18n = Localizer::global();
            let locale = i18n.negotiate(Some(&feed.language));
            let note = i18n.format(&locale, "web-correction", &[("note", Arg::from(note))]);
            format!("{note}\n\n{}", entry.summary)
        }
        None => entry.summary.clone(),
    };
    writer
        .create_element("entry")
        .write_inner_content(|writer| {
            text_element(
                writer,
                "id",
                &entry_id(&entry.slug, &feed.language, entry.edition),
            )?;
            text_element(writer, "title", &entry.title)?;
            text_element(writer, "published", &rfc3339(entry.published_at))?;
            text_element(writer, "updated", &rfc3339(entry.published_at))?;
            link(writer, "alternate", "text/html", &entry.url)?;
            if !entry.credits.trim().is_empty() {
                author(writer, entry.credits.trim())?;
            }
            writer
                .create_element("summary")
                .with_attribute(("type", "text"))
                .write_text_content(BytesText::new(&xml_text(&summary)))?;
            Ok(())
        })?;
    Ok(())
}

fn text_element(writer: &mut Writer<Vec<u8>>, name: &str, value: &str) -> io::Result<()> {
    writer
        .create_element(name)
        .write_text_content(BytesText::new(&xml_text(value)))?;
    Ok(())
}

fn link(writer: &mut Writer<Vec<u8>>, rel: &str, kind: &str, href: &str) -> io::Result<()> {
    let href = xml_text(href);
    writer
        .create_element("link")
        .with_attributes([("rel", rel), ("type", kind), ("href", href.as_str())])
        .write_empty()?;
    Ok(())
}

fn author(writer: &mut Writer<Vec<u8>>, name: &str) -> io::Result<()> {
    writer
        .create_element("author")
        .write_inner_content(|writer| text_element(writer, "name", name))?;
    Ok(())
}

/// `value` with every character XML 1.0 does not allow (most C0 controls,
/// U+FFFE, U+FFFF) replaced with U+FFFD; escaping is the writer's.
fn xml_text(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids_are_tag_uris_that_keep_only_safe_characters() {
        assert_eq!(
            entry_id("river-report", "zh-Hans", 3),
            "tag:bitext,2026:river-report/zh-Hans/3"
        );
        assert_eq!(entry_id("a b/c", "ug", 1), "tag:bitext,2026:a%20b%2Fc/ug/1");
    }

    #[test]
    fn characters_xml_cannot_carry_are_replaced() {
        assert_eq!(
            xml_text("a\u{1}b\u{ffff}\tc\u{2028}"),
            "a\u{fffd}b\u{fffd}\tc\u{2028}"
        );
    }
}
