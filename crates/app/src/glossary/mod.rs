//! The glossary of each language pair, as editors keep it: list and search, read, add, change
//! (against the version the editor read, so that two editors never overwrite each other
//! unseen), delete, and import and export as CSV or TBX. Editors and admins manage it; every
//! member of the desk reads it. The checks read the terms that apply to a translation through
//! [`App::glossary_for`].
//!
//! An import is all or nothing: the first bad row (a field empty or too long, a term given twice
//! in the file, text that does not parse) fails it with its line, and nothing is written. A term
//! the glossary has already is replaced by the file's entry; the others are added.

pub mod csv;
pub mod tbx;

use bitext_domain::{
    Coded, ErrorArg, ErrorArgs, ErrorCode, LanguageTag, Page, Precondition, Role, checks::Term,
};
use bitext_store::StoreError;
pub use bitext_store::glossary::{GlossaryEntry, Imported};

use crate::{Actor, App, AppError, AppResult};

/// Who manages glossaries.
pub const MANAGERS: &[Role] = &[Role::Editor, Role::Admin];
/// Who reads them: the whole desk.
pub const READERS: &[Role] = &[Role::Translator, Role::Editor, Role::Publisher, Role::Admin];

/// The most characters of a term or of one rendering.
pub const MAX_TERM: usize = 200;
/// The most characters of a note.
pub const MAX_NOTE: usize = 2_000;

/// Why a glossary entry or file is refused. A field is named as the messages name it: `term`,
/// `translation`, `variant`, `forbidden` or `note`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GlossaryError {
    #[error("the {field} is empty")]
    FieldEmpty { field: &'static str },
    #[error("the {field} is longer than {max} characters")]
    FieldTooLong { field: &'static str, max: usize },
    #[error("the file cannot be read at line {line}")]
    ImportMalformed { line: u64 },
    #[error("the CSV header is not {}", csv::HEADER)]
    ImportHeader,
    #[error("line {line}: the {field} is empty")]
    ImportFieldEmpty { line: u64, field: &'static str },
    #[error("line {line}: the {field} is longer than {max} characters")]
    ImportFieldTooLong {
        line: u64,
        field: &'static str,
        max: usize,
    },
    #[error("line {line}: {term} was given before")]
    ImportDuplicate { line: u64, term: String },
}

impl GlossaryError {
    /// The same error, on line `line` of a file.
    fn on_line(self, line: u64) -> Self {
        match self {
            Self::FieldEmpty { field } => Self::ImportFieldEmpty { line, field },
            Self::FieldTooLong { field, max } => Self::ImportFieldTooLong { line, field, max },
            _ => Self::ImportMalformed { line },
        }
    }
}

impl Coded for GlossaryError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::FieldEmpty { .. } => ErrorCode::GlossaryFieldEmpty,
            Self::FieldTooLong { .. } => ErrorCode::GlossaryFieldTooLong,
            Self::ImportMalformed { .. } => ErrorCode::GlossaryImportMalformed,
            Self::ImportHeader => ErrorCode::GlossaryImportHeader,
            Self::ImportFieldEmpty { .. } => ErrorCode::GlossaryImportFieldEmpty,
            Self::ImportFieldTooLong { .. } => ErrorCode::GlossaryImportFieldTooLong,
            Self::ImportDuplicate { .. } => ErrorCode::GlossaryImportDuplicate,
        }
    }

    fn args(&self) -> ErrorArgs {
        let field = |f: &str| ("field", ErrorArg::text(f));
        match self {
            Self::FieldEmpty { field: f } => vec![field(f)],
            Self::FieldTooLong { field: f, max } => vec![field(f), ("max", (*max).into())],
            Self::ImportMalformed { line } => vec![("line", (*line).into())],
            Self::ImportHeader => vec![("expected", csv::HEADER.into())],
            Self::ImportFieldEmpty { line, field: f } => vec![("line", (*line).into()), field(f)],
            Self::ImportFieldTooLong {
                line,
                field: f,
                max,
            } => vec![("line", (*line).into()), field(f), ("max", (*max).into())],
            Self::ImportDuplicate { line, term } => {
                vec![("line", (*line).into()), ("term", term.as_str().into())]
            }
        }
    }
}

