//! A search query: units that must all match, each a word, a phrase or a prefix, and how a
//! document that matches them is scored.

use crate::{Coded, ErrorArgs, ErrorCode};

use super::terms::terms;

/// The longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Units past this many are ignored.
const MAX_UNITS: usize = 16;
/// A title hit outweighs this many body hits.
const TITLE_WEIGHT: u32 = 25;

/// A query that cannot be searched for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchQueryError {
    /// No letter, digit or character to look for.
    #[error("the query has nothing to search for")]
    Empty,
    #[error("the query is longer than {max} characters")]
    TooLong { max: usize },
}

impl Coded for SearchQueryError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Empty => ErrorCode::SearchQueryEmpty,
            Self::TooLong { .. } => ErrorCode::SearchQueryTooLong,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::Empty => vec![],
            Self::TooLong { max } => vec![("max", (*max).into())],
        }
    }
}

/// One part of a query; a document matches it when its title or its body holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unit {
    /// A whole term.
    Word(String),
    /// A term starting with this (the last word of a query, when it runs to the end).
    Prefix(String),
    /// Adjacent unspaced characters (海关 is 海 then 关), each a term, in this order.
    Phrase(Vec<String>),
}

impl Unit {
    /// How many times it occurs in `terms`.
    fn count(&self, terms: &[&str]) -> u32 {
        let hits = match self {
            Self::Word(w) => terms.iter().filter(|t| *t == w).count(),
            Self::Prefix(p) => terms.iter().filter(|t| t.starts_with(p.as_str())).count(),
            Self::Phrase(p) => terms
                .windows(p.len())
                .filter(|w| w.iter().zip(p).all(|(a, b)| a == b))
                .count(),
        };
        u32::try_from(hits).unwrap_or(u32::MAX)
    }

    /// Whether it matches `terms` starting at `i`; how many terms it covers if so.
    pub fn match_at(&self, terms: &[&str], i: usize) -> Option<usize> {
        let t = terms.get(i)?;
        match self {
            Self::Word(w) => (t == w).then_some(1),
            Self::Prefix(p) => t.starts_with(p.as_str()).then_some(1),
            Self::Phrase(p) => {
                let window = terms.get(i..i + p.len())?;
                window.iter().zip(p).all(|(a, b)| a == b).then_some(p.len())
            }
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    units: Vec<Unit>,
}

impl SearchQuery {
    /// Parses what a person typed: terms as [`super::terms`] cuts them; unspaced characters
    /// typed next to each other make a phrase; the last Latin word, when it runs to the very end
    /// of the query and has two characters or more, is a prefix.
    ///
    /// # Errors
    /// [`SearchQueryError::TooLong`] past [`MAX_QUERY_CHARS`]; [`SearchQueryError::Empty`]
    /// when it holds no term.
    pub fn parse(q: &str) -> Result<Self, SearchQueryError> {
        if q.trim().chars().count() > MAX_QUERY_CHARS {
            return Err(SearchQueryError::TooLong {
                max: MAX_QUERY_CHARS,
            });
        }
        let found = terms(q);
        let mut units: Vec<Unit> = Vec::new();
        let mut previous: Option<&super::Term> = None;
        for term in &found {
            let joins = previous
                .is_some_and(|p| p.unspaced && term.unspaced && p.range.end == term.range.start);
            match units.last_mut() {
                Some(Unit::Phrase(p)) if joins => p.push(term.text.clone()),
                Some(last @ Unit::Word(_)) if joins => {
                    if let Unit::Word(w) = last {
                        *last = Unit::Phrase(vec![std::mem::take(w), term.text.clone()]);
                    }
                }
                _ => units.push(Unit::Word(term.text.clone())),
            }
            previous = Some(term);
        }
        if let (Some(last), Some(Unit::Word(w))) = (found.last(), units.last())
            && !last.unspaced
            && last.range.end == q.len()
            && w.chars().count() >= 2
        {
            let w = w.clone();
            units.pop();
            units.push(Unit::Prefix(w));
        }
        let mut unique: Vec<Unit> = Vec::new();
        for u in units {
            if !unique.contains(&u) {
                unique.push(u);
            }
        }
        unique.truncate(MAX_UNITS);
        if unique.is_empty() {
            return Err(SearchQueryError::Empty);
        }
        Ok(Self { units: unique })
    }

    /// The units, all of which a match holds.
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// Whether a document with these indexed title and body terms holds every unit (a phrase
    /// within one of the two).
    pub fn matches(&self, title: &str, body: &str) -> bool {
        let (title, body) = (split(title), split(body));
        self.units
            .iter()
            .all(|u| u.count(&title) > 0 || u.count(&body) > 0)
    }

    /// The score of a document with these indexed title and body terms: for each unit, a title
    /// hit weighs [`TITLE_WEIGHT`] body hits (counting up to 3 title hits and 20 body hits).
    pub fn score(&self, title: &str, body: &str) -> u32 {
        let (title, body) = (split(title), split(body));
        self.units
            .iter()
            .map(|u| TITLE_WEIGHT * u.count(&title).min(3) + u.count(&body).min(20))
            .sum()
    }
}

fn split(indexed: &str) -> Vec<&str> {
    indexed.split(' ').filter(|t| !t.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(q: &str) -> Vec<Unit> {
        SearchQuery::parse(q).unwrap().units
    }
    fn word(w: &str) -> Unit {
        Unit::Word(w.into())
    }
    fn phrase(p: &[&str]) -> Unit {
        Unit::Phrase(p.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn adjacent_han_characters_make_a_phrase() {
        assert_eq!(units("海关"), [phrase(&["海", "关"])]);
        assert_eq!(units("润"), [word("润")]);
        assert_eq!(
            units("海关 边境"),
            [phrase(&["海", "关"]), phrase(&["边", "境"])]
        );
        assert_eq!(units("海，关"), [word("海"), word("关")]);
    }

    #[test]
    fn the_last_latin_word_is_a_prefix_when_it_ends_the_query() {
        assert_eq!(
            units("Customs bord"),
            [word("customs"), Unit::Prefix("bord".into())]
        );
        assert_eq!(units("customs border "), [word("customs"), word("border")]);
        assert_eq!(units("a"), [word("a")]);
    }

    #[test]
    fn empty_and_long_queries_are_refused() {
        assert_eq!(SearchQuery::parse("  "), Err(SearchQueryError::Empty));
        assert_eq!(SearchQuery::parse("“…”!"), Err(SearchQueryError::Empty));
        assert_eq!(
            SearchQuery::parse(&"x".repeat(201)),
            Err(SearchQueryError::TooLong { max: 200 })
        );
    }

    #[test]
    fn a_title_hit_outscores_body_hits() {
        let q = SearchQuery::parse("海关").unwrap();
        assert!(q.score("海 关", "") > q.score("", "海 关 海 关 海 关"));
        assert!(q.matches("", "美 国 海 关"));
        assert!(!q.matches("海", "关"));
    }
}
