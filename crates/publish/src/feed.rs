//! A language's feed as readers' apps see it: one entry per published translation, kept in
//! place by corrections, written out as Atom ([`crate::atom`]) or JSON Feed
//! ([`crate::json_feed`]).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use bitext_i18n::{Arg, Localizer};

use crate::markup::path_segment;

/// One published translation in a feed, as its newest edition has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedEntry {
    pub slug: String,
    /// The number of the newest edition.
    pub edition: i32,
    pub title: String,
    pub summary: String,
    /// Display names of the translators, in order of first contribution.
    pub translators: Vec<String>,
    /// Display names of the editors who approved, in order.
    pub editors: Vec<String>,
    /// The credit line; it names the entry's author when no person is listed.
    pub credits: String,
    /// The correction note of the newest edition that is not minor, when it corrects an
    /// earlier one.
    pub correction_note: Option<String>,
    /// When the first edition was published; a correction leaves it as it was.
    pub published_at: DateTime<Utc>,
    /// When the newest edition that is not minor was published: an edition that only
    /// refreshed the original's text is not news to a feed reader.
    pub updated_at: DateTime<Utc>,
    /// Absolute link to the reading page of the newest edition.
    pub url: String,
}

/// A feed of the translations published in one language, newest first as given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feed {
    /// The BCP 47 tag of the entries' language; the feed's `xml:lang`.
    pub language: String,
    pub title: String,
    /// The feed's own absolute address in the format being written.
    pub self_url: String,
    /// The absolute address of the readers' index, the feed's home page.
    pub home_url: String,
    /// A permanent IRI for the feed.
    pub id: String,
    /// When any entry last changed; a fixed time for a feed that has none.
    pub updated: DateTime<Utc>,
    pub entries: Vec<FeedEntry>,
}

/// The permanent id of a translation's entry: `tag:bitext,2026:SLUG/LANG` (RFC 4151), the
/// same however often the feed is rendered and whatever corrections follow.
pub fn entry_id(slug: &str, language: &str) -> String {
    format!(
        "tag:bitext,2026:{}/{}",
        path_segment(slug),
        path_segment(language)
    )
}

/// A person named in an entry, with their part in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// The display name with the localized role: "Ana Li (translator)".
    pub label: String,
    /// Translators are authors; editors contribute.
    pub author: bool,
}

impl FeedEntry {
    /// The entry's people in the feed's language: translators first, then editors.
    pub(crate) fn people(&self, language: &str) -> Vec<Person> {
        let i18n = Localizer::global();
        let locale = i18n.negotiate(Some(language));
        let label = |id: &str, name: &str| i18n.format(&locale, id, &[("name", Arg::from(name))]);
        let translators = self.translators.iter().map(|name| Person {
            label: label("feed-translator", name),
            author: true,
        });
        let editors = self.editors.iter().map(|name| Person {
            label: label("feed-editor", name),
            author: false,
        });
        translators.chain(editors).collect()
    }

    /// The summary after the localized correction note, when there is one.
    pub(crate) fn summary_with_note(&self, language: &str) -> String {
        match self.correction_note.as_deref() {
            Some(note) => {
                let i18n = Localizer::global();
                let locale = i18n.negotiate(Some(language));
                let note = i18n.format(&locale, "web-correction", &[("note", Arg::from(note))]);
                format!("{note}\n\n{}", self.summary)
            }
            None => self.summary.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids_are_tag_uris_that_keep_only_safe_characters() {
        assert_eq!(
            entry_id("river-report", "zh-Hans"),
            "tag:bitext,2026:river-report/zh-Hans"
        );
        assert_eq!(entry_id("a b/c", "ug"), "tag:bitext,2026:a%20b%2Fc/ug");
    }

    #[test]
    fn people_carry_their_role_in_the_feed_language() {
        let entry = FeedEntry {
            slug: "s".into(),
            edition: 2,
            title: "t".into(),
            summary: "body".into(),
            translators: vec!["Ana".into()],
            editors: vec!["Bo".into()],
            credits: String::new(),
            correction_note: Some("A date was wrong.".into()),
            published_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
            url: "http://localhost/read/s/en".into(),
        };
        let labels: Vec<_> = entry
            .people("en")
            .into_iter()
            .map(|p| (p.label, p.author))
            .collect();
        assert_eq!(
            labels,
            [
                ("Ana (translator)".to_owned(), true),
                ("Bo (editor)".to_owned(), false)
            ]
        );
        assert_eq!(entry.people("zh-Hant")[0].label, "Ana（譯者）");
        assert_eq!(
            entry.summary_with_note("en"),
            "Correction: A date was wrong.\n\nbody"
        );
    }
}
