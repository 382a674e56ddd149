//! Text inside `<seg>`, `<prop>` and `<note>`: entities, CDATA and inline markup; and how the
//! variants of one `<tu>` become units.

use crate::Unit;
use crate::error::{FatalError, FatalErrorKind, UnitErrorKind};
use crate::read::{Reader, fatal};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};
use std::io::BufRead;

/// How markup inside the text is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextMode {
    /// `<seg>`: the native codes in `<bpt>`, `<ept>`, `<ph>`, `<it>` and `<ut>` (with any
    /// `<sub>` in them) are dropped; the text of `<hi>` and of anything else is kept.
    Segment,
    /// `<prop>`, `<note>`: all text is kept.
    Plain,
}

/// Elements whose content is a native code, not text.
fn is_code(name: &[u8]) -> bool {
    matches!(name, b"bpt" | b"ept" | b"ph" | b"it" | b"ut")
}

impl<R: BufRead> Reader<R> {
    /// Reads the text of the element whose start tag was just read, through its end tag.
    pub(crate) fn read_text(
        &mut self,
        mode: TextMode,
    ) -> Result<Result<String, UnitErrorKind>, FatalError> {
        let mut text = String::new();
        let mut error = None;
        let mut depth = 0usize;
        let mut dropping_from: Option<usize> = None;
        loop {
            let line = self.line();
            let keep = dropping_from.is_none();
            match self.event()? {
                Event::Text(t) if keep => {
                    let decoded = t
                        .xml10_content()
                        .map_err(|e| fatal(line, FatalErrorKind::Encoding(e.to_string())))?;
                    text.push_str(&decoded);
                }
                Event::CData(t) if keep => {
                    let decoded = t
                        .xml10_content()
                        .map_err(|e| fatal(line, FatalErrorKind::Encoding(e.to_string())))?;
                    text.push_str(&decoded);
                }
                Event::GeneralRef(r) if keep => match resolve(&r) {
                    Ok(c) => text.push_str(&c),
                    Err(kind) => {
                        error.get_or_insert(kind);
                    }
                },
                Event::Start(e) => {
                    depth += 1;
                    if keep && mode == TextMode::Segment && is_code(e.local_name().as_ref()) {
                        dropping_from = Some(depth);
                    }
                }
                Event::End(_) if depth == 0 => break,
                Event::End(_) => {
                    if dropping_from == Some(depth) {
                        dropping_from = None;
                    }
                    depth -= 1;
                }
                Event::Eof => return Err(fatal(line, FatalErrorKind::Truncated)),
                _ => {}
            }
        }
        Ok(match error {
            Some(kind) => Err(kind),
            None => Ok(text),
        })
    }
}

/// The text an entity or character reference stands for.
fn resolve(r: &BytesRef<'_>) -> Result<String, UnitErrorKind> {
    let name = String::from_utf8_lossy(r).into_owned();
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(c.to_string()),
            _ => Err(UnitErrorKind::UnknownEntity(name)),
        };
    }
    resolve_predefined_entity(&name)
        .map(str::to_owned)
        .ok_or(UnitErrorKind::UnknownEntity(name))
}

/// An attribute's unescaped value; `name` is the qualified name (`xml:lang`).
pub(crate) fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Result<Option<String>, UnitErrorKind> {
    for attr in e.attributes().with_checks(false).flatten() {
        if attr.key.as_ref() == name {
            return match attr.unescape_value() {
                Ok(value) => Ok(Some(value.into_owned())),
                Err(e) => Err(UnitErrorKind::UnknownEntity(e.to_string())),
            };
        }
    }
    Ok(None)
}

/// One unit per target variant. The source is the variant in `source_language` (compared
/// without regard to case), or the first one when there is none or it is `*all*`.
pub(crate) fn build_units(
    source_language: Option<String>,
    variants: Vec<(Option<String>, Option<String>)>,
    template: Unit,
) -> Result<Vec<Unit>, UnitErrorKind> {
    let mut checked = Vec::with_capacity(variants.len());
    for (language, seg) in variants {
        let language = language.filter(|l| !l.trim().is_empty());
        let language = language.ok_or(UnitErrorKind::MissingLanguage)?;
        let seg = seg.ok_or(UnitErrorKind::MissingSegment)?;
        if checked
            .iter()
            .any(|(l, _): &(String, String)| l.eq_ignore_ascii_case(&language))
        {
            return Err(UnitErrorKind::DuplicateLanguage(language));
        }
        checked.push((language, seg));
    }
    let wanted = source_language.filter(|l| !l.trim().is_empty() && l != "*all*");
    let source_at = match &wanted {
        Some(wanted) => checked
            .iter()
            .position(|(l, _)| l.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnitErrorKind::MissingSource(wanted.clone()))?,
        None if checked.is_empty() => return Err(UnitErrorKind::MissingSource("*all*".into())),
        None => 0,
    };
    let (source_language, source) = checked.remove(source_at);
    if checked.is_empty() {
        return Err(UnitErrorKind::MissingTarget);
    }
    let mut units = Vec::with_capacity(checked.len());
    for (target_language, target) in checked {
        let unit = Unit {
            source_language: source_language.clone(),
            target_language,
            source: source.clone(),
            target,
            ..template.clone()
        };
        unit.check()?;
        units.push(unit);
    }
    Ok(units)
}
