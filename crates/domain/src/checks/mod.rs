//! Quality checks of a translation against its source: figures read in both scripts (and, to
//! come, untranslated text, alignment, punctuation, names and glossary terms). Pure and
//! synchronous; each language's grammar lives in its own module.

pub mod figures;
