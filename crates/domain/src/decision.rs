//! Deciding whether an action may be taken, beyond the state table: approval names the head it
//! approves, a second pair of eyes approves, open review threads are approved over only
//! knowingly, reasons are given, and outdated translations are published only knowingly.

use crate::{Action, Coded, ErrorArgs, ErrorCode, Roles, State, Transition, TransitionError};

/// Everything the decision depends on, read in the same transaction as the write.
#[derive(Debug, Clone)]
pub struct ActionRequest<'a> {
    pub action: Action,
    pub state: State,
    pub roles: Roles,
    pub actor: i64,
    /// The translation's head revision.
    pub head: i32,
    /// The revision the caller says they approve.
    pub revision: Option<i32>,
    pub comment: Option<&'a str>,
    /// The source revision the head renders, and the article's newest major revision.
    pub source_revision: i32,
    pub source_head: i32,
    pub acknowledge_outdated: bool,
    /// The authors of every revision since the last approval (all revisions if none); empty
    /// when nothing was written since, as after `reopen` and `submit` of the approved text.
    pub authors_since_approval: &'a [i64],
    /// Deployment setting: let an editor approve their own work.
    pub allow_self_approval: bool,
    /// Unresolved review threads on the translation.
    pub open_threads: u64,
    /// `approve`: approve although review threads are open.
    pub acknowledge_open_threads: bool,
    /// Error-level quality-check findings on the head that are neither fixed nor dismissed.
    pub failing_checks: u64,
    /// Whether the translation was published before: publishing again is a correction.
    pub has_editions: bool,
    /// The note shown to readers of a correction.
    pub correction_note: Option<&'a str>,
}

/// Why an action is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error("approve names revision {revision} but the head is {head}")]
    NotHead { revision: i32, head: i32 },
    #[error("approve must name the revision approved")]
    RevisionRequired,
    #[error("the approver wrote a revision since the last approval")]
    SecondPairOfEyes,
    #[error("{count} review threads are open")]
    OpenThreads { count: u64 },
    #[error("{count} error-level check findings are neither fixed nor dismissed")]
    ChecksFailing { count: u64 },
    #[error("{} needs a comment", action.as_str())]
    CommentRequired { action: Action },
    #[error("a correction needs a note for readers")]
    CorrectionNoteRequired,
    #[error("revisions cannot be added while {}", state.as_str())]
    RevisionNotAllowed { state: State },
    #[error("the translation renders source revision {source_revision}, the source is at {head}")]
    OutdatedNotAcknowledged { source_revision: i32, head: i32 },
}

impl Coded for WorkflowError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Transition(t) => t.code(),
            Self::NotHead { .. } => ErrorCode::NotHead,
            Self::CorrectionNoteRequired => ErrorCode::CorrectionNoteRequired,
            Self::RevisionNotAllowed { .. } => ErrorCode::RevisionNotAllowed,
            Self::RevisionRequired => ErrorCode::RevisionRequired,
            Self::SecondPairOfEyes => ErrorCode::SecondPairOfEyes,
            Self::OpenThreads { .. } => ErrorCode::OpenThreads,
            Self::ChecksFailing { .. } => ErrorCode::ChecksFailing,
            Self::CommentRequired { .. } => ErrorCode::CommentRequired,
            Self::OutdatedNotAcknowledged { .. } => ErrorCode::OutdatedNotAcknowledged,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::Transition(t) => t.args(),
            Self::NotHead { revision, head } => {
                vec![("revision", (*revision).into()), ("head", (*head).into())]
            }
            Self::RevisionRequired | Self::SecondPairOfEyes | Self::CorrectionNoteRequired => {
                vec![]
            }
            Self::OpenThreads { count } | Self::ChecksFailing { count } => {
                vec![("count", (*count).into())]
            }
            Self::RevisionNotAllowed { state } => vec![
                ("state", (*state).into()),
                ("allowed", state.allowed_actions().into()),
            ],
            Self::CommentRequired { action } => vec![("action", (*action).into())],
            Self::OutdatedNotAcknowledged {
                source_revision,
                head,
            } => vec![
                ("source_revision", (*source_revision).into()),
                ("head", (*head).into()),
            ],
        }
    }
}

