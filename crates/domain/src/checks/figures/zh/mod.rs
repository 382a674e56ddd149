//! Chinese figures (Simplified and Traditional).

mod numerals;

use super::Figure;

/// The figures of a Chinese text, in order of position.
pub fn figures(text: &str) -> Vec<Figure> {
    let _ = text;
    Vec::new()
}
