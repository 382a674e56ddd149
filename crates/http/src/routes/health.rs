//! Liveness and readiness.

use axum::{Json, extract::State, http::StatusCode};
use bitext_domain::ErrorCode;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{AppState, error::ApiError};

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "alive", body = String, content_type = "text/plain")))]
pub async fn healthz() -> &'static str {
    "ok"
}

/// A server ready to serve.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ready {
    /// `ready`.
    status: &'static str,
    /// `sqlite` or `postgres`.
    database: &'static str,
    /// On SQLite, when a commit is durable: `full` (synced to disk before it is acknowledged)
    /// or `normal` (synced at checkpoints); `null` on PostgreSQL.
    sqlite_synchronous: Option<&'static str>,
    schema: Schema,
    /// Translation-memory units approved and waiting to be indexed (they are found meanwhile).
    memory_waiting: u64,
    /// Documents whose newest revision waits to be indexed for search (a search indexes them
    /// first).
    search_waiting: u64,
}

/// The database's schema: exactly this server's migrations.
#[derive(Debug, Serialize, ToSchema)]
pub struct Schema {
    /// How many migrations are applied.
    migrations: usize,
    /// The newest migration applied.
    latest: Option<String>,
}

/// The database answers and holds exactly the schema this server knows (migrations run before
/// the server starts listening; a newer server may have migrated the database since).
#[utoipa::path(get, path = "/readyz", tag = "health", responses(
    (status = 200, description = "ready", body = Ready),
    (status = 503, description = "database unreachable, or its schema is not this server's", body = crate::problem::ProblemBody, content_type = "application/problem+json"),
))]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Ready>, ApiError> {
    let unavailable = || {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::ServiceUnavailable,
        )
    };
    let readiness = state.app.readiness().await.map_err(|e| {
        tracing::warn!(error = %e, "database not ready");
        unavailable()
    })?;
    let schema = &readiness.schema;
    if !schema.unknown.is_empty() {
        tracing::warn!(unknown = ?schema.unknown, "the database's schema is newer than this server's");
        return Err(
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, ErrorCode::SchemaNewer)
                .arg("migrations", schema.unknown.join(", ")),
        );
    }
    if !schema.pending.is_empty() {
        tracing::warn!(pending = ?schema.pending, "migrations not applied");
        return Err(unavailable());
    }
    Ok(Json(Ready {
        status: "ready",
        database: readiness.backend,
        sqlite_synchronous: readiness.sqlite_sync.map(bitext_app::SqliteSync::as_str),
        schema: Schema {
            migrations: schema.applied.len(),
            latest: schema.latest().map(str::to_owned),
        },
        memory_waiting: readiness.memory_waiting,
        search_waiting: readiness.search_waiting,
    }))
}

/// Liveness, readiness and metrics.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(crate::metrics::serve))
}
