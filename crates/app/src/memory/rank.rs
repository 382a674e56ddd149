//! Which remembered units are offered for a text, and in what order.

use std::{cmp::Reverse, collections::HashSet};

use bitext_domain::memory::{Query, normalize};
use bitext_store::memory::MemoryUnit;

/// How a unit's provenance weighs among units of the same score: published, then approved,
/// then imported.
fn provenance(unit: &MemoryUnit) -> u8 {
    match (unit.published, unit.approved) {
        (true, _) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

/// The units of `candidates` (and `carry_over`, first) scoring at least `min` against `text`,
/// best first, each pair of texts once, at most `max`: `(score, carried over, unit)`.
pub(crate) fn rank(
    text: &str,
    candidates: Vec<MemoryUnit>,
    carry_over: Option<MemoryUnit>,
    min: u8,
    max: usize,
) -> Vec<(u8, bool, MemoryUnit)> {
    let query = Query::new(text);
    let mut scored: Vec<(u8, bool, MemoryUnit)> = candidates
        .into_iter()
        .map(|u| (query.score(&u.source), false, u))
        .filter(|(s, _, _)| *s >= min)
        .collect();
    if let Some(unit) = carry_over {
        scored.push((query.score(&unit.source), true, unit));
    }
    scored.sort_by_key(|(s, carried, u)| {
        (
            Reverse(*carried),
            Reverse(*s),
            Reverse(provenance(u)),
            Reverse(u.created_at),
            Reverse(u.id),
        )
    });
    let mut seen = HashSet::new();
    scored
        .into_iter()
        .filter(|(_, _, u)| seen.insert((normalize(&u.source), normalize(&u.target))))
        .take(max)
        .collect()
}

#[cfg(test)]
mod tests {
    use bitext_domain::memory::UnitKind;
    use chrono::{TimeZone, Utc};

    use super::*;

    fn unit(id: i64, source: &str, target: &str, published: bool, approved: bool) -> MemoryUnit {
        MemoryUnit {
            id,
            kind: UnitKind::Sentence,
            source_language: "zh-CN".into(),
            target_language: "en-US".into(),
            source: source.into(),
            target: target.into(),
            approved,
            slug: None,
            translation_id: None,
            revision: None,
            source_revision: None,
            paragraph: None,
            translator: None,
            note: None,
            created_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap()
                + chrono::TimeDelta::seconds(id),
            published,
            withdrawn: false,
        }
    }

    #[test]
    fn the_best_score_comes_first_and_weak_matches_are_left_out() {
        let text = "美国海关与边境保护局周二宣布新规定。";
        let ranked = rank(
            text,
            vec![
                unit(1, "美国海关与边境保护局周一宣布新规定。", "a", false, true),
                unit(2, "美国海关与边境保护局周二宣布新规定。", "b", false, true),
                unit(3, "今天天气很好。", "c", false, true),
            ],
            None,
            50,
            5,
        );
        let ids: Vec<i64> = ranked.iter().map(|(_, _, u)| u.id).collect();
        assert_eq!(ids, vec![2, 1]);
        assert_eq!(ranked[0].0, 100);
        assert!(ranked[1].0 < 100 && ranked[1].0 >= 50);
    }

    #[test]
    fn a_carry_over_comes_first_and_the_same_pair_is_offered_once() {
        let text = "The minister resigned on Tuesday.";
        let ranked = rank(
            text,
            vec![
                unit(1, text, "部长周二辞职。", true, true),
                unit(2, text, "部长周二辞职。", false, true),
                unit(
                    3,
                    "The minister resigned on Monday.",
                    "部长周一辞职。",
                    false,
                    false,
                ),
            ],
            Some(unit(4, text, "部长于周二辞职。", false, true)),
            50,
            5,
        );
        let ids: Vec<i64> = ranked.iter().map(|(_, _, u)| u.id).collect();
        assert_eq!(ids, vec![4, 1, 3]);
        assert!(ranked[0].1);
    }

    #[test]
    fn among_equal_scores_published_beats_approved_beats_imported() {
        let text = "Talks resume.";
        let ranked = rank(
            text,
            vec![
                unit(1, text, "谈判恢复。", false, false),
                unit(2, text, "会谈恢复。", false, true),
                unit(3, text, "谈判重启。", true, true),
            ],
            None,
            50,
            2,
        );
        let ids: Vec<i64> = ranked.iter().map(|(_, _, u)| u.id).collect();
        assert_eq!(ids, vec![3, 2]);
    }
}
