//! English number words read as a value: "twenty-three", "one hundred and five", "a dozen",
//! "two thousand", "a million". Only cardinals; ordinals, fractions and magnitudes ("dozens")
//! are the scanner's business.

/// The value of the longest run of number words at the start of `words` (lowercase tokens,
/// with a hyphen as its own token), and how many tokens it takes; `None` when `words` does
/// not start with a number.
pub fn parse(words: &[&str]) -> Option<(f64, usize)> {
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        Start,
        A,
        Unit,
        Tens,
        Hyphen,
        Hundred,
        Scale,
        And,
    }
    let mut total = 0.0_f64;
    let mut current = 0.0_f64;
    let mut last = Last::Start;
    let mut last_scale = f64::INFINITY;
    let mut taken = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        if w == "a" && last == Last::Start {
            if !matches!(
                next,
                "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
            ) {
                break;
            }
            current = 1.0;
            last = Last::A;
        } else if let Some(u) = unit(w) {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale | Last::And => true,
                Last::Tens | Last::Hyphen => (1.0..=9.0).contains(&u),
                Last::A | Last::Unit => false,
            };
            if !ok || (u == 0.0 && last != Last::Start) {
                break;
            }
            current += u;
            last = Last::Unit;
        } else if let Some(t) = tens(w) {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                break;
            }
            current += t;
            last = Last::Tens;
        } else if w == "-" {
            if last != Last::Tens || !unit(next).is_some_and(|u| (1.0..=9.0).contains(&u)) {
                break;
            }
            last = Last::Hyphen;
        } else if w == "hundred" {
            if !matches!(last, Last::A | Last::Unit | Last::Tens) || current >= 100.0 {
                break;
            }
            current *= 100.0;
            last = Last::Hundred;
        } else if let Some(s) = scale(w) {
            if current == 0.0 || s >= last_scale || matches!(last, Last::Start | Last::And) {
                break;
            }
            total += current * s;
            current = 0.0;
            last_scale = s;
            last = Last::Scale;
        } else if w == "dozen" {
            if !matches!(last, Last::A | Last::Unit | Last::Tens) || current >= 100.0 {
                break;
            }
            current *= 12.0;
            last = Last::Unit;
        } else if w == "and" {
            if !matches!(last, Last::Hundred | Last::Scale)
                || (unit(next).is_none() && tens(next).is_none())
            {
                break;
            }
            last = Last::And;
        } else {
            break;
        }
        i += 1;
        if !matches!(last, Last::A | Last::Hyphen | Last::And) {
            taken = i;
        }
    }
    (taken > 0).then_some((total + current, taken))
}

/// "zero" to "nineteen".
pub fn unit(w: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    UNITS.iter().position(|u| *u == w).map(|p| p as f64)
}

/// "twenty" to "ninety".
pub fn tens(w: &str) -> Option<f64> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|t| *t == w)
        .map(|p| (p as f64 + 2.0) * 10.0)
}

/// "thousand", "million", "billion", "trillion".
pub fn scale(w: &str) -> Option<f64> {
    match w {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Whether `w` (lowercase) is a unit of measure written glued to a number ("5km", "20kg",
/// "-8C").
pub fn measure(w: &str) -> bool {
    matches!(
        w,
        "km" | "kg"
            | "cm"
            | "mm"
            | "mg"
            | "ml"
            | "kw"
            | "kwh"
            | "mw"
            | "gw"
            | "gwh"
            | "mph"
            | "kmh"
            | "kph"
            | "ha"
            | "lb"
            | "lbs"
            | "ft"
            | "sqm"
            | "c"
    )
}

/// Whether `w` is an ordinal word ("first", "twenty-first"'s "first", "tenth", "hundredth").
pub fn is_ordinal(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
    ) || (w.ends_with("th") && (unit(&w[..w.len() - 2]).is_some() || w.ends_with("ieth")))
        || matches!(w, "twelfth" | "hundredth" | "thousandth" | "millionth")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, usize)> {
        let spaced = text.replace('-', " - ");
        let words: Vec<&str> = spaced.split_whitespace().collect();
        parse(&words)
    }

    #[test]
    fn number_words_read_as_their_value_and_length() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("zero", Some((0.0, 1))),
            ("six people", Some((6.0, 1))),
            ("nineteen", Some((19.0, 1))),
            ("fifty", Some((50.0, 1))),
            ("twenty-three", Some((23.0, 3))),
            ("twenty three", Some((23.0, 2))),
            ("a hundred", Some((100.0, 2))),
            ("one hundred and five", Some((105.0, 4))),
            ("two thousand", Some((2000.0, 2))),
            ("a dozen eggs", Some((12.0, 2))),
            ("two dozen", Some((24.0, 2))),
            ("a million", Some((1e6, 2))),
            ("two million three hundred thousand", Some((2_300_000.0, 5))),
            (
                "three hundred and forty-five thousand",
                Some((345_000.0, 7)),
            ),
            ("nine hundred ninety-nine", Some((999.0, 5))),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), *expected, "{text}");
        }
    }

    #[test]
    fn words_that_do_not_make_a_number_stop_the_reading() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("a man", None),
            ("million", None),
            ("hundred", None),
            ("five six", Some((5.0, 1))),
            ("five and six", Some((5.0, 1))),
            ("twenty-first", Some((20.0, 1))),
            ("one hundred and", Some((100.0, 2))),
            ("thousand million", None),
            ("two thousand thousand", Some((2000.0, 2))),
            ("twelve-year", Some((12.0, 1))),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), *expected, "{text}");
        }
    }

    #[test]
    fn ordinals_are_told_from_cardinals() {
        for w in [
            "first",
            "third",
            "ninth",
            "twelfth",
            "twentieth",
            "fourteenth",
            "hundredth",
        ] {
            assert!(is_ordinal(w), "{w}");
        }
        for w in ["one", "three", "twenty", "month", "both", "with"] {
            assert!(!is_ordinal(w), "{w}");
        }
    }
}
