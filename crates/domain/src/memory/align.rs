//! The sentence pairs inside a paragraph pair, by Gale and Church's length-based alignment, kept
//! only when the alignment is sure.
//!
//! The sentences of both paragraphs are paired in runs (beads) of one to one, two to one and
//! one to two, each bead costing how unlikely its lengths are (in proportion to the two
//! paragraphs, so the ratio of the languages' lengths is the pair's own) less what the figures
//! and names both sides share say for it: the measure and the anchors of the paragraph
//! alignment check ([`crate::checks::alignment`]), applied to sentences. A translator who left a
//! sentence out or added one (a one to none bead) is not modelled; the alignment is then forced
//! into beads whose lengths are off, or into a choice between near equals, and is refused.
//!
//! The alignment is refused, and the paragraph pair gives no sentence pairs, when no sequence of
//! beads covers both paragraphs, when another alignment costs less than [`MARGIN`] nats more
//! than the best, or when the two sides of a bead of the best are more than [`RATIO_JOINED`]
//! times ([`RATIO_ONE`] for one sentence to one) apart in length in proportion to the whole text
//! pair. That last test is what catches a sentence left out: the pair's own ratio takes the loss
//! in its stride, spreading it over every bead, but beside the text's ratio the bead that lost
//! it is short by a whole sentence.

use std::ops::Range;

use crate::checks::alignment::evidence::{self, Paragraph as Measured};
use crate::checks::figures::Figure;

/// The beads: how many source and target sentences, and the prior cost of pairing so (`-ln` of
/// how often translations do: Gale and Church found 89% of beads one to one and 9% two to one
/// or one to two).
const BEADS: [(usize, usize, f64); 3] = [(1, 1, 0.12), (2, 1, 3.1), (1, 2, 3.1)];

/// How much more than the best alignment the second best must cost for the best to be trusted:
/// about e³ ≈ 20 times less likely.
pub(super) const MARGIN: f64 = 3.0;

/// The most that the two sides of a bead may differ in length, in proportion to the whole text
/// pair, each with [`SLACK`] characters added so that short sentences are not held to a ratio
/// their few characters cannot show: for a bead of one sentence on each side, and for a bead
/// that joins two. A sentence left out shows as a joined bead that is too long on one side, so
/// those are held closer; a single sentence may stray further, as figures do (`两千五百` is
/// `two thousand five hundred`, `0.8%` as long in both). In the newsroom articles and the figure
/// corpus, correct one-to-one beads stay within 1.69 and correct joined beads within 1.1, while
/// joined beads hiding a dropped sentence start at about 1.5.
pub(super) const RATIO_ONE: f64 = 1.8;
pub(super) const RATIO_JOINED: f64 = 1.45;
const SLACK: f64 = 4.0;

/// The most sentences a paragraph may have for its sentences to be aligned (a news paragraph
/// has a handful; the alignment takes time and memory in proportion to the product of the
/// counts).
const MOST_SENTENCES: usize = 200;

/// One sentence bead: the source sentences and the target sentences it pairs (indices).
pub(super) type Bead = (Range<usize>, Range<usize>);

/// The beads pairing the sentences `source` with the sentences `target` of two paragraphs,
/// given the figures read in each paragraph, or `None` when the alignment is not sure. `ratio`
/// is the length of the whole target text over that of the whole source text, in characters.
pub(super) fn align(
    source: &[&str],
    source_figures: &[Figure],
    target: &[&str],
    target_figures: &[Figure],
    ratio: f64,
) -> Option<Vec<Bead>> {
    let (n, m) = (source.len(), target.len());
    // Beads join at most two sentences; the work and memory grow as n × m.
    if n > 2 * m || m > 2 * n || n.max(m) > MOST_SENTENCES {
        return None;
    }
    let (sp, tp) = evidence::measure(&read(source, source_figures), &read(target, target_figures))?;
    let width = m + 1;
    // best[i * width + j]: the two least costs of aligning the first i and j sentences, and
    // the bead ending the cheapest.
    let mut best = vec![([f64::INFINITY; 2], usize::MAX); (n + 1) * width];
    best[0].0[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            for (b, &(ns, nt, _)) in BEADS.iter().enumerate() {
                let (Some(pi), Some(pj)) = (i.checked_sub(ns), j.checked_sub(nt)) else {
                    continue;
                };
                let cost = bead_cost(b, &sp[pi..i], &tp[pj..j]);
                let before = best[pi * width + pj].0;
                let cell = &mut best[i * width + j];
                for c in before.map(|c| c + cost) {
                    if c < cell.0[0] {
                        cell.0 = [c, cell.0[0]];
                        cell.1 = b;
                    } else if c < cell.0[1] {
                        cell.0[1] = c;
                    }
                }
            }
        }
    }
    let ([first, second], _) = best[n * width + m];
    if !first.is_finite() || second - first < MARGIN {
        return None;
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (ns, nt, _) = BEADS[best[i * width + j].1];
        let bead = (i - ns..i, j - nt..j);
        if far_off(&source[bead.0.clone()], &target[bead.1.clone()], ratio) {
            return None;
        }
        beads.push(bead);
        (i, j) = (i - ns, j - nt);
    }
    beads.reverse();
    Some(beads)
}

