//! Quality checks of a translation against its source: the alignment of their paragraphs,
//! figures read in both scripts, text left untranslated, punctuation, glossary terms and names
//! rendered consistently. Pure and synchronous; each language's grammar lives in its own module.

pub mod alignment;
pub mod figures;
pub mod finding;
pub mod glossary;
pub mod names;
pub mod outcome;
pub mod punctuation;
pub mod untranslated;

use crate::text::paragraphs;

pub use finding::{Finding, Severity, Span};
pub use glossary::Term;
pub use outcome::{Reviewed, counts, review};

/// Every code a finding may have; each is the Fluent id `check-<code>` in every locale.
pub const CODES: &[&str] = &[
    alignment::PARAGRAPH_COUNT,
    alignment::SPLIT,
    alignment::MERGE,
    alignment::MISSING,
    alignment::EXTRA,
    figures::matching::FIGURE_MISMATCH,
    untranslated::IDENTICAL,
    untranslated::SOURCE_SCRIPT,
    untranslated::EMPTY,
    untranslated::PLACEHOLDER,
    punctuation::FULL_WIDTH,
    punctuation::HALF_WIDTH,
    punctuation::UNPAIRED,
    punctuation::DOUBLE_SPACE,
    punctuation::HAN_SPACE,
    punctuation::QUESTION,
    glossary::MISSING,
    glossary::FORBIDDEN,
    names::INCONSISTENT,
];

/// The findings of a translation against its source, paragraph `i` of one against paragraph
/// `i` of the other (counted as diffs and comments count them), each text read in its own
/// language, with no glossary.
pub fn check(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
) -> Vec<Finding> {
    check_with(
        source,
        source_language,
        translation,
        translation_language,
        &[],
    )
}

/// The findings of a translation against its source, with the glossary of their language pair.
///
/// The paragraphs are aligned first ([`alignment`]). Where the pairs go off (a paragraph split,
/// merged, dropped or added), every pair from there on compares the wrong paragraphs, and
/// checking them pair by pair would report nearly every figure as mismatched: so the checks
/// that compare a paragraph with its source (untranslated text, figures, glossary terms) run
/// only on the pairs before the first off paragraph, and the alignment's findings say where it
/// is and what restores it. Fixed and checked again, the rest are compared. The translation's
/// typography is its own and is checked in every paragraph, and so are names rendered one way
/// throughout (the glossary's renderings always allowed). Findings come in paragraph order.
pub fn check_with(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
    glossary: &[Term],
) -> Vec<Finding> {
    let terms = glossary::Glossary::new(glossary);
    let source_text = source;
    let translation_text = translation;
    let source = paragraphs(source);
    let translation = paragraphs(translation);
    let source_figures: Vec<_> = source
        .iter()
        .map(|p| figures::read(p, source_language))
        .collect();
    let translation_figures: Vec<_> = translation
        .iter()
        .map(|p| figures::read(p, translation_language))
        .collect();
    let aligned = alignment::check(&source, &source_figures, &translation, &translation_figures);
    let paired = aligned.first_off.unwrap_or(usize::MAX);
    let mut found: Vec<Finding> = (0..source.len().min(translation.len()).min(paired))
        .flat_map(|i| {
            let (s, t) = (source[i], translation[i]);
            let mut found =
                untranslated::check_paragraph(i, s, source_language, t, translation_language);
            // A paragraph left as it was holds the same figures: one finding says it all.
            if found.iter().all(|f| f.code == untranslated::PLACEHOLDER) {
                found.extend(figures::matching::match_paragraph(
                    i,
                    &source_figures[i],
                    &translation_figures[i],
                ));
                found.extend(punctuation::check_pair(i, s, t, translation_language));
                found.extend(terms.check_paragraph(i, s, t));
            }
            found
        })
        .collect();
    found.extend(aligned.findings);
    found.extend(punctuation::check_text(&translation, translation_language));
    found.extend(names::check(
        source_text,
        source_language,
        translation_text,
        translation_language,
        &terms,
    ));
    found.sort_by_key(|f| f.paragraph);
    found
}
