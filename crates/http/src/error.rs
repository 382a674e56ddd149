//! The one error type of the HTTP layer. Handlers return [`ApiError`]; it becomes an RFC 9457
//! `application/problem+json` response whose `title` and `detail` are rendered in the caller's
//! language by [`crate::problem::localize`]. Server errors are logged with their cause and
//! answered generically.

use axum::{
    http::{HeaderName, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use bitext_app::{AppError, StoreError};
use bitext_domain::{
    Coded, ErrorArg, ErrorArgs, ErrorCode, OwnershipError, TransitionError, ValidationError,
    WorkflowError,
};

/// A problem waiting to be rendered: put in the response's extensions by [`ApiError`] and
/// turned into a body by the localizing middleware, which knows the caller's language.
#[derive(Debug, Clone)]
pub struct Problem {
    pub code: ErrorCode,
    /// The arguments `code` declares (see [`ErrorCode::params`]).
    pub args: ErrorArgs,
}

/// An error answered to the client.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    problem: Problem,
    headers: Vec<(HeaderName, HeaderValue)>,
    cause: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode) -> Self {
        Self {
            status,
            problem: Problem {
                code,
                args: Vec::new(),
            },
            headers: Vec::new(),
            cause: None,
        }
    }

    /// Adds a named argument for the localized message: data, or a workflow name; never
    /// words of a sentence.
    pub fn arg(mut self, name: &'static str, value: impl Into<ErrorArg>) -> Self {
        self.problem.args.push((name, value.into()));
        self
    }

    pub fn header(mut self, name: HeaderName, value: &'static str) -> Self {
        self.headers.push((name, HeaderValue::from_static(value)));
        self
    }

    /// Adds `Retry-After` with the whole seconds to wait.
    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.headers
            .push((axum::http::header::RETRY_AFTER, HeaderValue::from(seconds)));
        self
    }

    fn coded(status: StatusCode, err: &impl Coded) -> Self {
        let mut e = Self::new(status, err.code());
        e.problem.args = err.args();
        e
    }

    /// A 500 whose cause is logged, never shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let mut e = Self::new(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal);
        e.cause = Some(cause.to_string());
        e
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn code(&self) -> ErrorCode {
        self.problem.code
    }

    pub fn args(&self) -> &[(&'static str, ErrorArg)] {
        &self.problem.args
    }

    pub fn bad_request() -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::BadRequest)
    }

    /// The query parameter `name` has a `value` that is not allowed.
    pub fn invalid_query(name: &str, value: &str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidQuery)
            .arg("name", name)
            .arg("value", value)
    }

    pub fn unauthorized() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized)
            .header(axum::http::header::WWW_AUTHENTICATE, "Bearer")
    }

    pub fn forbidden(roles: &[bitext_domain::Role]) -> Self {
        Self::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden).arg("roles", roles.to_vec())
    }
}

impl From<ValidationError> for ApiError {
    fn from(err: ValidationError) -> Self {
        Self::coded(StatusCode::UNPROCESSABLE_ENTITY, &err)
    }
}

impl From<TransitionError> for ApiError {
    fn from(err: TransitionError) -> Self {
        let status = match err {
            TransitionError::Forbidden { .. } => StatusCode::FORBIDDEN,
            TransitionError::NotAllowed { .. } => StatusCode::CONFLICT,
        };
        Self::coded(status, &err)
    }
}

