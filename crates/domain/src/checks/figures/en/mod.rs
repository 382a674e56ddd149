//! English figures: numbers in digits ("4,000", "2.4 million", "1.6bn") and in words
//! ("twenty-three", "one hundred and five", "a dozen"), percentages, fractions, sums of money,
//! dates, months, years and decades, with the approximation said before them ("more than",
//! "nearly", "about") and orders of magnitude ("dozens", "tens of thousands").
//!
//! A figure's span covers the whole phrase read: approximation words, currency signs and
//! words, scale words and percent signs ("more than US$160 billion").
//!
//! What is not a figure:
//! - digits attached to letters (codes and names: "COVID-19", "G20", "H5N1", "A320", "MH370",
//!   "5G"), except a scale suffix ("1.6bn"; "2.4m" and "5k" only with a currency) and the "s"
//!   of a decade;
//! - plain digits directly after a brand or product name with no unit after them ("Boeing
//!   737", "iPhone 15", "Windows 11"): a word with a capital inside it, or a capitalised word
//!   in mid-sentence that is not a month or a currency, or a capitalised word at the start of
//!   a sentence that is not one of the words that usually come before a number;
//! - ordinals ("first", "2nd", "21st", "twenty-first") and number words capitalised in
//!   mid-sentence ("the Big Four");
//! - "one" as a pronoun ("one of the", "no one", "the one", "one day").

mod calendar;
mod forms;
mod money;
mod names;
mod ranges;
mod tokens;
pub mod words;

#[cfg(test)]
mod tests;

use super::{Approx, Figure, Kind};
use tokens::{Token, tokenize};

/// The figures of an English text, in order of position.
pub fn figures(text: &str) -> Vec<Figure> {
    let t = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match read_at(&t, i) {
            Some((f, next)) => {
                out.push(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    ranges::share_units(&t, &mut out);
    out
}

pub(super) fn figure(value: f64, kind: Kind, approx: Approx, start: usize, end: usize) -> Figure {
    Figure {
        value,
        kind,
        approx,
        start,
        end,
    }
}

/// Whether `b` follows `a` with no space between.
pub(super) fn attached(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

/// The lowercase words `words` at `k`, in a row: the index after them.
pub(super) fn seq(t: &[Token], k: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .enumerate()
        .all(|(n, w)| t.get(k + n).is_some_and(|tok| tok.lower == *w))
        .then_some(k + words.len())
}

/// Whether the token at `i` starts a sentence.
pub(super) fn at_sentence_start(t: &[Token], i: usize) -> bool {
    i == 0 || matches!(t[i - 1].text.as_str(), "." | "!" | "?" | "\"" | "“")
}

const APPROX: &[(&[&str], Approx)] = &[
    (&["more", "than"], Approx::MoreThan),
    (&["just", "over"], Approx::MoreThan),
    (&["well", "over"], Approx::MoreThan),
    (&["over"], Approx::MoreThan),
    (&["above"], Approx::MoreThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["in", "excess", "of"], Approx::MoreThan),
    (&["nearly"], Approx::Nearly),
    (&["almost"], Approx::Nearly),
    (&["close", "to"], Approx::Nearly),
    (&["just", "under"], Approx::Nearly),
    (&["just", "below"], Approx::Nearly),
    (&["less", "than"], Approx::LessThan),
    (&["fewer", "than"], Approx::LessThan),
    (&["no", "more", "than"], Approx::LessThan),
    (&["not", "more", "than"], Approx::LessThan),
    (&["at", "most"], Approx::LessThan),
    (&["up", "to"], Approx::LessThan),
    (&["under"], Approx::LessThan),
    (&["below"], Approx::LessThan),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["roughly"], Approx::About),
    (&["approximately"], Approx::About),
    (&["some"], Approx::About),
];

fn read_at(t: &[Token], i: usize) -> Option<(Figure, usize)> {
    let approx = APPROX
        .iter()
        .find_map(|(words, a)| seq(t, i, words).map(|j| (*a, j)));
    let Some((approx, j)) = approx else {
        return figure_at(t, i);
    };
    let (mut f, next) = figure_at(t, j)?;
    let countable = matches!(
        f.kind,
        Kind::Number | Kind::Percent | Kind::Fraction | Kind::Money(_)
    );
    if countable && f.approx == Approx::Exact {
        f.approx = approx;
        f.start = t[i].start;
    }
    Some((f, next))
}

fn figure_at(t: &[Token], j: usize) -> Option<(Figure, usize)> {
    calendar::decade(t, j)
        .or_else(|| calendar::date(t, j))
        .or_else(|| forms::magnitude(t, j))
        .or_else(|| money::money_first(t, j))
        .or_else(|| forms::fraction_words(t, j))
        .or_else(|| {
            let a = forms::amount(t, j, false)?;
            forms::with_suffix(t, a)
        })
}
