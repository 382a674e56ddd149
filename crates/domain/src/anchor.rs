//! Review comments are anchored to a paragraph of the revision they were written on. When the
//! text changes, the anchor follows its paragraph through the diff's alignment, or is detached
//! when the paragraph is gone; a quoted span that the followed paragraph no longer contains is
//! said to be gone.

use crate::diff::{self, ParagraphDiff};
use crate::text;

/// How a comment's anchor stands in the revision it is read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorStatus {
    /// The paragraph is there, and so is the quoted span if there is one.
    Attached,
    /// The paragraph is there but no longer contains the quoted span.
    QuoteGone,
    /// The paragraph is gone.
    Detached,
}

impl AnchorStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Attached => "attached",
            Self::QuoteGone => "quote_gone",
            Self::Detached => "detached",
        }
    }
}

/// The status of an anchor followed to paragraph `moved_to` of `new` (`None`: deleted), quoting
/// `quote` from the paragraph it was written on.
pub fn status(new: &str, moved_to: Option<usize>, quote: Option<&str>) -> AnchorStatus {
    let Some(text) = moved_to.and_then(|index| paragraph(new, index)) else {
        return AnchorStatus::Detached;
    };
    match quote.filter(|q| !q.is_empty()) {
        Some(q) if !text.contains(q) => AnchorStatus::QuoteGone,
        _ => AnchorStatus::Attached,
    }
}

/// Follows paragraph `paragraph` of `old`, quoting `quote`, into `new`: where it is and how it
/// stands there.
pub fn follow(
    old: &str,
    new: &str,
    paragraph: usize,
    quote: Option<&str>,
) -> (Option<usize>, AnchorStatus) {
    let moved_to = follow_paragraph(old, new, paragraph);
    (moved_to, status(new, moved_to, quote))
}

/// Where the paragraph `paragraph` of `old` is in `new`: `None` when it was deleted.
pub fn follow_paragraph(old: &str, new: &str, paragraph: usize) -> Option<usize> {
    paragraph_map(old, new).get(paragraph).copied().flatten()
}

/// For every paragraph of `old`, where it is in `new` (`None`: deleted).
pub fn paragraph_map(old: &str, new: &str) -> Vec<Option<usize>> {
    if old == new {
        return (0..text::paragraphs(old).len()).map(Some).collect();
    }
    let d = diff::diff(old, new);
    let mut map = Vec::new();
    for p in &d.paragraphs {
        match p {
            ParagraphDiff::Equal {
                old_index,
                new_index,
                ..
            }
            | ParagraphDiff::Change {
                old_index,
                new_index,
                ..
            } => set(&mut map, *old_index, Some(*new_index)),
            ParagraphDiff::Delete { old_index, .. } => set(&mut map, *old_index, None),
            ParagraphDiff::Insert { .. } => {}
        }
    }
    map
}

fn set(map: &mut Vec<Option<usize>>, index: usize, value: Option<usize>) {
    if map.len() <= index {
        map.resize(index + 1, None);
    }
    map[index] = value;
}

/// The text of paragraph `index` of `body`, if there is one.
pub fn paragraph(body: &str, index: usize) -> Option<&str> {
    text::paragraphs(body).get(index).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_anchor_moves_down_when_a_paragraph_is_inserted_above() {
        let old = "One.\n\nTwo.\n\nThree.";
        let new = "Zero.\n\nOne.\n\nTwo, edited.\n\nThree.";
        assert_eq!(follow_paragraph(old, new, 0), Some(1));
        assert_eq!(follow_paragraph(old, new, 1), Some(2));
        assert_eq!(follow_paragraph(old, new, 2), Some(3));
    }

    #[test]
    fn an_anchor_is_detached_when_its_paragraph_is_deleted() {
        let old = "One.\n\nTwo.\n\nThree.";
        let new = "One.\n\nThree.";
        assert_eq!(follow_paragraph(old, new, 1), None);
        assert_eq!(follow_paragraph(old, new, 2), Some(1));
    }

    #[test]
    fn a_quote_still_in_its_followed_paragraph_stays_attached() {
        let old = "One.\n\nIt rains in Taipei.";
        let new = "Zero.\n\nOne.\n\nIt rains hard in Taipei.";
        assert_eq!(
            follow(old, new, 1, Some("Taipei")),
            (Some(2), AnchorStatus::Attached)
        );
        assert_eq!(follow(old, new, 1, None), (Some(2), AnchorStatus::Attached));
        assert_eq!(
            follow(old, new, 1, Some("")),
            (Some(2), AnchorStatus::Attached)
        );
    }

    #[test]
    fn a_quote_edited_out_of_its_paragraph_is_gone_though_the_paragraph_stays() {
        let old = "One.\n\nIt rains in Taipei today.";
        let new = "One.\n\nIt pours in Taipei today.";
        assert_eq!(
            follow(old, new, 1, Some("rains")),
            (Some(1), AnchorStatus::QuoteGone)
        );
        // Matching is exact: a quote whose case changed is gone too.
        assert_eq!(
            follow(old, new, 1, Some("taipei")),
            (Some(1), AnchorStatus::QuoteGone)
        );
    }

    #[test]
    fn a_deleted_paragraph_detaches_its_anchor_whatever_it_quoted() {
        let old = "One.\n\nTwo.\n\nThree.";
        let new = "One.\n\nThree.";
        assert_eq!(
            follow(old, new, 1, Some("Two")),
            (None, AnchorStatus::Detached)
        );
        assert_eq!(follow(old, new, 1, None), (None, AnchorStatus::Detached));
        assert_eq!(status(new, Some(9), None), AnchorStatus::Detached);
    }

    #[test]
    fn paragraphs_are_found_by_index() {
        assert_eq!(paragraph("a\n\nb", 1), Some("b"));
        assert_eq!(paragraph("a\n\nb", 2), None);
    }
}
