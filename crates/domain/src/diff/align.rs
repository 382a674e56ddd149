//! Aligning the paragraphs of two bodies.
//!
//! Paragraphs are interned (equal text, equal id) and the id sequences diffed,
//! which is fast even for thousands of paragraphs. Inside a replaced block, old
//! and new paragraphs are paired by position; the extra ones on the longer side
//! become whole insertions or deletions.

use similar::{Algorithm, DiffTag, capture_diff_deadline};

use super::clock::Clock;
use super::intern::Interner;
use crate::text::Paragraph;

/// What happens to one paragraph (or pair of paragraphs), in body order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Equal { old: usize, new: usize },
    Insert { new: usize },
    Delete { old: usize },
    Pair { old: usize, new: usize },
}

pub(crate) fn align(old: &[Paragraph<'_>], new: &[Paragraph<'_>], clock: &mut Clock) -> Vec<Step> {
    let mut interner = Interner::with_capacity(old.len() + new.len());
    let old_ids = interner.intern_all(old.iter().map(|p| p.text));
    let new_ids = interner.intern_all(new.iter().map(|p| p.text));
    let deadline = clock.align_deadline(old_ids.len() + new_ids.len());
    let ops = capture_diff_deadline(
        Algorithm::Myers,
        &old_ids,
        0..old_ids.len(),
        &new_ids,
        0..new_ids.len(),
        deadline,
    );
    clock.finished(deadline);

    let mut steps = Vec::with_capacity(old.len().max(new.len()));
    for op in &ops {
        let (olds, news) = (op.old_range(), op.new_range());
        match op.tag() {
            DiffTag::Equal => {
                steps.extend(olds.zip(news).map(|(old, new)| Step::Equal { old, new }));
            }
            DiffTag::Delete => steps.extend(olds.map(|old| Step::Delete { old })),
            DiffTag::Insert => steps.extend(news.map(|new| Step::Insert { new })),
            DiffTag::Replace => {
                let paired = olds.len().min(news.len());
                for (old, new) in olds.clone().zip(news.clone()) {
                    steps.push(if old_ids[old] == new_ids[new] {
                        Step::Equal { old, new }
                    } else {
                        Step::Pair { old, new }
                    });
                }
                steps.extend(olds.skip(paired).map(|old| Step::Delete { old }));
                steps.extend(news.skip(paired).map(|new| Step::Insert { new }));
            }
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::super::clock::DiffLimits;
    use super::*;
    use crate::text::layout;

    fn steps(old: &str, new: &str) -> Vec<Step> {
        let mut clock = Clock::new(&DiffLimits::default());
        align(&layout(old).paragraphs, &layout(new).paragraphs, &mut clock)
    }

    #[test]
    fn inserting_a_paragraph_in_the_middle_is_one_insert() {
        let old = "A.\n\nB.\n\nC.\n\nD.";
        let new = "A.\n\nB.\n\nNew.\n\nC.\n\nD.";
        assert_eq!(
            steps(old, new),
            [
                Step::Equal { old: 0, new: 0 },
                Step::Equal { old: 1, new: 1 },
                Step::Insert { new: 2 },
                Step::Equal { old: 2, new: 3 },
                Step::Equal { old: 3, new: 4 },
            ]
        );
    }

    #[test]
    fn replaced_paragraphs_pair_by_position_and_extras_stand_alone() {
        let old = "A.\n\nB.\n\nC.\n\nZ.";
        let new = "A.\n\nB2.\n\nZ.";
        assert_eq!(
            steps(old, new),
            [
                Step::Equal { old: 0, new: 0 },
                Step::Pair { old: 1, new: 1 },
                Step::Delete { old: 2 },
                Step::Equal { old: 3, new: 2 },
            ]
        );
    }
}
