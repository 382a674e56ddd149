//! The shapes an English amount takes: digits or number words with a scale ("2.4 million"),
//! then what they count (percent, a currency, a fraction's denominator); fractions in words
//! ("a third", "half"); and orders of magnitude ("tens of thousands").

use super::money::currency_after;
use super::names::{after_name, in_code, pronoun};
use super::tokens::{Class, Token};
use super::{at_sentence_start, attached, calendar, figure, seq, words};
use crate::checks::figures::{Approx, Figure, Kind};

/// An amount read at a token: its value and span, before what it counts.
pub struct Amount {
    pub index: usize,
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub next: usize,
    pub words: bool,
    pub year_like: bool,
}

/// An amount at `j`: digits with a scale, or number words. `money` when a currency sign comes
/// just before (then letters may touch the digits, and "m" and "k" are scales).
pub fn amount(t: &[Token], j: usize, money: bool) -> Option<Amount> {
    let tok = t.get(j)?;
    match tok.class {
        Class::Num => {
            if !money && in_code(t, j) {
                return None;
            }
            let (mut value, mut end, mut next, mut scaled) = (tok.value, tok.end, j + 1, false);
            if let Some(n) = t.get(j + 1).filter(|n| n.class == Class::Word) {
                if attached(tok, n) {
                    let currency = money || currency_after(t, j + 2).is_some();
                    let s = match n.lower.as_str() {
                        "bn" => 1e9,
                        "tn" | "trn" => 1e12,
                        "m" | "mn" if currency => 1e6,
                        "k" if currency => 1e3,
                        // A unit of measure glued to the number: "5km", "20kg", "-8C".
                        u if words::measure(u) => 1.0,
                        _ => return None,
                    };
                    (value, end, next, scaled) = (value * s, n.end, j + 2, true);
                } else if let Some(s) = words::scale(&n.lower) {
                    (value, end, next, scaled) = (value * s, n.end, j + 2, true);
                }
            }
            if !money && !scaled && after_name(t, j) && !counts_follow(t, next) {
                return None;
            }
            // A time of day: "3 p.m.", "10 am", "five o'clock", "open until 10 on weekdays".
            if !money && !scaled && (time_of_day(t, next) || hour_after_until(t, j, next, value)) {
                return None;
            }
            let year_like = !scaled
                && tok.plain
                && tok.text.len() == 4
                && (1900.0..=2099.0).contains(&tok.value);
            Some(Amount {
                index: j,
                value,
                start: tok.start,
                end,
                next,
                words: false,
                year_like,
            })
        }
        Class::Word => {
            let mut ws: Vec<&str> = Vec::new();
            let mut k = j;
            while let Some(w) = t.get(k) {
                let hyphen = w.is("-")
                    && attached(&t[k - 1], w)
                    && t.get(k + 1).is_some_and(|n| attached(w, n));
                if ws.len() >= 16 || !(w.class == Class::Word || hyphen) {
                    break;
                }
                ws.push(&w.lower);
                k += 1;
            }
            let (value, n) = words::parse(&ws)?;
            let last = j + n - 1;
            if tok.capitalised() && !at_sentence_start(t, j) {
                return None;
            }
            let ordinal_after = match (t.get(last + 1), t.get(last + 2)) {
                (Some(h), Some(o)) if h.is("-") && attached(&t[last], h) => {
                    words::is_ordinal(&o.lower)
                }
                (Some(o), _) => {
                    words::tens(&t[last].lower).is_some() && words::is_ordinal(&o.lower)
                }
                _ => false,
            };
            if ordinal_after
                || (n == 1 && tok.is("one") && pronoun(t, j))
                || time_of_day(t, last + 1)
                || hour_after_until(t, j, last + 1, value)
            {
                return None;
            }
            Some(Amount {
                index: j,
                value,
                start: tok.start,
                end: t[last].end,
                next: last + 1,
                words: true,
                year_like: false,
            })
        }
        Class::Sym => None,
    }
}

/// Whether the words at `k` make the number before them an hour of the day.
fn time_of_day(t: &[Token], k: usize) -> bool {
    [
        &["a", ".", "m"][..],
        &["p", ".", "m"],
        &["am"],
        &["pm"],
        &["o'clock"],
        &["o’clock"],
    ]
    .iter()
    .any(|w| seq(t, k, w).is_some())
}

/// Whether the number at `j`, whose next token is at `k`, is an hour after "until" or "till"
/// with nothing after it that it could count: "open until ten on weekdays", "until 10, when".
fn hour_after_until(t: &[Token], j: usize, k: usize, value: f64) -> bool {
    let until = j > 0 && matches!(t[j - 1].lower.as_str(), "until" | "till" | "til");
    let hour = value.fract() == 0.0 && (1.0..=24.0).contains(&value);
    let nothing_counted = t.get(k).is_none_or(|n| {
        n.class == Class::Sym
            || matches!(
                n.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "every"
                    | "each"
                    | "and"
                    | "or"
                    | "tonight"
                    | "today"
                    | "tomorrow"
                    | "daily"
                    | "the"
                    | "when"
                    | "while"
                    | "from"
            )
    });
    until && hour && nothing_counted
}

/// Whether what follows at `k` says what a number counts (percent or a currency).
fn counts_follow(t: &[Token], k: usize) -> bool {
    t.get(k)
        .is_some_and(|n| matches!(n.lower.as_str(), "%" | "percent" | "per" | "pct"))
        || currency_after(t, k).is_some()
}

