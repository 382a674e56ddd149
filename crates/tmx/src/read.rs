//! The TMX reader: the prologue and header when it is made, then one `<tu>` at a time.

use crate::Unit;
use crate::date::parse_date;
use crate::error::{FatalError, FatalErrorKind, ReadError, UnitError, UnitErrorKind};
use crate::input::Input;
use crate::seg::{TextMode, attribute, build_units};
use chrono::{DateTime, Utc};
use quick_xml::errors::{IllFormedError, SyntaxError};
use quick_xml::events::{BytesStart, Event};
use std::collections::VecDeque;
use std::io::BufRead;

/// What the document's `<header>` says; absent attributes are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadHeader {
    /// `srclang`; `*all*` means each unit's first variant is its source.
    pub source_language: Option<String>,
    /// `creationtool`.
    pub tool: Option<String>,
    /// `creationtoolversion`.
    pub tool_version: Option<String>,
    /// `creationdate`, when it is a date.
    pub created: Option<DateTime<Utc>>,
}

/// Reads units one by one from a `BufRead`, never holding the whole document.
///
/// The iterator yields each unit, a [`ReadError::Unit`] for each `<tu>` that cannot be read
/// (then goes on), and at most one [`ReadError::Fatal`], after which it yields nothing. A
/// `<tu>` with several translations yields one unit per target language.
pub struct Reader<R: BufRead> {
    pub(crate) xml: quick_xml::Reader<Input<R>>,
    pub(crate) buf: Vec<u8>,
    header: ReadHeader,
    queue: VecDeque<Unit>,
    /// The line of the last `<tu>` start tag read.
    tu_line: u64,
    body_done: bool,
    done: bool,
}

impl<R: BufRead> Reader<R> {
    /// Reads the document up to the start of `<body>`.
    ///
    /// # Errors
    /// A [`FatalError`] when the input is empty or not XML, its root is not `<tmx>`, it has no
    /// `<body>`, it ends early, or it is in an encoding other than UTF-8 or UTF-16.
    pub fn new(inner: R) -> Result<Self, FatalError> {
        let input = Input::new(inner).map_err(|e| fatal(1, io_kind(&e)))?;
        let mut reader = Self {
            xml: quick_xml::Reader::from_reader(input),
            buf: Vec::new(),
            header: ReadHeader::default(),
            queue: VecDeque::new(),
            tu_line: 0,
            body_done: false,
            done: false,
        };
        reader.prologue()?;
        Ok(reader)
    }

    /// The document's header.
    pub fn header(&self) -> &ReadHeader {
        &self.header
    }

    /// How many bytes of the input have been read (of the decoded text for UTF-16), for a
    /// progress bar.
    pub fn position(&self) -> u64 {
        self.xml.get_ref().bytes
    }

    /// The line of the `<tu>` start tag the last unit yielded comes from (0 before any), for
    /// a caller that refuses a unit the reader accepted.
    pub fn unit_line(&self) -> u64 {
        self.tu_line
    }

    /// The line (from 1) the parser is on.
    pub(crate) fn line(&self) -> u64 {
        self.xml.get_ref().lines + 1
    }

