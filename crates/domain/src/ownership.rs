//! Who a translation belongs to. A translation has an assignee, at first its creator; a
//! translator claims one that no one holds, an editor assigns it to anyone who translates or
//! edits (or to no one), and only its assignee and editors write to it (add revisions, submit
//! it). Neither claiming nor assigning changes the workflow state, and neither is possible
//! while the translation is withdrawn.

use crate::{Coded, ErrorArg, ErrorArgs, ErrorCode, Person, Role, Roles, State, User};

/// A change of hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Handover {
    /// A translator takes a translation that no one holds.
    Claim,
    /// An editor gives a translation to someone, or to no one.
    Assign,
}

impl Handover {
    /// The name in the API and in the audit trail (`translation.claim`, `translation.assign`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Claim => "claim",
            Self::Assign => "assign",
        }
    }

    /// The roles that may take it.
    pub fn roles(self) -> &'static [Role] {
        match self {
            Self::Claim => &[Role::Translator],
            Self::Assign => &[Role::Editor],
        }
    }
}

/// The roles a person needs to be given a translation.
pub const ASSIGNABLE: &[Role] = &[Role::Translator, Role::Editor];

/// Why a change of hands, or a write, is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OwnershipError {
    #[error("a translation cannot change hands while it is withdrawn")]
    Withdrawn { handover: Handover },
    #[error("the translation is held by {holder}")]
    Held { holder: String },
    #[error("{name} is not a translator or an editor")]
    NotAssignable { name: String },
    #[error("the translation is assigned to {holder}")]
    NotAssignee { holder: String },
    #[error("the translation is assigned to no one")]
    Unassigned,
}

impl Coded for OwnershipError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Withdrawn { .. } => ErrorCode::HandoverNotAllowed,
            Self::Held { .. } => ErrorCode::TranslationHeld,
            Self::NotAssignable { .. } => ErrorCode::AssigneeNotEligible,
            Self::NotAssignee { .. } => ErrorCode::NotAssignee,
            Self::Unassigned => ErrorCode::TranslationUnassigned,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::Withdrawn { handover } => vec![
                ("handover", ErrorArg::text(handover.as_str())),
                ("state", State::Withdrawn.into()),
                ("allowed", State::Withdrawn.allowed_actions().into()),
            ],
            Self::Held { holder } | Self::NotAssignee { holder } => {
                vec![("assignee", ErrorArg::text(holder))]
            }
            Self::NotAssignable { name } => vec![("name", ErrorArg::text(name))],
            Self::Unassigned => vec![],
        }
    }
}

/// A change of hands that the rules allow: who held the translation and who holds it after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reassignment {
    pub handover: Handover,
    pub from: Option<Person>,
    pub to: Option<Person>,
}

impl Reassignment {
    /// Whether anything changes: claiming what one holds, or assigning to the holder, does not.
    pub fn changes(&self) -> bool {
        self.from.as_ref().map(|p| p.id) != self.to.as_ref().map(|p| p.id)
    }
}

/// Decides a claim by `actor` (whose role the caller checked) of a translation in `state`
/// held by `holder`.
///
/// # Errors
/// [`OwnershipError::Withdrawn`]; [`OwnershipError::Held`] when someone else holds it.
pub fn claim(
    state: State,
    actor: &User,
    holder: Option<&Person>,
) -> Result<Reassignment, OwnershipError> {
    if state == State::Withdrawn {
        return Err(OwnershipError::Withdrawn {
            handover: Handover::Claim,
        });
    }
    match holder {
        Some(p) if p.id != actor.id => Err(OwnershipError::Held {
            holder: p.display_name.clone(),
        }),
        _ => Ok(Reassignment {
            handover: Handover::Claim,
            from: holder.cloned(),
            to: Some(actor.into()),
        }),
    }
}

/// Decides an assignment (by an editor, whose role the caller checked) of a translation in
/// `state` held by `holder` to `to` (a person and their roles), or to no one.
///
/// # Errors
/// [`OwnershipError::Withdrawn`]; [`OwnershipError::NotAssignable`] when `to` neither
/// translates nor edits.
pub fn assign(
    state: State,
    holder: Option<&Person>,
    to: Option<(Person, Roles)>,
) -> Result<Reassignment, OwnershipError> {
    if state == State::Withdrawn {
        return Err(OwnershipError::Withdrawn {
            handover: Handover::Assign,
        });
    }
    let to = match to {
        Some((person, roles)) if !roles.any(ASSIGNABLE) => {
            return Err(OwnershipError::NotAssignable { name: person.name });
        }
        Some((person, _)) => Some(person),
        None => None,
    };
    Ok(Reassignment {
        handover: Handover::Assign,
        from: holder.cloned(),
        to,
    })
}

