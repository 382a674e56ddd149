//! Time limits that keep every diff bounded, whatever its input.
//!
//! Each call into the diff algorithm gets a deadline sized to its input: a floor,
//! plus an allowance per item (token, paragraph or line), capped per call, and
//! never later than the end of the whole diff's budget. When a deadline passes,
//! the algorithm returns a coarser but still exact answer (a larger replaced
//! region) and the diff says so in [`DiffStats::coarsened`](super::DiffStats).

use std::time::{Duration, Instant};

/// How long the parts of one diff may take.
///
/// The defaults keep two unrelated 100,000-word texts well under a second in a
/// release build, while ordinary edits finish in a few milliseconds and never
/// come near a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiffLimits {
    /// Floor for aligning paragraphs (or, for a unified diff, lines).
    pub align_floor: Duration,
    /// Floor for the inline diff of one paragraph pair.
    pub inline_floor: Duration,
    /// Allowance added per item diffed, on top of a floor.
    pub per_item: Duration,
    /// The most one call may take.
    pub call_cap: Duration,
    /// The most the whole diff may take, all calls together.
    pub total_cap: Duration,
}

impl Default for DiffLimits {
    fn default() -> Self {
        Self {
            align_floor: Duration::from_millis(50),
            inline_floor: Duration::from_millis(20),
            per_item: Duration::from_micros(1),
            call_cap: Duration::from_millis(250),
            total_cap: Duration::from_millis(500),
        }
    }
}

/// Hands out deadlines within one diff's budget and remembers if any passed.
#[derive(Debug)]
pub(crate) struct Clock {
    limits: DiffLimits,
    end: Option<Instant>,
    coarsened: bool,
}

impl Clock {
    pub(crate) fn new(limits: &DiffLimits) -> Self {
        Self {
            limits: *limits,
            end: Instant::now().checked_add(limits.total_cap),
            coarsened: false,
        }
    }

    /// The deadline of an alignment call over `items` paragraphs or lines.
    pub(crate) fn align_deadline(&self, items: usize) -> Option<Instant> {
        self.deadline(self.limits.align_floor, items)
    }

    /// The deadline of an inline call over `items` tokens.
    pub(crate) fn inline_deadline(&self, items: usize) -> Option<Instant> {
        self.deadline(self.limits.inline_floor, items)
    }

    fn deadline(&self, floor: Duration, items: usize) -> Option<Instant> {
        let items = u32::try_from(items).unwrap_or(u32::MAX);
        let allowance = floor
            .saturating_add(self.limits.per_item.saturating_mul(items))
            .min(self.limits.call_cap);
        let own = Instant::now().checked_add(allowance);
        match (own, self.end) {
            (Some(own), Some(end)) => Some(own.min(end)),
            (own, end) => own.or(end),
        }
    }

    /// Records that a call with this deadline has returned; if the deadline has
    /// passed, its answer may be coarser than the best one.
    pub(crate) fn finished(&mut self, deadline: Option<Instant>) {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            self.coarsened = true;
        }
    }

    pub(crate) fn coarsened(&self) -> bool {
        self.coarsened
    }
}
