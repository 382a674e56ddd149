//! An HTML fragment of a [`Diff`] for people to read.
//!
//! One `<p>` per paragraph, with a class naming its op (`diff-equal`,
//! `diff-insert`, `diff-delete`, `diff-change`) and `data-old`/`data-new`
//! paragraph numbers; changed text in `<del>` and `<ins>`; line breaks inside a
//! paragraph as `<br>`. All text is escaped, so the fragment can be embedded in
//! any page. [`to_html_in`] also marks the text's language and direction, for a
//! page whose own language is another one.

use std::fmt::Write;

use super::model::{Diff, ParagraphDiff, SpanOp};
use crate::LanguageTag;

/// Renders `diff` as an HTML fragment: a `<div class="bitext-diff">` of paragraphs, in the
/// language of the page around it.
pub fn to_html(diff: &Diff) -> String {
    render(diff, "")
}

/// Renders `diff` like [`to_html`], its `<div>` marked with the text's `lang` and `dir`; with no
/// language, as text of an unknown language (`lang=""`) whose direction the reader's browser
/// takes from the text itself (`dir="auto"`).
pub fn to_html_in(diff: &Diff, language: Option<&LanguageTag>) -> String {
    let marks = match language {
        // A canonical tag is ASCII letters, digits and hyphens: nothing to escape.
        Some(tag) => format!(
            " lang=\"{}\" dir=\"{}\"",
            tag.as_str(),
            tag.direction().as_str()
        ),
        None => " lang=\"\" dir=\"auto\"".to_owned(),
    };
    render(diff, &marks)
}

fn render(diff: &Diff, marks: &str) -> String {
    let mut out = String::with_capacity(256);
    let _ = writeln!(out, "<div class=\"bitext-diff\"{marks}>");
    for p in &diff.paragraphs {
        let class = match p {
            ParagraphDiff::Equal { .. } => "diff-equal",
            ParagraphDiff::Insert { .. } => "diff-insert",
            ParagraphDiff::Delete { .. } => "diff-delete",
            ParagraphDiff::Change { .. } => "diff-change",
        };
        let _ = write!(out, "<p class=\"{class}\"");
        if let Some(i) = p.old_index() {
            let _ = write!(out, " data-old=\"{i}\"");
        }
        if let Some(i) = p.new_index() {
            let _ = write!(out, " data-new=\"{i}\"");
        }
        out.push('>');
        match p {
            ParagraphDiff::Equal { text, .. } => text_html(text, &mut out),
            ParagraphDiff::Insert { text, .. } => wrapped("ins", text, &mut out),
            ParagraphDiff::Delete { text, .. } => wrapped("del", text, &mut out),
            ParagraphDiff::Change { spans, .. } => {
                for span in spans {
                    match span.op {
                        SpanOp::Equal => text_html(&span.text, &mut out),
                        SpanOp::Insert => wrapped("ins", &span.text, &mut out),
                        SpanOp::Delete => wrapped("del", &span.text, &mut out),
                    }
                }
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("</div>\n");
    out
}

fn wrapped(tag: &str, text: &str, out: &mut String) {
    let _ = write!(out, "<{tag}>");
    text_html(text, out);
    let _ = write!(out, "</{tag}>");
}

/// Escapes text, turning each line break into `<br>`.
fn text_html(text: &str, out: &mut String) {
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        html_escape::encode_text_to_string(first.strip_suffix('\r').unwrap_or(first), out);
    }
    for line in lines {
        out.push_str("<br>\n");
        html_escape::encode_text_to_string(line.strip_suffix('\r').unwrap_or(line), out);
    }
}

#[cfg(test)]
mod tests {
    use super::super::diff;
    use super::*;

    #[test]
    fn paragraphs_get_classes_and_changes_get_ins_and_del() {
        let d = diff(
            "Same.\n\nOld <b>word</b> & more.",
            "Same.\n\nNew <b>word</b> & more.\n\nAdded\nline.",
        );
        assert_eq!(
            to_html(&d),
            "<div class=\"bitext-diff\">\n\
             <p class=\"diff-equal\" data-old=\"0\" data-new=\"0\">Same.</p>\n\
             <p class=\"diff-change\" data-old=\"1\" data-new=\"1\"><del>Old</del><ins>New</ins> \
             &lt;b&gt;word&lt;/b&gt; &amp; more.</p>\n\
             <p class=\"diff-insert\" data-new=\"2\"><ins>Added<br>\nline.</ins></p>\n\
             </div>\n"
        );
    }

    #[test]
    fn the_text_is_marked_with_its_language_and_direction() {
        let d = diff("ئەسكى", "يېڭى");
        let ug = LanguageTag::parse("ug").unwrap();
        assert!(to_html_in(&d, Some(&ug)).starts_with(
            "<div class=\"bitext-diff\" lang=\"ug\" dir=\"rtl\">\n<p class=\"diff-change\""
        ));
        let zh = LanguageTag::parse("zh-hans").unwrap();
        assert!(
            to_html_in(&d, Some(&zh))
                .starts_with("<div class=\"bitext-diff\" lang=\"zh-Hans\" dir=\"ltr\">\n")
        );
        assert!(
            to_html_in(&d, None)
                .starts_with("<div class=\"bitext-diff\" lang=\"\" dir=\"auto\">\n")
        );
        assert_eq!(
            to_html_in(&d, Some(&ug)).split_once('\n').unwrap().1,
            to_html(&d).split_once('\n').unwrap().1
        );
    }

    #[test]
    fn no_user_text_is_left_unescaped() {
        let evil = "<script>alert(1)</script>";
        let html = to_html(&diff(evil, &format!("{evil} x")));
        assert!(!html.contains("<script>"), "{html}");
        let html = to_html(&diff("", evil));
        assert!(!html.contains("<script>"), "{html}");
    }
}
