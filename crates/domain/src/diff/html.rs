//! An HTML fragment of a [`Diff`] for people to read.
//!
//! One `<p>` per paragraph, with a class naming its op (`diff-equal`,
//! `diff-insert`, `diff-delete`, `diff-change`) and `data-old`/`data-new`
//! paragraph numbers; changed text in `<del>` and `<ins>`; line breaks inside a
//! paragraph as `<br>`. All text is escaped, so the fragment can be embedded in
//! any page. [`to_html_in`] also marks the text's language and direction, for a
//! page whose own language is another one.
//!
//! Unchanged paragraphs are shown only next to a change, one on each side, as
//! context; every other run of them is folded into a
//! `<details class="diff-folded">` whose `<summary>` says how many paragraphs it
//! holds (in the caller's words, see [`Labels`]) and which opens to show them,
//! without script. A document with no change is one folded run.

use std::fmt::Write;

use super::model::{Diff, ParagraphDiff, SpanOp};
use crate::LanguageTag;
use crate::lang::direction_of;

/// The words of the HTML diff that are not the texts': the caller writes them in the reader's
/// language, since the domain has no translations of its own.
pub struct Labels<'a> {
    /// The language of these words, a BCP 47 tag such as `zh-TW` (usually the page's); they are
    /// marked with it, since the diff around them is marked with the texts' language.
    pub language: &'a str,
    /// The summary of a folded run of `n` unchanged paragraphs, such as
    /// "⋯ 3 unchanged paragraphs"; it is escaped when written.
    pub folded: &'a dyn Fn(usize) -> String,
}

/// Renders `diff` as an HTML fragment: a `<div class="bitext-diff">` of paragraphs, in the
/// language of the page around it, with unchanged paragraphs away from changes folded.
pub fn to_html(diff: &Diff, labels: &Labels<'_>) -> String {
    render(diff, "", labels)
}

/// Renders `diff` like [`to_html`], its `<div>` marked with the text's `lang` and `dir`; with no
/// language, as text of an unknown language (`lang=""`) whose direction the reader's browser
/// takes from the text itself (`dir="auto"`).
pub fn to_html_in(diff: &Diff, language: Option<&LanguageTag>, labels: &Labels<'_>) -> String {
    let marks = match language {
        // A canonical tag is ASCII letters, digits and hyphens: nothing to escape.
        Some(tag) => format!(
            " lang=\"{}\" dir=\"{}\"",
            tag.as_str(),
            tag.direction().as_str()
        ),
        None => " lang=\"\" dir=\"auto\"".to_owned(),
    };
    render(diff, &marks, labels)
}

fn render(diff: &Diff, marks: &str, labels: &Labels<'_>) -> String {
    let hunks = &diff.paragraphs;
    // A change is shown, and so is an unchanged paragraph next to one.
    let shown = |i: usize| {
        changed_at(hunks, i) || (i > 0 && changed_at(hunks, i - 1)) || changed_at(hunks, i + 1)
    };
    let mut out = String::with_capacity(256);
    let _ = writeln!(out, "<div class=\"bitext-diff\"{marks}>");
    let mut i = 0;
    while i < hunks.len() {
        if shown(i) {
            paragraph(&hunks[i], &mut out);
            i += 1;
            continue;
        }
        let run = (i..hunks.len()).take_while(|&k| !shown(k)).count();
        summary(run, labels, &mut out);
        for hunk in &hunks[i..i + run] {
            paragraph(hunk, &mut out);
        }
        out.push_str("</details>\n");
        i += run;
    }
    out.push_str("</div>\n");
    out
}

/// Whether hunk `i` is there and is a change (anything but an unchanged paragraph).
fn changed_at(hunks: &[ParagraphDiff], i: usize) -> bool {
    hunks
        .get(i)
        .is_some_and(|h| !matches!(h, ParagraphDiff::Equal { .. }))
}

/// Opens the `<details>` of a folded run of `count` paragraphs, with its summary.
fn summary(count: usize, labels: &Labels<'_>, out: &mut String) {
    let _ = write!(
        out,
        "<details class=\"diff-folded\"><summary lang=\"{lang}\" dir=\"{dir}\">",
        lang = html_escape::encode_double_quoted_attribute(labels.language),
        dir = direction_of(labels.language).as_str(),
    );
    escape_text(&(labels.folded)(count), out);
    out.push_str("</summary>\n");
}

fn paragraph(p: &ParagraphDiff, out: &mut String) {
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
        ParagraphDiff::Equal { text, .. } => text_html(text, out),
        ParagraphDiff::Insert { text, .. } => wrapped("ins", text, out),
        ParagraphDiff::Delete { text, .. } => wrapped("del", text, out),
        ParagraphDiff::Change { spans, .. } => {
            for span in spans {
                match span.op {
                    SpanOp::Equal => text_html(&span.text, out),
                    SpanOp::Insert => wrapped("ins", &span.text, out),
                    SpanOp::Delete => wrapped("del", &span.text, out),
                }
            }
        }
    }
    out.push_str("</p>\n");
}

