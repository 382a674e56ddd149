//! Dates, months, years and decades in English: "May 30, 2022", "30 May 2022", "May 2022",
//! "May 30", "in September", "in 2022", "the 1990s", "the '90s", "the nineties".

use super::tokens::{Class, Token};
use super::{attached, figure};
use crate::checks::figures::{Approx, Figure, Kind};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
/// Words after which a four-digit number from 1900 to 2099 is a year.
const BEFORE_YEAR: &[&str] = &[
    "in", "since", "by", "of", "from", "until", "till", "to", "during", "before", "after",
    "between", "and", "early", "late", "mid", "end", "year", "fiscal", "through", "summer",
    "winter", "spring", "autumn",
];
/// Words that, after a four-digit number, show it to be a year ("2022 was", "the 2020 election").
const AFTER_YEAR: &[&str] = &[
    "and",
    "to",
    "when",
    "was",
    "saw",
    "will",
    "is",
    "had",
    "has",
    "as",
    "election",
    "elections",
    "census",
    "budget",
    "levels",
    "level",
    "figures",
    "report",
    "season",
    "onwards",
    "onward",
];
/// Words after which "May" is the month, not the verb.
const BEFORE_MAY: &[&str] = &[
    "in", "since", "by", "from", "until", "of", "early", "late", "mid",
];

/// The month a capitalised word names (1–12), and whether it is spelled in full.
pub fn month(t: &Token) -> Option<(u32, bool)> {
    if t.class != Class::Word || !t.capitalised() {
        return None;
    }
    if let Some(p) = MONTHS.iter().position(|m| *m == t.lower) {
        return Some((p as u32 + 1, true));
    }
    let lower = if t.lower == "sept" {
        "sep"
    } else {
        t.lower.as_str()
    };
    ABBREVIATIONS
        .iter()
        .position(|m| *m == lower)
        .map(|p| (p as u32 + 1, false))
}

/// A year from 1900 to 2099 written as four plain digits.
fn year(t: Option<&Token>) -> Option<u32> {
    let t = t?;
    (t.class == Class::Num && t.plain && t.text.len() == 4 && (1900.0..=2099.0).contains(&t.value))
        .then_some(t.value as u32)
}

/// A day of the month at `k` ("30", "30th"): the day and the index after it.
fn day(t: &[Token], k: usize) -> Option<(u32, usize)> {
    let d = t.get(k)?;
    if d.class != Class::Num || !d.plain || d.text.len() > 2 || !(1.0..=31.0).contains(&d.value) {
        return None;
    }
    match t.get(k + 1) {
        Some(s) if attached(d, s) && s.class == Class::Word => {
            matches!(s.lower.as_str(), "st" | "nd" | "rd" | "th").then_some((d.value as u32, k + 2))
        }
        _ => Some((d.value as u32, k + 1)),
    }
}

/// A date or a month at `j`.
pub fn date(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    let start = t[j].start;
    let after_month = |m: usize, full: bool| {
        if !full
            && t.get(m + 1)
                .is_some_and(|s| s.is(".") && attached(&t[m], s))
        {
            m + 2
        } else {
            m + 1
        }
    };
    if let Some((m, full)) = month(&t[j]) {
        let k = after_month(j, full);
        if let Some((d, k2)) = day(t, k) {
            let k3 = if t.get(k2).is_some_and(|s| s.is(",")) {
                k2 + 1
            } else {
                k2
            };
            if let Some(y) = year(t.get(k3)) {
                let v = y * 10_000 + m * 100 + d;
                return Some((
                    figure(v as f64, Kind::Date, Approx::Exact, start, t[k3].end),
                    k3 + 1,
                ));
            }
            let v = m * 100 + d;
            return Some((
                figure(v as f64, Kind::Date, Approx::Exact, start, t[k2 - 1].end),
                k2,
            ));
        }
        if let Some(y) = year(t.get(k)) {
            let v = y * 10_000 + m * 100;
            return Some((
                figure(v as f64, Kind::Date, Approx::Exact, start, t[k].end),
                k + 1,
            ));
        }
        let may_ok = m != 5 || (j > 0 && BEFORE_MAY.contains(&t[j - 1].lower.as_str()));
        return (full && may_ok).then(|| {
            (
                figure(m as f64, Kind::Month, Approx::Exact, start, t[j].end),
                j + 1,
            )
        });
    }
    let (d, k) = day(t, j)?;
    let (m, full) = month(t.get(k)?)?;
    let k2 = after_month(k, full);
    if let Some(y) = year(t.get(k2)) {
        let v = y * 10_000 + m * 100 + d;
        return Some((
            figure(v as f64, Kind::Date, Approx::Exact, start, t[k2].end),
            k2 + 1,
        ));
    }
    Some((
        figure(
            (m * 100 + d) as f64,
            Kind::Date,
            Approx::Exact,
            start,
            t[k2 - 1].end,
        ),
        k2,
    ))
}

