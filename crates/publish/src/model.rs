//! What a published edition is made of, the reading layouts, and paragraph pairing.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One side of a bilingual edition: the source or the translation, as pinned by the edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    /// Canonical BCP 47 tag, such as `zh-Hans`, `en` or `ug`.
    pub language: String,
    pub title: String,
    /// Plain text; paragraphs are separated by blank lines.
    pub body: String,
    /// The revision number this edition pins.
    pub revision: i32,
}

/// One edition in the history of a translation, as listed on the reading page and the
/// editions page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionSummary {
    pub number: i32,
    pub published_at: DateTime<Utc>,
    pub correction_note: Option<String>,
    /// Only the original's text was updated (minor source revisions): no correction.
    pub minor: bool,
    /// Display name of the publisher.
    pub publisher: String,
}

/// A published edition of one translation, with everything its outputs show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    pub slug: String,
    pub number: i32,
    pub published_at: DateTime<Utc>,
    /// Display name of the publisher.
    pub publisher: String,
    pub source: Side,
    pub translation: Side,
    /// Display names, in order.
    pub translators: Vec<String>,
    /// Display names, in order.
    pub editors: Vec<String>,
    /// Replaces the generated credit line when set.
    pub credit_override: Option<String>,
    /// Set on corrections: editions after the first that are not minor.
    pub correction_note: Option<String>,
    /// This edition only updated the original's text (minor source revisions) under the same
    /// translation revision: readers see no correction notice.
    pub minor: bool,
    /// All editions of this translation, oldest first (this one included).
    pub editions: Vec<EditionSummary>,
    /// The article's published translations that are not withdrawn, this one among them, in
    /// the order pages list them: the pages in other languages the head links to. Empty when
    /// not known; the original's page is always linked.
    pub translations: Vec<Alternate>,
}

/// One language's page of an article: the original's or a published translation's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternate {
    /// Canonical BCP 47 tag, as in the page's address.
    pub language: String,
    /// The title of its newest edition.
    pub title: String,
}

/// The original's page: the source article as its translations publish it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Original {
    pub slug: String,
    /// The source revision the most recent edition of any translation pins.
    pub source: Side,
    /// The published translations that are not withdrawn, in the order the page lists them.
    pub translations: Vec<Alternate>,
    /// When the article's first translation was first published.
    pub published_at: DateTime<Utc>,
    /// When the edition that pins [`Original::source`] was published.
    pub modified_at: DateTime<Utc>,
}

impl Edition {
    /// The number of the newest edition known to this one: its own number
    /// when [`Edition::editions`] lists nothing newer.
    pub fn latest_number(&self) -> i32 {
        self.editions
            .iter()
            .map(|summary| summary.number)
            .fold(self.number, i32::max)
    }

    /// Whether a newer edition supersedes this one.
    pub fn is_superseded(&self) -> bool {
        self.latest_number() > self.number
    }

    /// The newest correction up to this edition: the newest edition after the first, not
    /// after this one, that is not minor.
    pub fn last_correction(&self) -> Option<&EditionSummary> {
        self.editions
            .iter()
            .filter(|e| e.number > 1 && e.number <= self.number && !e.minor)
            .max_by_key(|e| e.number)
    }

    /// When the translation was first published: the earliest of [`Edition::editions`], or
    /// this edition's time when the list is empty.
    pub fn first_published_at(&self) -> DateTime<Utc> {
        self.editions
            .iter()
            .map(|summary| summary.published_at)
            .fold(self.published_at, DateTime::min)
    }
}

/// How the reading page arranges the two texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Two columns: each source paragraph beside its translation.
    #[default]
    SideBySide,
    /// Each source paragraph followed by its translation.
    Interleaved,
    /// The translation alone.
    #[serde(rename = "translation")]
    TranslationOnly,
}

impl Layout {
    /// Every layout, in the order the page offers them.
    pub const ALL: [Layout; 3] = [
        Layout::SideBySide,
        Layout::Interleaved,
        Layout::TranslationOnly,
    ];

    /// The value of `?layout=`: `side-by-side`, `interleaved` or `translation`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Layout::SideBySide => "side-by-side",
            Layout::Interleaved => "interleaved",
            Layout::TranslationOnly => "translation",
        }
    }

    /// The Fluent id of the layout's name.
    pub(crate) const fn message_id(self) -> &'static str {
        match self {
            Layout::SideBySide => "web-layout-side-by-side",
            Layout::Interleaved => "web-layout-interleaved",
            Layout::TranslationOnly => "web-layout-translation",
        }
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `?layout=` value that names no layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLayout(pub String);

impl fmt::Display for UnknownLayout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown layout {:?}: expected side-by-side, interleaved or translation",
            self.0
        )
    }
}

impl std::error::Error for UnknownLayout {}

/// Parses `side-by-side`, `interleaved` or `translation`, exactly.
///
/// # Errors
///
/// [`UnknownLayout`] for any other text.
impl FromStr for Layout {
    type Err = UnknownLayout;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Layout::ALL
            .into_iter()
            .find(|layout| layout.as_str() == s)
            .ok_or_else(|| UnknownLayout(s.to_owned()))
    }
}