impl From<WorkflowError> for ApiError {
    fn from(err: WorkflowError) -> Self {
        let status = match &err {
            WorkflowError::Transition(t) => return t.clone().into(),
            WorkflowError::SecondPairOfEyes => StatusCode::FORBIDDEN,
            WorkflowError::NotHead { .. }
            | WorkflowError::OutdatedNotAcknowledged { .. }
            | WorkflowError::OpenThreads { .. }
            | WorkflowError::ChecksFailing { .. }
            | WorkflowError::RevisionNotAllowed { .. } => StatusCode::CONFLICT,
            WorkflowError::RevisionRequired
            | WorkflowError::CommentRequired { .. }
            | WorkflowError::CorrectionNoteRequired => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Self::coded(status, &err)
    }
}

impl From<OwnershipError> for ApiError {
    fn from(err: OwnershipError) -> Self {
        let status = match &err {
            OwnershipError::NotAssignee { .. } | OwnershipError::Unassigned => {
                StatusCode::FORBIDDEN
            }
            OwnershipError::Held { .. } | OwnershipError::Withdrawn { .. } => StatusCode::CONFLICT,
            OwnershipError::NotAssignable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Self::coded(status, &err)
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        use StoreError as E;
        let status = match &err {
            E::ArticleNotFound { .. }
            | E::TranslationNotFound { .. }
            | E::RevisionNotFound { .. }
            | E::UserNotFound { .. }
            | E::TokenNotFound { .. }
            | E::CommentNotFound { .. }
            | E::NotPublished { .. }
            | E::EditionNotFound { .. }
            | E::WebhookNotFound { .. }
            | E::GlossaryTermNotFound { .. } => StatusCode::NOT_FOUND,
            E::SlugTaken { .. }
            | E::TranslationExists { .. }
            | E::UserExists { .. }
            | E::GlossaryTermExists { .. }
            | E::Refresh(_) => StatusCode::CONFLICT,
            E::SameLanguage { .. } | E::SourceRevisionInvalid { .. } | E::Comment(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            E::Stale { .. } | E::GlossaryTermStale { .. } => StatusCode::PRECONDITION_FAILED,
            E::SchemaNewer { .. } => StatusCode::SERVICE_UNAVAILABLE,
            E::Transition(t) => return t.clone().into(),
            E::Workflow(w) => return w.clone().into(),
            E::Database(db) => return Self::internal(db),
            E::Corrupt { .. } => return Self::internal(&err),
        };
        Self::coded(status, &err)
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Validation(e) => e.into(),
            AppError::Forbidden { roles } => Self::forbidden(&roles),
            AppError::SignInFailed => Self::coded(StatusCode::UNAUTHORIZED, &err),
            AppError::OwnAdminRole => Self::coded(StatusCode::CONFLICT, &err),
            AppError::SignInThrottled {
                retry_after_seconds,
            } => Self::coded(StatusCode::TOO_MANY_REQUESTS, &err).retry_after(retry_after_seconds),
            AppError::DiffRange { .. } => Self::coded(StatusCode::UNPROCESSABLE_ENTITY, &err),
            AppError::TagMismatch { .. } => Self::coded(StatusCode::PRECONDITION_FAILED, &err),
            AppError::FindingNotFound { .. } => Self::coded(StatusCode::NOT_FOUND, &err),
            AppError::ReasonRequired => Self::coded(StatusCode::UNPROCESSABLE_ENTITY, &err),
            AppError::Ownership(e) => e.into(),
            AppError::Glossary(_) => Self::coded(StatusCode::UNPROCESSABLE_ENTITY, &err),
            AppError::Memory(bitext_app::memory::MemoryError::ParagraphNotFound { .. }) => {
                Self::coded(StatusCode::NOT_FOUND, &err)
            }
            AppError::Memory(_) => Self::coded(StatusCode::UNPROCESSABLE_ENTITY, &err),
            AppError::Store(e) => e.into(),
            AppError::Password(e) => Self::internal(e),
            AppError::Io(e) => Self::internal(e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        debug_assert!(
            self.problem.code.accepts(&self.problem.args),
            "{} takes {:?}, not {:?}",
            self.problem.code,
            self.problem.code.params(),
            self.problem.args
        );
        if self.status.is_server_error() {
            tracing::error!(
                code = self.problem.code.as_str(),
                cause = self.cause.as_deref().unwrap_or(""),
                "request failed"
            );
        }
        let mut res = self.status.into_response();
        for (name, value) in self.headers {
            res.headers_mut().insert(name, value);
        }
        res.extensions_mut().insert(self.problem);
        res
    }
}

/// A result whose error is answered as a problem.
pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_throttled_sign_in_is_answered_429_with_retry_after() {
        let err = ApiError::from(AppError::SignInThrottled {
            retry_after_seconds: 42,
        });
        assert_eq!(err.code(), ErrorCode::SignInThrottled);
        let res = err.into_response();
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(res.headers()[axum::http::header::RETRY_AFTER], "42");
        let problem = res.extensions().get::<Problem>().unwrap();
        assert_eq!(problem.args, vec![("seconds", ErrorArg::Number(42))]);
    }

    #[test]
    fn a_failed_sign_in_is_answered_401_without_retry_after() {
        let res = ApiError::from(AppError::SignInFailed).into_response();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        assert!(!res.headers().contains_key(axum::http::header::RETRY_AFTER));
    }
}
