//! A paragraph-level three-way merge: two bodies edited from a common base, put together.
//!
//! When a save is stale (someone else saved since the editor's base), nothing is lost: the
//! editor's body ("ours") and the newer one ("theirs") are each aligned with the base by
//! paragraphs (as the diff aligns them), and every region of the base is one of:
//!
//! - unchanged in both: kept;
//! - changed by one side only: that side's version taken;
//! - changed identically by both: taken once;
//! - changed differently by both: a [`Conflict`] holding the base, ours and theirs paragraphs.
//!   Two different insertions at the same place conflict, and so does a deletion against an
//!   edit.
//!
//! Regions are as small as the alignment allows: one base paragraph (what each side made of it),
//! or one place between two (what each side inserted there). So two people editing neighbouring
//! paragraphs, or one inserting a paragraph next to the one the other edited, do not conflict;
//! neighbouring hunks of a kind are joined.
//!
//! Whitespace travels beside the text as in [`crate::text::layout`]: a paragraph keeps the
//! separator of the side it came from, and a kept paragraph (or the leading whitespace) takes the
//! side whose separator changed. So merging with `ours == base` gives `theirs` back byte for byte,
//! and the other way round.

mod regions;

use crate::text::{Layout, layout};

/// One paragraph of a merge and the whitespace after it in the body it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The paragraph, without whitespace at either end.
    pub text: String,
    /// The whitespace after it in its body: blank lines, or whatever ended that body.
    pub separator: String,
}

/// Which side a clean change came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Only ours changed the region.
    Ours,
    /// Only theirs changed the region.
    Theirs,
    /// Both changed it the same way.
    Both,
}

/// Paragraphs both sides changed differently since the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The paragraphs of the base (none for two insertions at the same place).
    pub base: Vec<Piece>,
    /// Our paragraphs in their place (none if we deleted them).
    pub ours: Vec<Piece>,
    /// Their paragraphs in their place (none if they deleted them).
    pub theirs: Vec<Piece>,
}

/// One region of the merged body, in body order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hunk {
    /// Paragraphs neither side changed.
    Kept(Vec<Piece>),
    /// A change made by one side, or identically by both: `base` became `paragraphs`.
    Taken {
        /// Who made the change.
        from: Side,
        /// The base paragraphs replaced (none for an insertion).
        base: Vec<Piece>,
        /// The paragraphs taken (none for a deletion).
        paragraphs: Vec<Piece>,
    },
    /// A region changed differently by both sides.
    Conflict(Conflict),
}

/// How one conflict is settled by [`Merge::resolve`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Our paragraphs.
    Ours,
    /// Their paragraphs.
    Theirs,
    /// The base paragraphs, undoing both changes.
    Base,
    /// A text of one's own (any number of paragraphs, or none).
    Text(String),
}

/// [`Merge::resolve`] was given a different number of resolutions than there are conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{conflicts} conflicts but {resolutions} resolutions")]
pub struct ResolutionCountMismatch {
    /// The conflicts in the merge.
    pub conflicts: usize,
    /// The resolutions given.
    pub resolutions: usize,
}

/// The outcome of [`merge3`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    /// The whitespace before the first paragraph.
    pub leading: String,
    /// The regions, in body order.
    pub hunks: Vec<Hunk>,
    /// The whitespace that ends the body, after its last paragraph.
    pub trailing: String,
}

/// Merges `ours` and `theirs`, both edited from `base`, by paragraphs.
pub fn merge3(base: &str, ours: &str, theirs: &str) -> Merge {
    let (base, ours, theirs) = (layout(base), layout(ours), layout(theirs));
    Merge {
        leading: pick(base.leading, ours.leading, theirs.leading).to_owned(),
        hunks: regions::hunks(&base.paragraphs, &ours.paragraphs, &theirs.paragraphs),
        trailing: pick(trailing(&base), trailing(&ours), trailing(&theirs)).to_owned(),
    }
}

/// The whitespace after the last paragraph of a body.
fn trailing<'a>(cut: &Layout<'a>) -> &'a str {
    cut.paragraphs.last().map_or("", |p| p.separator)
}

/// Of two edits of `base`, the one that changed it (ours when both did).
pub(crate) fn pick<'a>(base: &str, ours: &'a str, theirs: &'a str) -> &'a str {
    if ours == base { theirs } else { ours }
}

impl Merge {
    /// Whether no region conflicts.
    pub fn is_clean(&self) -> bool {
        self.conflicts().next().is_none()
    }

    /// The conflicts, in body order.
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> {
        self.hunks.iter().filter_map(|hunk| match hunk {
            Hunk::Conflict(conflict) => Some(conflict),
            _ => None,
        })
    }

    /// The merged body, or `None` if a region conflicts.
    pub fn text(&self) -> Option<String> {
        self.is_clean()
            .then(|| self.resolve(&[]).unwrap_or_default())
    }

    /// The merged body with each conflict, in order, settled by its resolution.
    pub fn resolve(&self, choices: &[Resolution]) -> Result<String, ResolutionCountMismatch> {
        let conflicts = self.conflicts().count();
        if conflicts != choices.len() {
            return Err(ResolutionCountMismatch {
                conflicts,
                resolutions: choices.len(),
            });
        }
        let mut choices = choices.iter();
        let mut pieces: Vec<Piece> = Vec::new();
        for hunk in &self.hunks {
            match hunk {
                Hunk::Kept(kept) => pieces.extend(kept.iter().cloned()),
                Hunk::Taken { paragraphs, .. } => pieces.extend(paragraphs.iter().cloned()),
                Hunk::Conflict(conflict) => match choices.next() {
                    Some(Resolution::Ours) => pieces.extend(conflict.ours.iter().cloned()),
                    Some(Resolution::Theirs) => pieces.extend(conflict.theirs.iter().cloned()),
                    Some(Resolution::Base) | None => pieces.extend(conflict.base.iter().cloned()),
                    Some(Resolution::Text(text)) => {
                        pieces.extend(layout(text).paragraphs.iter().map(|p| Piece {
                            text: p.text.to_owned(),
                            separator: p.separator.to_owned(),
                        }));
                    }
                },
            }
        }
        Ok(self.join(&pieces))
    }

    /// Puts pieces back into a body: between two paragraphs, a separator that is not a paragraph
    /// break (it ended its own body) becomes a blank line; the last paragraph ends the body.
    fn join(&self, pieces: &[Piece]) -> String {
        let mut body = self.leading.clone();
        for (i, piece) in pieces.iter().enumerate() {
            body.push_str(&piece.text);
            if i + 1 == pieces.len() {
                body.push_str(&self.trailing);
            } else if piece.separator.matches('\n').count() >= 2 {
                body.push_str(&piece.separator);
            } else {
                body.push_str("\n\n");
            }
        }
        body
    }
}

#[cfg(test)]
mod tests;
