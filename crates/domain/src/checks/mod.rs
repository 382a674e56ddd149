//! Quality checks of a translation against its source: figures read in both scripts and text
//! left untranslated (and, to come, alignment, punctuation, names and glossary terms). Pure and
//! synchronous; each language's grammar lives in its own module.

pub mod figures;
pub mod finding;
pub mod untranslated;

use crate::text::paragraphs;

pub use finding::{Finding, Severity, Span};

/// The findings of a translation against its source, paragraph `i` of one against paragraph
/// `i` of the other (counted as diffs and comments count them), each text read in its own
/// language. Paragraphs beyond the shorter text's count are left to the alignment check.
pub fn check(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
) -> Vec<Finding> {
    let source = paragraphs(source);
    let translation = paragraphs(translation);
    source
        .iter()
        .zip(&translation)
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
            }
            found
        })
        .collect()
}
