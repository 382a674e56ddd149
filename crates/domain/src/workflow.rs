//! The editorial workflow of a translation: its states, the actions that move it between them,
//! and who may take each action. One exhaustive table that the compiler checks.

use std::{fmt, str::FromStr};

use crate::{Coded, ErrorArgs, ErrorCode, Role};

/// Where a translation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Withdrawn,
}

/// Something a person does to a translation's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Submit,
    Approve,
    RequestChanges,
    Publish,
    Withdraw,
    Reopen,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Draft,
        State::InReview,
        State::ChangesRequested,
        State::Approved,
        State::Published,
        State::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in_review",
            Self::ChangesRequested => "changes_requested",
            Self::Approved => "approved",
            Self::Published => "published",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// The state a translation moves to when someone adds a revision, or `None` when revisions
    /// cannot be added in this state (a withdrawn translation must be reopened first).
    /// A revision after approval supersedes the approval; one after publishing starts a correction.
    pub fn after_new_revision(self) -> Option<State> {
        match self {
            Self::Draft | Self::InReview | Self::ChangesRequested => Some(self),
            Self::Approved => Some(Self::InReview),
            Self::Published => Some(Self::Draft),
            Self::Withdrawn => None,
        }
    }

    /// Actions that may be taken from this state, whatever the role.
    pub fn allowed_actions(self) -> Vec<Action> {
        Action::ALL
            .into_iter()
            .filter(|a| a.target(self).is_some())
            .collect()
    }
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Submit,
        Action::Approve,
        Action::RequestChanges,
        Action::Publish,
        Action::Withdraw,
        Action::Reopen,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submit => "submit",
            Self::Approve => "approve",
            Self::RequestChanges => "request_changes",
            Self::Publish => "publish",
            Self::Withdraw => "withdraw",
            Self::Reopen => "reopen",
        }
    }

    /// The roles allowed to take this action.
    pub fn roles(self) -> &'static [Role] {
        match self {
            Self::Submit => &[Role::Translator],
            Self::Approve | Self::RequestChanges => &[Role::Editor],
            Self::Publish | Self::Withdraw => &[Role::Publisher],
            Self::Reopen => &[Role::Translator, Role::Editor],
        }
    }

    /// The state this action leads to from `from`, or `None` if it is not allowed there.
    pub fn target(self, from: State) -> Option<State> {
        use State::*;
        match (self, from) {
            (Self::Submit, Draft | ChangesRequested) => Some(InReview),
            (Self::Approve, InReview) => Some(Approved),
            (Self::RequestChanges, InReview) => Some(ChangesRequested),
            (Self::Publish, Approved) => Some(Published),
            (Self::Withdraw, Published) => Some(Withdrawn),
            (Self::Reopen, Withdrawn | Published) => Some(Draft),
            _ => None,
        }
    }

    /// Whether the action needs a reason in `comment`.
    pub fn needs_comment(self) -> bool {
        matches!(self, Self::RequestChanges | Self::Withdraw)
    }

    /// Checks role first, then state.
    ///
    /// # Errors
    /// [`TransitionError::Forbidden`] when none of `roles` may take the action;
    /// [`TransitionError::NotAllowed`] when the action is not allowed from `from`.
    pub fn check(self, from: State, roles: crate::Roles) -> Result<Transition, TransitionError> {
        if !roles.any(self.roles()) {
            return Err(TransitionError::Forbidden { action: self });
        }
        let to = self.target(from).ok_or(TransitionError::NotAllowed {
            action: self,
            state: from,
            allowed: from.allowed_actions(),
        })?;
        Ok(Transition {
            action: self,
            from,
            to,
        })
    }
}

/// An allowed move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub action: Action,
    pub from: State,
    pub to: State,
}

/// Why an action cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("{} is not allowed while {}", action.as_str(), state.as_str())]
    NotAllowed {
        action: Action,
        state: State,
        allowed: Vec<Action>,
    },
    #[error("the caller's roles do not allow {}", action.as_str())]
    Forbidden { action: Action },
}

impl Coded for TransitionError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotAllowed { .. } => ErrorCode::TransitionNotAllowed,
            Self::Forbidden { .. } => ErrorCode::Forbidden,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::NotAllowed {
                action,
                state,
                allowed,
            } => vec![
                ("action", (*action).into()),
                ("state", (*state).into()),
                ("allowed", allowed.clone().into()),
            ],
            Self::Forbidden { action } => vec![("roles", action.roles().to_vec().into())],
        }
    }
}

macro_rules! text_enum {
    ($ty:ident) => {
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = ();

            fn from_str(s: &str) -> Result<Self, ()> {
                $ty::ALL.into_iter().find(|v| v.as_str() == s).ok_or(())
            }
        }
    };
}

text_enum!(State);
text_enum!(Action);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Roles;

    fn roles(s: &str) -> Roles {
        s.parse().unwrap()
    }

    #[test]
    fn the_happy_path_reaches_published() {
        let mut state = State::Draft;
        for (action, who) in [
            (Action::Submit, "translator"),
            (Action::Approve, "editor"),
            (Action::Publish, "publisher"),
        ] {
            state = action.check(state, roles(who)).unwrap().to;
        }
        assert_eq!(state, State::Published);
    }

    #[test]
    fn a_wrong_state_names_the_allowed_actions() {
        let err = Action::Publish
            .check(State::Draft, roles("publisher"))
            .unwrap_err();
        assert_eq!(
            err,
            TransitionError::NotAllowed {
                action: Action::Publish,
                state: State::Draft,
                allowed: vec![Action::Submit],
            }
        );
    }

    #[test]
    fn a_wrong_role_is_forbidden_before_the_state_is_considered() {
        let err = Action::Approve
            .check(State::Draft, roles("translator"))
            .unwrap_err();
        assert_eq!(
            err,
            TransitionError::Forbidden {
                action: Action::Approve
            }
        );
    }

    #[test]
    fn states_and_actions_round_trip_through_text() {
        for s in State::ALL {
            assert_eq!(s.as_str().parse::<State>(), Ok(s));
        }
        for a in Action::ALL {
            assert_eq!(a.as_str().parse::<Action>(), Ok(a));
        }
    }

    #[test]
    fn revisions_supersede_approval_and_start_corrections() {
        assert_eq!(State::Approved.after_new_revision(), Some(State::InReview));
        assert_eq!(State::Published.after_new_revision(), Some(State::Draft));
        assert_eq!(State::Withdrawn.after_new_revision(), None);
    }
}