/// Decides an action: role, then state, then the action's own rules.
///
/// # Errors
/// A [`WorkflowError`] naming the first rule broken; nothing may be written then.
pub fn decide(req: &ActionRequest<'_>) -> Result<Transition, WorkflowError> {
    let transition = req.action.check(req.state, req.roles)?;
    let has_comment = req.comment.is_some_and(|c| !c.trim().is_empty());
    if req.action.needs_comment() && !has_comment {
        return Err(WorkflowError::CommentRequired { action: req.action });
    }
    match req.action {
        Action::Approve => {
            let revision = req.revision.ok_or(WorkflowError::RevisionRequired)?;
            if revision != req.head {
                return Err(WorkflowError::NotHead {
                    revision,
                    head: req.head,
                });
            }
            // A second pair of eyes: whoever wrote any of what is new since the last approval
            // does not approve it. With nothing new, the text was approved before by someone
            // who did not write it, and any editor may approve it again.
            let wrote_some = req.authors_since_approval.contains(&req.actor);
            if wrote_some && !req.allow_self_approval {
                return Err(WorkflowError::SecondPairOfEyes);
            }
            // An error a check found is fixed or dismissed with a reason, never approved over.
            if req.failing_checks > 0 {
                return Err(WorkflowError::ChecksFailing {
                    count: req.failing_checks,
                });
            }
            if req.open_threads > 0 && !req.acknowledge_open_threads {
                return Err(WorkflowError::OpenThreads {
                    count: req.open_threads,
                });
            }
        }
        Action::Publish => {
            let has_note = req.correction_note.is_some_and(|n| !n.trim().is_empty());
            if req.has_editions && !has_note {
                return Err(WorkflowError::CorrectionNoteRequired);
            }
            if req.source_revision < req.source_head && !req.acknowledge_outdated {
                return Err(WorkflowError::OutdatedNotAcknowledged {
                    source_revision: req.source_revision,
                    head: req.source_head,
                });
            }
        }
        Action::Submit | Action::RequestChanges | Action::Withdraw | Action::Reopen => {}
    }
    Ok(transition)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorArg;

    fn req(action: Action, state: State, roles: &str) -> ActionRequest<'static> {
        ActionRequest {
            action,
            state,
            roles: roles.parse().unwrap(),
            actor: 2,
            head: 3,
            revision: Some(3),
            comment: None,
            source_revision: 1,
            source_head: 1,
            acknowledge_outdated: false,
            authors_since_approval: &[1, 1],
            allow_self_approval: false,
            open_threads: 0,
            acknowledge_open_threads: false,
            failing_checks: 0,
            has_editions: false,
            correction_note: None,
        }
    }

    #[test]
    fn approving_needs_the_head() {
        let mut r = req(Action::Approve, State::InReview, "editor");
        r.revision = Some(2);
        assert_eq!(
            decide(&r),
            Err(WorkflowError::NotHead {
                revision: 2,
                head: 3
            })
        );
        r.revision = None;
        assert_eq!(decide(&r), Err(WorkflowError::RevisionRequired));
        r.revision = Some(3);
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn an_editor_who_wrote_any_revision_since_the_last_approval_cannot_approve_it() {
        let mut r = req(Action::Approve, State::InReview, "editor,translator");
        r.authors_since_approval = &[2, 2];
        assert_eq!(decide(&r), Err(WorkflowError::SecondPairOfEyes));
        // Someone else's earlier revision does not make the editor's rewrite reviewed.
        r.authors_since_approval = &[1, 2];
        assert_eq!(decide(&r), Err(WorkflowError::SecondPairOfEyes));
        r.authors_since_approval = &[1, 1];
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn the_deployment_may_let_editors_approve_their_own_revisions() {
        let mut r = req(Action::Approve, State::InReview, "editor");
        r.authors_since_approval = &[1, 2];
        r.allow_self_approval = true;
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn with_nothing_new_since_the_last_approval_any_editor_may_approve_again() {
        let mut r = req(Action::Approve, State::InReview, "editor");
        r.authors_since_approval = &[];
        assert_eq!(decide(&r).unwrap().to, State::Approved);
        r.actor = 1;
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn an_error_a_check_found_holds_approval_back_even_when_threads_are_acknowledged() {
        let mut r = req(Action::Approve, State::InReview, "editor");
        r.failing_checks = 3;
        r.acknowledge_open_threads = true;
        assert_eq!(decide(&r), Err(WorkflowError::ChecksFailing { count: 3 }));
        assert_eq!(decide(&r).unwrap_err().code(), ErrorCode::ChecksFailing);
        let mut sent_back = req(Action::RequestChanges, State::InReview, "editor");
        sent_back.comment = Some("Please look again.");
        sent_back.failing_checks = 3;
        assert_eq!(decide(&sent_back).unwrap().to, State::ChangesRequested);
        r.failing_checks = 0;
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn approving_over_open_review_threads_needs_acknowledgement() {
        let mut r = req(Action::Approve, State::InReview, "editor");
        r.open_threads = 2;
        assert_eq!(decide(&r), Err(WorkflowError::OpenThreads { count: 2 }));
        assert_eq!(
            decide(&r).unwrap_err().args(),
            vec![("count", ErrorArg::from(2_u64))]
        );
        r.acknowledge_open_threads = true;
        assert_eq!(decide(&r).unwrap().to, State::Approved);
        r.open_threads = 0;
        r.acknowledge_open_threads = false;
        assert_eq!(decide(&r).unwrap().to, State::Approved);
    }

    #[test]
    fn open_threads_do_not_hold_back_other_actions() {
        let mut r = req(Action::RequestChanges, State::InReview, "editor");
        r.open_threads = 3;
        r.comment = Some("See paragraph 2.");
        assert_eq!(decide(&r).unwrap().to, State::ChangesRequested);
    }

    #[test]
    fn reasons_are_required_for_request_changes_and_withdraw() {
        let mut r = req(Action::RequestChanges, State::InReview, "editor");
        assert_eq!(
            decide(&r),
            Err(WorkflowError::CommentRequired {
                action: Action::RequestChanges
            })
        );
        r.comment = Some("   ");
        assert!(decide(&r).is_err());
        r.comment = Some("Paragraph 2 misreads the figure.");
        assert_eq!(decide(&r).unwrap().to, State::ChangesRequested);
    }

    #[test]
    fn publishing_an_outdated_translation_needs_acknowledgement() {
        let mut r = req(Action::Publish, State::Approved, "publisher");
        r.source_head = 2;
        assert!(matches!(
            decide(&r),
            Err(WorkflowError::OutdatedNotAcknowledged { .. })
        ));
        r.acknowledge_outdated = true;
        assert_eq!(decide(&r).unwrap().to, State::Published);
    }

    #[test]
    fn a_correction_needs_a_note() {
        let mut r = req(Action::Publish, State::Approved, "publisher");
        r.has_editions = true;
        assert_eq!(decide(&r), Err(WorkflowError::CorrectionNoteRequired));
        r.correction_note = Some("Fixed the date.");
        assert_eq!(decide(&r).unwrap().to, State::Published);
    }

    #[test]
    fn role_is_checked_before_state_and_rules() {
        let r = req(Action::Approve, State::Draft, "translator");
        assert!(matches!(
            decide(&r),
            Err(WorkflowError::Transition(TransitionError::Forbidden { .. }))
        ));
    }

    #[test]
    fn workflow_errors_give_the_arguments_their_codes_declare() {
        let not_allowed = TransitionError::NotAllowed {
            action: Action::Publish,
            state: State::Draft,
            allowed: vec![Action::Submit],
        };
        for err in [
            WorkflowError::Transition(not_allowed.clone()),
            WorkflowError::Transition(TransitionError::Forbidden {
                action: Action::Reopen,
            }),
            WorkflowError::NotHead {
                revision: 2,
                head: 3,
            },
            WorkflowError::RevisionRequired,
            WorkflowError::SecondPairOfEyes,
            WorkflowError::CommentRequired {
                action: Action::Withdraw,
            },
            WorkflowError::CorrectionNoteRequired,
            WorkflowError::RevisionNotAllowed {
                state: State::Withdrawn,
            },
            WorkflowError::OutdatedNotAcknowledged {
                source_revision: 1,
                head: 2,
            },
        ] {
            assert!(err.code().accepts(&err.args()), "{err:?}: {:?}", err.args());
        }
        assert_eq!(
            not_allowed.args(),
            vec![
                ("action", ErrorArg::Action(Action::Publish)),
                ("state", ErrorArg::State(State::Draft)),
                ("allowed", ErrorArg::Actions(vec![Action::Submit])),
            ]
        );
    }

    #[test]
    fn a_refused_role_names_the_roles_that_may_act() {
        let err = TransitionError::Forbidden {
            action: Action::Reopen,
        };
        assert_eq!(err.code(), ErrorCode::Forbidden);
        assert_eq!(
            err.args(),
            vec![(
                "roles",
                ErrorArg::Roles(vec![crate::Role::Translator, crate::Role::Editor])
            )]
        );
    }

    #[test]
    fn a_revision_refused_by_the_state_names_the_state_and_the_allowed_actions() {
        let err = WorkflowError::RevisionNotAllowed {
            state: State::Withdrawn,
        };
        assert_eq!(err.code(), ErrorCode::RevisionNotAllowed);
        assert_eq!(
            err.args(),
            vec![
                ("state", ErrorArg::State(State::Withdrawn)),
                ("allowed", ErrorArg::Actions(vec![Action::Reopen])),
            ]
        );
    }
}
