//! The Atom 1.0 feed (RFC 4287) of the translations published in one language.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::feed::{Feed, FeedEntry, entry_id};
use crate::labels::rfc3339;
use crate::xml::{document, text_element, xml_text};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// The feed as an Atom 1.0 document.
///
/// Each entry is one translation: its permanent [`entry_id`], the newest
/// edition's title, `published` (the first edition's time) and `updated`
/// ([`FeedEntry::updated_at`]), an alternate link, its summary (after the localized
/// correction note, when there is one), an `<author>` per translator and a
/// `<contributor>` per editor, each named with their role. An entry with no
/// one named has its credit line as author; the feed itself has an author
/// (its title) only when some entry would otherwise have none.
/// Characters that XML 1.0 cannot carry are replaced with U+FFFD.
pub fn atom(feed: &Feed) -> String {
    document(|writer| write_feed(writer, feed))
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
            text_element(writer, "subtitle", &subtitle(&feed.language))?;
            link(writer, "self", "application/atom+xml", &feed.self_url)?;
            link(writer, "alternate", "text/html", &feed.home_url)?;
            if feed
                .entries
                .iter()
                .any(|entry| entry.translators.is_empty() && entry.credits.trim().is_empty())
            {
                person(writer, "author", &feed.title)?;
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
    let summary = entry.summary_with_note(&feed.language);
    let people = entry.people(&feed.language);
    writer
        .create_element("entry")
        .write_inner_content(|writer| {
            text_element(writer, "id", &entry_id(&entry.slug, &feed.language))?;
            text_element(writer, "title", &entry.title)?;
            text_element(writer, "published", &rfc3339(entry.published_at))?;
            text_element(writer, "updated", &rfc3339(entry.updated_at))?;
            link(writer, "alternate", "text/html", &entry.url)?;
            if entry.translators.is_empty() && !entry.credits.trim().is_empty() {
                person(writer, "author", entry.credits.trim())?;
            }
            for who in &people {
                let kind = if who.author { "author" } else { "contributor" };
                person(writer, kind, &who.label)?;
            }
            writer
                .create_element("summary")
                .with_attribute(("type", "text"))
                .write_text_content(BytesText::new(&xml_text(&summary)))?;
            Ok(())
        })?;
    Ok(())
}

/// The feed's subtitle in its own language.
fn subtitle(language: &str) -> String {
    let i18n = bitext_i18n::Localizer::global();
    i18n.format(&i18n.negotiate(Some(language)), "feed-subtitle", &[])
}

fn link(writer: &mut Writer<Vec<u8>>, rel: &str, kind: &str, href: &str) -> io::Result<()> {
    let href = xml_text(href);
    writer
        .create_element("link")
        .with_attributes([("rel", rel), ("type", kind), ("href", href.as_str())])
        .write_empty()?;
    Ok(())
}

/// An `<author>` or `<contributor>` with its name.
fn person(writer: &mut Writer<Vec<u8>>, kind: &str, name: &str) -> io::Result<()> {
    writer
        .create_element(kind)
        .write_inner_content(|writer| text_element(writer, "name", name))?;
    Ok(())
}
