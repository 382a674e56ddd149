//! Broken alignment: paragraph `i` of a translation renders paragraph `i` of its source, and the
//! bilingual page pairs them so. A translation that splits a paragraph in two, joins two in
//! one, leaves one out or adds one pairs every paragraph after it with the wrong one.
//!
//! The paragraphs are aligned as Gale and Church align sentences: a dynamic programme over pairs
//! of runs, one source paragraph to one translation paragraph, two to one, one to two, and (at a
//! high price) one to none or none to one, each pair costing how unlikely its lengths are in
//! proportion to the two texts (the length ratio of the two languages is read from the pair
//! itself) less what it gains from the figures and names both sides share ([`evidence`]). The
//! check reports the first paragraph from which the pairs are off and what restores them (split
//! this translation paragraph, merge it with the next, a source paragraph is missing, a
//! translation paragraph is extra), and a different paragraph count as such.
//!
//! Only what the evidence settles is said. Every way the pairs could first go off (where, and
//! how) is costed as the best alignment that goes off there so; the pairs are reported off only
//! when no alignment that keeps them is nearly as good, the first off paragraph is the earliest
//! that any nearly-as-good alignment puts off, and what to do is said only when all of them
//! agree on it. The work is linear in the number of paragraphs times the width of a band around
//! the diagonal (the difference of the counts plus a margin).

pub(crate) mod evidence;

use super::figures::Figure;
use super::finding::{Finding, Severity, Span};
use crate::text::sentences;
use evidence::Paragraph;

/// The two texts have different numbers of paragraphs.
pub const PARAGRAPH_COUNT: &str = "paragraph-count";
/// A translation paragraph renders its source paragraph and the next: split it.
pub const SPLIT: &str = "alignment-split";
/// A translation paragraph and the next render one source paragraph: merge them.
pub const MERGE: &str = "alignment-merge";
/// A source paragraph has no rendering in the translation.
pub const MISSING: &str = "alignment-missing";
/// A translation paragraph renders no source paragraph.
pub const EXTRA: &str = "alignment-extra";

/// How much worse (in nats) than the best alignment another may be and still count as nearly
/// as good, for whether and from where the pairs are off: about e⁶ ≈ 400 times less likely.
const MARGIN: f64 = 6.0;

/// How much worse than the best another way for the pairs to go off may be and still leave
/// what to do in doubt: about e³ ≈ 20 times less likely.
const HOW: f64 = 3.0;

/// How far, beyond the difference of the counts, an alignment may stray from the diagonal.
const BAND: usize = 8;

/// The ways a run of paragraphs pairs up: how many source and translation paragraphs, the
/// prior cost of pairing so (`-ln` of how often translations do it), and the code reporting it
/// when it is where the pairs first go off.
const BEADS: [(usize, usize, f64, &str); 5] = [
    (1, 1, 0.05, ""),
    (2, 1, 4.0, SPLIT),
    (1, 2, 4.0, MERGE),
    (1, 0, 5.5, MISSING),
    (0, 1, 5.5, EXTRA),
];

/// What the alignment check found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// Its findings, in order of paragraph.
    pub findings: Vec<Finding>,
    /// The first paragraph from which the pairs are off, if they are: paragraph checks that
    /// compare the two texts pair by pair mean nothing from there on.
    pub first_off: Option<usize>,
}

/// The alignment of `translation`'s paragraphs with `source`'s, given the figures read in each
/// paragraph (in the same order).
pub fn check(
    source: &[&str],
    source_figures: &[Vec<Figure>],
    translation: &[&str],
    translation_figures: &[Vec<Figure>],
) -> Alignment {
    let (n, m) = (source.len(), translation.len());
    let read = |texts: &[&str], figures: &[Vec<Figure>]| {
        texts
            .iter()
            .zip(figures)
            .map(|(t, f)| evidence::read(t, f))
            .collect::<Vec<_>>()
    };
    let measured = evidence::measure(
        &read(source, source_figures),
        &read(translation, translation_figures),
    );
    let Some((sp, tp)) = measured else {
        return count_only(n, m, 0);
    };
    let grid = Grid::new(&sp, &tp);
    let candidates = grid.candidates();
    let Some(best) = candidates.iter().map(|c| c.cost).min_by(f64::total_cmp) else {
        return count_only(n, m, 0);
    };
    let near = |margin: f64| candidates.iter().filter(move |c| c.cost <= best + margin);
    if near(MARGIN).any(|c| c.bead.is_none()) {
        return Alignment::default();
    }
    let likely: Vec<&Candidate> = near(HOW).collect();
    let agreed = likely
        .iter()
        .all(|c| c.at == likely[0].at && c.bead == likely[0].bead);
    let first = match (agreed, likely[0].bead) {
        (true, Some(_)) => likely[0].at,
        _ => near(MARGIN).map(|c| c.at).min().unwrap_or(0),
    };
    let mut found = count_only(n, m, first);
    if let (true, Some(bead)) = (agreed, likely[0].bead) {
        found
            .findings
            .push(locate(bead, first, source, translation, &sp, &tp));
    } else if n == m {
        // The counts agree and the evidence does not say where or how the pairs go off.
        return Alignment::default();
    }
    found.first_off = Some(first);
    found
}

/// The finding of a different paragraph count, if the counts differ, at `first`.
fn count_only(n: usize, m: usize, first: usize) -> Alignment {
    if n == m {
        return Alignment::default();
    }
    let mut finding = Finding::new(PARAGRAPH_COUNT, Severity::Error, first);
    finding.source_value = Some(n as f64);
    finding.translation_value = Some(m as f64);
    Alignment {
        findings: vec![finding],
        first_off: Some(first),
    }
}