/// Whether `actor` may write to (add revisions to, submit) a translation held by `holder`:
/// its assignee and editors may.
///
/// # Errors
/// [`OwnershipError::NotAssignee`] when someone else holds it, [`OwnershipError::Unassigned`]
/// when no one does (a translator claims it first).
pub fn may_write(actor: &User, holder: Option<&Person>) -> Result<(), OwnershipError> {
    if actor.roles.contains(Role::Editor) {
        return Ok(());
    }
    match holder {
        Some(p) if p.id == actor.id => Ok(()),
        Some(p) => Err(OwnershipError::NotAssignee {
            holder: p.display_name.clone(),
        }),
        None => Err(OwnershipError::Unassigned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Action;

    fn user(id: i64, roles: &str) -> User {
        User {
            id,
            name: format!("u{id}"),
            display_name: format!("User {id}"),
            roles: roles.parse().unwrap(),
            language: None,
        }
    }

    fn person(id: i64) -> Person {
        (&user(id, "translator")).into()
    }

    #[test]
    fn only_the_assignee_and_editors_may_write() {
        let alex = person(1);
        assert_eq!(may_write(&user(1, "translator"), Some(&alex)), Ok(()));
        assert_eq!(
            may_write(&user(2, "translator"), Some(&alex)),
            Err(OwnershipError::NotAssignee {
                holder: "User 1".into()
            })
        );
        assert_eq!(may_write(&user(3, "editor"), Some(&alex)), Ok(()));
        assert_eq!(may_write(&user(3, "editor"), None), Ok(()));
        assert_eq!(
            may_write(&user(1, "translator"), None),
            Err(OwnershipError::Unassigned)
        );
        // Other roles do not make a writer.
        assert!(may_write(&user(4, "publisher,admin"), Some(&alex)).is_err());
    }

    #[test]
    fn a_translator_claims_what_no_one_holds_and_nothing_held_by_another() {
        let kim = user(2, "translator");
        let claimed = claim(State::Draft, &kim, None).unwrap();
        assert_eq!(claimed.to.map(|p| p.id), Some(2));
        assert!(claimed.from.is_none());
        assert_eq!(
            claim(State::InReview, &kim, Some(&person(1))),
            Err(OwnershipError::Held {
                holder: "User 1".into()
            })
        );
        let again = claim(State::Published, &kim, Some(&person(2))).unwrap();
        assert!(!again.changes(), "claiming what one holds changes nothing");
    }

    #[test]
    fn an_editor_assigns_translators_and_editors_or_no_one() {
        let held = Some(person(1));
        let to = |id, roles: &str| Some((person(id), roles.parse().unwrap()));
        let given = assign(State::ChangesRequested, held.as_ref(), to(2, "translator")).unwrap();
        assert_eq!(
            (given.from.map(|p| p.id), given.to.map(|p| p.id)),
            (Some(1), Some(2))
        );
        assert!(assign(State::Approved, held.as_ref(), to(3, "editor")).is_ok());
        let nobody = assign(State::Draft, held.as_ref(), None).unwrap();
        assert!(nobody.changes() && nobody.to.is_none());
        assert_eq!(
            assign(State::Draft, held.as_ref(), to(4, "publisher,admin")),
            Err(OwnershipError::NotAssignable { name: "u4".into() })
        );
    }

    #[test]
    fn nothing_changes_hands_while_withdrawn() {
        let err = claim(State::Withdrawn, &user(2, "translator"), None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::HandoverNotAllowed);
        assert_eq!(
            err.args(),
            vec![
                ("handover", ErrorArg::text("claim")),
                ("state", ErrorArg::State(State::Withdrawn)),
                ("allowed", ErrorArg::Actions(vec![Action::Reopen])),
            ]
        );
        for state in State::ALL {
            let refused = assign(state, None, None).is_err();
            assert_eq!(refused, state == State::Withdrawn, "{state}");
        }
    }

    #[test]
    fn ownership_errors_give_the_arguments_their_codes_declare() {
        for err in [
            OwnershipError::Withdrawn {
                handover: Handover::Assign,
            },
            OwnershipError::Held {
                holder: "Alex".into(),
            },
            OwnershipError::NotAssignable { name: "pat".into() },
            OwnershipError::NotAssignee {
                holder: "Alex".into(),
            },
            OwnershipError::Unassigned,
        ] {
            assert!(err.code().accepts(&err.args()), "{err:?}");
        }
    }
}
