//! What goes wrong when reading or writing TMX, each with a stable code that is also the
//! Fluent message id a front end shows it with (`locales/<tag>/cli.ftl`), taking `$line` and
//! `$detail`.

use thiserror::Error;

/// Why one `<tu>` could not be read. Reading goes on with the next one.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum UnitErrorKind {
    /// No `<tuv>` in the source language.
    #[error("no variant in the source language {0}")]
    MissingSource(String),
    /// No `<tuv>` besides the source.
    #[error("no translation besides the source")]
    MissingTarget,
    /// A `<tuv>` without `xml:lang` (or TMX 1.1 `lang`), or a unit with an empty language.
    #[error("a variant has no language")]
    MissingLanguage,
    /// A `<tuv>` without `<seg>`.
    #[error("a variant has no segment")]
    MissingSegment,
    /// A source or target that is empty or only white space.
    #[error("a segment is empty")]
    EmptySegment,
    /// Two `<tuv>`s in the same language.
    #[error("two variants in the language {0}")]
    DuplicateLanguage(String),
    /// A `creationdate` that is not a TMX date.
    #[error("creationdate {0:?} is not a date like 20261130T064205Z")]
    BadDate(String),
    /// A character XML 1.0 cannot carry (the code point is given).
    #[error("character U+{0:04X} is not allowed in XML 1.0")]
    ForbiddenCharacter(u32),
    /// An entity other than the five XML predefines, or a malformed character reference.
    #[error("unknown entity &{0};")]
    UnknownEntity(String),
}

impl UnitErrorKind {
    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingSource(_) => "tmx-missing-source",
            Self::MissingTarget => "tmx-missing-target",
            Self::MissingLanguage => "tmx-missing-language",
            Self::MissingSegment => "tmx-missing-segment",
            Self::EmptySegment => "tmx-empty-segment",
            Self::DuplicateLanguage(_) => "tmx-duplicate-language",
            Self::BadDate(_) => "tmx-bad-date",
            Self::ForbiddenCharacter(_) => "tmx-forbidden-character",
            Self::UnknownEntity(_) => "tmx-unknown-entity",
        }
    }

    /// The Fluent message's `$detail`: the language, the date as written, the code point
    /// (`U+0001`) or the entity; empty for the others.
    pub fn detail(&self) -> String {
        match self {
            Self::MissingSource(language) | Self::DuplicateLanguage(language) => language.clone(),
            Self::BadDate(date) => date.clone(),
            Self::ForbiddenCharacter(c) => format!("U+{c:04X}"),
            Self::UnknownEntity(name) => format!("&{name};"),
            Self::MissingTarget
            | Self::MissingLanguage
            | Self::MissingSegment
            | Self::EmptySegment => String::new(),
        }
    }
}

/// A `<tu>` that was skipped, with the line of its start tag (counted from 1).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {kind}")]
pub struct UnitError {
    pub line: u64,
    pub kind: UnitErrorKind,
}

/// Why reading stopped.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FatalErrorKind {
    /// The input is not well-formed XML (the parser's message is given).
    #[error("not well-formed XML: {0}")]
    NotXml(String),
    /// Well-formed so far, but not a `<tmx>` document with a `<body>`.
    #[error("not a TMX document: {0}")]
    NotTmx(String),
    /// The document ends before `</tmx>`.
    #[error("the document ends before </tmx>")]
    Truncated,
    /// Bytes that are not in the document's encoding, or an encoding other than UTF-8 and
    /// UTF-16 (the name is given).
    #[error("unsupported or broken encoding: {0}")]
    Encoding(String),
    /// Reading the input failed (the system's message is given).
    #[error("reading failed: {0}")]
    Io(String),
}

impl FatalErrorKind {
    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotXml(_) => "tmx-not-xml",
            Self::NotTmx(_) => "tmx-not-tmx",
            Self::Truncated => "tmx-truncated",
            Self::Encoding(_) => "tmx-encoding",
            Self::Io(_) => "tmx-read-failed",
        }
    }

    /// The Fluent message's `$detail`: the parser's or the system's own words, or the
    /// encoding; empty for a truncated document.
    pub fn detail(&self) -> String {
        match self {
            Self::NotXml(d) | Self::NotTmx(d) | Self::Encoding(d) | Self::Io(d) => d.clone(),
            Self::Truncated => String::new(),
        }
    }
}

/// The document cannot be read any further; the line (counted from 1) is where it was noticed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {kind}")]
pub struct FatalError {
    pub line: u64,
    pub kind: FatalErrorKind,
}

/// What the reader's iterator yields instead of a unit: a skipped unit (reading goes on) or
/// the end of reading (the iterator yields nothing more after it).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error(transparent)]
    Unit(#[from] UnitError),
    #[error(transparent)]
    Fatal(#[from] FatalError),
}

impl ReadError {
    /// Whether reading stopped here.
    pub fn is_fatal(&self) -> bool {
        matches!(self, Self::Fatal(_))
    }

    /// The line (counted from 1): of the `<tu>` start tag for a unit error.
    pub fn line(&self) -> u64 {
        match self {
            Self::Unit(e) => e.line,
            Self::Fatal(e) => e.line,
        }
    }

    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unit(e) => e.kind.code(),
            Self::Fatal(e) => e.kind.code(),
        }
    }

    /// The Fluent message's `$detail` (its other variable is `$line`).
    pub fn detail(&self) -> String {
        match self {
            Self::Unit(e) => e.kind.detail(),
            Self::Fatal(e) => e.kind.detail(),
        }
    }
}

/// Why a unit was not written.
#[derive(Debug, Error)]
pub enum WriteError {
    /// The unit cannot be written as it is ([`crate::Unit::check`]); nothing of it was
    /// written and the writer can go on with the next one.
    #[error("unit not written: {0}")]
    Unit(#[from] UnitErrorKind),
    /// The output failed; the document is incomplete.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
