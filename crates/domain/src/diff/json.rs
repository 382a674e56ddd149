//! A [`Diff`] as JSON, byte for byte as `serde_json` writes it from the derived `Serialize`
//! (compact), with its strings escaped by a scan that passes over sixteen bytes at a time when
//! none of them needs escaping, as in most text. For `bitext diff --format json`, where the
//! JSON is a large share of the work; the API serializes the same types with `serde_json`.

use std::fmt::Write;

use super::model::{Diff, DiffStats, ParagraphDiff, Span, SpanOp};

/// The JSON of `diff`, the same as `serde_json::to_string(diff)`.
pub fn to_json(diff: &Diff) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("{\"stats\":");
    stats(&diff.stats, &mut out);
    field_str("leading", &diff.leading, &mut out);
    if let Some(old) = &diff.old_leading {
        field_str("old_leading", old, &mut out);
    }
    out.push_str(",\"paragraphs\":[");
    for (k, p) in diff.paragraphs.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        paragraph(p, &mut out);
    }
    out.push_str("]}");
    out
}

fn stats(s: &DiffStats, out: &mut String) {
    let _ = write!(
        out,
        "{{\"paragraphs_equal\":{},\"paragraphs_inserted\":{},\"paragraphs_deleted\":{},\
         \"paragraphs_changed\":{},\"words_inserted\":{},\"words_deleted\":{},\"coarsened\":{}}}",
        s.paragraphs_equal,
        s.paragraphs_inserted,
        s.paragraphs_deleted,
        s.paragraphs_changed,
        s.words_inserted,
        s.words_deleted,
        s.coarsened,
    );
}

fn paragraph(p: &ParagraphDiff, out: &mut String) {
    // The derived order: the tag, then the variant's fields as declared.
    let (op, separator, old_separator) = match p {
        ParagraphDiff::Equal {
            separator,
            old_separator,
            ..
        } => ("equal", separator, old_separator.as_deref()),
        ParagraphDiff::Insert { separator, .. } => ("insert", separator, None),
        ParagraphDiff::Delete { separator, .. } => ("delete", separator, None),
        ParagraphDiff::Change {
            separator,
            old_separator,
            ..
        } => ("change", separator, old_separator.as_deref()),
    };
    let _ = write!(out, "{{\"op\":\"{op}\"");
    if let Some(i) = p.old_index() {
        field_number("old_index", i, out);
    }
    if let Some(j) = p.new_index() {
        field_number("new_index", j, out);
    }
    match p {
        ParagraphDiff::Equal { text, .. }
        | ParagraphDiff::Insert { text, .. }
        | ParagraphDiff::Delete { text, .. } => field_str("text", text, out),
        ParagraphDiff::Change { spans, .. } => {
            out.push_str(",\"spans\":[");
            for (k, s) in spans.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                span(s, out);
            }
            out.push(']');
        }
    }
    field_str("separator", separator, out);
    if let Some(old) = old_separator {
        field_str("old_separator", old, out);
    }
    out.push('}');
}

fn span(s: &Span, out: &mut String) {
    out.push_str(match s.op {
        SpanOp::Equal => "{\"op\":\"equal\"",
        SpanOp::Insert => "{\"op\":\"insert\"",
        SpanOp::Delete => "{\"op\":\"delete\"",
    });
    field_str("text", &s.text, out);
    out.push('}');
}

/// `,"name":N`
fn field_number(name: &str, value: usize, out: &mut String) {
    let _ = write!(out, ",\"{name}\":{value}");
}

/// `,"name":"value"`, the value escaped.
fn field_str(name: &str, value: &str, out: &mut String) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":\"");
    escape(value, out);
    out.push('"');
}

/// Whether JSON escapes this byte: a quote, a backslash or a control character (U+007F and
/// everything outside ASCII go as they are).
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Sixteen bytes at once: a loop without an early exit, which the compiler turns into a few
/// vector comparisons.
fn any_escaped(chunk: &[u8; 16]) -> bool {
    chunk.iter().fold(false, |any, &b| any | escaped(b))
}

