//! Cutting the base into regions between paragraphs both sides kept, and deciding each region.

use super::{Conflict, Hunk, Piece, Side, pick};
use crate::diff::{Clock, DiffLimits, Step, align};
use crate::text::Paragraph;

/// For each base paragraph, the index of the same paragraph kept in `side`, if it was kept.
fn kept_in(base: &[Paragraph<'_>], side: &[Paragraph<'_>]) -> Vec<Option<usize>> {
    let mut clock = Clock::new(&DiffLimits::default());
    let mut kept = vec![None; base.len()];
    for step in align(base, side, &mut clock) {
        if let Step::Equal { old, new } = step {
            kept[old] = Some(new);
        }
    }
    kept
}

/// The hunks of the merge of `ours` and `theirs` from `base`.
pub(super) fn hunks(
    base: &[Paragraph<'_>],
    ours: &[Paragraph<'_>],
    theirs: &[Paragraph<'_>],
) -> Vec<Hunk> {
    let (in_ours, in_theirs) = (kept_in(base, ours), kept_in(base, theirs));
    let mut out = Vec::new();
    let (mut b, mut o, mut t) = (0, 0, 0);
    for i in 0..=base.len() {
        let anchor = if i == base.len() {
            Some((ours.len(), theirs.len()))
        } else {
            in_ours[i].zip(in_theirs[i])
        };
        let Some((oi, ti)) = anchor else { continue };
        region(&base[b..i], &ours[o..oi], &theirs[t..ti], &mut out);
        if i < base.len() {
            let separator = pick(base[i].separator, ours[oi].separator, theirs[ti].separator);
            let kept = Piece {
                text: base[i].text.to_owned(),
                separator: separator.to_owned(),
            };
            push(&mut out, Hunk::Kept(vec![kept]));
            (b, o, t) = (i + 1, oi + 1, ti + 1);
        }
    }
    out
}

/// Decides one region between kept paragraphs (possibly empty on every side).
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
        (true, true)
            if base.len() > 1 && ours.len() == base.len() && theirs.len() == base.len() =>
        {
            for k in 0..base.len() {
                region(&base[k..=k], &ours[k..=k], &theirs[k..=k], out);
            }
            return;
        }
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
