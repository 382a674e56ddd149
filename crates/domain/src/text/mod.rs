//! The text model that diffs, comment anchors, publishing, quality checks and translation memory
//! share: a body cut into paragraphs, a paragraph into sentences, and text into word tokens.
//!
//! Every cut keeps the exact text: the pieces are slices of the input that, put back together
//! with what lies between them, give it back byte for byte.
//!
//! - [`layout`] and [`paragraphs`]: a body is plain text whose paragraphs are separated by blank
//!   lines; `leading + Σ (paragraph + separator)` is the body.
//! - [`sentences`]: a paragraph's sentences, by Unicode sentence boundaries (UAX #29), which end
//!   sentences at `。！？` as well as `.!?`, closing quotes and brackets included; they
//!   concatenate to the paragraph.
//! - [`tokenize`]: the words the diff compares, by Unicode word boundaries (UAX #29), with every
//!   grapheme cluster of a script written without spaces (Han, kana, Thai, …) a word of its own;
//!   they concatenate to the text.

mod ascii_words;
mod paragraphs;
mod sentences;
mod tokens;

pub use paragraphs::{Layout, Paragraph, layout, paragraphs};
pub use sentences::sentences;
pub use tokens::{count_words, is_word, tokenize};

pub(crate) use tokens::is_simple_unspaced;
pub(crate) use tokens::is_unspaced;
