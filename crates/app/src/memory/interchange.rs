//! The memory as TMX 1.4b: exported a page at a time (never the whole memory in memory), and
//! imported from another tool's archive in one transaction, so that an import that stops
//! (a file cut short, a database error) leaves nothing behind. Units the file gets wrong are
//! skipped and reported with their line; the rest is imported.
//!
//! Each exported unit carries Bitext's provenance as `x-bitext-*` properties (kind, origin,
//! article, revisions, paragraph, published, withdrawn); an import reads `x-bitext-kind` back
//! and ignores the rest (a unit imported is an imported unit, whatever it was before).

use std::{
    io::{BufRead, Write},
    sync::{Arc, Mutex, PoisonError},
};

use bitext_domain::{LanguageTag, memory::UnitKind};
use bitext_store::memory::{ExportFilter, ImportedUnit, MemoryUnit, NewUnit};
use bitext_tmx::{Header, ReadError, Reader, Unit, Writer};

use super::{KEEPERS, MemoryError};
use crate::{Actor, App, AppResult};

/// Units per import statement batch and per export page.
const BATCH: usize = 1_000;
/// The most characters of an imported segment.
pub const MAX_SEGMENT: usize = 20_000;

/// A unit of the file left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The line of its `<tu>`.
    pub line: u64,
    /// A stable code, also the Fluent message id (`tmx-…`).
    pub code: &'static str,
    /// What the code names (a language tag, a date as written…), empty when nothing.
    pub detail: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Units read from the file (one per target language of a `<tu>`), skipped ones included.
    pub read: u64,
    /// Units new to the memory.
    pub recorded: u64,
    /// Units the memory already held.
    pub already: u64,
    pub skipped: Vec<Skipped>,
}

impl App {
    /// Imports a TMX document (editors, admins). See [`App::import_memory_unchecked`].
    ///
    /// # Errors
    /// Forbidden; as [`App::import_memory_unchecked`].
    pub async fn import_memory<R: BufRead>(
        &self,
        actor: &Actor,
        input: R,
    ) -> AppResult<ImportReport> {
        actor.require(KEEPERS)?;
        self.import_memory_unchecked(input, |_| {}).await
    }

    /// Imports a TMX document read from `input`, for the command line (which holds the
    /// database itself): every unit in one transaction, committed only when the whole
    /// document was read; `progress` is told how many bytes were read so far.
    ///
    /// # Errors
    /// [`MemoryError::ImportUnreadable`] when the document is not TMX or stops early (nothing
    /// is imported); database errors.
    pub async fn import_memory_unchecked<R: BufRead>(
        &self,
        input: R,
        mut progress: impl FnMut(u64),
    ) -> AppResult<ImportReport> {
        let reader =
            Reader::new(input).map_err(|e| MemoryError::ImportUnreadable { line: e.line })?;
        let now = bitext_domain::now();
        let tx = self.write().await?;
        let mut report = ImportReport::default();
        let mut batch = Vec::with_capacity(BATCH);
        let mut reader = reader;
        while let Some(item) = reader.next() {
            report.read += 1;
            match item.map_err(Into::into).and_then(imported) {
                Ok(unit) => batch.push(unit),
                Err(Refused::Read(ReadError::Fatal(e))) => {
                    return Err(MemoryError::ImportUnreadable { line: e.line }.into());
                }
                Err(Refused::Read(ReadError::Unit(e))) => report.skipped.push(Skipped {
                    line: e.line,
                    code: e.kind.code(),
                    detail: e.kind.detail(),
                }),
                Err(Refused::Ours { code, detail }) => report.skipped.push(Skipped {
                    line: reader.unit_line(),
                    code,
                    detail,
                }),
            }
            if batch.len() >= BATCH {
                let done = tx.import_units(&batch, now).await?;
                report.recorded += done.recorded;
                report.already += done.already;
                batch.clear();
                progress(reader.position());
            }
        }
        let done = tx.import_units(&batch, now).await?;
        report.recorded += done.recorded;
        report.already += done.already;
        progress(reader.position());
        tx.commit().await?;
        Ok(report)
    }

    /// Starts an export of the memory as it stands now (editors, admins).
    ///
    /// # Errors
    /// Forbidden; database errors.
    pub async fn export_memory(
        &self,
        actor: &Actor,
        filter: ExportFilter,
    ) -> AppResult<MemoryExport> {
        actor.require(KEEPERS)?;
        let up_to = self.read().await?.memory_last_id().await?;
        let sink = Sink::default();
        let header = Header {
            source_language: filter
                .source_language
                .clone()
                .unwrap_or_else(|| "*all*".to_owned()),
            tool: "Bitext".to_owned(),
            tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            created: bitext_domain::now(),
        };
        let writer = Writer::new(sink.clone(), &header)?;
        Ok(MemoryExport {
            app: self.clone(),
            filter,
            after: 0,
            up_to,
            writer: Some(writer),
            sink,
        })
    }
}

