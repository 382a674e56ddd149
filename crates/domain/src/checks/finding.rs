//! What a check finds: a stable code (also its Fluent id), how serious it is, the paragraph
//! (counted from 0, as diffs and comments count), and where it is in each text.

/// How serious a finding is: an error blocks approval until fixed or dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// A span of one text, in characters from the start of its paragraph: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable, machine-readable; the Fluent id of its message is `check-<code>`.
    pub code: &'static str,
    pub severity: Severity,
    /// The paragraph, from 0.
    pub paragraph: usize,
    /// Where it is in the source paragraph, if anywhere.
    pub source: Option<Span>,
    /// Where it is in the translation paragraph, if anywhere.
    pub translation: Option<Span>,
    /// What each side was read as, for the message: "24000" for "2.4万".
    pub source_value: Option<f64>,
    pub translation_value: Option<f64>,
    /// What to put in place of the translation span, where that is certain: "," for a
    /// full-width "，" left in English.
    pub suggestion: Option<String>,
    /// What the check looked for and did not find, for the message: the glossary's rendering of
    /// a term, the rendering of a name used first.
    pub expected: Option<String>,
}

impl Finding {
    /// What identifies this finding across revisions: its code, where it points and the text
    /// of the two paragraphs it is in. The same finding on the same paragraph text has the same
    /// fingerprint whatever the paragraph's number; any change to either paragraph gives a new
    /// one. Sixteen hexadecimal digits.
    pub fn fingerprint(&self, source_paragraph: &str, translation_paragraph: &str) -> String {
        use sha2::{Digest, Sha256};
        let span =
            |s: Option<Span>| s.map_or_else(String::new, |s| format!("{}-{}", s.start, s.end));
        let mut hash = Sha256::new();
        for part in [
            self.code,
            &span(self.source),
            &span(self.translation),
            source_paragraph,
            translation_paragraph,
        ] {
            hash.update(part.len().to_le_bytes());
            hash.update(part.as_bytes());
        }
        hex::encode(&hash.finalize()[..8])
    }

    /// A finding of `code` in `paragraph`, with nothing located yet.
    pub fn new(code: &'static str, severity: Severity, paragraph: usize) -> Self {
        Self {
            code,
            severity,
            paragraph,
            source: None,
            translation: None,
            source_value: None,
            translation_value: None,
            suggestion: None,
            expected: None,
        }
    }
}
