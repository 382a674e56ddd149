//! What looks like a figure in English but is not: digits in codes and product names ("G20",
//! "COVID-19", "Boeing 737"), times of day, and "one" as a pronoun.

use super::calendar;
use super::tokens::{Class, Token};
use super::{at_sentence_start, attached};

/// Capitalised words that may start a sentence before a number without naming a product
/// (besides adverbs in -ly, which are taken as such).
const LEADS: &[&str] = &[
    "in",
    "since",
    "by",
    "of",
    "from",
    "until",
    "to",
    "during",
    "before",
    "after",
    "between",
    "about",
    "around",
    "over",
    "under",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "above",
    "only",
    "just",
    "all",
    "the",
    "another",
    "and",
    "but",
    "or",
    "with",
    "at",
    "for",
    "on",
    "than",
    "last",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "each",
    "every",
    "fewer",
    "less",
    "as",
    "per",
    "up",
    "within",
    "exactly",
    "through",
    "among",
    "against",
    "across",
    "still",
    "then",
    "when",
    "while",
    "if",
    "a",
    "an",
    "like",
    "least",
    "most",
    "perhaps",
    "maybe",
    "altogether",
    "including",
    "despite",
    "following",
    "below",
    "beyond",
    "besides",
    "without",
    "both",
    "even",
    "now",
    "today",
    "yesterday",
    "we",
    "they",
];

/// Whether the plain number at `j` follows a brand or product name ("Boeing 737").
pub fn after_name(t: &[Token], j: usize) -> bool {
    let Some(p) = j.checked_sub(1).map(|p| &t[p]) else {
        return false;
    };
    if p.class != Class::Word || attached(p, &t[j]) || !t[j].plain {
        return false;
    }
    if p.inner_capital()
        && !matches!(
            p.lower.as_str(),
            "us" | "hk" | "rmb" | "usd" | "cny" | "hkd"
        )
    {
        return true;
    }
    if !p.capitalised() || calendar::month(p).is_some() || p.lower == "i" {
        return false;
    }
    // At the start of a sentence, a capitalised word before a number is a word of the
    // sentence when it is one that comes before numbers or an adverb ("Barely 40 people").
    let lead = LEADS.contains(&p.lower.as_str()) || p.lower.ends_with("ly");
    !(at_sentence_start(t, j - 1) && lead)
}

/// Whether the number at `j` is part of a code: digits attached after letters ("G20",
/// "COVID-19"), or a time of day ("10:30").
pub fn in_code(t: &[Token], j: usize) -> bool {
    let tok = &t[j];
    if j >= 1 && attached(&t[j - 1], tok) {
        let p = &t[j - 1];
        let glued_to = |class: Class| j >= 2 && attached(&t[j - 2], p) && t[j - 2].class == class;
        if p.class == Class::Word
            || (p.is("-") && glued_to(Class::Word))
            || (p.is(":") && glued_to(Class::Num))
        {
            return true;
        }
    }
    matches!(
        (t.get(j + 1), t.get(j + 2)),
        (Some(c), Some(n)) if c.is(":") && attached(tok, c) && n.class == Class::Num && attached(c, n)
    )
}

/// Whether "one" at `j` is a pronoun ("one of", "no one", "the one", "one day").
pub fn pronoun(t: &[Token], j: usize) -> bool {
    let next = t.get(j + 1).map(|n| n.lower.as_str()).unwrap_or("");
    let prev = j.checked_sub(1).map(|p| t[p].lower.as_str()).unwrap_or("");
    matches!(
        next,
        "of" | "another"
            | "day"
            | "must"
            | "should"
            | "can"
            | "could"
            | "would"
            | "might"
            | "who"
            | "that"
    ) || matches!(
        prev,
        "no" | "the" | "this" | "that" | "any" | "every" | "each" | "which" | "only" | "little"
    )
}
