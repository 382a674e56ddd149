//! The JSON Feed 1.1 (<https://jsonfeed.org/version/1.1>) of the translations published in
//! one language: the same entries as the Atom feed.

use serde::Serialize;

use bitext_i18n::Localizer;

use crate::feed::{Feed, FeedEntry, entry_id};
use crate::labels::rfc3339;

const VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Serialize)]
struct Document<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: &'a str,
    description: String,
    language: &'a str,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: String,
    url: &'a str,
    title: &'a str,
    content_text: String,
    date_published: String,
    date_modified: String,
    authors: Vec<Author>,
    language: &'a str,
}

#[derive(Serialize)]
struct Author {
    name: String,
}

/// The feed as a JSON Feed 1.1 document.
///
/// Each item is one translation, as in [`crate::atom`]: its permanent
/// [`entry_id`], its reading page, the newest edition's title, the summary
/// after the localized correction note as `content_text`, `date_published`
/// (the first edition's time) and `date_modified` ([`FeedEntry::updated_at`]), and
/// every translator and editor among the `authors`, named with their role (the
/// credit line, or else the feed's title, when no one is named).
pub fn json_feed(feed: &Feed) -> String {
    let i18n = Localizer::global();
    let description = i18n.format(&i18n.negotiate(Some(&feed.language)), "feed-subtitle", &[]);
    let document = Document {
        version: VERSION,
        title: &feed.title,
        home_page_url: &feed.home_url,
        feed_url: &feed.self_url,
        description,
        language: &feed.language,
        items: feed.entries.iter().map(|e| item(feed, e)).collect(),
    };
    match serde_json::to_string_pretty(&document) {
        Ok(json) => json,
        Err(error) => unreachable!("strings and lists always serialize: {error}"),
    }
}

fn item<'a>(feed: &'a Feed, entry: &'a FeedEntry) -> Item<'a> {
    let mut authors: Vec<Author> = entry
        .people(&feed.language)
        .into_iter()
        .map(|p| Author { name: p.label })
        .collect();
    if authors.is_empty() {
        let credits = entry.credits.trim();
        let name = if credits.is_empty() {
            &feed.title
        } else {
            credits
        };
        authors.push(Author {
            name: name.to_owned(),
        });
    }
    Item {
        id: entry_id(&entry.slug, &feed.language),
        url: &entry.url,
        title: &entry.title,
        content_text: entry.summary_with_note(&feed.language),
        date_published: rfc3339(entry.published_at),
        date_modified: rfc3339(entry.updated_at),
        authors,
        language: &feed.language,
    }
}
