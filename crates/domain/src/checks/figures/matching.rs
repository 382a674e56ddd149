//! Matching the figures of a source paragraph with those of its translation: every figure on
//! one side needs an equal value of a compatible kind on the other. What is left over on both
//! sides is paired by kind, in order, into one finding with both spans ("2.4万, read as
//! 24,000, where the translation has 2,400"); what is left alone is a finding with one span.

use super::{Approx, Figure, Kind, close};
use crate::checks::finding::{Finding, Severity, Span};

/// The code of a figure without an equal value on the other side.
pub const FIGURE_MISMATCH: &str = "figure-mismatch";

/// Whether `a` (source) and `b` (translation) may render each other: the same kind and value,
/// or a sum of money on one side and the bare number on the other (the currency may be named
/// elsewhere in the sentence: "人民币……2.4万元" and "24,000, in yuan"), with approximations
/// that do not contradict each other. A year standing alone and the same number also render
/// each other: "两千年" is the year 2000 or two thousand years, "2000年的历史" a history of
/// 2,000 years.
fn renders(a: &Figure, b: &Figure) -> bool {
    let kinds = a.kind == b.kind
        || matches!(
            (a.kind, b.kind),
            (Kind::Money(_), Kind::Number) | (Kind::Number, Kind::Money(_))
        );
    let same = kinds && close(a.value, b.value);
    (same || year_and_number(a, b) || year_and_number(b, a)) && a.approx.compatible(b.approx)
}

/// Whether `a` is a year without month or day and `b` that number of years or things.
fn year_and_number(a: &Figure, b: &Figure) -> bool {
    a.kind == Kind::Date
        && a.value % 10_000.0 == 0.0
        && b.kind == Kind::Number
        && close(a.value / 10_000.0, b.value)
}

/// Kinds that a leftover pair may be reported together under.
fn comparable(a: &Figure, b: &Figure) -> bool {
    std::mem::discriminant(&a.kind) == std::mem::discriminant(&b.kind)
        || matches!(
            (a.kind, b.kind),
            (Kind::Money(_), Kind::Number) | (Kind::Number, Kind::Money(_))
        )
}

/// Whether a figure left over may go unanswered: a bare "one". Chinese writes 一 where English
/// writes "a" or nothing (一个儿子, "a son"), and the Chinese grammar leaves a lone 一 unread for
/// that reason; so "one" against nothing is no evidence of a mistyped figure.
fn may_go_unanswered(f: &Figure) -> bool {
    f.kind == Kind::Number && f.approx == Approx::Exact && close(f.value, 1.0)
}

fn span(f: &Figure) -> Span {
    Span {
        start: f.start,
        end: f.end,
    }
}

