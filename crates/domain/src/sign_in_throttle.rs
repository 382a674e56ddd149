//! How failed sign-ins are slowed down, per name: a few failures are free, then attempts under
//! that name are refused for a pause that doubles with each further failure. Names are counted
//! as typed (trimmed and lowercased), whether or not anyone has them, so that a refusal never
//! tells whether a name exists.

use chrono::{DateTime, TimeDelta, Utc};

/// The name a sign-in attempt is counted under: the name as typed, trimmed and lowercased.
pub fn sign_in_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// When attempts under a name are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInThrottle {
    /// Failures allowed within [`SignInThrottle::window`] before attempts are refused.
    pub free_failures: u32,
    /// How long failures are remembered: from the first one, and again from the end of each
    /// pause.
    pub window: TimeDelta,
    /// The pause after the last free failure; it doubles with each further failure.
    pub first_pause: TimeDelta,
    /// The longest pause.
    pub max_pause: TimeDelta,
}

impl Default for SignInThrottle {
    /// 5 failures within 15 minutes, then pauses of 30 s, 1 min, 2 min, … up to 15 min.
    fn default() -> Self {
        Self {
            free_failures: 5,
            window: TimeDelta::minutes(15),
            first_pause: TimeDelta::seconds(30),
            max_pause: TimeDelta::minutes(15),
        }
    }
}

/// What is remembered of one name's recent failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    /// Attempts not followed by a success.
    pub count: u32,
    /// Until when attempts are refused, if they are.
    pub paused_until: Option<DateTime<Utc>>,
    /// When all of this is forgotten.
    pub forget_at: DateTime<Utc>,
}

/// An attempt refused without looking at its password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paused {
    pub until: DateTime<Utc>,
}

impl Paused {
    /// The whole seconds to wait from `now` (at least one).
    pub fn retry_after_seconds(self, now: DateTime<Utc>) -> u64 {
        let wait = (self.until - now).max(TimeDelta::zero());
        let seconds = wait.num_seconds() + i64::from(wait.subsec_nanos() > 0);
        u64::try_from(seconds.max(1)).unwrap_or(1)
    }
}

impl SignInThrottle {
    /// Nothing remembered yet, as of `now`.
    pub fn fresh(&self, now: DateTime<Utc>) -> Failures {
        Failures {
            count: 0,
            paused_until: None,
            forget_at: now + self.window,
        }
    }

    /// The pause after the `count`-th failure in a row: none while failures are free, then
    /// [`SignInThrottle::first_pause`] doubled for each failure beyond, up to the maximum.
    pub fn pause_after(&self, count: u32) -> Option<TimeDelta> {
        let beyond = count.checked_sub(self.free_failures)?;
        let factor = 1_i32.checked_shl(beyond.min(30)).unwrap_or(i32::MAX);
        let pause = self
            .first_pause
            .checked_mul(factor)
            .unwrap_or(self.max_pause);
        Some(pause.min(self.max_pause))
    }

    /// Decides an attempt at `now`, given what is remembered (forgotten records count as
    /// fresh): refused while paused; otherwise allowed, and counted as a failure until it
    /// succeeds. The caller keeps what is returned, and forgets it on a success.
    ///
    /// # Errors
    /// [`Paused`] while attempts under this name are refused.
    pub fn attempt(&self, kept: Failures, now: DateTime<Utc>) -> Result<Failures, Paused> {
        let kept = if kept.forget_at <= now {
            self.fresh(now)
        } else {
            kept
        };
        if let Some(until) = kept.paused_until.filter(|until| *until > now) {
            return Err(Paused { until });
        }
        let count = kept.count.saturating_add(1);
        Ok(match self.pause_after(count) {
            Some(pause) => Failures {
                count,
                paused_until: Some(now + pause),
                forget_at: now + pause + self.window,
            },
            None => Failures { count, ..kept },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn names_are_counted_trimmed_and_lowercased() {
        assert_eq!(sign_in_key("  Mei\t"), "mei");
        assert_eq!(sign_in_key("ÉLODIE"), "élodie");
    }

    #[test]
    fn five_failures_are_free_then_pauses_double_up_to_fifteen_minutes() {
        let t = SignInThrottle::default();
        assert_eq!(t.pause_after(4), None);
        let pauses: Vec<i64> = (5..=12)
            .map(|n| t.pause_after(n).unwrap().num_seconds())
            .collect();
        assert_eq!(pauses, [30, 60, 120, 240, 480, 900, 900, 900]);
        assert_eq!(t.pause_after(u32::MAX), Some(TimeDelta::minutes(15)));
    }

    #[test]
    fn the_sixth_attempt_within_the_window_is_refused_for_thirty_seconds() {
        let t = SignInThrottle::default();
        let mut kept = t.fresh(at(0));
        for i in 0..5 {
            kept = t.attempt(kept, at(i)).unwrap();
        }
        let refused = t.attempt(kept, at(5)).unwrap_err();
        assert_eq!(refused.until, at(34));
        assert_eq!(refused.retry_after_seconds(at(5)), 29);
        // After the pause one more attempt is allowed, and a failure pauses twice as long.
        let kept = t.attempt(kept, at(34)).unwrap();
        assert_eq!(kept.paused_until, Some(at(94)));
    }

    #[test]
    fn failures_spread_wider_than_the_window_are_forgotten() {
        let t = SignInThrottle::default();
        let mut kept = t.fresh(at(0));
        for i in 0..4 {
            kept = t.attempt(kept, at(i)).unwrap();
        }
        // The window opened by the first failure has ended: this is the first of a new one.
        let kept = t.attempt(kept, at(15 * 60)).unwrap();
        assert_eq!(kept.count, 1);
        assert_eq!(kept.paused_until, None);
    }

    #[test]
    fn the_wait_is_rounded_up_to_whole_seconds_and_never_zero() {
        let paused = Paused { until: at(10) };
        let later = at(8) + TimeDelta::milliseconds(1);
        assert_eq!(paused.retry_after_seconds(later), 2);
        assert_eq!(paused.retry_after_seconds(at(10)), 1);
    }
}