fn wrapped(tag: &str, text: &str, out: &mut String) {
    let _ = write!(out, "<{tag}>");
    text_html(text, out);
    let _ = write!(out, "</{tag}>");
}

/// Escapes text, turning each line break into `<br>`.
fn text_html(mut text: &str, out: &mut String) {
    // Line feeds found with `memchr`'s vector search; each is an ASCII byte, so the text
    // splits at character boundaries.
    while let Some(nl) = memchr::memchr(b'\n', text.as_bytes()) {
        let line = &text[..nl];
        escape_text(line.strip_suffix('\r').unwrap_or(line), out);
        out.push_str("<br>\n");
        text = &text[nl + 1..];
    }
    escape_text(text.strip_suffix('\r').unwrap_or(text), out);
}

/// Text escaped as `html_escape::encode_text` escapes it (`&`, `<` and `>`), the three bytes
/// found with `memchr`'s vector search: most of a text holds none of them, and is copied whole.
fn escape_text(mut text: &str, out: &mut String) {
    while let Some(i) = memchr::memchr3(b'&', b'<', b'>', text.as_bytes()) {
        out.push_str(&text[..i]);
        out.push_str(match text.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        // An ASCII byte: the next one starts a character.
        text = &text[i + 1..];
    }
    out.push_str(text);
}

#[cfg(test)]
mod tests {
    use super::super::diff;
    use super::*;
    use crate::exhaustive::each_text;

    #[test]
    fn line_breaks_become_br_and_a_crlf_is_one_break() {
        // As the text was split before: on every line feed, a carriage return before it
        // dropped, each line escaped.
        let split = |text: &str| {
            let lines: Vec<String> = text
                .split('\n')
                .map(|l| html_escape::encode_text(l.strip_suffix('\r').unwrap_or(l)).into_owned())
                .collect();
            lines.join("<br>\n")
        };
        each_text(&["a", "\n", "\r", "<", "中"], 6, |text| {
            let mut ours = String::new();
            text_html(text, &mut ours);
            assert_eq!(ours, split(text), "{text:?}");
        });
        let mut ours = String::new();
        text_html("one\r\ntwo\n", &mut ours);
        assert_eq!(ours, "one<br>\ntwo<br>\n");
    }

    #[test]
    fn text_is_escaped_as_html_escape_escapes_it() {
        // Every string of up to five pieces: the three escaped bytes, quotes (left as they
        // are in text), ASCII, and characters of two, three and four bytes.
        let pieces = ["&", "<", ">", "\"", "'", "a", "é", "中", "𝄞"];
        let checked = each_text(&pieces, 5, |text| {
            let mut ours = String::from("x");
            escape_text(text, &mut ours);
            assert_eq!(ours[1..], *html_escape::encode_text(text), "{text:?}");
        });
        assert_eq!(checked, (1..=5).map(|n| 9_usize.pow(n)).sum::<usize>());
        let mut empty = String::new();
        escape_text("", &mut empty);
        assert_eq!(empty, "");
    }

    fn folded(n: usize) -> String {
        format!("⋯ {n} unchanged")
    }

    const EN: Labels<'static> = Labels {
        language: "en-US",
        folded: &folded,
    };

    /// A body of paragraphs `P0.` to `P{n-1}.`, those at `edited` followed by ` Now.`.
    fn body(n: usize, edited: &[usize]) -> String {
        let paragraphs: Vec<String> = (0..n)
            .map(|i| match edited.contains(&i) {
                true => format!("P{i}. Now."),
                false => format!("P{i}."),
            })
            .collect();
        paragraphs.join("\n\n")
    }

    /// The shown unchanged paragraph `i`.
    fn equal(i: usize) -> String {
        format!("<p class=\"diff-equal\" data-old=\"{i}\" data-new=\"{i}\">P{i}.</p>\n")
    }

    /// The shown changed paragraph `i`.
    fn changed(i: usize) -> String {
        format!(
            "<p class=\"diff-change\" data-old=\"{i}\" data-new=\"{i}\">P{i}.<ins> Now.</ins></p>\n"
        )
    }

    /// The unchanged paragraphs `range` folded, under a summary that counts them.
    fn folded_run(range: std::ops::Range<usize>) -> String {
        format!(
            "<details class=\"diff-folded\"><summary lang=\"en-US\" dir=\"ltr\">⋯ {} unchanged\
             </summary>\n{}</details>\n",
            range.len(),
            range.map(equal).collect::<String>()
        )
    }

    /// The whole fragment holding `parts`.
    fn fragment(parts: &[String]) -> String {
        format!("<div class=\"bitext-diff\">\n{}</div>\n", parts.concat())
    }

    #[test]
    fn paragraphs_get_classes_and_changes_get_ins_and_del() {
        let d = diff(
            "Same.\n\nOld <b>word</b> & more.",
            "Same.\n\nNew <b>word</b> & more.\n\nAdded\nline.",
        );
        assert_eq!(
            to_html(&d, &EN),
            "<div class=\"bitext-diff\">\n\
             <p class=\"diff-equal\" data-old=\"0\" data-new=\"0\">Same.</p>\n\
             <p class=\"diff-change\" data-old=\"1\" data-new=\"1\"><del>Old</del><ins>New</ins> \
             &lt;b&gt;word&lt;/b&gt; &amp; more.</p>\n\
             <p class=\"diff-insert\" data-new=\"2\"><ins>Added<br>\nline.</ins></p>\n\
             </div>\n"
        );
    }

    #[test]
    fn one_change_in_a_long_document_shows_with_a_paragraph_of_context_each_side_the_rest_folded() {
        let d = diff(&body(10, &[]), &body(10, &[5]));
        let parts = [
            folded_run(0..4),
            equal(4),
            changed(5),
            equal(6),
            folded_run(7..10),
        ];
        assert_eq!(to_html(&d, &EN), fragment(&parts));
    }

    #[test]
    fn the_first_and_last_paragraphs_are_context_only_next_to_a_change() {
        let d = diff(&body(10, &[]), &body(10, &[0, 9]));
        let parts = [changed(0), equal(1), folded_run(2..8), equal(8), changed(9)];
        assert_eq!(to_html(&d, &EN), fragment(&parts));
    }

    #[test]
    fn a_gap_of_two_unchanged_paragraphs_is_all_context_and_a_gap_of_three_folds_one() {
        let d = diff(&body(4, &[]), &body(4, &[0, 3]));
        let parts = [changed(0), equal(1), equal(2), changed(3)];
        assert_eq!(to_html(&d, &EN), fragment(&parts));

        let d = diff(&body(5, &[]), &body(5, &[0, 4]));
        let parts = [changed(0), equal(1), folded_run(2..3), equal(3), changed(4)];
        assert_eq!(to_html(&d, &EN), fragment(&parts));
    }

    #[test]
    fn an_unchanged_document_is_one_folded_block() {
        let text = body(3, &[]);
        let parts = [folded_run(0..3)];
        assert_eq!(to_html(&diff(&text, &text), &EN), fragment(&parts));
        // Whitespace does not show, so a change of whitespace alone folds the same way.
        let spaced = format!("\n{}\n", text.replace("\n\n", "\n\n\n"));
        assert_eq!(to_html(&diff(&text, &spaced), &EN), fragment(&parts));
        assert_eq!(to_html(&diff("", ""), &EN), fragment(&[]));
    }

    #[test]
    fn the_text_is_marked_with_its_language_and_direction_and_the_labels_with_theirs() {
        let d = diff("ئەسكى\n\nبىر\n\nئىككى", "يېڭى\n\nبىر\n\nئىككى");
        let ug = LanguageTag::parse("ug").unwrap();
        let html = to_html_in(&d, Some(&ug), &EN);
        assert!(
            html.starts_with(
                "<div class=\"bitext-diff\" lang=\"ug\" dir=\"rtl\">\n<p class=\"diff-change\""
            ),
            "{html}"
        );
        assert!(
            html.contains("<summary lang=\"en-US\" dir=\"ltr\">⋯ 1 unchanged</summary>"),
            "{html}"
        );
        let zh = LanguageTag::parse("zh-hans").unwrap();
        assert!(
            to_html_in(&d, Some(&zh), &EN)
                .starts_with("<div class=\"bitext-diff\" lang=\"zh-Hans\" dir=\"ltr\">\n")
        );
        assert!(
            to_html_in(&d, None, &EN)
                .starts_with("<div class=\"bitext-diff\" lang=\"\" dir=\"auto\">\n")
        );
        assert_eq!(
            to_html_in(&d, Some(&ug), &EN).split_once('\n').unwrap().1,
            to_html(&d, &EN).split_once('\n').unwrap().1
        );
        let arabic_page = Labels {
            language: "ar",
            folded: &folded,
        };
        assert!(to_html(&d, &arabic_page).contains("<summary lang=\"ar\" dir=\"rtl\">"));
    }

    #[test]
    fn no_user_text_is_left_unescaped() {
        let evil = "<script>alert(1)</script>";
        let html = to_html(&diff(evil, &format!("{evil} x")), &EN);
        assert!(!html.contains("<script>"), "{html}");
        let html = to_html(&diff("", evil), &EN);
        assert!(!html.contains("<script>"), "{html}");
        // Folded paragraphs, the caller's words and their language are escaped too.
        let text = format!("{evil}\n\n<b>&</b>\n\n{evil}");
        let sly = |n: usize| format!("<i>{n}</i> & more");
        let labels = Labels {
            language: "en\"><script>",
            folded: &sly,
        };
        let html = to_html(&diff(&text, &text), &labels);
        assert!(
            !html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"), "{html}");
        assert!(
            html.contains("&lt;i&gt;3&lt;/i&gt; &amp; more</summary>"),
            "{html}"
        );
        assert!(
            html.contains("lang=\"en&quot;&gt;&lt;script&gt;\""),
            "{html}"
        );
    }
}
