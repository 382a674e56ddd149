//! Walking the base paragraph by paragraph with what each side did to it, and deciding each
//! paragraph and each place between paragraphs.

use super::{Conflict, Hunk, Piece, Side, pick};
use crate::diff::{Clock, DiffLimits, Step, align};
use crate::text::Paragraph;

/// What one side did with the base: for each base paragraph, the side's paragraphs inserted
/// just before it (and, at the end, after the last one), and the paragraph it became (itself,
/// an edit of it, or none when deleted), as the paragraph alignment of the diff pairs them.
struct Slots {
    before: Vec<Vec<usize>>,
    became: Vec<Option<usize>>,
}

impl Slots {
    fn new(base: &[Paragraph<'_>], side: &[Paragraph<'_>]) -> Self {
        let mut clock = Clock::new(&DiffLimits::default());
        let mut slots = Slots {
            before: vec![Vec::new(); base.len() + 1],
            became: vec![None; base.len()],
        };
        let mut next = 0;
        for step in align(base, side, &mut clock) {
            match step {
                Step::Insert { new } => slots.before[next].push(new),
                Step::Equal { old, new } | Step::Pair { old, new } => {
                    slots.became[old] = Some(new);
                    next = old + 1;
                }
                Step::Delete { old } => next = old + 1,
            }
        }
        slots
    }

    /// The side's paragraphs inserted before base paragraph `k`.
    fn inserted<'a>(&self, side: &[Paragraph<'a>], k: usize) -> Vec<Paragraph<'a>> {
        self.before[k].iter().map(|&i| side[i]).collect()
    }

    /// What base paragraph `k` became on the side: one paragraph, or none.
    fn replacement<'a>(&self, side: &[Paragraph<'a>], k: usize) -> Vec<Paragraph<'a>> {
        self.became[k].iter().map(|&i| side[i]).collect()
    }
}

/// The hunks of the merge of `ours` and `theirs` from `base`: the base is walked paragraph by
/// paragraph, each place between paragraphs (for insertions) and each paragraph decided on its
/// own, and neighbouring hunks of a kind joined.
pub(super) fn hunks(
    base: &[Paragraph<'_>],
    ours: &[Paragraph<'_>],
    theirs: &[Paragraph<'_>],
) -> Vec<Hunk> {
    let (in_ours, in_theirs) = (Slots::new(base, ours), Slots::new(base, theirs));
    let mut out = Vec::new();
    for k in 0..=base.len() {
        let (ours_before, theirs_before) =
            (in_ours.inserted(ours, k), in_theirs.inserted(theirs, k));
        region(&[], &ours_before, &theirs_before, &mut out);
        if k < base.len() {
            let (ours_k, theirs_k) = (
                in_ours.replacement(ours, k),
                in_theirs.replacement(theirs, k),
            );
            region(&base[k..=k], &ours_k, &theirs_k, &mut out);
        }
    }
    out
}

/// Decides one region: a base paragraph, or a place between two (possibly empty on every side).
fn region(
    base: &[Paragraph<'_>],
    ours: &[Paragraph<'_>],
    theirs: &[Paragraph<'_>],
    out: &mut Vec<Hunk>,
) {
    if base.is_empty() && ours.is_empty() && theirs.is_empty() {
        return;
    }
    let same = |a: &[Paragraph<'_>], b: &[Paragraph<'_>]| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.text == y.text)
    };
    let (ours_changed, theirs_changed) = (!same(base, ours), !same(base, theirs));
    let hunk = match (ours_changed, theirs_changed) {
        (false, false) => Hunk::Kept(
            (0..base.len())
                .map(|k| Piece {
                    text: base[k].text.to_owned(),
                    separator: pick(base[k].separator, ours[k].separator, theirs[k].separator)
                        .to_owned(),
                })
                .collect(),
        ),
        (true, false) => taken(Side::Ours, base, ours),
        (false, true) => taken(Side::Theirs, base, theirs),
        (true, true) if same(ours, theirs) => taken(Side::Both, base, ours),
        (true, true) => Hunk::Conflict(Conflict {
            base: pieces(base),
            ours: pieces(ours),
            theirs: pieces(theirs),
        }),
    };
    push(out, hunk);
}

fn taken(from: Side, base: &[Paragraph<'_>], side: &[Paragraph<'_>]) -> Hunk {
    Hunk::Taken {
        from,
        base: pieces(base),
        paragraphs: pieces(side),
    }
}

fn pieces(paragraphs: &[Paragraph<'_>]) -> Vec<Piece> {
    paragraphs
        .iter()
        .map(|p| Piece {
            text: p.text.to_owned(),
            separator: p.separator.to_owned(),
        })
        .collect()
}

/// Appends a hunk, joining it to the previous one when they are of the same kind.
fn push(out: &mut Vec<Hunk>, hunk: Hunk) {
    match (out.last_mut(), hunk) {
        (Some(Hunk::Kept(last)), Hunk::Kept(more)) => last.extend(more),
        (
            Some(Hunk::Taken {
                from,
                base,
                paragraphs,
            }),
            Hunk::Taken {
                from: more_from,
                base: more_base,
                paragraphs: more,
            },
        ) if *from == more_from => {
            base.extend(more_base);
            paragraphs.extend(more);
        }
        (Some(Hunk::Conflict(last)), Hunk::Conflict(more)) => {
            last.base.extend(more.base);
            last.ours.extend(more.ours);
            last.theirs.extend(more.theirs);
        }
        (_, hunk) => out.push(hunk),
    }
}
