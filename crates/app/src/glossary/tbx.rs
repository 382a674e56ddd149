//! Glossaries as TBX: written as TBX-Basic (`<martif type="TBX-Basic">`), one `termEntry` per
//! term with a `langSet` for each language; in the target's, the agreed rendering is the first
//! `tig`, marked `preferredTerm-admn-sts`, its variants follow as `admittedTerm-admn-sts` and
//! the forbidden renderings as `deprecatedTerm-admn-sts`; the note is the entry's `note`.
//!
//! Read from TBX-Basic or TBX 2019 (`<tbx>`, `conceptEntry`, `langSec`, `termSec`): a language
//! section belongs to the source (target) when its `xml:lang` equals the pair's tag or one is a
//! prefix of the other at a subtag boundary; a term marked deprecated (`deprecatedTerm-admn-sts`,
//! or `normativeAuthorization` `deprecatedTerm`) is forbidden, the first other one (a preferred
//! one if any) is the translation, the rest are variants.

use bitext_domain::checks::Term;
use quick_xml::{
    Reader, Writer,
    events::{BytesDecl, BytesStart, BytesText, Event},
};

use super::{GlossaryError, Row};

/// Whether language `tag` (from a file) is the pair's `ours`, or falls under it or over it.
fn same_language(tag: &str, ours: &str) -> bool {
    let (a, b) = (tag.to_ascii_lowercase(), ours.to_ascii_lowercase());
    let under = |x: &str, y: &str| x == y || x.strip_prefix(y).is_some_and(|r| r.starts_with('-'));
    under(&a, &b) || under(&b, &a)
}

fn line_at(text: &str, byte: u64) -> u64 {
    let byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
    text.as_bytes()[..byte]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// One term of a language section, with its status.
#[derive(Default)]
struct Found {
    text: String,
    status: String,
}

#[derive(Default)]
struct Entry {
    line: u64,
    note: String,
    /// Each language section: its tag and its terms.
    sections: Vec<(String, Vec<Found>)>,
}

impl Entry {
    fn into_row(self, source: &str, target: &str) -> Row {
        let pick = |ours: &str| {
            let exact = self
                .sections
                .iter()
                .position(|(l, _)| l.eq_ignore_ascii_case(ours));
            exact.or_else(|| {
                self.sections
                    .iter()
                    .position(|(l, _)| same_language(l, ours))
            })
        };
        let s = pick(source);
        let t = pick(target).filter(|t| Some(*t) != s);
        let deprecated = |f: &Found| f.status.to_ascii_lowercase().starts_with("deprecated");
        let term = s
            .and_then(|i| self.sections[i].1.iter().find(|f| !deprecated(f)))
            .map(|f| f.text.clone())
            .unwrap_or_default();
        let mut term_out = Term {
            term,
            note: self.note,
            ..Term::default()
        };
        if let Some(i) = t {
            let found = &self.sections[i].1;
            let preferred = found
                .iter()
                .position(|f| f.status.to_ascii_lowercase().starts_with("preferred"))
                .or_else(|| found.iter().position(|f| !deprecated(f)));
            for (k, f) in found.iter().enumerate() {
                if deprecated(f) {
                    term_out.forbidden.push(f.text.clone());
                } else if Some(k) == preferred {
                    term_out.translation = f.text.clone();
                } else {
                    term_out.variants.push(f.text.clone());
                }
            }
        }
        Row {
            line: self.line,
            term: term_out,
        }
    }
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// What text is being read into.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Into {
    Nothing,
    Term,
    Status,
    Note,
}

/// The entries of a TBX glossary for the pair `source` → `target`, each with its line.
///
/// # Errors
/// [`GlossaryError::ImportMalformed`] at the line where the XML stops being well formed.
pub(super) fn read(text: &str, source: &str, target: &str) -> Result<Vec<Row>, GlossaryError> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut rows = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut into = Into::Nothing;
    let mut buffer = String::new();
    let malformed = |reader: &Reader<&[u8]>| GlossaryError::ImportMalformed {
        line: line_at(text, reader.buffer_position()),
    };
    loop {
        let event = reader.read_event().map_err(|_| malformed(&reader))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"termEntry" | b"conceptEntry" => {
                        entry = Some(Entry {
                            line: line_at(text, reader.buffer_position()),
                            ..Entry::default()
                        });
                    }
                    b"langSet" | b"langSec" => {
                        let lang = attribute(&e, b"xml:lang").unwrap_or_default();
                        if let Some(entry) = entry.as_mut() {
                            entry.sections.push((lang, Vec::new()));
                        }
                    }
                    b"tig" | b"ntig" | b"termSec" => {
                        if let Some((_, found)) = entry.as_mut().and_then(|e| e.sections.last_mut())
                        {
                            found.push(Found::default());
                        }
                    }
                    b"term" => into = Into::Term,
                    b"termNote" | b"descrip" => {
                        let kind = attribute(&e, b"type").unwrap_or_default();
                        into = if kind == "administrativeStatus" || kind == "normativeAuthorization"
                        {
                            Into::Status
                        } else {
                            Into::Nothing
                        };
                    }
                    b"note" => into = Into::Note,
                    _ => {}
                }
                buffer.clear();
            }
            Event::Text(t) => {
                buffer.push_str(&t.xml10_content().map_err(|_| malformed(&reader))?);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(|_| malformed(&reader))? {
                    Some(c) => c.to_string(),
                    None => match r.decode().map_err(|_| malformed(&reader))?.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => return Err(malformed(&reader)),
                    },
                };
                buffer.push_str(&resolved);
            }
            Event::CData(c) => buffer.push_str(&String::from_utf8_lossy(&c)),
            Event::End(e) => {
                let last = entry
                    .as_mut()
                    .and_then(|e| e.sections.last_mut())
                    .and_then(|(_, found)| found.last_mut());
                match (e.local_name().as_ref(), into) {
                    (b"term", Into::Term) => {
                        if let Some(f) = last {
                            f.text = buffer.trim().to_owned();
                        }
                    }
                    (b"termNote" | b"descrip", Into::Status) => {
                        if let Some(f) = last {
                            f.status = buffer.trim().to_owned();
                        }
                    }
                    (b"note", Into::Note) => {
                        if let Some(entry) = entry.as_mut().filter(|e| e.note.is_empty()) {
                            entry.note = buffer.trim().to_owned();
                        }
                    }
                    (b"termEntry" | b"conceptEntry", _) => {
                        if let Some(done) = entry.take() {
                            rows.push(done.into_row(source, target));
                        }
                    }
                    _ => {}
                }
                into = Into::Nothing;
                buffer.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(rows)
}