    /// The next event, owned; the end of input is an event, errors are fatal.
    pub(crate) fn event(&mut self) -> Result<Event<'static>, FatalError> {
        self.buf.clear();
        match self.xml.read_event_into(&mut self.buf) {
            Ok(event) => Ok(event.into_owned()),
            Err(e) => Err(fatal(self.line(), xml_kind(&e))),
        }
    }

    /// Skips the element whose start tag was just read.
    pub(crate) fn skip(&mut self, start: &BytesStart<'_>) -> Result<(), FatalError> {
        self.buf.clear();
        let end = start.to_end().into_owned();
        match self.xml.read_to_end_into(end.name(), &mut self.buf) {
            Ok(_) => Ok(()),
            Err(e) => Err(fatal(self.line(), xml_kind(&e))),
        }
    }

    fn prologue(&mut self) -> Result<(), FatalError> {
        let mut in_tmx = false;
        loop {
            let line = self.line();
            match self.event()? {
                Event::Decl(decl) => {
                    if let Some(Ok(name)) = decl.encoding() {
                        let name = String::from_utf8_lossy(&name).to_ascii_lowercase();
                        let utf16 = name.starts_with("utf-16");
                        if !(name == "utf-8" || name == "utf8" || utf16) {
                            return Err(fatal(line, FatalErrorKind::Encoding(name)));
                        }
                    }
                }
                Event::Start(e) if !in_tmx => {
                    if e.local_name().as_ref() != b"tmx" {
                        let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                        return Err(fatal(
                            line,
                            FatalErrorKind::NotTmx(format!("root <{name}>")),
                        ));
                    }
                    in_tmx = true;
                }
                Event::Empty(e) if !in_tmx => {
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    return Err(fatal(
                        line,
                        FatalErrorKind::NotTmx(format!("root <{name}/>")),
                    ));
                }
                Event::Start(e) if e.local_name().as_ref() == b"header" => {
                    self.read_header(&e);
                    self.skip(&e)?;
                }
                Event::Empty(e) if e.local_name().as_ref() == b"header" => self.read_header(&e),
                Event::Start(e) if e.local_name().as_ref() == b"body" => return Ok(()),
                Event::Empty(e) if e.local_name().as_ref() == b"body" => {
                    self.body_done = true;
                    return Ok(());
                }
                Event::Start(e) => self.skip(&e)?,
                Event::End(_) => {
                    return Err(fatal(line, FatalErrorKind::NotTmx("no <body>".into())));
                }
                Event::Text(t) if !in_tmx => {
                    let text = t
                        .decode()
                        .map_err(|e| fatal(line, FatalErrorKind::Encoding(e.to_string())))?;
                    if !text.trim().is_empty() {
                        return Err(fatal(
                            line,
                            FatalErrorKind::NotXml("text before the root element".into()),
                        ));
                    }
                }
                Event::Eof if !in_tmx => {
                    return Err(fatal(
                        line,
                        FatalErrorKind::NotXml("no root element".into()),
                    ));
                }
                Event::Eof => return Err(fatal(line, FatalErrorKind::Truncated)),
                _ => {}
            }
        }
    }

    fn read_header(&mut self, e: &BytesStart<'_>) {
        let get = |name: &[u8]| attribute(e, name).ok().flatten();
        self.header = ReadHeader {
            source_language: get(b"srclang"),
            tool: get(b"creationtool"),
            tool_version: get(b"creationtoolversion"),
            created: get(b"creationdate").as_deref().and_then(parse_date),
        };
    }

    /// After `</body>`: the document must still close `</tmx>`.
    fn finish(&mut self) -> Result<(), FatalError> {
        loop {
            let line = self.line();
            match self.event()? {
                Event::End(e) if e.local_name().as_ref() == b"tmx" => return Ok(()),
                Event::Start(e) => self.skip(&e)?,
                Event::Eof => return Err(fatal(line, FatalErrorKind::Truncated)),
                _ => {}
            }
        }
    }

    fn next_item(&mut self) -> Result<Option<Result<(), UnitError>>, FatalError> {
        loop {
            let line = self.line();
            match self.event()? {
                Event::Start(e) if e.local_name().as_ref() == b"tu" => {
                    self.tu_line = line;
                    return Ok(Some(match self.read_tu(&e)? {
                        Ok(units) => {
                            self.queue.extend(units);
                            Ok(())
                        }
                        Err(kind) => Err(UnitError { line, kind }),
                    }));
                }
                Event::Empty(e) if e.local_name().as_ref() == b"tu" => {
                    let kind = UnitErrorKind::MissingTarget;
                    return Ok(Some(Err(UnitError { line, kind })));
                }
                Event::Start(e) => self.skip(&e)?,
                Event::End(e) if e.local_name().as_ref() == b"body" => return Ok(None),
                Event::End(_) => {
                    return Err(fatal(
                        line,
                        FatalErrorKind::NotXml("unexpected end tag".into()),
                    ));
                }
                Event::Eof => return Err(fatal(line, FatalErrorKind::Truncated)),
                _ => {}
            }
        }
    }

    /// Reads a `<tu>` whose start tag was just read, through its end tag.
    fn read_tu(
        &mut self,
        start: &BytesStart<'_>,
    ) -> Result<Result<Vec<Unit>, UnitErrorKind>, FatalError> {
        let mut first_error: Option<UnitErrorKind> = None;
        let mut keep = |result: Result<Option<String>, UnitErrorKind>| match result {
            Ok(value) => value,
            Err(kind) => {
                first_error.get_or_insert(kind);
                None
            }
        };
        let srclang = keep(attribute(start, b"srclang"));
        let created_by = keep(attribute(start, b"creationid"));
        let created_at = keep(attribute(start, b"creationdate"));
        let mut variants: Vec<(Option<String>, Option<String>)> = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        let mut properties = Vec::new();
        loop {
            match self.event()? {
                Event::Start(e) if e.local_name().as_ref() == b"tuv" => {
                    let language = keep(language(&e));
                    let seg = self.read_tuv()?;
                    variants.push((language, keep(seg)));
                }
                Event::Empty(e) if e.local_name().as_ref() == b"tuv" => {
                    variants.push((keep(language(&e)), None));
                }
                Event::Start(e) if e.local_name().as_ref() == b"prop" => {
                    let kind = keep(attribute(&e, b"type")).unwrap_or_default();
                    let value = self.read_text(TextMode::Plain)?;
                    if let Some(value) = keep(value.map(Some)) {
                        properties.push((kind, value));
                    }
                }
                Event::Empty(e) if e.local_name().as_ref() == b"prop" => {
                    properties.push((
                        keep(attribute(&e, b"type")).unwrap_or_default(),
                        String::new(),
                    ));
                }
                Event::Start(e) if e.local_name().as_ref() == b"note" => {
                    let note = self.read_text(TextMode::Plain)?;
                    notes.extend(keep(note.map(Some)));
                }
                Event::Start(e) => self.skip(&e)?,
                Event::End(_) => break,
                Event::Eof => return Err(fatal(self.line(), FatalErrorKind::Truncated)),
                _ => {}
            }
        }
        if let Some(kind) = first_error {
            return Ok(Err(kind));
        }
        let created_at = match created_at {
            Some(text) => match parse_date(&text) {
                Some(date) => Some(date),
                None => return Ok(Err(UnitErrorKind::BadDate(text))),
            },
            None => None,
        };
        let source_language = srclang.or_else(|| self.header.source_language.clone());
        let template = Unit {
            source_language: String::new(),
            target_language: String::new(),
            source: String::new(),
            target: String::new(),
            created_by,
            created_at,
            note: (!notes.is_empty()).then(|| notes.join("\n")),
            properties,
        };
        Ok(build_units(source_language, variants, template))
    }

    /// Reads a `<tuv>` through its end tag; its `<seg>`'s text, or `None` without one.
    fn read_tuv(&mut self) -> Result<Result<Option<String>, UnitErrorKind>, FatalError> {
        let mut seg = Ok(None);
        loop {
            match self.event()? {
                Event::Start(e) if e.local_name().as_ref() == b"seg" => {
                    seg = self.read_text(TextMode::Segment)?.map(Some);
                }
                Event::Empty(e) if e.local_name().as_ref() == b"seg" => {
                    seg = Ok(Some(String::new()))
                }
                Event::Start(e) => self.skip(&e)?,
                Event::End(_) => return Ok(seg),
                Event::Eof => return Err(fatal(self.line(), FatalErrorKind::Truncated)),
                _ => {}
            }
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Unit, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(unit) = self.queue.pop_front() {
                return Some(Ok(unit));
            }
            if self.done {
                return None;
            }
            let step = if self.body_done {
                self.done = true;
                self.finish().map(|()| None)
            } else {
                self.next_item()
            };
            match step {
                Ok(Some(Ok(()))) => {}
                Ok(Some(Err(unit))) => return Some(Err(ReadError::Unit(unit))),
                Ok(None) => self.body_done = true,
                Err(e) => {
                    self.done = true;
                    self.queue.clear();
                    return Some(Err(ReadError::Fatal(e)));
                }
            }
        }
    }
}