/// A glossary file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tbx,
}

/// The terms of a glossary file for the pair `source` → `target`, as an import would keep
/// them, without storing them: for checking a file pair on the command line.
///
/// # Errors
/// The first bad entry, with its line.
pub fn read_file(
    text: &str,
    format: Format,
    source: &LanguageTag,
    target: &LanguageTag,
) -> AppResult<Vec<Term>> {
    let rows = match format {
        Format::Csv => csv::read(text)?,
        Format::Tbx => tbx::read(text, source.as_str(), target.as_str())?,
    };
    tidy_rows(rows)
}

/// One entry read from a file, with the line it begins on.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub line: u64,
    pub term: Term,
}

fn bounded(field: &'static str, text: &str, max: usize) -> Result<(), GlossaryError> {
    if text.chars().count() > max {
        return Err(GlossaryError::FieldTooLong { field, max });
    }
    Ok(())
}

/// A term as kept: every field trimmed, empty renderings dropped, each rendering once.
///
/// # Errors
/// [`GlossaryError`] for an empty term or translation, a field too long;
/// [`AppError::Validation`] for a control character.
pub fn tidy(term: Term) -> AppResult<Term> {
    let list = |items: Vec<String>| {
        let mut out: Vec<String> = Vec::new();
        for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            if !out.iter().any(|o| o == item) {
                out.push(item.to_owned());
            }
        }
        out
    };
    let t = Term {
        term: term.term.trim().to_owned(),
        translation: term.translation.trim().to_owned(),
        variants: list(term.variants),
        forbidden: list(term.forbidden),
        note: term.note.trim().to_owned(),
    };
    for (field, text) in [("term", &t.term), ("translation", &t.translation)] {
        if text.is_empty() {
            return Err(GlossaryError::FieldEmpty { field }.into());
        }
        bounded(field, text, MAX_TERM)?;
    }
    for v in &t.variants {
        bounded("variant", v, MAX_TERM)?;
    }
    for f in &t.forbidden {
        bounded("forbidden", f, MAX_TERM)?;
    }
    bounded("note", &t.note, MAX_NOTE)?;
    let single_lines = [&t.term, &t.translation]
        .into_iter()
        .chain(&t.variants)
        .chain(&t.forbidden);
    for text in single_lines {
        bitext_domain::plain_text(text)?;
    }
    Ok(t)
}

/// The rows of a file made ready to write, or the first bad one.
fn tidy_rows(rows: Vec<Row>) -> AppResult<Vec<Term>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let line = row.line;
        let term = tidy(row.term).map_err(|e| match e {
            AppError::Glossary(g) => AppError::Glossary(g.on_line(line)),
            _ => GlossaryError::ImportMalformed { line }.into(),
        })?;
        if !seen.insert(term.term.clone()) {
            return Err(GlossaryError::ImportDuplicate {
                line,
                term: term.term,
            }
            .into());
        }
        out.push(term);
    }
    Ok(out)
}

/// The version a writer based a change on, against the entry's `current` one.
fn based_on(base: &Precondition, current: i32) -> AppResult<i32> {
    if base.matches(current) {
        return Ok(current);
    }
    Err(match base.named_head() {
        Some(expected) => StoreError::GlossaryTermStale { expected, current }.into(),
        None => AppError::TagMismatch { current },
    })
}

impl App {
    /// A page of a pair's glossary, in the order terms were added; with `q`, only the terms
    /// whose term, translation or note contains it.
    ///
    /// # Errors
    /// Forbidden.
    pub async fn glossary_terms(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        q: Option<&str>,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<GlossaryEntry>> {
        actor.require(READERS)?;
        let tx = self.read().await?;
        Ok(tx
            .glossary_entries(source.as_str(), target.as_str(), q, limit, after)
            .await?)
    }

    /// One entry of a pair's glossary.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn glossary_term(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        id: i64,
    ) -> AppResult<GlossaryEntry> {
        actor.require(READERS)?;
        let tx = self.read().await?;
        Ok(tx
            .glossary_entry(source.as_str(), target.as_str(), id)
            .await?)
    }