/// The findings of paragraph `paragraph`, whose source has `source` figures and whose
/// translation has `translation` figures.
pub fn match_paragraph(
    paragraph: usize,
    source: &[Figure],
    translation: &[Figure],
) -> Vec<Finding> {
    let mut used = vec![false; translation.len()];
    let mut left = Vec::new();
    // Exact matches first, in order: each translation figure answers one source figure.
    for s in source.iter().filter(|f| !may_go_unanswered(f)) {
        match (0..translation.len()).find(|&i| !used[i] && renders(s, &translation[i])) {
            Some(i) => used[i] = true,
            None => left.push(s),
        }
    }
    let mut others: Vec<&Figure> = translation
        .iter()
        .zip(&used)
        .filter(|(f, u)| !**u && !may_go_unanswered(f))
        .map(|(f, _)| f)
        .collect();
    let mut findings = Vec::new();
    for s in left {
        let pair = others.iter().position(|t| comparable(s, t));
        let t = pair.map(|i| others.remove(i));
        findings.push(Finding {
            code: FIGURE_MISMATCH,
            severity: Severity::Error,
            paragraph,
            source: Some(span(s)),
            translation: t.map(span),
            source_value: Some(s.value),
            translation_value: t.map(|t| t.value),
            suggestion: None,
            expected: None,
        });
    }
    for t in others {
        findings.push(Finding {
            code: FIGURE_MISMATCH,
            severity: Severity::Error,
            paragraph,
            source: None,
            translation: Some(span(t)),
            source_value: None,
            translation_value: Some(t.value),
            suggestion: None,
            expected: None,
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::figures::Currency;

    fn fig(value: f64, kind: Kind, at: usize) -> Figure {
        Figure {
            value,
            kind,
            approx: Approx::Exact,
            start: at,
            end: at + 1,
        }
    }

    #[test]
    fn equal_values_of_the_same_kind_match_in_any_order() {
        let source = [fig(24_000.0, Kind::Number, 0), fig(40.0, Kind::Percent, 5)];
        let translation = [fig(40.0, Kind::Percent, 1), fig(24_000.0, Kind::Number, 9)];
        assert!(match_paragraph(0, &source, &translation).is_empty());
    }

    #[test]
    fn a_rounding_word_on_one_side_is_no_alarm() {
        let mut more = fig(4_000.0, Kind::Number, 0);
        more.approx = Approx::MoreThan;
        assert!(match_paragraph(0, &[more], &[fig(4_000.0, Kind::Number, 3)]).is_empty());
    }

    #[test]
    fn money_matches_the_bare_number_when_the_currency_is_named_elsewhere() {
        let yuan = fig(24_000.0, Kind::Money(Currency::Yuan), 0);
        assert!(
            match_paragraph(
                0,
                std::slice::from_ref(&yuan),
                &[fig(24_000.0, Kind::Number, 2)]
            )
            .is_empty()
        );
        let dollars = fig(24_000.0, Kind::Money(Currency::UsDollar), 2);
        assert_eq!(
            match_paragraph(0, &[yuan], &[dollars]).len(),
            1,
            "another currency"
        );
    }

    #[test]
    fn a_mistyped_figure_is_one_error_with_both_spans_and_both_readings() {
        let found = match_paragraph(
            3,
            &[fig(24_000.0, Kind::Number, 4)],
            &[fig(2_400.0, Kind::Number, 7)],
        );
        assert_eq!(
            found,
            [Finding {
                code: FIGURE_MISMATCH,
                severity: Severity::Error,
                paragraph: 3,
                source: Some(Span { start: 4, end: 5 }),
                translation: Some(Span { start: 7, end: 8 }),
                source_value: Some(24_000.0),
                translation_value: Some(2_400.0),
                suggestion: None,
                expected: None,
            }]
        );
    }

    #[test]
    fn a_figure_missing_or_added_is_an_error_with_the_one_span_there_is() {
        let found = match_paragraph(0, &[fig(12.0, Kind::Month, 0)], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].source.is_some(), found[0].translation.is_some()),
            (true, false)
        );
        let found = match_paragraph(0, &[], &[fig(1990.0, Kind::Decade, 2)]);
        assert_eq!(
            (found[0].source.is_some(), found[0].translation.is_some()),
            (false, true)
        );
    }

    #[test]
    fn one_translation_figure_answers_one_source_figure_only() {
        let source = [fig(3.0, Kind::Number, 0), fig(3.0, Kind::Number, 4)];
        let found = match_paragraph(0, &source, &[fig(3.0, Kind::Number, 1)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].source, Some(Span { start: 4, end: 5 }));
    }

    #[test]
    fn a_bare_one_on_one_side_is_no_alarm_but_one_against_two_is() {
        assert!(match_paragraph(0, &[], &[fig(1.0, Kind::Number, 0)]).is_empty());
        assert!(match_paragraph(0, &[fig(1.0, Kind::Number, 0)], &[]).is_empty());
        let found = match_paragraph(
            0,
            &[fig(2.0, Kind::Number, 0)],
            &[fig(1.0, Kind::Number, 0)],
        );
        assert_eq!(found.len(), 1, "the two is unanswered");
    }

    /// A figure of `value` qualified by `approx`.
    fn approx(value: f64, approx: Approx) -> Figure {
        Figure {
            approx,
            ..fig(value, Kind::Number, 0)
        }
    }

    #[test]
    fn a_bound_turned_round_is_an_error() {
        use Approx::{Exact, LessThan, MoreThan, Nearly};
        let pair = |a, b| match_paragraph(0, &[approx(300.0, a)], &[approx(300.0, b)]).len();
        assert_eq!(pair(LessThan, MoreThan), 1);
        assert_eq!(pair(MoreThan, LessThan), 1);
        assert_eq!(pair(Nearly, MoreThan), 1);
        assert_eq!(pair(LessThan, Exact), 0);
        assert_eq!(pair(Nearly, Exact), 0);
        assert_eq!(pair(Nearly, LessThan), 0);
    }

    #[test]
    fn an_order_of_magnitude_is_not_one_exact_number_but_may_be_over_it() {
        use Approx::{Exact, Magnitude, MoreThan};
        let pair = |a, b| match_paragraph(0, &[approx(1e3, a)], &[approx(1e3, b)]).len();
        assert_eq!(pair(Magnitude, Exact), 1);
        assert_eq!(pair(Exact, Magnitude), 1);
        assert_eq!(pair(Magnitude, MoreThan), 0);
        assert_eq!(pair(Magnitude, Magnitude), 0);
    }

    #[test]
    fn a_year_alone_renders_the_same_number_of_years_but_not_a_full_date() {
        let years = || fig(2_000.0, Kind::Number, 0);
        let date = |value| fig(value, Kind::Date, 0);
        assert!(match_paragraph(0, &[years()], &[date(20_000_000.0)]).is_empty());
        assert!(match_paragraph(0, &[date(20_000_000.0)], &[years()]).is_empty());
        assert_eq!(
            match_paragraph(0, &[years()], &[date(20_000_530.0)]).len(),
            2
        );
        assert_eq!(
            match_paragraph(0, &[years()], &[date(20_010_000.0)]).len(),
            2
        );
    }

    #[test]
    fn leftovers_of_different_kinds_are_not_paired() {
        let found = match_paragraph(
            0,
            &[fig(40.0, Kind::Percent, 0)],
            &[fig(1990.0, Kind::Decade, 0)],
        );
        assert_eq!(found.len(), 2);
    }
}
