//! Properties of the three-way merge over random bodies in English and Chinese, edited from a
//! common base: an untouched side gives the other back byte for byte, identical edits merge to
//! themselves, and a clean merge keeps every paragraph only one side wrote.

use std::cell::Cell;
use std::collections::HashSet;

use bitext_domain::merge::merge3;
use bitext_domain::text::paragraphs;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestRunner;

const PARAGRAPHS: &[&str] = &[
    "The quick fox.",
    "A slow\nsecond line.",
    "Hello, world!",
    "今天天气很好。",
    "我们去公园吧。",
    "“引号”里的话。",
    "Mixed 中英 text.",
    "The end.",
];
const SEPARATORS: &[&str] = &["\n\n", "\n\n\n", "\r\n\r\n", "\n \n\u{3000}"];
const LEADING: &[&str] = &["", "\n", "  "];
const TRAILING: &[&str] = &["", "\n", "\n\n"];

/// A body: leading whitespace, paragraphs each with the separator after it, and the end.
#[derive(Debug, Clone)]
struct Body {
    leading: &'static str,
    paragraphs: Vec<(&'static str, &'static str)>,
    trailing: &'static str,
}

impl Body {
    fn text(&self) -> String {
        let mut text = self.leading.to_owned();
        for (i, (paragraph, separator)) in self.paragraphs.iter().enumerate() {
            text.push_str(paragraph);
            let last = i + 1 == self.paragraphs.len();
            text.push_str(if last { self.trailing } else { separator });
        }
        text
    }
}

fn paragraph() -> impl Strategy<Value = (&'static str, &'static str)> {
    (select(PARAGRAPHS), select(SEPARATORS))
}

fn body() -> impl Strategy<Value = Body> {
    (
        select(LEADING),
        prop::collection::vec(paragraph(), 0..6),
        select(TRAILING),
    )
        .prop_map(|(leading, paragraphs, trailing)| Body {
            leading,
            paragraphs,
            trailing,
        })
}

/// What an edit does to one base paragraph; most paragraphs are left alone.
#[derive(Debug, Clone)]
enum Op {
    Keep,
    Respace(&'static str),
    Delete,
    Replace((&'static str, &'static str)),
    InsertAfter((&'static str, &'static str)),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => Just(Op::Keep),
        1 => select(SEPARATORS).prop_map(Op::Respace),
        1 => Just(Op::Delete),
        1 => paragraph().prop_map(Op::Replace),
        1 => paragraph().prop_map(Op::InsertAfter),
    ]
}

/// An edit of a base: one op per paragraph (or its separator), and maybe a new first paragraph or new whitespace.
fn edit(base: &Body) -> impl Strategy<Value = Body> + use<> {
    let base = base.clone();
    let ops = prop::collection::vec(op(), base.paragraphs.len());
    let first = prop::option::weighted(0.15, paragraph());
    let ends = prop::option::weighted(0.2, (select(LEADING), select(TRAILING)));
    (ops, first, ends).prop_map(move |(ops, first, ends)| {
        let mut edited = base.clone();
        edited.paragraphs = first.into_iter().collect();
        for (&kept, op) in base.paragraphs.iter().zip(ops) {
            match op {
                Op::Keep => edited.paragraphs.push(kept),
                Op::Respace(separator) => edited.paragraphs.push((kept.0, separator)),
                Op::Delete => {}
                Op::Replace(new) => edited.paragraphs.push(new),
                Op::InsertAfter(new) => edited.paragraphs.extend([kept, new]),
            }
        }
        if let Some((leading, trailing)) = ends {
            (edited.leading, edited.trailing) = (leading, trailing);
        }
        edited
    })
}

/// A base and two edits of it.
fn three() -> impl Strategy<Value = (String, String, String)> {
    body().prop_flat_map(|base| {
        (edit(&base), edit(&base))
            .prop_map(move |(ours, theirs)| (base.text(), ours.text(), theirs.text()))
    })
}

fn runner() -> TestRunner {
    TestRunner::new(ProptestConfig::with_cases(500))
}

#[test]
fn merging_with_an_untouched_side_gives_the_other_side_byte_for_byte() {
    runner()
        .run(&three(), |(base, ours, theirs)| {
            prop_assert_eq!(merge3(&base, &base, &theirs).text(), Some(theirs));
            prop_assert_eq!(merge3(&base, &ours, &base).text(), Some(ours));
            Ok(())
        })
        .unwrap();
}

#[test]
fn merging_identical_changes_gives_that_change() {
    runner()
        .run(&three(), |(base, ours, _)| {
            prop_assert_eq!(merge3(&base, &ours, &ours).text(), Some(ours));
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_clean_merge_contains_every_paragraph_written_by_one_side() {
    let (clean, conflicted) = (Cell::new(0), Cell::new(0));
    runner()
        .run(&three(), |(base, ours, theirs)| {
            let merge = merge3(&base, &ours, &theirs);
            let Some(merged) = merge.text() else {
                conflicted.set(conflicted.get() + 1);
                prop_assert!(!merge.is_clean());
                return Ok(());
            };
            clean.set(clean.get() + 1);
            let in_base: HashSet<&str> = paragraphs(&base).into_iter().collect();
            let in_merged: HashSet<&str> = paragraphs(&merged).into_iter().collect();
            for side in [&ours, &theirs] {
                for written in paragraphs(side)
                    .into_iter()
                    .filter(|p| !in_base.contains(p))
                {
                    prop_assert!(
                        in_merged.contains(written),
                        "{written:?} lost from {merged:?}"
                    );
                }
            }
            Ok(())
        })
        .unwrap();
    let (clean, conflicted) = (clean.get(), conflicted.get());
    assert!(
        clean >= 100 && conflicted >= 25,
        "the generator must reach both: {clean} clean, {conflicted} conflicted"
    );
}
