//! The quality checks of a translation: the findings on a revision, and dismissing one.

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse, response::Response};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::checks::{ChecksView, DismissBody, DismissalView},
    error::ApiResult,
    extract::{Auth, CallerLocale, JsonBody, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{language, slug},
};

/// `?revision=`: the translation revision to check (default: the head).
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChecksQuery {
    #[param(minimum = 1)]
    pub revision: Option<i32>,
}

/// The quality checks of a translation revision against the source revision it renders:
/// figures, untranslated text, alignment, punctuation, names and glossary terms. Each finding
/// has a stable id, its paragraph, the spans in both texts, a message in the caller's language,
/// and its dismissal if an editor dismissed it.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/checks", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path), ChecksQuery),
    responses(
        (status = 200, description = "the findings, in paragraph order", body = ChecksView),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation or revision", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid slug or language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn checks(
    State(state): State<AppState>,
    _auth: Auth,
    CallerLocale(locale): CallerLocale,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<ChecksQuery>,
) -> ApiResult<Json<ChecksView>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let checks = state.app.checks(&slug, &lang, q.revision).await?;
    Ok(Json(ChecksView::new(checks, &locale)))
}

/// Dismisses a finding with a reason (editors), recorded as an event. The dismissal holds on
/// later revisions while the same finding recurs on the same paragraph text; an error-level
/// finding dismissed no longer holds approval back.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/checks/dismissals", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path)),
    request_body = DismissBody,
    responses(
        (status = 201, description = "dismissed", body = DismissalView),
        (status = 200, description = "dismissed before: the first dismissal", body = DismissalView),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation, revision or finding", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "no reason, or an invalid field", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn dismiss(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    JsonBody(body): JsonBody<DismissBody>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let (dismissal, new) = state
        .app
        .dismiss_finding(
            &actor,
            &slug,
            &lang,
            body.revision,
            &body.finding,
            &body.reason,
        )
        .await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(DismissalView::from(dismissal))).into_response())
}

/// The checks and their dismissals.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(checks))
        .routes(routes!(dismiss))
}
