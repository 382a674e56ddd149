//! Builders shared by the TMX tests.
#![allow(dead_code)]

use bitext_tmx::{Header, ReadError, Reader, Unit, Writer};
use chrono::{DateTime, TimeZone, Utc};

pub fn header(source_language: &str) -> Header {
    Header {
        source_language: source_language.into(),
        tool: "Bitext".into(),
        tool_version: "0.1.0".into(),
        created: at(2026, 11, 30),
    }
}

pub fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 6, 42, 5).unwrap()
}

pub fn unit(source: &str, target: &str) -> Unit {
    Unit {
        source_language: "zh-CN".into(),
        target_language: "en-US".into(),
        source: source.into(),
        target: target.into(),
        created_by: None,
        created_at: None,
        note: None,
        properties: Vec::new(),
    }
}

/// The document `units` make, as text.
pub fn write_all(units: &[Unit]) -> String {
    let mut writer = Writer::new(Vec::new(), &header("zh-CN")).unwrap();
    for unit in units {
        writer.write(unit).unwrap();
    }
    String::from_utf8(writer.finish().unwrap()).unwrap()
}

/// Everything the reader yields for `document`.
pub fn read_all(document: &[u8]) -> Vec<Result<Unit, ReadError>> {
    match Reader::new(document) {
        Ok(reader) => reader.collect(),
        Err(fatal) => vec![Err(ReadError::Fatal(fatal))],
    }
}

/// The units of a document that must read without any error.
pub fn units_of(document: &str) -> Vec<Unit> {
    read_all(document.as_bytes())
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e} in\n{document}")))
        .collect()
}

/// A TMX document around `body`, with a header naming `srclang`.
pub fn tmx(srclang: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"{srclang}\" datatype=\"plaintext\"/>\n<body>\n{body}\n</body>\n</tmx>\n"
    )
}
