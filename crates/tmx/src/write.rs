//! The TMX writer: a header, then one `<tu>` per unit as it comes, then the closing tags.

use crate::date::format_date;
use crate::{Header, Unit, WriteError, xml_allows};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Writes a whole document to `out` unit by unit (streaming, no whole-document buffer).
///
/// Each unit is written with one `write_all`, so give it a buffered writer when the output is
/// a file or a socket. Call [`Writer::finish`] to close the document.
pub struct Writer<W: Write> {
    out: W,
    buf: String,
}

impl<W: Write> Writer<W> {
    /// Writes the XML declaration, `<tmx>`, the header and `<body>`.
    ///
    /// # Errors
    /// The output's error, or `InvalidInput` when a header field holds a character XML 1.0
    /// cannot carry.
    pub fn new(mut out: W, header: &Header) -> io::Result<Self> {
        for field in [&header.source_language, &header.tool, &header.tool_version] {
            if let Some(c) = field.chars().find(|c| !xml_allows(*c)) {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!(
                        "TMX header: character U+{:04X} is not allowed in XML 1.0",
                        c as u32
                    ),
                ));
            }
        }
        let mut buf = String::with_capacity(1024);
        buf.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header",
        );
        attr(&mut buf, "creationtool", &header.tool);
        attr(&mut buf, "creationtoolversion", &header.tool_version);
        buf.push_str(" segtype=\"sentence\" o-tmf=\"bitext\" adminlang=\"en-US\"");
        attr(&mut buf, "srclang", &header.source_language);
        buf.push_str(" datatype=\"plaintext\"");
        attr(&mut buf, "creationdate", &format_date(&header.created));
        buf.push_str("/>\n  <body>\n");
        out.write_all(buf.as_bytes())?;
        buf.clear();
        Ok(Self { out, buf })
    }

    /// Writes one `<tu>`: `srclang`, `creationid`, `creationdate`, the properties, the note,
    /// then the source and target variants.
    ///
    /// # Errors
    /// [`WriteError::Unit`] when [`Unit::check`] refuses the unit (nothing of it is written and
    /// the document stays well-formed), [`WriteError::Io`] when the output fails.
    pub fn write(&mut self, unit: &Unit) -> Result<(), WriteError> {
        unit.check()?;
        let buf = &mut self.buf;
        buf.clear();
        buf.push_str("    <tu");
        attr(buf, "srclang", &unit.source_language);
        if let Some(by) = &unit.created_by {
            attr(buf, "creationid", by);
        }
        if let Some(at) = &unit.created_at {
            attr(buf, "creationdate", &format_date(at));
        }
        buf.push_str(">\n");
        for (kind, value) in &unit.properties {
            buf.push_str("      <prop");
            attr(buf, "type", kind);
            buf.push('>');
            text(buf, value);
            buf.push_str("</prop>\n");
        }
        if let Some(note) = &unit.note {
            buf.push_str("      <note>");
            text(buf, note);
            buf.push_str("</note>\n");
        }
        for (language, seg) in [
            (&unit.source_language, &unit.source),
            (&unit.target_language, &unit.target),
        ] {
            buf.push_str("      <tuv");
            attr(buf, "xml:lang", language);
            buf.push_str("><seg>");
            text(buf, seg);
            buf.push_str("</seg></tuv>\n");
        }
        buf.push_str("    </tu>\n");
        self.out.write_all(buf.as_bytes())?;
        Ok(())
    }

    /// Closes `<body>` and `<tmx>`, flushes, and gives the output back.
    ///
    /// # Errors
    /// The output's error.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"  </body>\n</tmx>\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Appends ` name="value"`, escaped so that any XML parser gives `value` back exactly: white
/// space other than the space as character references, since attribute values are normalised.
fn attr(buf: &mut String, name: &str, value: &str) {
    buf.push(' ');
    buf.push_str(name);
    buf.push_str("=\"");
    for c in value.chars() {
        match c {
            '\t' | '\n' | '\r' => {
                let _ = write!(buf, "&#{};", c as u32);
            }
            _ => escape_char(buf, c),
        }
    }
    buf.push('"');
}

/// Appends element text; a carriage return as `&#13;`, since parsers turn a raw one into a
/// line feed.
fn text(buf: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '\r' => buf.push_str("&#13;"),
            _ => escape_char(buf, c),
        }
    }
}

fn escape_char(buf: &mut String, c: char) {
    match c {
        '<' => buf.push_str("&lt;"),
        '>' => buf.push_str("&gt;"),
        '&' => buf.push_str("&amp;"),
        '"' => buf.push_str("&quot;"),
        '\'' => buf.push_str("&apos;"),
        _ => buf.push(c),
    }
}
