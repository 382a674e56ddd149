//! The glossary of a language pair, as the checks read it: each term of the source language
//! with the rendering the desk agreed on, the other renderings it allows, and the ones it
//! forbids.

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Term {
    /// The term as the source language writes it: "海关".
    pub term: String,
    /// The rendering agreed on: "customs".
    pub translation: String,
    /// Other renderings that are also right.
    pub variants: Vec<String>,
    /// Renderings that must not be used.
    pub forbidden: Vec<String>,
    /// Why, or how to use it; for people, never read by the checks.
    pub note: String,
}