    /// Adds a term to a pair's glossary (editors, admins).
    ///
    /// # Errors
    /// Forbidden; [`GlossaryError`] for a bad field; a conflict when the pair has the term.
    pub async fn add_glossary_term(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        term: Term,
    ) -> AppResult<GlossaryEntry> {
        actor.require(MANAGERS)?;
        let term = tidy(term)?;
        let tx = self.write().await?;
        let entry = tx
            .add_glossary_entry(&actor.context(), source.as_str(), target.as_str(), &term)
            .await?;
        tx.commit().await?;
        Ok(entry)
    }

    /// Replaces a term's entry (editors, admins), if `base` names its current version.
    ///
    /// # Errors
    /// Forbidden; [`GlossaryError`] for a bad field; not found; stale (412); a conflict when
    /// the new term is another entry's.
    pub async fn update_glossary_term(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        id: i64,
        base: &Precondition,
        term: Term,
    ) -> AppResult<GlossaryEntry> {
        actor.require(MANAGERS)?;
        let term = tidy(term)?;
        let tx = self.write().await?;
        let (s, t) = (source.as_str(), target.as_str());
        let current = tx.glossary_entry(s, t, id).await?;
        let version = based_on(base, current.version)?;
        let entry = tx
            .update_glossary_entry(&actor.context(), s, t, id, version, &term)
            .await?;
        tx.commit().await?;
        Ok(entry)
    }

    /// Deletes a term's entry (editors, admins); with `base`, only if it names its current
    /// version.
    ///
    /// # Errors
    /// Forbidden; not found; stale (412).
    pub async fn delete_glossary_term(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        id: i64,
        base: Option<&Precondition>,
    ) -> AppResult<()> {
        actor.require(MANAGERS)?;
        let tx = self.write().await?;
        let (s, t) = (source.as_str(), target.as_str());
        let version = match base {
            Some(base) => Some(based_on(base, tx.glossary_entry(s, t, id).await?.version)?),
            None => None,
        };
        tx.delete_glossary_entry(s, t, id, version).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Imports a CSV or TBX file into a pair's glossary (editors, admins), all or nothing.
    ///
    /// # Errors
    /// Forbidden; [`GlossaryError`] naming the first bad line; nothing is then written.
    pub async fn import_glossary(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        format: Format,
        text: &str,
    ) -> AppResult<Imported> {
        actor.require(MANAGERS)?;
        let (s, t) = (source.as_str(), target.as_str());
        let rows = match format {
            Format::Csv => csv::read(text)?,
            Format::Tbx => tbx::read(text, s, t)?,
        };
        let terms = tidy_rows(rows)?;
        let tx = self.write().await?;
        let done = tx.import_glossary(&actor.context(), s, t, &terms).await?;
        tx.commit().await?;
        Ok(done)
    }

    /// A pair's whole glossary as a CSV or TBX file.
    ///
    /// # Errors
    /// Forbidden.
    pub async fn export_glossary(
        &self,
        actor: &Actor,
        source: &LanguageTag,
        target: &LanguageTag,
        format: Format,
    ) -> AppResult<String> {
        actor.require(READERS)?;
        let tx = self.read().await?;
        let (s, t) = (source.as_str(), target.as_str());
        let terms: Vec<Term> = tx
            .glossary_export(s, t)
            .await?
            .into_iter()
            .map(|e| e.term)
            .collect();
        Ok(match format {
            Format::Csv => csv::write(&terms),
            Format::Tbx => tbx::write(&terms, s, t),
        })
    }

    /// The glossary terms that apply to a translation between two languages, for the checks:
    /// see [`bitext_store::glossary`] for how pairs apply.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn glossary_for(
        &self,
        source: &LanguageTag,
        target: &LanguageTag,
    ) -> AppResult<Vec<Term>> {
        let tx = self.read().await?;
        Ok(tx.glossary(source.as_str(), target.as_str()).await?)
    }
}