/// An export under way: [`MemoryExport::next_chunk`] gives the document piece by piece.
pub struct MemoryExport {
    app: App,
    filter: ExportFilter,
    after: i64,
    up_to: i64,
    writer: Option<Writer<Sink>>,
    sink: Sink,
}

impl std::fmt::Debug for MemoryExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryExport")
            .field("after", &self.after)
            .field("up_to", &self.up_to)
            .finish_non_exhaustive()
    }
}

impl MemoryExport {
    /// The next piece of the document (the header first, the end last), `None` after the end.
    /// Each page of units is read in a transaction of its own; units are never changed or
    /// deleted, so the pages together are the memory as it stood when the export began.
    ///
    /// # Errors
    /// Database errors; the document is then incomplete.
    pub async fn next_chunk(&mut self) -> AppResult<Option<Vec<u8>>> {
        let Some(mut writer) = self.writer.take() else {
            return Ok(None);
        };
        let page = self
            .app
            .read()
            .await?
            .memory_page(&self.filter, self.after, self.up_to, BATCH as u64)
            .await?;
        if let Some(last) = page.last() {
            self.after = last.id;
            for unit in &page {
                match writer.write(&tmx_unit(unit)) {
                    Ok(()) | Err(bitext_tmx::WriteError::Unit(_)) => {}
                    Err(bitext_tmx::WriteError::Io(e)) => {
                        return Err(e.into());
                    }
                }
            }
            self.writer = Some(writer);
        } else {
            writer.finish()?;
        }
        Ok(Some(self.sink.take()))
    }
}

/// A `Write` whose bytes are taken out piece by piece.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Sink {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A unit as TMX writes it, with Bitext's provenance as properties.
fn tmx_unit(u: &MemoryUnit) -> Unit {
    let mut properties = vec![
        ("x-bitext-kind".to_owned(), u.kind.as_str().to_owned()),
        (
            "x-bitext-origin".to_owned(),
            if u.approved { "approval" } else { "import" }.to_owned(),
        ),
    ];
    let mut add = |name: &str, value: Option<String>| {
        if let Some(v) = value {
            properties.push((name.to_owned(), v));
        }
    };
    add("x-bitext-article", u.slug.clone());
    add("x-bitext-revision", u.revision.map(|n| n.to_string()));
    add(
        "x-bitext-source-revision",
        u.source_revision.map(|n| n.to_string()),
    );
    add("x-bitext-paragraph", u.paragraph.map(|n| n.to_string()));
    add("x-bitext-published", u.published.then(|| "true".to_owned()));
    add("x-bitext-withdrawn", u.withdrawn.then(|| "true".to_owned()));
    Unit {
        source_language: u.source_language.clone(),
        target_language: u.target_language.clone(),
        source: u.source.clone(),
        target: u.target.clone(),
        created_by: u.translator.clone(),
        created_at: Some(u.created_at),
        note: u.note.clone(),
        properties,
    }
}

/// Why a unit read is not imported.
enum Refused {
    Read(ReadError),
    Ours { code: &'static str, detail: String },
}

impl From<ReadError> for Refused {
    fn from(e: ReadError) -> Self {
        Self::Read(e)
    }
}

/// A unit read from a file as the memory keeps it.
fn imported(unit: Unit) -> Result<ImportedUnit, Refused> {
    let tag = |t: &str| {
        LanguageTag::parse(t.trim()).map_err(|_| Refused::Ours {
            code: "tmx-bad-language",
            detail: t.to_owned(),
        })
    };
    let (source_language, target_language) =
        (tag(&unit.source_language)?, tag(&unit.target_language)?);
    if source_language == target_language {
        return Err(Refused::Ours {
            code: "tmx-same-language",
            detail: source_language.as_str().to_owned(),
        });
    }
    let (source, target) = (unit.source.trim(), unit.target.trim());
    for text in [source, target] {
        if text.chars().count() > MAX_SEGMENT {
            return Err(Refused::Ours {
                code: "tmx-segment-too-long",
                detail: MAX_SEGMENT.to_string(),
            });
        }
    }
    let kind = match unit
        .properties
        .iter()
        .find(|(name, _)| name == "x-bitext-kind")
        .and_then(|(_, v)| UnitKind::parse(v))
    {
        Some(kind) => kind,
        None => UnitKind::Sentence,
    };
    Ok(ImportedUnit {
        source_language: source_language.as_str().to_owned(),
        target_language: target_language.as_str().to_owned(),
        unit: NewUnit {
            kind,
            paragraph: None,
            source: source.to_owned(),
            target: target.to_owned(),
        },
        translator: unit.created_by.filter(|c| !c.trim().is_empty()),
        note: unit.note.filter(|n| !n.trim().is_empty()),
        created_at: unit.created_at,
    })
}
