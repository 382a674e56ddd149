//! Refreshing an edition's source text: when the original has had only minor revisions (typo
//! fixes) since the current edition, a publisher may publish a new edition of the same
//! translation revision with the original at its head, without a correction notice. A
//! non-minor change goes through the workflow instead: the translation has to follow it.

use crate::{Coded, ErrorArgs, ErrorCode, State};

/// What the decision depends on, read in the same transaction as the write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefreshRequest {
    /// The translation's workflow state.
    pub state: State,
    /// The source revision the current (newest) edition pins.
    pub edition_source: i32,
    /// The article's newest revision.
    pub source_head: i32,
    /// The article's newest revision that was not minor.
    pub source_major_head: i32,
}

/// Why a refresh is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefreshError {
    /// Only a translation that stands published is refreshed: not a withdrawn one, nor one
    /// whose correction is under way (its next edition will carry the original's head anyway).
    #[error("only a published translation is refreshed; this one is {}", state.as_str())]
    NotPublished { state: State },
    /// A revision of the original after the edition's is not minor: the translation has to
    /// follow it through the workflow.
    #[error("source revision {major} is not minor; the edition pins {edition_source}")]
    NotMinor { edition_source: i32, major: i32 },
    /// The edition already pins the original's newest revision.
    #[error("the edition already pins source revision {revision}, the newest")]
    Unchanged { revision: i32 },
}

impl Coded for RefreshError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotPublished { .. } => ErrorCode::RefreshNotPublished,
            Self::NotMinor { .. } => ErrorCode::RefreshNotMinor,
            Self::Unchanged { .. } => ErrorCode::RefreshUnchanged,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::NotPublished { state } => vec![("state", (*state).into())],
            Self::NotMinor {
                edition_source,
                major,
            } => vec![
                ("source_revision", (*edition_source).into()),
                ("major", (*major).into()),
            ],
            Self::Unchanged { revision } => vec![("revision", (*revision).into())],
        }
    }
}

/// Decides a refresh: the translation stands published, the original moved on since the
/// current edition, and every revision of it since then is minor. Returns the source revision
/// the new edition pins: the original's head.
///
/// # Errors
/// A [`RefreshError`] naming the first rule broken; nothing may be written then.
pub fn decide_refresh(req: RefreshRequest) -> Result<i32, RefreshError> {
    if req.state != State::Published {
        return Err(RefreshError::NotPublished { state: req.state });
    }
    if req.source_major_head > req.edition_source {
        return Err(RefreshError::NotMinor {
            edition_source: req.edition_source,
            major: req.source_major_head,
        });
    }
    if req.source_head <= req.edition_source {
        return Err(RefreshError::Unchanged {
            revision: req.edition_source,
        });
    }
    Ok(req.source_head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(edition_source: i32, source_head: i32, source_major_head: i32) -> RefreshRequest {
        RefreshRequest {
            state: State::Published,
            edition_source,
            source_head,
            source_major_head,
        }
    }

    #[test]
    fn minor_revisions_since_the_edition_move_it_to_the_originals_head() {
        assert_eq!(decide_refresh(req(2, 4, 2)), Ok(4));
        // A major revision before the edition's does not matter.
        assert_eq!(decide_refresh(req(3, 5, 1)), Ok(5));
    }

    #[test]
    fn a_major_revision_since_the_edition_needs_the_workflow() {
        assert_eq!(
            decide_refresh(req(2, 4, 3)),
            Err(RefreshError::NotMinor {
                edition_source: 2,
                major: 3
            })
        );
        // Even when minor revisions follow it.
        assert!(matches!(
            decide_refresh(req(2, 5, 3)),
            Err(RefreshError::NotMinor { .. })
        ));
    }

    #[test]
    fn an_edition_of_the_originals_head_has_nothing_to_refresh() {
        assert_eq!(
            decide_refresh(req(3, 3, 3)),
            Err(RefreshError::Unchanged { revision: 3 })
        );
    }

    #[test]
    fn only_a_translation_that_stands_published_is_refreshed() {
        for state in State::ALL {
            let r = RefreshRequest {
                state,
                ..req(2, 3, 2)
            };
            if state == State::Published {
                assert_eq!(decide_refresh(r), Ok(3));
            } else {
                assert_eq!(decide_refresh(r), Err(RefreshError::NotPublished { state }));
            }
        }
    }

    #[test]
    fn refusals_give_the_arguments_their_codes_declare() {
        for err in [
            RefreshError::NotPublished {
                state: State::Withdrawn,
            },
            RefreshError::NotMinor {
                edition_source: 1,
                major: 2,
            },
            RefreshError::Unchanged { revision: 1 },
        ] {
            assert!(err.code().accepts(&err.args()), "{err}");
        }
    }
}
