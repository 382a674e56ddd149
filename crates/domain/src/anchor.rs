//! Review comments are anchored to a paragraph of the revision they were written on. When the
//! text changes, the anchor follows its paragraph through the diff's alignment, or is detached
//! when the paragraph is gone.

use crate::diff::{self, ParagraphDiff};

/// Where the paragraph `paragraph` of `old` is in `new`: `None` when it was deleted.
pub fn follow_paragraph(old: &str, new: &str, paragraph: usize) -> Option<usize> {
    paragraph_map(old, new).get(paragraph).copied().flatten()
}

/// For every paragraph of `old`, where it is in `new` (`None`: deleted).
pub fn paragraph_map(old: &str, new: &str) -> Vec<Option<usize>> {
    if old == new {
        return (0..diff::paragraphs(old).len()).map(Some).collect();
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
    diff::paragraphs(body).get(index).copied()
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
    fn paragraphs_are_found_by_index() {
        assert_eq!(paragraph("a\n\nb", 1), Some("b"));
        assert_eq!(paragraph("a\n\nb", 2), None);
    }
}
