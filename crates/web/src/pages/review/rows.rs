//! The review's side-by-side rows: for each paragraph of the newer translation revision, the
//! source paragraph it renders (paragraph *i* renders paragraph *i*) beside the translation's
//! changes, and the comments on it in the margin. Deleted paragraphs keep their place; runs of
//! unchanged paragraphs fold under a summary that opens without script. Insertions and
//! deletions are `<ins>` and `<del>` with words a screen reader announces, never colour alone.

use bitext_domain::diff::{Diff, ParagraphDiff, Span, SpanOp};
use maud::{Markup, html};

use crate::{layout::lang_attrs, tr::Tr};

/// What the rows show besides the diff.
pub struct Sides<'a> {
    pub tr: &'a Tr,
    /// The paragraphs of the source revision that the newer translation revision renders.
    pub source: &'a [&'a str],
    pub source_language: &'a str,
    /// The translation's language.
    pub language: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Unchanged,
    Changed,
    Inserted,
    Deleted,
    /// A source paragraph no translation paragraph renders.
    Untranslated,
}

impl Kind {
    fn of(hunk: &ParagraphDiff) -> Self {
        match hunk {
            ParagraphDiff::Equal { .. } => Self::Unchanged,
            ParagraphDiff::Change { .. } => Self::Changed,
            ParagraphDiff::Insert { .. } => Self::Inserted,
            ParagraphDiff::Delete { .. } => Self::Deleted,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Changed => "changed",
            Self::Inserted => "inserted",
            Self::Deleted => "deleted",
            Self::Untranslated => "untranslated",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Unchanged => "review-kind-unchanged",
            Self::Changed => "review-kind-changed",
            Self::Inserted => "review-kind-inserted",
            Self::Deleted => "review-kind-deleted",
            Self::Untranslated => "review-kind-untranslated",
        }
    }

    fn is_change(self) -> bool {
        matches!(self, Self::Changed | Self::Inserted | Self::Deleted)
    }
}

/// Text with its line breaks kept.
pub fn text(t: &str) -> Markup {
    html! {
        @for (i, line) in t.split('\n').enumerate() {
            @if i > 0 { br; }
            (line.strip_suffix('\r').unwrap_or(line))
        }
    }
}

/// Changed text: `tag` (`ins` or `del`) with hidden words around it, in the page's language,
/// that say where the change starts and ends.
fn marked(tr: &Tr, inserted: bool, t: &str) -> Markup {
    let (start, end) = if inserted {
        ("review-inserted", "review-inserted-end")
    } else {
        ("review-deleted", "review-deleted-end")
    };
    let hidden = |id: &str| {
        html! { span.visually-hidden lang=(tr.lang()) { " " (tr.t(id)) " " } }
    };
    html! {
        @if inserted {
            ins { (hidden(start)) (text(t)) (hidden(end)) }
        } @else {
            del { (hidden(start)) (text(t)) (hidden(end)) }
        }
    }
}

fn spans(tr: &Tr, spans: &[Span]) -> Markup {
    html! {
        @for s in spans {
            @match s.op {
                SpanOp::Equal => (text(&s.text)),
                SpanOp::Insert => (marked(tr, true, &s.text)),
                SpanOp::Delete => (marked(tr, false, &s.text)),
            }
        }
    }
}

/// One paragraph's change, inline.
fn hunk(tr: &Tr, h: &ParagraphDiff) -> Markup {
    match h {
        ParagraphDiff::Equal { text: t, .. } => text(t),
        ParagraphDiff::Insert { text: t, .. } => marked(tr, true, t),
        ParagraphDiff::Delete { text: t, .. } => marked(tr, false, t),
        ParagraphDiff::Change { spans: s, .. } => spans(tr, s),
    }
}

/// A whole short diff (a title) inline.
pub fn inline(tr: &Tr, diff: &Diff) -> Markup {
    html! {
        @for (i, h) in diff.paragraphs.iter().enumerate() {
            @if i > 0 { " " }
            (hunk(tr, h))
        }
    }
}

/// Whether the diff changes any paragraph.
pub fn has_changes(diff: &Diff) -> bool {
    diff.paragraphs
        .iter()
        .any(|h| !matches!(h, ParagraphDiff::Equal { .. }))
}