/// `text` as the inside of a JSON string, escaped as `serde_json` escapes it: `\"`, `\\`, the
/// short escapes `\b \t \n \f \r`, and `\u00XX` (lower-case hex) for other control characters.
fn escape(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes
            .get(i..i + 16)
            .and_then(|c| <&[u8; 16]>::try_from(c).ok())
            && !any_escaped(chunk)
        {
            i += 16;
            continue;
        }
        let b = bytes[i];
        if escaped(b) {
            // An ASCII byte: `start` and `i` are character boundaries.
            out.push_str(&text[start..i]);
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                0x08 => out.push_str("\\b"),
                b'\t' => out.push_str("\\t"),
                b'\n' => out.push_str("\\n"),
                0x0C => out.push_str("\\f"),
                b'\r' => out.push_str("\\r"),
                _ => {
                    let _ = write!(out, "\\u{b:04x}");
                }
            }
            start = i + 1;
        }
        i += 1;
    }
    out.push_str(&text[start..]);
}

#[cfg(test)]
mod tests {
    use super::super::{diff, fixtures};
    use super::*;

    fn same_as_serde(old: &str, new: &str) {
        let d = diff(old, new);
        assert_eq!(
            to_json(&d),
            serde_json::to_string(&d).unwrap(),
            "{old:?} {new:?}"
        );
    }

    #[test]
    fn every_ascii_byte_is_escaped_as_serde_json_escapes_it() {
        for b in 0..=0x7F_u8 {
            let c = char::from(b);
            // Alone, in a run that the scan takes sixteen bytes at a time, and at its end.
            for text in [
                c.to_string(),
                format!("{c}{}", "中".repeat(8)),
                format!("{}{c}", "a".repeat(31)),
            ] {
                let mut ours = String::new();
                escape(&text, &mut ours);
                let theirs = serde_json::to_string(&text).unwrap();
                assert_eq!(format!("\"{ours}\""), theirs, "byte {b:#04x}");
            }
        }
    }

    #[test]
    fn a_diff_is_written_as_serde_json_writes_it() {
        // Every kind of paragraph, spans of every op, other whitespace on the older side
        // (before the first paragraph and between paragraphs), and strings to escape.
        same_as_serde("", "");
        same_as_serde("Same.", "Same.");
        same_as_serde(
            "\n\nA \"quoted\" word.\n\nGone\tparagraph.\r\n\r\nKept.\\",
            "  A \"quoted\" term.\n\n\nNew \u{1}paragraph.\n\nKept.\\",
        );
        same_as_serde(
            "今天下雨。\n\n旧段落。",
            "今天下大雨。\n\n新段落。😀\n\n多一段。",
        );
        let d = diff("A\n\nB", "A\r\n\r\nB");
        assert!(matches!(
            d.paragraphs[0],
            ParagraphDiff::Equal {
                old_separator: Some(_),
                ..
            }
        ));
        same_as_serde("A\n\nB", "A\r\n\r\nB");
        let d = diff("\n\nA", "A");
        assert!(d.old_leading.is_some());
        same_as_serde("\n\nA", "A");
        // The benchmark's texts, smaller.
        let english = fixtures::english_article(1, 2_000);
        same_as_serde(&english, &fixtures::edit_words(&english, 2, 0.05));
        same_as_serde(&english, &fixtures::english_article(3, 2_000));
        let chinese = fixtures::chinese_article(4, 4_000);
        same_as_serde(&chinese, &fixtures::edit_chars(&chinese, 5, 0.02));
    }

    #[test]
    fn the_kinds_of_paragraph_and_span_are_all_written() {
        let d = diff(
            "Kept.\n\nChanged here.\n\nA paragraph nobody kept.\n\nEnd.",
            "Kept.\n\nChanged there now.\n\nEnd.\n\nMore.",
        );
        let json = to_json(&d);
        for kind in [
            "\"op\":\"equal\"",
            "\"op\":\"change\"",
            "\"op\":\"insert\"",
            "{\"op\":\"delete\",\"old_index\"",
            "\"spans\":[{\"op\":\"equal\"",
            "{\"op\":\"delete\",\"text\"",
            "{\"op\":\"insert\",\"text\"",
        ] {
            assert!(json.contains(kind), "{kind} in {json}");
        }
        assert_eq!(json, serde_json::to_string(&d).unwrap());
    }
}
