//! Search text, the same for every database: what a document is indexed as, what a query asks
//! for, how a match is scored and which words of a text it marks.
//!
//! - [`terms`]: the search terms of a text — its words, NFKC-normalised and lowercased, with
//!   punctuation dropped and every Han or kana character (any script written without spaces)
//!   a term of its own, so that a Chinese query needs no spaces: 海关 is the phrase 海 关.
//! - [`index_text`]: the terms joined by single spaces, the column a database indexes; it holds
//!   nothing but letters, digits and marks between the spaces, so SQLite's FTS5 (`unicode61`)
//!   and PostgreSQL's `simple` text search cut it into exactly these terms.
//! - [`SearchQuery`]: a query parsed into units that must all match: a word, a phrase of
//!   adjacent unspaced characters, or (the last Latin word) a prefix.
//! - [`SearchQuery::score`] ranks a matching document, and [`highlight`] and [`snippet`] mark
//!   the hits in a title and a body.

mod query;
mod snippet;
mod terms;

pub use query::{MAX_QUERY_CHARS, SearchQuery, SearchQueryError, Unit};
pub use snippet::{Segment, highlight, snippet};
pub use terms::{MAX_BODY_TERMS, MAX_TITLE_TERMS, Term, index_text, terms, tsvector_literal};
