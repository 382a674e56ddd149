//! Who acts: the authenticated user and the request they act in, for permissions and the audit
//! trail.

use bitext_domain::{Role, User};
use bitext_store::WriteContext;

use crate::AppError;

/// The person a use case acts for.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: User,
    /// The server's id of the request, recorded with every event written.
    pub request_id: Option<String>,
    /// The id the client gave its request, recorded beside it, never in its place.
    pub correlation_id: Option<String>,
}

impl Actor {
    pub fn new(user: User, request_id: Option<String>) -> Self {
        Self {
            user,
            request_id,
            correlation_id: None,
        }
    }

    /// The same actor, with the client's own id of the request.
    pub fn correlated(mut self, correlation_id: Option<String>) -> Self {
        self.correlation_id = correlation_id;
        self
    }

    /// Requires one of `roles`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`] naming the roles that would do.
    pub fn require(&self, roles: &[Role]) -> Result<(), AppError> {
        if self.user.roles.any(roles) {
            Ok(())
        } else {
            Err(AppError::Forbidden {
                roles: roles.to_vec(),
            })
        }
    }

    pub(crate) fn context(&self) -> WriteContext {
        WriteContext {
            actor_id: self.user.id,
            actor_name: self.user.name.clone(),
            request_id: self.request_id.clone(),
            correlation_id: self.correlation_id.clone(),
        }
    }
}
