//! Quality checks of a translation against its source: figures read in both scripts, text left
//! untranslated, glossary terms and names rendered consistently (and, to come, alignment and
//! punctuation). Pure and synchronous; each language's grammar lives in its own module.

pub mod figures;
pub mod finding;
pub mod glossary;
pub mod names;
pub mod untranslated;

use crate::text::paragraphs;

pub use finding::{Finding, Severity, Span};
pub use glossary::Term;

/// Every code a finding may have; each is the Fluent id `check-<code>` in every locale.
pub const CODES: &[&str] = &[
    figures::matching::FIGURE_MISMATCH,
    untranslated::IDENTICAL,
    untranslated::SOURCE_SCRIPT,
    untranslated::EMPTY,
    untranslated::PLACEHOLDER,
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

/// The findings of a translation against its source, with the glossary of their language pair:
/// its terms in each paragraph, and names rendered one way throughout (the glossary's renderings
/// always allowed). Paragraphs beyond the shorter text's count are left to the alignment check.
/// Findings come in paragraph order.
pub fn check_with(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
    glossary: &[Term],
) -> Vec<Finding> {
    let terms = glossary::Glossary::new(glossary);
    let source_paragraphs = paragraphs(source);
    let translation_paragraphs = paragraphs(translation);
    let mut found: Vec<Finding> = source_paragraphs
        .iter()
        .zip(&translation_paragraphs)
        .enumerate()
        .flat_map(|(i, (s, t))| {
            let mut found =
                untranslated::check_paragraph(i, s, source_language, t, translation_language);
            // A paragraph left as it was holds the same figures: one finding says it all.
            if found.iter().all(|f| f.code == untranslated::PLACEHOLDER) {
                found.extend(figures::matching::match_paragraph(
                    i,
                    &figures::read(s, source_language),
                    &figures::read(t, translation_language),
                ));
                found.extend(terms.check_paragraph(i, s, t));
            }
            found
        })
        .collect();
    found.extend(names::check(
        source,
        source_language,
        translation,
        translation_language,
        &terms,
    ));
    found.sort_by_key(|f| f.paragraph);
    found
}