fn row(
    sides: &Sides<'_>,
    kind: Kind,
    h: Option<&ParagraphDiff>,
    margin: &dyn Fn(usize) -> Markup,
    index: usize,
) -> Markup {
    let tr = sides.tr;
    let new_index = match (kind, h) {
        (Kind::Untranslated, _) => None,
        (_, Some(h)) => h.new_index(),
        (_, None) => None,
    };
    let source_index = match kind {
        Kind::Untranslated => Some(index),
        _ => new_index,
    };
    let source = source_index.and_then(|i| sides.source.get(i).copied());
    let id = match (kind, new_index) {
        (Kind::Deleted, _) => format!("deleted-{index}"),
        (Kind::Untranslated, _) => format!("source-{index}"),
        (_, Some(i)) => format!("p-{i}"),
        (_, None) => format!("row-{index}"),
    };
    let label = match kind {
        Kind::Deleted => tr.ta(
            "review-paragraph-deleted",
            &[("number", (index + 1).into())],
        ),
        _ => tr.ta("review-paragraph", &[("number", (index + 1).into())]),
    };
    let change = kind.is_change();
    let (src_lang, src_dir) = lang_attrs(sides.source_language);
    let (lang, dir) = lang_attrs(sides.language);
    html! {
        div class={ "review-row " (kind.class()) } id=(id) data-change[change]
            tabindex=[change.then_some("-1")] {
            h3.review-label { (label) " · " (tr.t(kind.label())) }
            div.review-source {
                span.visually-hidden { (tr.t("review-original")) }
                @if let Some(s) = source {
                    p lang=(src_lang) dir=(src_dir) { (text(s)) }
                } @else {
                    p.empty { (tr.t("review-no-source")) }
                }
            }
            div.review-translation data-quote-source=[new_index] {
                span.visually-hidden { (tr.t("review-translation")) }
                @if let Some(h) = h {
                    p lang=(lang) dir=(dir) { (hunk(tr, h)) }
                } @else {
                    p.empty { (tr.t("review-not-translated")) }
                }
            }
            div.review-notes {
                @if let Some(i) = new_index { (margin(i)) }
            }
        }
    }
}

/// The rows of `diff`, with `margin(i)` beside paragraph `i` of the newer revision. When
/// nothing changed, the unchanged paragraphs are shown open: there is nothing else to read.
pub fn rows(sides: &Sides<'_>, diff: &Diff, margin: &dyn Fn(usize) -> Markup) -> Markup {
    let tr = sides.tr;
    let hunks = &diff.paragraphs;
    let open = !has_changes(diff);
    let index_of = |h: &ParagraphDiff| h.new_index().or(h.old_index()).unwrap_or(0);
    let mut out = String::new();
    let mut i = 0;
    while i < hunks.len() {
        let kind = Kind::of(&hunks[i]);
        if kind != Kind::Unchanged {
            out.push_str(&row(sides, kind, Some(&hunks[i]), margin, index_of(&hunks[i])).0);
            i += 1;
            continue;
        }
        let run = hunks[i..]
            .iter()
            .take_while(|h| Kind::of(h) == Kind::Unchanged)
            .count();
        let folded = html! {
            details.review-folded open[open] {
                summary { (tr.ta("review-folded", &[("count", run.into())])) }
                @for h in &hunks[i..i + run] {
                    (row(sides, Kind::Unchanged, Some(h), margin, index_of(h)))
                }
            }
        };
        out.push_str(&folded.0);
        i += run;
    }
    let translated = hunks.iter().filter(|h| h.new_index().is_some()).count();
    for k in translated..sides.source.len() {
        out.push_str(&row(sides, Kind::Untranslated, None, margin, k).0);
    }
    maud::PreEscaped(out)
}

#[cfg(test)]
mod tests {
    use bitext_domain::diff::diff;
    use bitext_i18n::Locale;

    use super::*;

    fn render(old: &str, new: &str, source: &[&str]) -> String {
        let tr = Tr::new(Locale::EN_US);
        let sides = Sides {
            tr: &tr,
            source,
            source_language: "zh-Hans",
            language: "en",
        };
        rows(&sides, &diff(old, new), &|i| html! { i { "margin " (i) } }).into_string()
    }

    #[test]
    fn a_changed_paragraph_sits_beside_its_source_with_announced_insertions_and_deletions() {
        let html = render("One.\n\nTwo.", "One.\n\nTwo, three.", &["一。", "二。"]);
        let changed = html.split("id=\"p-1\"").nth(1).expect("the changed row");
        assert!(
            changed.contains("lang=\"zh-Hans\" dir=\"ltr\">二。</p>"),
            "{html}"
        );
        assert!(
            changed
                .contains("<ins><span class=\"visually-hidden\" lang=\"en-US\"> inserted: </span>"),
            "{html}"
        );
        assert!(changed.contains("margin 1"), "{html}");
        assert!(html.contains("data-change tabindex=\"-1\""), "{html}");
        let folded = html.split("<details").nth(1).expect("the folded run");
        let folded = &folded[..folded.find("</details>").expect("closed")];
        assert!(folded.contains("1 unchanged paragraph"), "{html}");
        assert!(folded.contains("id=\"p-0\""), "{html}");
        assert!(!folded.contains("data-change"), "{html}");
    }

    #[test]
    fn deleted_paragraphs_show_and_untranslated_source_paragraphs_follow() {
        let html = render("One.\n\nGone.", "One.", &["一。", "二。", "三。"]);
        assert!(html.contains("id=\"deleted-1\""), "{html}");
        assert!(html.contains("<del>"), "{html}");
        assert!(html.contains("id=\"source-1\""), "{html}");
        assert!(html.contains("id=\"source-2\""), "{html}");
    }

    #[test]
    fn with_no_change_the_paragraphs_are_shown_open() {
        let html = render("One.\n\nTwo.", "One.\n\nTwo.", &["一。", "二。"]);
        assert!(
            html.contains("<details class=\"review-folded\" open>"),
            "{html}"
        );
        assert!(!html.contains("data-change"), "{html}");
    }

    #[test]
    fn text_is_escaped_and_line_breaks_kept() {
        let html = render("<b>\nx", "<b>\ny", &["源"]);
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;b&gt;<br>"), "{html}");
    }
}
