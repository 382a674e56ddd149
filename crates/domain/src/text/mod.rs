//! The text model that diffs, comment anchors, publishing, quality checks and translation memory
//! share: a body cut into paragraphs, and text into word tokens.
//!
//! Every cut keeps the exact text: the pieces are slices of the input that, put back together
//! with what lies between them, give it back byte for byte.
//!
//! - [`layout`] and [`paragraphs`]: a body is plain text whose paragraphs are separated by blank
//!   lines; `leading + Σ (paragraph + separator)` is the body.
//! - [`tokenize`]: the words the diff compares, by Unicode word boundaries (UAX #29), with every
//!   grapheme cluster of a script written without spaces (Han, kana, Thai, …) a word of its own;
//!   they concatenate to the text.

mod paragraphs;
mod tokens;

pub use paragraphs::{Layout, Paragraph, layout, paragraphs};
pub use tokens::{count_words, is_word, tokenize};

pub(crate) use tokens::is_simple_unspaced;
