//! The workspace's source column, paragraph by paragraph: the source's head, or, when the
//! translation is outdated, what changed in each paragraph since the revision it renders
//! (paragraphs removed from the source shown before the paragraph that now follows them).

use bitext_domain::diff::{ParagraphDiff, diff};
use maud::{Markup, html};

use crate::{pages::diff_view, tr::Tr};

/// The source's title and its paragraphs, one entry per paragraph of the head.
pub struct SourceColumn {
    pub title: Markup,
    pub rows: Vec<Markup>,
}

/// The head's title and paragraphs as they are.
pub fn plain(title: &str, body: &str) -> SourceColumn {
    SourceColumn {
        title: html! { (title) },
        rows: bitext_domain::text::paragraphs(body)
            .into_iter()
            .map(|p| html! { p.text { (p) } })
            .collect(),
    }
}

/// The head's paragraphs with what changed since the older revision `old`.
pub fn changes(tr: &Tr, old: (&str, &str), new: (&str, &str)) -> SourceColumn {
    let d = diff(old.1, new.1);
    let mut rows: Vec<Markup> = Vec::new();
    let mut removed: Vec<&ParagraphDiff> = Vec::new();
    for hunk in &d.paragraphs {
        if hunk.new_index().is_none() {
            removed.push(hunk);
            continue;
        }
        let before = std::mem::take(&mut removed);
        rows.push(html! {
            @for r in before { (diff_view::paragraph(tr, r)) }
            @if diff_view::is_change(hunk) {
                (diff_view::paragraph(tr, hunk))
            } @else {
                p.text { (hunk_text(hunk)) }
            }
        });
    }
    if !removed.is_empty() {
        let tail = html! { @for r in &removed { (diff_view::paragraph(tr, r)) } };
        match rows.pop() {
            Some(last) => rows.push(html! { (last) (tail) }),
            None => rows.push(tail),
        }
    }
    SourceColumn {
        title: diff_view::line(tr, old.0, new.0),
        rows,
    }
}

fn hunk_text(hunk: &ParagraphDiff) -> &str {
    match hunk {
        ParagraphDiff::Equal { text, .. }
        | ParagraphDiff::Insert { text, .. }
        | ParagraphDiff::Delete { text, .. } => text,
        ParagraphDiff::Change { .. } => "",
    }
}

#[cfg(test)]
mod tests {
    use bitext_i18n::Locale;

    use super::*;

    #[test]
    fn each_row_is_a_paragraph_of_the_head_with_removed_ones_before_the_next() {
        let tr = Tr::new(Locale::EN_US);
        let column = changes(
            &tr,
            ("T", "一。\n\n二。\n\n三。"),
            ("T", "一。\n\n三。\n\n四。"),
        );
        assert_eq!(column.rows.len(), 3);
        let second = column.rows[1].clone().into_string();
        assert!(
            second.contains("<del>") && second.contains("二。"),
            "{second}"
        );
        assert!(second.contains("三。"), "{second}");
        let third = column.rows[2].clone().into_string();
        assert!(
            third.contains("<ins>") && third.contains("data-change"),
            "{third}"
        );
        assert_eq!(column.title.into_string(), "T");
    }

    #[test]
    fn paragraphs_removed_at_the_end_join_the_last_row() {
        let tr = Tr::new(Locale::EN_US);
        let column = changes(&tr, ("T", "A.\n\nB."), ("T", "A."));
        assert_eq!(column.rows.len(), 1);
        assert!(column.rows[0].clone().into_string().contains("<del>"));
    }
}
