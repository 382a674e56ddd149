//! Ranges in English: a unit, percent or currency written only after the second end of a
//! range ("3 to 5 million", "two or three hundred", "2 to 3 percent", "between 100 and 300
//! yuan") given to the first end too.

use super::tokens::{Class, Token};
use super::words;
use crate::checks::figures::{Approx, Figure, Kind};

/// Gives the first end of each range in `found` the scale, percent or currency written only
/// after its second end.
pub(super) fn share_units(t: &[Token], found: &mut [Figure]) {
    for w in 1..found.len() {
        let (a, b) = (&found[w - 1], &found[w]);
        if a.kind != Kind::Number
            || a.approx == Approx::Magnitude
            || !matches!(b.kind, Kind::Number | Kind::Money(_) | Kind::Percent)
        {
            continue;
        }
        // The first end is one token, joined to the second by "to", "or", a dash, or "and"
        // after "between".
        let Ok(ia) = t.binary_search_by_key(&a.start, |x| x.start) else {
            continue;
        };
        if t[ia].end != a.end {
            continue;
        }
        let joined = t.get(ia + 1).is_some_and(|j| {
            matches!(j.lower.as_str(), "to" | "or" | "-" | "–" | "—")
                || (j.is("and") && ia > 0 && t[ia - 1].is("between"))
        });
        if !joined || t.get(ia + 2).is_none_or(|x| x.start != b.start) {
            continue;
        }
        let base = t[ia + 2..]
            .iter()
            .take_while(|x| x.start < b.end)
            .find_map(|x| match x.class {
                Class::Num => Some(x.value),
                _ => words::unit(&x.lower).or_else(|| words::tens(&x.lower)),
            });
        let scale = base.filter(|&v| v > 0.0).map_or(1.0, |v| b.value / v);
        let power_of_ten = scale >= 10.0 && (scale.log10() - scale.log10().round()).abs() < 1e-9;
        let kind = b.kind;
        let a = &mut found[w - 1];
        if power_of_ten {
            a.value *= scale;
        }
        a.kind = kind;
    }
}
