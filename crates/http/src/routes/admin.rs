//! Administration over HTTP: webhook subscribers and their delivery attempts.

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse, response::Response};
use bitext_domain::{WebhookSecret, WebhookUrl};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    error::ApiResult,
    extract::{Auth, JsonBody, ValidPath},
    problem::ProblemBody,
};

/// `POST /api/v1/webhooks`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// Where to POST events: an `http` or `https` URL.
    pub url: String,
    /// The HMAC-SHA256 signing secret (generated when left out).
    pub secret: Option<String>,
}

/// A subscriber; `secret` is shown only when it is created.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookView {
    pub id: i64,
    pub url: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub secret: Option<String>,
}

/// Every subscriber.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookList {
    pub items: Vec<WebhookView>,
}

/// One attempt at a delivery.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptView {
    pub attempted_at: DateTime<Utc>,
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// A delivery and its attempts.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryView {
    pub id: i64,
    pub event: String,
    /// `pending`, `delivered`, `failed` (gave up after the last retry) or `cancelled` (the
    /// webhook was deactivated before it was sent).
    pub status: String,
    pub payload: serde_json::Value,
    pub attempts: Vec<AttemptView>,
    pub next_attempt_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// A subscriber's deliveries, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryList {
    pub items: Vec<DeliveryView>,
}

fn view(w: bitext_app::Webhook, secret: Option<String>) -> WebhookView {
    WebhookView {
        id: w.id,
        url: w.url,
        active: w.active,
        created_at: w.created_at,
        secret,
    }
}

/// Adds a webhook subscriber (admins).
#[utoipa::path(post, path = "/api/v1/webhooks", tag = "admin",
    request_body = NewWebhook,
    responses(
        (status = 201, description = "created; the secret is shown this once", body = WebhookView),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "admins only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid URL", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    JsonBody(body): JsonBody<NewWebhook>,
) -> ApiResult<Response> {
    let url = WebhookUrl::parse(&body.url)?;
    let secret = body
        .secret
        .as_deref()
        .map(WebhookSecret::parse)
        .transpose()?;
    let (w, secret) = state.app.create_webhook(&actor, &url, secret).await?;
    Ok((StatusCode::CREATED, Json(view(w, Some(secret)))).into_response())
}

/// Lists webhook subscribers (admins).
#[utoipa::path(get, path = "/api/v1/webhooks", tag = "admin",
    responses(
        (status = 200, description = "the subscribers", body = WebhookList),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "admins only", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> ApiResult<Json<WebhookList>> {
    let items = state.app.webhooks(&actor).await?;
    Ok(Json(WebhookList {
        items: items.into_iter().map(|w| view(w, None)).collect(),
    }))
}

/// Stops deliveries to a subscriber; its history stays readable (admins).
#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "admin",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "deactivated", body = WebhookView),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "admins only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such webhook", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn deactivate(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath(id): ValidPath<i64>,
) -> ApiResult<Json<WebhookView>> {
    let w = state.app.deactivate_webhook(&actor, id).await?;
    Ok(Json(view(w, None)))
}

/// A subscriber's deliveries with every attempt (admins).
#[utoipa::path(get, path = "/api/v1/webhooks/{id}/deliveries", tag = "admin",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "the deliveries, newest first", body = DeliveryList),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "admins only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such webhook", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn deliveries(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath(id): ValidPath<i64>,
) -> ApiResult<Json<DeliveryList>> {
    let items = state.app.deliveries(&actor, id, 100).await?;
    Ok(Json(DeliveryList {
        items: items
            .into_iter()
            .map(|d| DeliveryView {
                id: d.id,
                event: d.event,
                status: d.status,
                payload: serde_json::from_str(&d.payload).unwrap_or(serde_json::Value::Null),
                attempts: d
                    .attempts
                    .into_iter()
                    .map(|a| AttemptView {
                        attempted_at: a.attempted_at,
                        status_code: a.status_code,
                        error: a.error,
                        duration_ms: a.duration_ms,
                    })
                    .collect(),
                next_attempt_at: d.next_attempt_at,
                delivered_at: d.delivered_at,
                created_at: d.created_at,
            })
            .collect(),
    }))
}

/// `/api/v1/webhooks…`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(deactivate))
        .routes(routes!(deliveries))
}
