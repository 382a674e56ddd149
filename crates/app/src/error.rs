//! Why a use case fails: the caller's mistake (a value that does not parse, a role that does not
//! allow it, a rule or a conflict), or the database's.

use bitext_domain::{Coded, ErrorArgs, ErrorCode, OwnershipError, Role, ValidationError};
use bitext_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error("one of these roles is needed: {roles:?}")]
    Forbidden { roles: Vec<Role> },
    /// A wrong name or a wrong password: which one is not told.
    #[error("the name or the password is wrong")]
    SignInFailed,
    /// Too many failed sign-ins under this name (whether or not anyone has it): the password
    /// was not looked at.
    #[error("too many failed sign-ins under this name; retry in {retry_after_seconds} s")]
    SignInThrottled { retry_after_seconds: u64 },
    /// An admin taking away their own admin role.
    #[error("an admin cannot take away their own admin role")]
    OwnAdminRole,
    #[error("revisions {from}..{to} are not in the history")]
    DiffRange { from: i32, to: i32 },
    /// `If-Match` names no revision that is the head (and not one number to quote).
    #[error("no entity tag given matches the head, {current}")]
    TagMismatch { current: i32 },
    /// Dismissing a check finding that the revision does not have.
    #[error("revision {revision} has no finding {id}")]
    FindingNotFound { id: String, revision: i32 },
    /// Dismissing a check finding without a reason.
    #[error("a dismissal needs a reason")]
    ReasonRequired,
    #[error(transparent)]
    Ownership(#[from] OwnershipError),
    #[error(transparent)]
    Glossary(#[from] crate::glossary::GlossaryError),
    #[error(transparent)]
    Memory(#[from] crate::memory::MemoryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Hashing or verifying a password failed (not a wrong password: that is no error).
    #[error(transparent)]
    Password(#[from] bitext_password::PasswordError),
    /// Writing a document (an export) failed.
    #[error("writing failed: {0}")]
    Io(#[from] std::io::Error),
}

impl AppError {
    /// Whether the error is the server's fault rather than the caller's.
    pub fn is_internal(&self) -> bool {
        matches!(self, Self::Store(e) if e.is_internal())
            || matches!(self, Self::Password(_) | Self::Io(_))
    }
}

impl Coded for AppError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Validation(e) => e.code(),
            Self::Forbidden { .. } => ErrorCode::Forbidden,
            Self::SignInFailed => ErrorCode::SignInFailed,
            Self::OwnAdminRole => ErrorCode::OwnAdminRole,
            Self::SignInThrottled { .. } => ErrorCode::SignInThrottled,
            Self::DiffRange { .. } => ErrorCode::DiffRangeInvalid,
            Self::TagMismatch { .. } => ErrorCode::TagMismatch,
            Self::FindingNotFound { .. } => ErrorCode::FindingNotFound,
            Self::ReasonRequired => ErrorCode::ReasonRequired,
            Self::Ownership(e) => e.code(),
            Self::Glossary(e) => e.code(),
            Self::Memory(e) => e.code(),
            Self::Store(e) => e.code(),
            Self::Password(_) | Self::Io(_) => ErrorCode::Internal,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::Validation(e) => e.args(),
            Self::Forbidden { roles } => vec![("roles", roles.clone().into())],
            Self::SignInFailed | Self::OwnAdminRole | Self::ReasonRequired => vec![],
            Self::FindingNotFound { id, revision } => {
                vec![("id", id.clone().into()), ("revision", (*revision).into())]
            }
            Self::SignInThrottled {
                retry_after_seconds,
            } => vec![("seconds", (*retry_after_seconds).into())],
            Self::DiffRange { from, to } => vec![("from", (*from).into()), ("to", (*to).into())],
            Self::TagMismatch { current } => vec![("current", (*current).into())],
            Self::Ownership(e) => e.args(),
            Self::Glossary(e) => e.args(),
            Self::Memory(e) => e.args(),
            Self::Store(e) => e.args(),
            Self::Password(_) | Self::Io(_) => vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bitext_domain::ErrorArg;

    #[test]
    fn a_refused_role_names_every_role_that_would_do() {
        let err = AppError::Forbidden {
            roles: vec![Role::Editor, Role::Admin],
        };
        assert_eq!(err.code(), ErrorCode::Forbidden);
        assert_eq!(
            err.args(),
            vec![("roles", ErrorArg::Roles(vec![Role::Editor, Role::Admin]))]
        );
    }

    #[test]
    fn a_diff_range_outside_the_history_gives_both_numbers() {
        let err = AppError::DiffRange { from: 1, to: 5 };
        assert_eq!(err.code(), ErrorCode::DiffRangeInvalid);
        assert!(err.code().accepts(&err.args()));
    }

    #[test]
    fn a_throttled_sign_in_gives_the_seconds_to_wait() {
        let err = AppError::SignInThrottled {
            retry_after_seconds: 30,
        };
        assert_eq!(err.code(), ErrorCode::SignInThrottled);
        assert_eq!(err.args(), vec![("seconds", ErrorArg::Number(30))]);
        assert!(!err.is_internal());
    }
}