/// Paragraph `index` of the source and of the translation; `None` where one side
/// has fewer paragraphs than the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pair<'a> {
    /// Zero-based paragraph number, as in the diff and in comment anchors.
    pub index: usize,
    pub source: Option<&'a str>,
    pub translation: Option<&'a str>,
}

/// The paragraphs of both sides paired by position: paragraph *i* of the
/// translation renders paragraph *i* of the source. There are as many pairs as
/// the longer side has paragraphs.
pub fn pairs(edition: &Edition) -> Vec<Pair<'_>> {
    pair_bodies(&edition.source.body, &edition.translation.body)
}

pub(crate) fn pair_bodies<'a>(source: &'a str, translation: &'a str) -> Vec<Pair<'a>> {
    let source = bitext_domain::text::paragraphs(source);
    let translation = bitext_domain::text::paragraphs(translation);
    (0..source.len().max(translation.len()))
        .map(|index| Pair {
            index,
            source: source.get(index).copied(),
            translation: translation.get(index).copied(),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use chrono::TimeZone;

    use super::*;

    /// A two-paragraph edition from `source` into `translation`, the second of two.
    pub(crate) fn edition(source: &str, translation: &str) -> Edition {
        let at = |day| {
            Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0)
                .single()
                .expect("valid time")
        };
        let side = |language: &str, revision| Side {
            language: language.into(),
            title: format!("Title in {language}"),
            body: format!("First in {language}.\n\nSecond in {language}."),
            revision,
        };
        Edition {
            slug: "river-report".into(),
            number: 2,
            published_at: at(2),
            publisher: "Desk".into(),
            source: side(source, 3),
            translation: side(translation, 5),
            translators: vec!["Alex Chen".into()],
            editors: vec!["Lin Mei".into()],
            credit_override: None,
            correction_note: Some("Fixed a date.".into()),
            minor: false,
            editions: vec![
                EditionSummary {
                    number: 1,
                    published_at: at(1),
                    correction_note: None,
                    minor: false,
                    publisher: "Desk".into(),
                },
                EditionSummary {
                    number: 2,
                    published_at: at(2),
                    correction_note: Some("Fixed a date.".into()),
                    minor: false,
                    publisher: "Desk".into(),
                },
            ],
            translations: Vec::new(),
        }
    }

    #[test]
    fn layouts_round_trip_through_their_query_values() {
        for layout in Layout::ALL {
            assert_eq!(layout.as_str().parse::<Layout>(), Ok(layout));
            assert_eq!(
                serde_json::to_string(&layout).expect("serializes"),
                format!("\"{layout}\"")
            );
        }
        assert_eq!(Layout::default(), Layout::SideBySide);
    }

    #[test]
    fn unknown_layouts_are_refused() {
        for text in ["", "Side-By-Side", "translation-only", "grid"] {
            assert_eq!(text.parse::<Layout>(), Err(UnknownLayout(text.into())));
        }
    }

    #[test]
    fn paragraphs_pair_by_position_and_the_shorter_side_gets_none() {
        let pairs = pair_bodies("一\n\n二\n\n三", "One\n\nTwo");
        assert_eq!(pairs.len(), 3);
        assert_eq!(pairs[1].source, Some("二"));
        assert_eq!(pairs[1].translation, Some("Two"));
        assert_eq!(pairs[2].index, 2);
        assert_eq!(pairs[2].translation, None);
        let pairs = pair_bodies("一", "One\n\n  \n\nTwo\n");
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[1].source, None);
        assert_eq!(pairs[1].translation, Some("Two"));
    }

    #[test]
    fn the_latest_edition_is_known_from_the_list() {
        let mut edition = edition("zh-Hans", "en");
        assert_eq!(edition.latest_number(), 2);
        assert!(!edition.is_superseded());
        edition.number = 1;
        assert!(edition.is_superseded());
        edition.editions.clear();
        assert_eq!(edition.latest_number(), 1);
    }

    #[test]
    fn the_last_correction_skips_minor_editions_and_later_ones() {
        let mut edition = edition("zh-Hans", "en");
        assert_eq!(edition.last_correction().map(|e| e.number), Some(2));
        let mut refreshed = edition.editions[1].clone();
        refreshed.number = 3;
        refreshed.minor = true;
        refreshed.correction_note = None;
        edition.editions.push(refreshed);
        edition.number = 3;
        assert_eq!(edition.last_correction().map(|e| e.number), Some(2));
        edition.number = 1;
        assert_eq!(edition.last_correction(), None);
    }

    #[test]
    fn the_first_publication_is_the_earliest_edition() {
        let mut edition = edition("zh-Hans", "en");
        assert_eq!(
            edition.first_published_at(),
            edition.editions[0].published_at
        );
        edition.editions.clear();
        assert_eq!(edition.first_published_at(), edition.published_at);
    }

    #[test]
    fn empty_bodies_have_no_pairs() {
        assert!(pair_bodies("", "  \n").is_empty());
    }
}
