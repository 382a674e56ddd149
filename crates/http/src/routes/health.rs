//! Liveness and readiness.

use axum::{extract::State, http::StatusCode};
use bitext_domain::ErrorCode;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{AppState, error::ApiError};

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "alive", body = String, content_type = "text/plain")))]
pub async fn healthz() -> &'static str {
    "ok"
}

/// The database answers (migrations ran before the server started listening).
#[utoipa::path(get, path = "/readyz", tag = "health", responses(
    (status = 200, description = "ready", body = String, content_type = "text/plain"),
    (status = 503, description = "database unreachable", body = crate::problem::ProblemBody, content_type = "application/problem+json"),
))]
pub async fn readyz(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    state.app.ready().await.map_err(|e| {
        tracing::warn!(error = %e, "database not ready");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::ServiceUnavailable,
        )
    })?;
    Ok("ready")
}

/// Liveness, readiness and metrics.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(crate::metrics::serve))
}
