//! The diff's own types: paragraph hunks with inline spans, and their counts.
//!
//! These are what the service serves as JSON; nothing of the diff library used
//! to compute them shows through.

use serde::{Deserialize, Serialize};

/// The difference between two bodies: paragraph hunks in order, with counts.
///
/// Both bodies can be rebuilt from it byte for byte with [`Diff::old_text`] and
/// [`Diff::new_text`]: the whitespace between paragraphs travels with the hunks
/// (see the [module documentation](super) for the layout).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diff {
    pub stats: DiffStats,
    /// Whitespace before the first paragraph of the newer body.
    pub leading: String,
    /// Whitespace before the first paragraph of the older body, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_leading: Option<String>,
    pub paragraphs: Vec<ParagraphDiff>,
}

/// Counts over a [`Diff`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffStats {
    pub paragraphs_equal: usize,
    pub paragraphs_inserted: usize,
    pub paragraphs_deleted: usize,
    pub paragraphs_changed: usize,
    /// Word tokens inserted (letters, digits or ideographs; not whitespace or punctuation).
    pub words_inserted: usize,
    /// Word tokens deleted.
    pub words_deleted: usize,
    /// True when a time limit made some part of the diff coarser than it could be
    /// (a larger region shown as replaced). The diff is exact either way.
    pub coarsened: bool,
}

/// One paragraph of the alignment.
///
/// `separator` is the whitespace after the paragraph: in the newer body for
/// `equal`, `change` and `insert`, in the older body for `delete`. On `equal` and
/// `change`, `old_separator` is present when the older body had other whitespace
/// there.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ParagraphDiff {
    Equal {
        old_index: usize,
        new_index: usize,
        text: String,
        separator: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        old_separator: Option<String>,
    },
    Insert {
        new_index: usize,
        text: String,
        separator: String,
    },
    Delete {
        old_index: usize,
        text: String,
        separator: String,
    },
    Change {
        old_index: usize,
        new_index: usize,
        spans: Vec<Span>,
        separator: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        old_separator: Option<String>,
    },
}

/// A piece of a changed paragraph. Adjacent spans never share an op.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub op: SpanOp,
    pub text: String,
}

/// What happened to a [`Span`]'s text.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanOp {
    Equal,
    Insert,
    Delete,
}

impl Diff {
    /// The older body, rebuilt byte for byte.
    pub fn old_text(&self) -> String {
        let mut out = String::new();
        out.push_str(self.old_leading.as_deref().unwrap_or(&self.leading));
        for p in &self.paragraphs {
            p.write_side(Side::Old, &mut out);
        }
        out
    }

    /// The newer body, rebuilt byte for byte.
    pub fn new_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.leading);
        for p in &self.paragraphs {
            p.write_side(Side::New, &mut out);
        }
        out
    }

    /// Whether the two bodies were identical, whitespace included.
    pub fn is_identical(&self) -> bool {
        self.old_leading.is_none()
            && self.paragraphs.iter().all(|p| {
                matches!(
                    p,
                    ParagraphDiff::Equal {
                        old_separator: None,
                        ..
                    }
                )
            })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

impl ParagraphDiff {
    /// This paragraph's index in the older body, if it is there.
    pub fn old_index(&self) -> Option<usize> {
        match self {
            Self::Equal { old_index, .. }
            | Self::Delete { old_index, .. }
            | Self::Change { old_index, .. } => Some(*old_index),
            Self::Insert { .. } => None,
        }
    }

    /// This paragraph's index in the newer body, if it is there.
    pub fn new_index(&self) -> Option<usize> {
        match self {
            Self::Equal { new_index, .. }
            | Self::Insert { new_index, .. }
            | Self::Change { new_index, .. } => Some(*new_index),
            Self::Delete { .. } => None,
        }
    }

    fn write_side(&self, side: Side, out: &mut String) {
        match (self, side) {
            (
                Self::Equal {
                    text,
                    separator,
                    old_separator,
                    ..
                },
                _,
            ) => {
                out.push_str(text);
                out.push_str(pick(side, separator, old_separator.as_deref()));
            }
            (
                Self::Insert {
                    text, separator, ..
                },
                Side::New,
            )
            | (
                Self::Delete {
                    text, separator, ..
                },
                Side::Old,
            ) => {
                out.push_str(text);
                out.push_str(separator);
            }
            (Self::Insert { .. }, Side::Old) | (Self::Delete { .. }, Side::New) => {}
            (
                Self::Change {
                    spans,
                    separator,
                    old_separator,
                    ..
                },
                _,
            ) => {
                let skip = match side {
                    Side::Old => SpanOp::Insert,
                    Side::New => SpanOp::Delete,
                };
                for span in spans.iter().filter(|s| s.op != skip) {
                    out.push_str(&span.text);
                }
                out.push_str(pick(side, separator, old_separator.as_deref()));
            }
        }
    }
}

fn pick<'a>(side: Side, new: &'a str, old: Option<&'a str>) -> &'a str {
    match side {
        Side::Old => old.unwrap_or(new),
        Side::New => new,
    }
}
