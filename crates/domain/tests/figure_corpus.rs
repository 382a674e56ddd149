//! The figure corpus (`tests/corpus/figures.tsv`): news sentences and their translations, both
//! directions, Simplified and Traditional, each a correct rendering or one with a planted
//! error. The whole checker runs on every pair; per kind, a correct rendering must raise
//! nothing and at least 95% of the planted errors must raise a figure finding.
//!
//! The table of true and false positives and negatives, precision and recall per kind is
//! printed with `cargo test -p bitext-domain --test figure_corpus -- --nocapture`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use bitext_domain::checks::figures::matching::FIGURE_MISMATCH;
use bitext_domain::checks::{Finding, check};

const CORPUS: &str = include_str!("corpus/figures.tsv");

/// What a row says the checker should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    /// A correct rendering: no finding at all.
    Ok,
    /// A planted error: a figure finding.
    Error,
    /// A correct rendering the checker still misreads (listed in `docs/checks.md`): it raises a
    /// finding today, and the row becomes `ok` when the reader learns it.
    Misread,
}

struct Row<'a> {
    line: usize,
    kind: &'a str,
    from: &'a str,
    to: &'a str,
    expected: Expected,
    source: &'a str,
    translation: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 6, "line {}: six columns: {l:?}", i + 1);
            let expected = match cols[3] {
                "ok" => Expected::Ok,
                "error" => Expected::Error,
                "misread" => Expected::Misread,
                other => panic!("line {}: expected ok, error or misread: {other:?}", i + 1),
            };
            Row {
                line: i + 1,
                kind: cols[0],
                from: cols[1],
                to: cols[2],
                expected,
                source: cols[4],
                translation: cols[5],
            }
        })
        .collect()
}

/// Counts of one kind.
#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    tn: usize,
    fn_: usize,
    misread: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn describe(row: &Row<'_>, found: &[Finding]) -> String {
    format!(
        "line {} [{} {}→{}] {} | {}\n    {found:?}",
        row.line, row.kind, row.from, row.to, row.source, row.translation
    )
}

/// Runs the corpus: the tally per kind (and "all"), and the rows that went against their label.
fn run() -> (BTreeMap<&'static str, Tally>, Vec<String>, Vec<String>) {
    let mut tally: BTreeMap<&str, Tally> = BTreeMap::new();
    let (mut false_alarms, mut missed) = (Vec::new(), Vec::new());
    for row in rows() {
        let found = check(row.source, row.from, row.translation, row.to);
        let figure_alarm = found.iter().any(|f| f.code == FIGURE_MISMATCH);
        for key in [row.kind, "all"] {
            let t = tally.entry(key).or_default();
            match row.expected {
                Expected::Ok if found.is_empty() => t.tn += 1,
                Expected::Ok => t.fp += 1,
                Expected::Misread => {
                    t.fp += 1;
                    t.misread += 1;
                }
                Expected::Error if figure_alarm => t.tp += 1,
                Expected::Error => t.fn_ += 1,
            }
        }
        match row.expected {
            Expected::Ok if !found.is_empty() => false_alarms.push(describe(&row, &found)),
            Expected::Misread if found.is_empty() => {
                false_alarms.push(format!(
                    "now read right, mark it ok: {}",
                    describe(&row, &found)
                ));
            }
            Expected::Error if !figure_alarm => missed.push(describe(&row, &found)),
            _ => {}
        }
    }
    (tally, false_alarms, missed)
}

fn table(tally: &BTreeMap<&str, Tally>) -> String {
    let mut out = String::from(
        "| kind | pairs | TP | FP | TN | FN | precision | recall |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let rows = tally
        .iter()
        .filter(|(k, _)| **k != "all")
        .chain(tally.get_key_value("all"));
    for (kind, t) in rows {
        let pairs = t.tp + t.fp + t.tn + t.fn_;
        let fp = if t.misread > 0 {
            format!("{} ({} known)", t.fp, t.misread)
        } else {
            t.fp.to_string()
        };
        let _ = writeln!(
            out,
            "| {kind} | {pairs} | {} | {fp} | {} | {} | {:.1}% | {:.1}% |",
            t.tp,
            t.tn,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall(),
        );
    }
    out
}

#[test]
fn the_corpus_has_three_hundred_pairs_with_correct_and_wrong_rows_of_every_kind() {
    let rows = rows();
    assert!(rows.len() >= 300, "{} pairs", rows.len());
    let mut kinds: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for row in &rows {
        let k = kinds.entry(row.kind).or_default();
        match row.expected {
            Expected::Error => k.1 += 1,
            _ => k.0 += 1,
        }
    }
    for (kind, (right, wrong)) in &kinds {
        assert!(
            *right > 0 && *wrong > 0,
            "{kind}: {right} correct, {wrong} wrong"
        );
    }
    for direction in [
        ("zh-Hans", "en"),
        ("en", "zh-Hans"),
        ("zh-Hant", "en"),
        ("en", "zh-Hant"),
    ] {
        assert!(
            rows.iter().any(|r| (r.from, r.to) == direction),
            "no row {direction:?}"
        );
    }
}

#[test]
fn no_correct_rendering_alarms_and_every_kind_catches_95_percent_of_planted_errors() {
    let (tally, false_alarms, missed) = run();
    println!("{}", table(&tally));
    for m in &missed {
        println!("missed: {m}");
    }
    assert!(
        false_alarms.is_empty(),
        "false alarms on correct renderings:\n{}",
        false_alarms.join("\n")
    );
    for (kind, t) in &tally {
        assert!(
            t.recall() >= 0.95,
            "{kind}: recall {:.1}%, missed:\n{}",
            100.0 * t.recall(),
            missed.join("\n")
        );
    }
}