/// The sentences of a paragraph read for the alignment, with the paragraph's figures.
fn read(sentences: &[&str], figures: &[Figure]) -> Vec<evidence::Read> {
    sentences
        .iter()
        .zip(split(sentences, figures))
        .map(|(text, own)| evidence::read(text, &own))
        .collect()
}

/// The figures of a paragraph shared out among its sentences: each to the sentence it starts
/// in, its offsets made the sentence's own.
fn split(sentences: &[&str], figures: &[Figure]) -> Vec<Vec<Figure>> {
    let mut start = 0;
    sentences
        .iter()
        .map(|text| {
            let end = start + text.chars().count();
            let own = figures
                .iter()
                .filter(|f| (start..end).contains(&f.start))
                .map(|f| Figure {
                    start: f.start - start,
                    end: f.end - start,
                    ..f.clone()
                })
                .collect();
            start = end;
            own
        })
        .collect()
}

/// The cost of bead `b` pairing the sentences `s` with the sentences `t`.
fn bead_cost(b: usize, s: &[Measured], t: &[Measured]) -> f64 {
    let length = |side: &[Measured]| side.iter().map(|p| p.length).sum::<f64>();
    let anchors = match (s, t) {
        ([a], [b]) => evidence::anchor_cost(&a.keys, &b.keys),
        _ => {
            let keys = |side: &[Measured]| {
                let mut keys: Vec<u64> = side.iter().flat_map(|p| p.keys.iter().copied()).collect();
                keys.sort_unstable();
                keys
            };
            evidence::anchor_cost(&keys(s), &keys(t))
        }
    };
    BEADS[b].2 + evidence::length_cost(length(s), length(t)) + anchors
}

/// Whether the two sides of a bead are too far apart in length to render each other, with the
/// lengths of the two languages in the proportion `ratio` (target over source).
fn far_off(source: &[&str], target: &[&str], ratio: f64) -> bool {
    let length = |side: &[&str]| side.iter().map(|t| evidence::length(t)).sum::<usize>() as f64;
    // In characters of the longer-written language, as the paragraph alignment counts.
    let (a, b) = if ratio >= 1.0 {
        (length(source) * ratio, length(target))
    } else {
        (length(source), length(target) / ratio)
    };
    let (a, b) = (a + SLACK, b + SLACK);
    let limit = if source.len() == 1 && target.len() == 1 {
        RATIO_ONE
    } else {
        RATIO_JOINED
    };
    a.max(b) > limit * a.min(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::figures;
    use crate::text::sentences;

    #[test]
    fn each_sentence_gets_the_figures_read_in_it() {
        for (paragraph, language) in [
            (
                "物价上涨了0.8%。失业率为5.1%，较上月下降0.2个百分点。",
                "zh-Hans",
            ),
            (
                "Prices rose 0.8%. Unemployment was 5.1%, down 0.2 points.",
                "en",
            ),
        ] {
            let pieces = sentences(paragraph);
            let own: Vec<Vec<Figure>> = pieces.iter().map(|s| figures::read(s, language)).collect();
            assert_eq!(split(&pieces, &figures::read(paragraph, language)), own);
            assert_eq!(own.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2]);
        }
    }
}
