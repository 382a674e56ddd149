//! The time records are stamped with.

use chrono::{DateTime, SubsecRound, Utc};

/// Now, to the microsecond: the precision PostgreSQL keeps, so that a stored time reads back the
/// same from either database, and a database copied from one to the other and back is the same.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

#[cfg(test)]
mod tests {
    use chrono::Timelike;

    #[test]
    fn now_holds_whole_microseconds() {
        for _ in 0..100 {
            assert_eq!(super::now().nanosecond() % 1_000, 0);
        }
    }
}