/// A decade at `j`: "1990s", "1990's", "'90s", "the 90s", "the nineties". A two-digit decade
/// is in the 1900s from '30s on and in the 2000s before ('00s, '10s, '20s).
pub fn decade(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    let two_digits = |v: f64| if v >= 30.0 { 1900.0 + v } else { 2000.0 + v };
    let ends_in_s = |k: usize| -> Option<usize> {
        let s = t.get(k)?;
        if s.is("s") && attached(&t[k - 1], s) {
            return Some(k);
        }
        let q = s;
        let s2 = t.get(k + 1)?;
        (matches!(q.text.as_str(), "'" | "’")
            && attached(&t[k - 1], q)
            && s2.is("s")
            && attached(q, s2))
        .then_some(k + 1)
    };
    let tok = &t[j];
    if matches!(tok.text.as_str(), "'" | "’") {
        let n = t.get(j + 1)?;
        if n.class == Class::Num
            && n.plain
            && n.text.len() == 2
            && attached(tok, n)
            && n.value % 10.0 == 0.0
        {
            let s = ends_in_s(j + 2)?;
            return Some((
                figure(
                    two_digits(n.value),
                    Kind::Decade,
                    Approx::Exact,
                    tok.start,
                    t[s].end,
                ),
                s + 1,
            ));
        }
        return None;
    }
    if tok.class == Class::Num && tok.plain && tok.value % 10.0 == 0.0 {
        let value = match tok.text.len() {
            4 if (1000.0..=2090.0).contains(&tok.value) => tok.value,
            2 if j > 0 && t[j - 1].is("the") => two_digits(tok.value),
            _ => return None,
        };
        let s = ends_in_s(j + 1)?;
        return Some((
            figure(value, Kind::Decade, Approx::Exact, tok.start, t[s].end),
            s + 1,
        ));
    }
    if tok.is("the") {
        let w = t.get(j + 1)?;
        const WORDS: [&str; 8] = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        let p = WORDS.iter().position(|d| *d == w.lower)?;
        let value = 1920.0 + 10.0 * p as f64;
        return Some((
            figure(value, Kind::Decade, Approx::Exact, w.start, w.end),
            j + 2,
        ));
    }
    None
}

/// Whether the plain four-digit number at `j` (1900–2099) stands as a year: after "in",
/// "since", "by", "of" and the like, before punctuation or the end, or before a word that
/// follows years ("2022 was").
pub fn is_year(t: &[Token], j: usize) -> bool {
    if j > 0 && BEFORE_YEAR.contains(&t[j - 1].lower.as_str()) {
        return true;
    }
    match t.get(j + 1) {
        None => true,
        Some(n) if n.class == Class::Sym => !matches!(n.text.as_str(), "%" | "-"),
        Some(n) => AFTER_YEAR.contains(&n.lower.as_str()),
    }
}
