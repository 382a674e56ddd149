//! Ranges in Chinese: two neighbouring digits before their unit (三四十: thirty or forty; 两三百:
//! two or three hundred; 一两周: a week or two; 十三四: 13 or 14) read as both ends, and a unit or currency
//! written once after the second end of a range (3至5万: 30,000 to 50,000; 2到3亿美元; 一至两成:
//! 10% to 20%) given to the first end too.

use super::numerals::{ascii_digit, digit, unit};
use super::words::{CURRENCIES, first};
use crate::checks::figures::{Approx, Figure, Kind};

/// Characters that join the two ends of a range.
pub(super) const JOINS: &[char] = &['至', '到', '-', '－', '~', '～', '—', '–'];

/// Two neighbouring digits at `i` naming a range (三四十人), after the tens if any (十三四岁:
/// 13 or 14; 二十五六: 25 or 26), read as its two ends, with where reading goes on.
pub(super) fn two_digits(c: &[char], i: usize) -> Option<([Figure; 2], usize)> {
    if i > 0 && numeral(c[i - 1]) {
        return None;
    }
    let digit_at = |k: usize| c.get(k).copied().and_then(digit);
    let (tens, k) = match (digit_at(i), c.get(i + 1)) {
        (Some(d), Some('十')) if d > 0 => (d * 10, i + 2),
        _ if c.get(i) == Some(&'十') => (10, i + 1),
        _ => (0, i),
    };
    let (low, high) = (digit_at(k)?, digit_at(k + 1)?);
    if low == 0 || high != low + 1 {
        return None;
    }
    let (low, high) = (tens + low, tens + high);
    let mut end = k + 2;
    let mut scale = 1.0;
    while let Some(u) = c.get(end).copied().and_then(unit) {
        scale *= u;
        end += 1;
    }
    // A third digit makes no range; 三四月 (March or April) names months, not counts.
    if c.get(end).is_some_and(|&ch| numeral(ch) || ch == '月') {
        return None;
    }
    let mut kind = Kind::Number;
    if let Some((currency, len)) = first(c, end, CURRENCIES) {
        kind = Kind::Money(currency);
        end += len;
    }
    let end_at = |value: u32| Figure {
        value: f64::from(value) * scale,
        kind,
        approx: Approx::About,
        start: i,
        end,
    };
    Some(([end_at(low), end_at(high)], end))
}

/// Gives the first end of each range in `found` the unit, percent or currency written only
/// after its second end: in 3至5万人 the 3 is 30,000.
pub(super) fn share_units(c: &[char], found: &mut [Figure]) {
    for w in 1..found.len() {
        let (a, b) = (&found[w - 1], &found[w]);
        let bare = a.kind == Kind::Number
            && a.approx == Approx::Exact
            && c[a.start..a.end].iter().all(|&ch| {
                digit(ch).is_some() || ascii_digit(ch).is_some() || ",，.．".contains(ch)
            });
        let joined = b.start == a.end + 1 && JOINS.contains(&c[a.end]);
        if !bare || !joined || !matches!(b.kind, Kind::Number | Kind::Money(_) | Kind::Percent) {
            continue;
        }
        let mut end = b.start;
        while c
            .get(end)
            .is_some_and(|&ch| numeral(ch) || ",，.．".contains(ch))
        {
            end += 1;
        }
        let mut scale: f64 = c[b.start..end]
            .iter()
            .rev()
            .map_while(|&ch| unit(ch))
            .product();
        // Tenths (一至两成): the second end was read as percent, ten to each tenth.
        if c.get(end) == Some(&'成') {
            scale = 10.0;
        }
        let kind = b.kind;
        let a = &mut found[w - 1];
        a.value *= scale;
        a.kind = kind;
    }
}

/// Whether `ch` can be part of a numeral.
fn numeral(ch: char) -> bool {
    digit(ch).is_some() || unit(ch).is_some() || ascii_digit(ch).is_some()
}
