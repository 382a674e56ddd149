//! Diffs for people, in the pages' own markup: insertions and deletions as `<ins>` and `<del>`
//! with a hidden word a screen reader announces, each changed paragraph focusable
//! (`data-change tabindex="-1"`, which the j/k keys move between), and unchanged paragraphs away
//! from a change folded under a summary that opens without a script.

use bitext_domain::diff::{Diff, ParagraphDiff, Span, SpanOp, diff};
use maud::{Markup, html};

use crate::{layout::lang_attrs, tr::Tr};

/// A deletion, announced as one.
pub fn deleted(tr: &Tr, text: &str) -> Markup {
    html! { del { span.visually-hidden lang=(tr.lang()) { (tr.t("article-diff-deleted")) " " } (text) } }
}

/// An insertion, announced as one.
pub fn inserted(tr: &Tr, text: &str) -> Markup {
    html! { ins { span.visually-hidden lang=(tr.lang()) { (tr.t("article-diff-inserted")) " " } (text) } }
}

/// The spans of a changed paragraph; the words announcing changes are in the page's language.
pub fn spans(tr: &Tr, spans: &[Span]) -> Markup {
    html! {
        @for span in spans {
            @match span.op {
                SpanOp::Equal => (span.text),
                SpanOp::Insert => (inserted(tr, &span.text)),
                SpanOp::Delete => (deleted(tr, &span.text)),
            }
        }
    }
}

/// Whether a hunk is anything but an unchanged paragraph.
pub fn is_change(p: &ParagraphDiff) -> bool {
    !matches!(p, ParagraphDiff::Equal { .. })
}

/// One paragraph of a diff as a `<p>`, focusable when it changed; `number` is shown to people
/// (1-based) in the hidden label of a change.
pub fn paragraph(tr: &Tr, p: &ParagraphDiff) -> Markup {
    let number = p.new_index().or(p.old_index()).unwrap_or_default() + 1;
    let label = |id: &str| tr.ta(id, &[("number", number.into())]);
    match p {
        ParagraphDiff::Equal { text, .. } => html! { p.diff-equal { (text) } },
        ParagraphDiff::Insert { text, .. } => html! {
            p.diff-insert data-change tabindex="-1" {
                span.diff-kind lang=(tr.lang()) { (label("article-diff-paragraph-inserted")) }
                " " (inserted(tr, text))
            }
        },
        ParagraphDiff::Delete { text, .. } => html! {
            p.diff-delete data-change tabindex="-1" {
                span.diff-kind lang=(tr.lang()) { (label("article-diff-paragraph-deleted")) }
                " " (deleted(tr, text))
            }
        },
        ParagraphDiff::Change { spans: s, .. } => html! {
            p.diff-change data-change tabindex="-1" {
                span.diff-kind lang=(tr.lang()) { (label("article-diff-paragraph-changed")) }
                " " (spans(tr, s))
            }
        },
    }
}

/// One paragraph of a diff without its label: its text, with what was inserted and deleted
/// marked.
pub fn inline(tr: &Tr, p: &ParagraphDiff) -> Markup {
    match p {
        ParagraphDiff::Equal { text, .. } => html! { (text) },
        ParagraphDiff::Insert { text, .. } => inserted(tr, text),
        ParagraphDiff::Delete { text, .. } => deleted(tr, text),
        ParagraphDiff::Change { spans: s, .. } => spans(tr, s),
    }
}

/// A whole diff in the text's `language`: changes with one unchanged paragraph of context on
/// each side, other unchanged runs folded.
pub fn document(tr: &Tr, d: &Diff, language: &str) -> Markup {
    let hunks = &d.paragraphs;
    let changed_at = |i: usize| hunks.get(i).is_some_and(is_change);
    let shown = |i: usize| changed_at(i) || (i > 0 && changed_at(i - 1)) || changed_at(i + 1);
    let mut runs: Vec<(bool, std::ops::Range<usize>)> = Vec::new();
    for i in 0..hunks.len() {
        match runs.last_mut() {
            Some((s, range)) if *s == shown(i) => range.end = i + 1,
            _ => runs.push((shown(i), i..i + 1)),
        }
    }
    let (lang, dir) = lang_attrs(language);
    html! {
        div.diff lang=(lang) dir=(dir) {
            @for (shown, range) in &runs {
                @if *shown {
                    @for p in &hunks[range.clone()] { (paragraph(tr, p)) }
                } @else {
                    details.diff-folded {
                        summary lang=(tr.lang()) dir="ltr" {
                            (tr.ta("article-diff-folded", &[("count", range.len().into())]))
                        }
                        @for p in &hunks[range.clone()] { (paragraph(tr, p)) }
                    }
                }
            }
        }
    }
}

/// A one-line text (a title) old and new: the new one when equal, else its changes.
pub fn line(tr: &Tr, old: &str, new: &str) -> Markup {
    if old == new {
        return html! { (new) };
    }
    let d = diff(old, new);
    html! {
        @for p in &d.paragraphs {
            @match p {
                ParagraphDiff::Equal { text, .. } => (text),
                ParagraphDiff::Insert { text, .. } => (inserted(tr, text)),
                ParagraphDiff::Delete { text, .. } => (deleted(tr, text)),
                ParagraphDiff::Change { spans: s, .. } => (spans(tr, s)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use bitext_i18n::Locale;

    use super::*;

    fn en() -> Tr {
        Tr::new(Locale::EN_US)
    }

    #[test]
    fn changed_paragraphs_are_focusable_and_changes_are_announced_in_words() {
        let d = diff("同一段。\n\n今天天气很好。", "同一段。\n\n今天天气非常好。");
        let html = document(&en(), &d, "zh-Hans").into_string();
        assert!(html.contains("lang=\"zh-Hans\""), "{html}");
        assert_eq!(html.matches("data-change").count(), 1, "{html}");
        assert!(html.contains("tabindex=\"-1\""), "{html}");
        assert!(
            html.contains("<ins><span class=\"visually-hidden\" lang=\"en-US\">"),
            "{html}"
        );
        assert!(
            html.contains("非常</ins>") || html.contains("非</ins>"),
            "{html}"
        );
    }

    #[test]
    fn unchanged_paragraphs_far_from_a_change_are_folded_under_a_count() {
        let old = "A.\n\nB.\n\nC.\n\nD.\n\nE.";
        let d = diff(old, "A.\n\nB.\n\nC.\n\nD.\n\nE, changed.");
        let html = document(&en(), &d, "en").into_string();
        assert_eq!(html.matches("<details").count(), 1, "{html}");
        assert!(html.contains("3"), "{html}");
        assert!(html.find("<details").unwrap() < html.find("D.").unwrap());
    }

    #[test]
    fn a_title_that_did_not_change_is_shown_plain() {
        assert_eq!(line(&en(), "Same", "Same").into_string(), "Same");
        let html = line(&en(), "Old title", "New title").into_string();
        assert!(html.contains("<del>") && html.contains("<ins>"), "{html}");
    }
}
