//! Aligning the paragraphs of two bodies.
//!
//! Paragraphs are interned (equal text, equal id) and the id sequences diffed,
//! which is fast even for thousands of paragraphs. Inside a replaced block, old
//! and new paragraphs are paired by position; the extra ones on the longer side
//! become whole insertions or deletions.

use std::ops::Range;

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
    // A paragraph whose text the other side lacks cannot be equal to anything there, so it is
    // left out of the diff: the diff then runs on the paragraphs that may match, which cost as
    // little to compare when most of a body changed as when little did. What lies between two
    // equal paragraphs is the same either way.
    let mut on_old = vec![false; interner.len()];
    let mut on_new = vec![false; interner.len()];
    old_ids.iter().for_each(|&id| on_old[id as usize] = true);
    new_ids.iter().for_each(|&id| on_new[id as usize] = true);
    let (old_shared, old_keys) = shared(&old_ids, &on_new);
    let (new_shared, new_keys) = shared(&new_ids, &on_old);
    let deadline = clock.align_deadline(old_keys.len() + new_keys.len());
    let ops = capture_diff_deadline(
        Algorithm::Myers,
        &old_keys,
        0..old_keys.len(),
        &new_keys,
        0..new_keys.len(),
        deadline,
    );
    clock.finished(deadline);

    let mut steps = Vec::with_capacity(old.len().max(new.len()));
    let (mut old_at, mut new_at) = (0, 0);
    for op in ops.iter().filter(|op| op.tag() == DiffTag::Equal) {
        for (o, n) in op.old_range().zip(op.new_range()) {
            let (o, n) = (old_shared[o], new_shared[n]);
            between(&old_ids, old_at..o, &new_ids, new_at..n, &mut steps);
            steps.push(Step::Equal { old: o, new: n });
            (old_at, new_at) = (o + 1, n + 1);
        }
    }
    between(
        &old_ids,
        old_at..old.len(),
        &new_ids,
        new_at..new.len(),
        &mut steps,
    );
    steps
}

/// The positions and ids of the paragraphs whose text the other side has too.
fn shared(ids: &[u32], on_other: &[bool]) -> (Vec<usize>, Vec<u32>) {
    ids.iter()
        .enumerate()
        .filter(|&(_, &id)| on_other[id as usize])
        .map(|(i, &id)| (i, id))
        .unzip()
}

/// The steps between two equal paragraphs (or an end): paragraphs paired by position, the
/// extra ones on the longer side inserted or deleted.
fn between(
    old_ids: &[u32],
    olds: Range<usize>,
    new_ids: &[u32],
    news: Range<usize>,
    steps: &mut Vec<Step>,
) {
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
    fn paragraphs_found_on_one_side_only_pair_between_the_equal_ones() {
        let old = "A.\n\nX.\n\nY.\n\nB.\n\nP.\n\nC.";
        let new = "A.\n\nX2.\n\nB.\n\nP2.\n\nQ2.\n\nC.";
        assert_eq!(
            steps(old, new),
            [
                Step::Equal { old: 0, new: 0 },
                Step::Pair { old: 1, new: 1 },
                Step::Delete { old: 2 },
                Step::Equal { old: 3, new: 2 },
                Step::Pair { old: 4, new: 3 },
                Step::Insert { new: 4 },
                Step::Equal { old: 5, new: 5 },
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
