//! The glossary of a language pair, as the checks read it: each term of the source language
//! with the rendering the desk agreed on, the other renderings it allows, and the ones it
//! forbids.
//!
//! A term found in a source paragraph whose translation paragraph has none of its allowed
//! renderings is a warning ([`MISSING`]); a forbidden rendering in the translation paragraph of
//! a source paragraph that has the term is an error ([`FORBIDDEN`]). A forbidden rendering
//! elsewhere is left alone: the same words may render something else there, and a check that
//! is unsure says nothing.
//!
//! Matching is by each pattern's own script, whatever the languages: text in Han characters is
//! found as a substring; text that begins or ends in another script's letters must begin or end
//! on a word boundary there, case aside, and may end in a plural or possessive (`-s`, `-es`,
//! `'s`, `s'`). A pattern written all in capitals (`US`, `WTO`) is an acronym and matches only
//! as written. Within one text a match inside a longer one is not counted: "人民币" is not also
//! "人民". Every paragraph is read once for all the terms (Aho–Corasick), so the check stays
//! linear in the text's length however long the glossary.

use aho_corasick::{AhoCorasick, MatchKind};

use super::finding::{Finding, Severity, Span};
use super::untranslated::is_han;

/// A glossary term in the source without an agreed rendering in the translation.
pub const MISSING: &str = "glossary-missing";
/// A rendering the glossary forbids, where the source has the term.
pub const FORBIDDEN: &str = "glossary-forbidden";

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Term {
    /// The term as the source language writes it: "海关".
    pub term: String,
    /// The rendering agreed on: "customs".
    pub translation: String,
    /// Other renderings that are also right.
    pub variants: Vec<String>,
    /// Renderings that must not be used.
    pub forbidden: Vec<String>,
    /// Why, or how to use it; for people, never read by the checks.
    pub note: String,
}

impl Term {
    /// The renderings the glossary allows: the agreed one first, then its variants.
    pub fn allowed(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.translation.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

/// What a pattern stands for in one term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Term,
    Allowed,
    Forbidden,
}

/// One distinct text to look for, and every term that uses it.
#[derive(Debug)]
struct Pattern {
    /// As the glossary writes it.
    text: String,
    /// Written all in capitals: matched only as written.
    acronym: bool,
    /// Begins (ends) with a letter or digit of a spaced script: needs a word boundary there.
    open_start: bool,
    open_end: bool,
    uses: Vec<(usize, Use)>,
}

/// One match in a paragraph, in characters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pattern: usize,
    start: usize,
    end: usize,
}

/// The patterns of one side, compiled once for every paragraph.
#[derive(Debug)]
struct Patterns {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

/// A letter or digit of a script written with spaces between words.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

/// One character lowercased to one character, so that offsets in characters stay the same.
fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl Patterns {
    fn new(texts: impl Iterator<Item = (usize, Use, String)>) -> Self {
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        for (term, used, text) in texts {
            let text = text.trim().to_owned();
            if text.is_empty() {
                continue;
            }
            let key: String = text.chars().map(fold).collect();
            let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
            let acronym = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
            // "US" and "us" share one pattern, matched as an acronym only if both are.
            if let Some(i) = folded.iter().position(|k| *k == key) {
                patterns[i].uses.push((term, used));
                patterns[i].acronym &= acronym;
                continue;
            }
            patterns.push(Pattern {
                acronym,
                open_start: text.chars().next().is_some_and(is_word_char),
                open_end: text.chars().next_back().is_some_and(is_word_char),
                uses: vec![(term, used)],
                text,
            });
            folded.push(key);
        }
        let automaton = (!folded.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&folded)
                .expect("glossary patterns are few enough to compile")
        });
        Self {
            automaton,
            patterns,
        }
    }

    /// Every match in `text`, without those inside a longer one, in order.
    fn find(&self, text: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let chars: Vec<char> = text.chars().collect();
        let lower: String = chars.iter().copied().map(fold).collect();
        let starts: Vec<usize> = lower.char_indices().map(|(b, _)| b).collect();
        let char_at = |byte: usize| starts.partition_point(|&b| b < byte);
        let mut hits: Vec<Hit> = automaton
            .find_overlapping_iter(&lower)
            .filter_map(|m| {
                let pattern = &self.patterns[m.pattern().as_usize()];
                let start = char_at(m.start());
                let end = char_at(m.end());
                pattern.accept(&chars, start, end).map(|end| Hit {
                    pattern: m.pattern().as_usize(),
                    start,
                    end,
                })
            })
            .collect();
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut reach = 0;
        hits.retain(|h| {
            let inside = h.end <= reach;
            reach = reach.max(h.end);
            !inside
        });
        hits
    }
}

