//! Glossaries as CSV: the header `term,translation,variants,forbidden,note`, then one term a
//! row, its variants and forbidden renderings each a list separated by `|` (a rendering cannot
//! contain `|`). Lines are counted from 1, the header's included.

use bitext_domain::checks::Term;

use super::{GlossaryError, Row};

/// The header every glossary CSV file begins with.
pub const HEADER: &str = "term,translation,variants,forbidden,note";

const LIST_SEPARATOR: char = '|';

fn split(list: &str) -> Vec<String> {
    list.split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn line_of(err: &csv::Error) -> u64 {
    err.position().map_or(1, csv::Position::line)
}

/// The rows of a CSV glossary, each with its line.
///
/// # Errors
/// [`GlossaryError::ImportHeader`] for another header; [`GlossaryError::ImportMalformed`] at
/// the line of a row with another number of fields, or of a quote left open.
pub(super) fn read(text: &str) -> Result<Vec<Row>, GlossaryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| GlossaryError::ImportMalformed { line: line_of(&e) })?;
    if !header
        .iter()
        .map(str::trim)
        .map(str::to_ascii_lowercase)
        .eq(HEADER.split(','))
    {
        return Err(GlossaryError::ImportHeader);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| GlossaryError::ImportMalformed { line: line_of(&e) })?;
        let line = record.position().map_or(1, csv::Position::line);
        let field = |i: usize| record.get(i).unwrap_or_default();
        rows.push(Row {
            line,
            term: Term {
                term: field(0).to_owned(),
                translation: field(1).to_owned(),
                variants: split(field(2)),
                forbidden: split(field(3)),
                note: field(4).to_owned(),
            },
        });
    }
    Ok(rows)
}

/// A glossary as CSV, with the header.
pub(super) fn write(terms: &[Term]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let join = |list: &[String]| list.join(&LIST_SEPARATOR.to_string());
    let _ = writer.write_record(HEADER.split(','));
    for t in terms {
        let _ = writer.write_record([
            t.term.as_str(),
            t.translation.as_str(),
            &join(&t.variants),
            &join(&t.forbidden),
            t.note.as_str(),
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_and_lists_survive_a_round_trip() {
        let terms = vec![Term {
            term: "海关".into(),
            translation: "customs, \"the\" service".into(),
            variants: vec!["customs service".into(), "border agency".into()],
            forbidden: vec!["customhouse".into()],
            note: "line one\nline two".into(),
        }];
        let rows = read(&write(&terms)).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].term, terms[0]);
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn a_row_with_a_missing_field_names_its_line() {
        let text = format!("{HEADER}\n海关,customs,,,\n关税,tariff\n");
        assert_eq!(
            read(&text).unwrap_err(),
            GlossaryError::ImportMalformed { line: 3 }
        );
    }

    #[test]
    fn another_header_is_refused() {
        assert_eq!(
            read("source,target\n海关,customs\n").unwrap_err(),
            GlossaryError::ImportHeader
        );
    }
}