/// The variant's `xml:lang`, or TMX 1.1's `lang`.
fn language(e: &BytesStart<'_>) -> Result<Option<String>, UnitErrorKind> {
    match attribute(e, b"xml:lang")? {
        Some(language) => Ok(Some(language)),
        None => attribute(e, b"lang"),
    }
}

pub(crate) fn fatal(line: u64, kind: FatalErrorKind) -> FatalError {
    FatalError { line, kind }
}

fn io_kind(e: &std::io::Error) -> FatalErrorKind {
    if e.kind() == std::io::ErrorKind::InvalidData {
        FatalErrorKind::Encoding(e.to_string())
    } else {
        FatalErrorKind::Io(e.to_string())
    }
}

pub(crate) fn xml_kind(e: &quick_xml::Error) -> FatalErrorKind {
    match e {
        quick_xml::Error::Io(io) => io_kind(io),
        quick_xml::Error::Encoding(e) => FatalErrorKind::Encoding(e.to_string()),
        // Every unclosed construct the parser reports is met at the end of the input.
        quick_xml::Error::Syntax(e) if *e != SyntaxError::InvalidBangMarkup => {
            FatalErrorKind::Truncated
        }
        quick_xml::Error::IllFormed(
            IllFormedError::MissingEndTag(_) | IllFormedError::UnclosedReference,
        ) => FatalErrorKind::Truncated,
        e => FatalErrorKind::NotXml(e.to_string()),
    }
}
