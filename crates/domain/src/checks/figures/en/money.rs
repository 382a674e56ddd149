//! Currencies in English, before an amount ("US$", "HK$", "¥", "RMB") or after it
//! ("dollars", "Hong Kong dollars", "yuan"), and sums with the currency first.

use super::forms::amount;
use super::tokens::{Class, Token};
use super::{attached, figure, seq};
use crate::checks::figures::{Approx, Currency, Figure, Kind};

/// A currency named after an amount at `k`: the currency and the index after its words.
pub fn currency_after(t: &[Token], k: usize) -> Option<(Currency, usize)> {
    const AFTER: &[(&[&str], Currency)] = &[
        (&["hong", "kong", "dollars"], Currency::HkDollar),
        (&["hk", "dollars"], Currency::HkDollar),
        (&["u", ".", "s", ".", "dollars"], Currency::UsDollar),
        (&["us", "dollars"], Currency::UsDollar),
        (&["dollars"], Currency::UsDollar),
        (&["usd"], Currency::UsDollar),
        (&["hkd"], Currency::HkDollar),
        (&["yuan"], Currency::Yuan),
        (&["renminbi"], Currency::Yuan),
        (&["rmb"], Currency::Yuan),
        (&["cny"], Currency::Yuan),
    ];
    AFTER
        .iter()
        .find_map(|(w, c)| seq(t, k, w).map(|n| (*c, n)))
}

/// A currency named before an amount at `j`: the currency and the index of the amount.
pub fn currency_before(t: &[Token], j: usize) -> Option<(Currency, usize)> {
    let tok = &t[j];
    let sign = |k: usize| {
        t.get(k)
            .filter(|s| s.is("$") && attached(&t[k - 1], s))
            .map(|_| k + 1)
    };
    match tok.lower.as_str() {
        "$" => {
            let glued = j > 0 && attached(&t[j - 1], tok) && t[j - 1].class != Class::Sym;
            let glued = glued || (j > 0 && attached(&t[j - 1], tok) && t[j - 1].is("."));
            (!glued).then_some((Currency::UsDollar, j + 1))
        }
        "us" => sign(j + 1).map(|k| (Currency::UsDollar, k)),
        "hk" => sign(j + 1).map(|k| (Currency::HkDollar, k)),
        "u" => seq(t, j, &["u", ".", "s", "."])
            .and_then(sign)
            .map(|k| (Currency::UsDollar, k)),
        "¥" | "￥" | "rmb" | "cny" => Some((Currency::Yuan, j + 1)),
        "usd" => Some((Currency::UsDollar, j + 1)),
        "hkd" => Some((Currency::HkDollar, j + 1)),
        _ => None,
    }
}

/// A sum with its currency first: "$4,000", "US$160 billion", "HK$2.4m", "RMB 24,000".
pub fn money_first(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    let (c, k) = currency_before(t, j)?;
    let a = amount(t, k, true)?;
    if a.words {
        return None;
    }
    Some((
        figure(a.value, Kind::Money(c), Approx::Exact, t[j].start, a.end),
        a.next,
    ))
}
