//! TMX 1.4b, the translation-memory interchange format: a streaming writer for Bitext's
//! exports and a streaming reader for what other tools (Trados, memoQ, OmegaT, Okapi,
//! translate-toolkit) write.
//!
//! Both sides keep one unit in memory at a time, so an archive of any size can be exported
//! or imported. The reader reports a bad `<tu>` as a [`UnitError`] with the line of its start
//! tag and goes on; a document that is not XML, not TMX or cut short stops reading with a
//! [`FatalError`]. [`ReadError`] tells the two apart.
//!
//! Characters XML 1.0 cannot carry (the C0 controls other than tab, line feed and carriage
//! return, and U+FFFE/U+FFFF) are refused, never silently dropped or replaced: the writer
//! refuses a unit holding one ([`WriteError::Unit`]) before writing any of it, so an export
//! can skip it and go on, and the reader reports a unit that holds one, raw or as a
//! character reference, as [`UnitErrorKind::ForbiddenCharacter`].
//!
//! What the reader keeps of a `<tu>`: `srclang`, `creationid`, `creationdate`, its `<prop>`s
//! and `<note>`s, and the text of each `<tuv>`'s `<seg>`. Inline codes (`<bpt>`, `<ept>`,
//! `<ph>`, `<it>`, `<ut>` and any `<sub>` in them) are dropped, the text of `<hi>` is kept.
//! Notes and properties of a single `<tuv>`, and any other attribute, are not kept. Entities
//! other than the five XML predefines are not expanded (a DTD is never read), so a unit using
//! one is reported. Documents are read in UTF-8 (with or without a byte order mark) or UTF-16;
//! any other declared encoding stops reading.

mod date;
mod error;
mod input;
mod read;
mod seg;
mod write;

pub use date::{format_date, parse_date};
pub use error::{FatalError, FatalErrorKind, ReadError, UnitError, UnitErrorKind, WriteError};
pub use read::{ReadHeader, Reader};
pub use write::Writer;

use chrono::{DateTime, Utc};

/// What the writer puts in `<header>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// `srclang`: the language most units are translated from.
    pub source_language: String,
    /// `creationtool`.
    pub tool: String,
    /// `creationtoolversion`.
    pub tool_version: String,
    /// `creationdate`, written to the second.
    pub created: DateTime<Utc>,
}

/// One translation pair: a source text, its translation, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub source_language: String,
    pub target_language: String,
    pub source: String,
    pub target: String,
    /// The `<tu>`'s `creationid`.
    pub created_by: Option<String>,
    /// The `<tu>`'s `creationdate` (`20261130T064205Z`), to the second.
    pub created_at: Option<DateTime<Utc>>,
    /// The `<tu>`'s `<note>`s, joined by line feeds when there are several.
    pub note: Option<String>,
    /// The `<tu>`'s `<prop type="…">value</prop>`s in document order, e.g.
    /// `("x-bitext-article", "customs-reform")`.
    pub properties: Vec<(String, String)>,
}

impl Unit {
    /// Checks that the unit can be written and read back as it is.
    ///
    /// # Errors
    /// [`UnitErrorKind::MissingLanguage`] for an empty language, [`UnitErrorKind::EmptySegment`]
    /// for a source or target that is empty or only white space, and
    /// [`UnitErrorKind::ForbiddenCharacter`] for a character XML 1.0 cannot carry in any field.
    pub fn check(&self) -> Result<(), UnitErrorKind> {
        if self.source_language.trim().is_empty() || self.target_language.trim().is_empty() {
            return Err(UnitErrorKind::MissingLanguage);
        }
        if self.source.trim().is_empty() || self.target.trim().is_empty() {
            return Err(UnitErrorKind::EmptySegment);
        }
        let fields = [
            &self.source_language,
            &self.target_language,
            &self.source,
            &self.target,
        ]
        .into_iter()
        .chain(self.created_by.as_ref())
        .chain(self.note.as_ref())
        .chain(self.properties.iter().flat_map(|(k, v)| [k, v]));
        for field in fields {
            check_chars(field)?;
        }
        Ok(())
    }
}

/// Whether XML 1.0 can carry `c` at all (as a raw character or a character reference).
pub fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

pub(crate) fn check_chars(text: &str) -> Result<(), UnitErrorKind> {
    match text.chars().find(|c| !xml_allows(*c)) {
        Some(c) => Err(UnitErrorKind::ForbiddenCharacter(c as u32)),
        None => Ok(()),
    }
}
