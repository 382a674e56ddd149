//! The one error type of the HTTP layer. Handlers return [`ApiError`]; it becomes an RFC 9457
//! `application/problem+json` response whose `title` and `detail` are rendered in the caller's
//! language by [`crate::problem::localize`]. Server errors are logged with their cause and
//! answered generically.

use axum::{
    http::{HeaderName, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use bitext_app::{AppError, StoreError};
use bitext_domain::{Coded, OwnershipError, TransitionError, ValidationError, WorkflowError};

/// A problem waiting to be rendered: put in the response's extensions by [`ApiError`] and
/// turned into a body by the localizing middleware, which knows the caller's language.
#[derive(Debug, Clone)]
pub struct Problem {
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
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
    pub fn new(status: StatusCode, code: &'static str) -> Self {
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

    /// Adds a named argument for the localized message.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.problem.args.push((name, value.to_string()));
        self
    }

    pub fn header(mut self, name: HeaderName, value: &'static str) -> Self {
        self.headers.push((name, HeaderValue::from_static(value)));
        self
    }

    fn coded(status: StatusCode, err: &impl Coded) -> Self {
        let mut e = Self::new(status, err.code());
        e.problem.args = err.args();
        e
    }

    /// A 500 whose cause is logged, never shown.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let mut e = Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal");
        e.cause = Some(cause.to_string());
        e
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn code(&self) -> &'static str {
        self.problem.code
    }

    pub fn bad_request(reason: impl ToString) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad-request").arg("reason", reason)
    }

    pub fn invalid_query(reason: impl ToString) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid-query").arg("reason", reason)
    }

    pub fn unauthorized() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized")
            .header(axum::http::header::WWW_AUTHENTICATE, "Bearer")
    }

    pub fn forbidden(roles: &[bitext_domain::Role]) -> Self {
        let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        Self::new(StatusCode::FORBIDDEN, "forbidden").arg("role", names.join(", "))
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
            | E::WebhookNotFound { .. } => StatusCode::NOT_FOUND,
            E::SlugTaken { .. } | E::TranslationExists { .. } | E::UserExists { .. } => {
                StatusCode::CONFLICT
            }
            E::SameLanguage { .. } | E::SourceRevisionInvalid { .. } | E::Invalid { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            E::Stale { .. } => StatusCode::PRECONDITION_FAILED,
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
            AppError::DiffRange { from, to } => {
                Self::new(StatusCode::UNPROCESSABLE_ENTITY, "diff-range-invalid")
                    .arg("from", from)
                    .arg("to", to)
            }
            AppError::Ownership(e) => e.into(),
            AppError::Store(e) => e.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::error!(
                code = self.problem.code,
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
