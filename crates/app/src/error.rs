//! Why a use case fails: the caller's mistake (a value that does not parse, a role that does not
//! allow it, a rule or a conflict), or the database's.

use bitext_domain::{OwnershipError, Role, ValidationError};
use bitext_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error("one of these roles is needed: {roles:?}")]
    Forbidden { roles: Vec<Role> },
    #[error("revisions {from}..{to} are not in the history")]
    DiffRange { from: i32, to: i32 },
    #[error(transparent)]
    Ownership(#[from] OwnershipError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AppError {
    /// Whether the error is the server's fault rather than the caller's.
    pub fn is_internal(&self) -> bool {
        matches!(self, Self::Store(e) if e.is_internal())
    }
}