/// A glossary of the pair `source` → `target` as TBX-Basic.
pub(super) fn write(terms: &[Term], source: &str, target: &str) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let _ = w
        .create_element("martif")
        .with_attributes([("type", "TBX-Basic"), ("xml:lang", source)])
        .write_inner_content(|w| {
            w.create_element("martifHeader").write_inner_content(|w| {
                w.create_element("fileDesc").write_inner_content(|w| {
                    w.create_element("sourceDesc").write_inner_content(|w| {
                        w.create_element("p")
                            .write_text_content(BytesText::new(&format!("{source} → {target}")))?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
            w.create_element("text").write_inner_content(|w| {
                w.create_element("body").write_inner_content(|w| {
                    for (i, t) in terms.iter().enumerate() {
                        write_entry(w, i, t, source, target)?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
            Ok(())
        });
    String::from_utf8(w.into_inner()).unwrap_or_default()
}

fn write_entry(
    w: &mut Writer<Vec<u8>>,
    i: usize,
    t: &Term,
    source: &str,
    target: &str,
) -> std::io::Result<()> {
    let id = format!("t{}", i + 1);
    w.create_element("termEntry")
        .with_attribute(("id", id.as_str()))
        .write_inner_content(|w| {
            if !t.note.is_empty() {
                w.create_element("note")
                    .write_text_content(BytesText::new(&t.note))?;
            }
            w.create_element("langSet")
                .with_attribute(("xml:lang", source))
                .write_inner_content(|w| tig(w, &t.term, None))?;
            w.create_element("langSet")
                .with_attribute(("xml:lang", target))
                .write_inner_content(|w| {
                    tig(w, &t.translation, Some("preferredTerm-admn-sts"))?;
                    for v in &t.variants {
                        tig(w, v, Some("admittedTerm-admn-sts"))?;
                    }
                    for f in &t.forbidden {
                        tig(w, f, Some("deprecatedTerm-admn-sts"))?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn tig(w: &mut Writer<Vec<u8>>, term: &str, status: Option<&str>) -> std::io::Result<()> {
    w.create_element("tig").write_inner_content(|w| {
        w.create_element("term")
            .write_text_content(BytesText::new(term))?;
        if let Some(status) = status {
            w.create_element("termNote")
                .with_attribute(("type", "administrativeStatus"))
                .write_text_content(BytesText::new(status))?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customs() -> Term {
        Term {
            term: "海关 & <关口>".into(),
            translation: "customs".into(),
            variants: vec!["customs service".into()],
            forbidden: vec!["customhouse".into()],
            note: "Not \"the customs\".".into(),
        }
    }

    #[test]
    fn a_term_survives_a_round_trip_escaped() {
        let text = write(&[customs()], "zh", "en");
        assert!(text.contains("海关 &amp; &lt;关口&gt;"), "{text}");
        let rows = read(&text, "zh", "en").unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].term, customs());
    }

    #[test]
    fn tbx_2019_sections_are_read_by_language_prefix() {
        let text = r#"<tbx type="TBX-Basic"><text><body>
<conceptEntry id="c1"><langSec xml:lang="zh-Hans"><termSec><term>关税</term></termSec></langSec>
<langSec xml:lang="en-US"><termSec><term>duty</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
<termSec><term>tariff</term></termSec></langSec></conceptEntry></body></text></tbx>"#;
        let rows = read(text, "zh", "en").unwrap();
        assert_eq!(rows[0].term.term, "关税");
        assert_eq!(rows[0].term.translation, "tariff");
        assert_eq!(rows[0].term.forbidden, ["duty"]);
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn broken_xml_names_its_line() {
        let text = "<martif>\n<text>\n<body>\n</text>\n</martif>";
        assert_eq!(
            read(text, "zh", "en").unwrap_err(),
            GlossaryError::ImportMalformed { line: 4 }
        );
    }
}