/// One way the pairs may first go off: at paragraph `at` (of both texts, since every pair
/// before it is one to one), by bead `bead` (`None`: they never go off), at best costing `cost`.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    at: usize,
    bead: Option<usize>,
    cost: f64,
}

/// The costs of aligning every suffix of the two texts within the band.
struct Grid<'a> {
    source: &'a [Paragraph],
    translation: &'a [Paragraph],
    /// The lowest and highest `j - i` in the band.
    low: isize,
    high: isize,
    /// `rest[i][j - i - low]`: the least cost of aligning `source[i..]` with `translation[j..]`.
    rest: Vec<f64>,
}

impl<'a> Grid<'a> {
    fn new(source: &'a [Paragraph], translation: &'a [Paragraph]) -> Self {
        let (n, m) = (source.len() as isize, translation.len() as isize);
        let mut grid = Grid {
            source,
            translation,
            low: (m - n).min(0) - BAND as isize,
            high: (m - n).max(0) + BAND as isize,
            rest: Vec::new(),
        };
        let width = (grid.high - grid.low + 1) as usize;
        grid.rest = vec![f64::INFINITY; (n as usize + 1) * width];
        if let Some(end) = grid.index(n as usize, m as usize) {
            grid.rest[end] = 0.0;
        }
        for i in (0..=n as usize).rev() {
            for d in (grid.low..=grid.high).rev() {
                let j = i as isize + d;
                if j < 0 || j > m || (i as isize == n && j == m) {
                    continue;
                }
                let j = j as usize;
                let best = (0..BEADS.len())
                    .filter_map(|b| Some(grid.cost(b, i, j)? + grid.rest_at(i, j, b)?))
                    .fold(f64::INFINITY, f64::min);
                let at = grid.index(i, j).expect("inside the band");
                grid.rest[at] = best;
            }
        }
        grid
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        let d = j as isize - i as isize;
        let inside = i <= self.source.len() && j <= self.translation.len();
        (inside && (self.low..=self.high).contains(&d))
            .then(|| i * (self.high - self.low + 1) as usize + (d - self.low) as usize)
    }

    /// The least cost of aligning what follows bead `b` placed at `(i, j)`.
    fn rest_at(&self, i: usize, j: usize, b: usize) -> Option<f64> {
        let (ns, nt, _, _) = BEADS[b];
        let cost = self.rest[self.index(i + ns, j + nt)?];
        cost.is_finite().then_some(cost)
    }

    /// The cost of bead `b` at source paragraph `i` and translation paragraph `j`, if it fits.
    fn cost(&self, b: usize, i: usize, j: usize) -> Option<f64> {
        let (ns, nt, prior, _) = BEADS[b];
        let s = self.source.get(i..i + ns)?;
        let t = self.translation.get(j..j + nt)?;
        let evidence = match (s, t) {
            ([s], [t]) => evidence::pair_cost(s, t),
            ([a, b], [t]) => evidence::cut_cost(t, a, b)?.0,
            ([s], [a, b]) => evidence::cut_cost(s, a, b)?.0,
            ([p], []) | ([], [p]) => evidence::alone_cost(p),
            _ => return None,
        };
        Some(prior + evidence)
    }

    /// Every way the pairs may first go off, each at its best cost.
    fn candidates(&self) -> Vec<Candidate> {
        let (n, m) = (self.source.len(), self.translation.len());
        let mut out = Vec::new();
        let mut diagonal = 0.0;
        for at in 0..=n.min(m) {
            for b in 1..BEADS.len() {
                if let (Some(cost), Some(rest)) = (self.cost(b, at, at), self.rest_at(at, at, b)) {
                    out.push(Candidate {
                        at,
                        bead: Some(b),
                        cost: diagonal + cost + rest,
                    });
                }
            }
            if at < n.min(m) {
                diagonal += self.cost(0, at, at).unwrap_or(f64::INFINITY);
            }
        }
        if n == m {
            out.push(Candidate {
                at: n,
                bead: None,
                cost: diagonal,
            });
        }
        out
    }
}

/// The finding that says what restores the pairs going off at paragraph `at` by bead `bead`.
fn locate(
    bead: usize,
    at: usize,
    source: &[&str],
    translation: &[&str],
    sp: &[Paragraph],
    tp: &[Paragraph],
) -> Finding {
    let code = BEADS[bead].3;
    let mut finding = Finding::new(code, Severity::Error, at);
    match code {
        SPLIT => {
            let cut = evidence::cut_cost(&tp[at], &sp[at], &sp[at + 1]).map_or(0, |c| c.1);
            finding.translation = Some(opening(translation[at], cut));
        }
        MISSING => finding.source = Some(opening(source[at], 0)),
        EXTRA => finding.translation = Some(opening(translation[at], 0)),
        _ => {}
    }
    finding
}

/// How many characters of a sentence a finding quotes at most.
const OPENING: usize = 40;

/// The opening of the sentence of `text` that starts at character `from`: the sentence, or its
/// first words up to about [`OPENING`] characters.
fn opening(text: &str, from: usize) -> Span {
    let rest: Vec<char> = text.chars().skip(from).collect();
    let start = rest.iter().take_while(|c| c.is_whitespace()).count();
    let sentence = sentences(&rest[start..].iter().collect::<String>())
        .first()
        .map_or(0, |s| s.trim_end().chars().count());
    let mut end = start + sentence;
    if sentence > OPENING {
        let cut = (start + OPENING / 2..start + OPENING)
            .rev()
            .find(|&i| rest[i] == ' ');
        end = cut.unwrap_or(start + OPENING / 2);
    }
    Span {
        start: from + start,
        end: from + end,
    }
}