impl Pattern {
    /// Where a match at `start..end` really ends (after a plural or possessive ending), or
    /// `None` when it is not a match: inside a word, or an acronym in other letters.
    fn accept(&self, chars: &[char], start: usize, end: usize) -> Option<usize> {
        if self.open_start && start > 0 && is_word_char(chars[start - 1]) {
            return None;
        }
        if self.acronym && !chars[start..end].iter().copied().eq(self.text.chars()) {
            return None;
        }
        if !self.open_end {
            return Some(end);
        }
        let rest = &chars[end..];
        let endings: &[&[char]] = if self.acronym {
            &[&['\'', 's'], &['’', 's'], &['s'], &[]]
        } else {
            &[
                &['\'', 's'],
                &['’', 's'],
                &['e', 's'],
                &['s', '\''],
                &['s'],
                &[],
            ]
        };
        endings.iter().find_map(|ending| {
            let n = ending.len();
            let fits = rest.len() >= n
                && rest[..n]
                    .iter()
                    .map(|&c| fold(c))
                    .eq(ending.iter().copied());
            (fits && !rest.get(n).copied().is_some_and(is_word_char)).then_some(end + n)
        })
    }
}

/// A glossary ready to check paragraphs with.
#[derive(Debug)]
pub(super) struct Glossary<'g> {
    terms: &'g [Term],
    source: Patterns,
    translation: Patterns,
}

impl<'g> Glossary<'g> {
    pub(super) fn new(terms: &'g [Term]) -> Self {
        let source = Patterns::new(
            terms
                .iter()
                .enumerate()
                .map(|(i, t)| (i, Use::Term, t.term.clone())),
        );
        let translation = Patterns::new(terms.iter().enumerate().flat_map(|(i, t)| {
            t.allowed()
                .map(move |r| (i, Use::Allowed, r.to_owned()))
                .chain(
                    t.forbidden
                        .iter()
                        .map(move |r| (i, Use::Forbidden, r.clone())),
                )
        }));
        Self {
            terms,
            source,
            translation,
        }
    }

    /// Whether the glossary allows `rendering` (as written, case aside) for some term.
    pub(super) fn allows(&self, rendering: &str) -> bool {
        self.terms
            .iter()
            .flat_map(Term::allowed)
            .any(|r| r.trim().eq_ignore_ascii_case(rendering))
    }

    /// The findings of paragraph `paragraph`: terms without an allowed rendering, and forbidden
    /// renderings of the terms its source has.
    pub(super) fn check_paragraph(
        &self,
        paragraph: usize,
        source: &str,
        translation: &str,
    ) -> Vec<Finding> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        // The first place each term is found in the source, in order.
        let mut in_source: Vec<(usize, Span)> = Vec::new();
        for hit in self.source.find(source) {
            for &(term, _) in &self.source.patterns[hit.pattern].uses {
                if !in_source.iter().any(|&(t, _)| t == term) {
                    in_source.push((
                        term,
                        Span {
                            start: hit.start,
                            end: hit.end,
                        },
                    ));
                }
            }
        }
        if in_source.is_empty() {
            return Vec::new();
        }
        let rendered = self.translation.find(translation);
        let uses = |hit: &Hit, term: usize, used: Use| {
            self.translation.patterns[hit.pattern]
                .uses
                .contains(&(term, used))
        };
        let mut found = Vec::new();
        for (term, span) in in_source {
            let entry = &self.terms[term];
            let forbidden: Vec<&Hit> = rendered
                .iter()
                .filter(|h| uses(h, term, Use::Forbidden))
                .collect();
            for hit in &forbidden {
                let mut f = Finding::new(FORBIDDEN, Severity::Error, paragraph);
                f.source = Some(span);
                f.translation = Some(Span {
                    start: hit.start,
                    end: hit.end,
                });
                f.suggestion = Some(entry.translation.trim().to_owned());
                f.expected = Some(entry.translation.trim().to_owned());
                found.push(f);
            }
            if forbidden.is_empty() && !rendered.iter().any(|h| uses(h, term, Use::Allowed)) {
                let mut f = Finding::new(MISSING, Severity::Warning, paragraph);
                f.source = Some(span);
                f.expected = Some(entry.translation.trim().to_owned());
                found.push(f);
            }
        }
        found
    }
}

#[cfg(test)]
#[path = "glossary_tests.rs"]
mod tests;
