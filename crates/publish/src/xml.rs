//! Writing XML in memory: the document, the text XML 1.0 can carry, and elements of text.

use std::io;

use quick_xml::Writer;
use quick_xml::events::BytesText;

/// The document `write` writes, indented by two spaces. Writing to memory cannot fail, and
/// the writer is given only UTF-8.
pub(crate) fn document(write: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    match write(&mut writer) {
        Ok(()) => String::from_utf8(writer.into_inner())
            .unwrap_or_else(|_| unreachable!("the writer is given only UTF-8")),
        Err(error) => unreachable!("writing to memory cannot fail: {error}"),
    }
}

/// `<name>value</name>`, `value` made text XML 1.0 can carry ([`xml_text`]) and escaped.
pub(crate) fn text_element(
    writer: &mut Writer<Vec<u8>>,
    name: &str,
    value: &str,
) -> io::Result<()> {
    writer
        .create_element(name)
        .write_text_content(BytesText::new(&xml_text(value)))?;
    Ok(())
}

/// `value` with every character XML 1.0 does not allow (most C0 controls,
/// U+FFFE, U+FFFF) replaced with U+FFFD; escaping is the writer's.
pub(crate) fn xml_text(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_carry_are_replaced() {
        assert_eq!(
            xml_text("a\u{1}b\u{ffff}\tc\u{2028}"),
            "a\u{fffd}b\u{fffd}\tc\u{2028}"
        );
    }
}
