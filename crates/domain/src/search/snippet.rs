//! Marking a query's hits in a text: the whole of a title, or a window of a body around its
//! first hit.

use std::ops::Range;

use super::{SearchQuery, terms::terms};

/// A piece of text, a hit or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// The byte ranges of `text` that the query's units match, in order, merged where they touch.
fn hits(query: &SearchQuery, text: &str) -> Vec<Range<usize>> {
    let found = terms(text);
    let words: Vec<&str> = found.iter().map(|t| t.text.as_str()).collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    for i in 0..words.len() {
        let longest = query
            .units()
            .iter()
            .filter_map(|u| u.match_at(&words, i))
            .max();
        if let Some(n) = longest {
            let range = found[i].range.start..found[i + n - 1].range.end;
            match out.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => out.push(range),
            }
        }
    }
    out
}

/// `text[window]` cut into segments, the hits marked; line breaks become spaces.
fn segments(text: &str, window: Range<usize>, hits: &[Range<usize>]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut push = |range: Range<usize>, hit: bool| {
        if range.start < range.end {
            let piece = text[range].replace(['\r', '\n'], " ");
            out.push(Segment { text: piece, hit });
        }
    };
    let mut at = window.start;
    for h in hits {
        let (start, end) = (h.start.max(window.start), h.end.min(window.end));
        if start >= end {
            continue;
        }
        push(at..start, false);
        push(start..end, true);
        at = end;
    }
    push(at..window.end, false);
    out
}

/// The whole of `text` with the query's hits marked.
pub fn highlight(query: &SearchQuery, text: &str) -> Vec<Segment> {
    segments(text, 0..text.len(), &hits(query, text))
}

/// About `width` characters of `text` around its first hit (from its start if it has none),
/// the hits marked, with "…" where text was left out.
pub fn snippet(query: &SearchQuery, text: &str, width: usize) -> Vec<Segment> {
    let text = text.trim();
    let found = hits(query, text);
    let first = found.first().map_or(0, |h| h.start);
    // Start a quarter of the window before the first hit, at a character boundary.
    let lead = width / 4;
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(lead.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let start = if first == 0 { 0 } else { start };
    let end = text[start..]
        .char_indices()
        .nth(width)
        .map_or(text.len(), |(i, _)| start + i);
    let mut out = segments(text, start..end, &found);
    if start > 0 {
        out.insert(
            0,
            Segment {
                text: "…".into(),
                hit: false,
            },
        );
    }
    if end < text.len() {
        out.push(Segment {
            text: "…".into(),
            hit: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.hit {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn hits_are_marked_in_the_original_text() {
        let q = SearchQuery::parse("海关").unwrap();
        assert_eq!(
            marked(&highlight(&q, "美国海关与边境保护局")),
            "美国[海关]与边境保护局"
        );
        let q = SearchQuery::parse("custom").unwrap();
        assert_eq!(
            marked(&highlight(&q, "US Customs, customs.")),
            "US [Customs], [customs]."
        );
    }

    #[test]
    fn a_snippet_is_a_window_around_the_first_hit() {
        let q = SearchQuery::parse("needle").unwrap();
        let text = format!("{} needle {}", "hay ".repeat(50), "straw ".repeat(50));
        let s = marked(&snippet(&q, &text, 40));
        assert!(s.starts_with("…"), "{s}");
        assert!(s.ends_with("…"), "{s}");
        assert!(s.contains("[needle]"), "{s}");
        assert_eq!(s.chars().count(), 40 + 2 + 2);
    }

    #[test]
    fn without_a_hit_the_snippet_is_the_start() {
        let q = SearchQuery::parse("zzz").unwrap();
        assert_eq!(marked(&snippet(&q, "short\n\ntext", 40)), "short  text");
    }
}