/// Percent after an amount at `k`: the index after it.
fn percent(t: &[Token], k: usize) -> Option<usize> {
    [
        &["%"][..],
        &["percent"],
        &["per", "cent"],
        &["pct"],
        &["percentage", "points"],
        &["percentage", "point"],
    ]
    .iter()
    .find_map(|w| seq(t, k, w))
}

const DENOMINATORS: &[(&str, &str, f64)] = &[
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
    ("tenth", "tenths", 10.0),
];

/// The amount `a` with what it counts: percent, a currency, a fraction's denominator, "and a
/// half", or a year when it stands as one.
pub fn with_suffix(t: &[Token], a: Amount) -> Option<(Figure, usize)> {
    let k = a.next;
    let done = |value: f64, kind: Kind, last: usize| {
        Some((
            figure(value, kind, Approx::Exact, a.start, t[last - 1].end),
            last,
        ))
    };
    if let Some(n) = seq(t, k, &["and", "a", "half"]).filter(|_| a.value.fract() == 0.0) {
        return done(a.value + 0.5, Kind::Number, n);
    }
    if let Some(n) = percent(t, k) {
        return done(a.value, Kind::Percent, n);
    }
    if let Some((c, n)) = currency_after(t, k) {
        return done(a.value, Kind::Money(c), n);
    }
    if a.words && a.value.fract() == 0.0 && (1.0..=20.0).contains(&a.value) {
        let hyphen = t
            .get(k)
            .is_some_and(|h| h.is("-") && attached(&t[k - 1], h));
        let d = if hyphen { k + 1 } else { k };
        if let Some(w) = t.get(d) {
            let of_next = t
                .get(d + 1)
                .is_none_or(|n| n.is("of") || n.class == Class::Sym);
            let of_after = t.get(d + 1).is_some_and(|n| n.is("of"));
            for (one, many, den) in DENOMINATORS {
                let name = if a.value == 1.0 { one } else { many };
                let is_quarter = *den == 4.0 && w.lower.starts_with("quarter");
                let singular_ok = a.value > 1.0 || of_next;
                if w.lower == *name && singular_ok && (!is_quarter || hyphen || of_after) {
                    return done(a.value / den, Kind::Fraction, d + 1);
                }
            }
        }
    }
    if a.year_like && calendar::is_year(t, a.index) {
        return done(a.value * 10_000.0, Kind::Date, k);
    }
    done(a.value, Kind::Number, k)
}

/// A fraction in words without a numeral before it: "half", "a half", "a third of", "a
/// quarter of", "half a million" (a number).
pub fn fraction_words(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    let one = t[j].is("a") || t[j].is("one");
    let k = if one { j + 1 } else { j };
    let w = t.get(k)?;
    if w.is("half") {
        let prev = k.checked_sub(1).map(|p| t[p].lower.as_str()).unwrap_or("");
        if !one && matches!(prev, "first" | "second" | "latter" | "other" | "a" | "one") {
            return None;
        }
        if t.get(k + 1).is_some_and(|h| h.is("-") && attached(w, h)) {
            return None;
        }
        if let Some(s) = seq(t, k + 1, &["a"])
            .and_then(|n| t.get(n))
            .and_then(|s| words::scale(&s.lower))
        {
            return Some((
                figure(
                    0.5 * s,
                    Kind::Number,
                    Approx::Exact,
                    t[j].start,
                    t[k + 2].end,
                ),
                k + 3,
            ));
        }
        return Some((
            figure(0.5, Kind::Fraction, Approx::Exact, t[j].start, w.end),
            k + 1,
        ));
    }
    if !one {
        return None;
    }
    let of_next = t
        .get(k + 1)
        .is_none_or(|n| n.is("of") || n.class == Class::Sym);
    let (_, _, den) = DENOMINATORS
        .iter()
        .skip(1)
        .find(|(s, _, _)| w.lower == *s)?;
    of_next.then(|| {
        (
            figure(1.0 / den, Kind::Fraction, Approx::Exact, t[j].start, w.end),
            k + 1,
        )
    })
}

/// An order of magnitude: "dozens", "hundreds", "tens of thousands", "several million",
/// optionally of a currency ("millions of dollars"). Not after a number ("2 millions").
pub fn magnitude(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    const FORMS: &[(&[&str], f64)] = &[
        (&["tens", "of", "thousands"], 1e4),
        (&["hundreds", "of", "thousands"], 1e5),
        (&["tens", "of", "millions"], 1e7),
        (&["hundreds", "of", "millions"], 1e8),
        (&["tens", "of", "billions"], 1e10),
        (&["hundreds", "of", "billions"], 1e11),
        (&["dozens"], 10.0),
        (&["hundreds"], 100.0),
        (&["thousands"], 1e3),
        (&["millions"], 1e6),
        (&["billions"], 1e9),
        (&["several", "hundred"], 100.0),
        (&["several", "thousand"], 1e3),
        (&["several", "million"], 1e6),
        (&["several", "billion"], 1e9),
    ];
    let after_number = j.checked_sub(1).map(|p| &t[p]).is_some_and(|p| {
        p.class == Class::Num || words::unit(&p.lower).is_some() || words::tens(&p.lower).is_some()
    });
    if after_number {
        return None;
    }
    let (n, value) = FORMS
        .iter()
        .find_map(|(w, v)| seq(t, j, w).map(|n| (n, *v)))?;
    let (kind, n) = match seq(t, n, &["of"]).and_then(|k| currency_after(t, k)) {
        Some((c, m)) => (Kind::Money(c), m),
        None => (Kind::Number, n),
    };
    Some((
        figure(value, kind, Approx::Magnitude, t[j].start, t[n - 1].end),
        n,
    ))
}
