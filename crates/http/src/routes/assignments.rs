//! Who a translation belongs to: a translator claims one that no one holds, an editor assigns
//! it to someone or to no one.

use axum::{Json, extract::State, response::IntoResponse, response::Response};
use bitext_domain::Translation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::{PersonView, direction},
    error::ApiResult,
    extract::{Auth, JsonBody, ValidPath},
    problem::ProblemBody,
    routes::{etag_header, language, slug},
};

/// `POST …/translations/{lang}/assign`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignBody {
    /// The user name of a translator or an editor; `null` leaves the translation to no one
    /// (a translator may then claim it). Required: leaving it out does not unassign.
    #[schema(required = true)]
    #[serde(deserialize_with = "required_nullable")]
    pub assignee: Option<String>,
}

/// A field that must be present and may be `null` (serde treats a missing `Option` field as
/// `null` unless it is deserialized with a function of its own).
fn required_nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(d)
}

/// A translation's assignee after a claim or an assignment.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentView {
    pub slug: String,
    pub language: String,
    pub direction: String,
    /// The workflow state, which changing hands leaves as it was.
    pub state: String,
    pub head: i32,
    /// Who it belongs to now (`null`: no one).
    pub assignee: Option<PersonView>,
}

fn view(t: Translation) -> Response {
    let etag = etag_header(t.head);
    let body = AssignmentView {
        direction: direction(&t.language),
        slug: t.slug,
        language: t.language,
        state: t.state.as_str().to_owned(),
        head: t.head,
        assignee: t.assignee.map(Into::into),
    };
    (etag, Json(body)).into_response()
}

/// Takes a translation that no one holds (translators); taking one you hold changes nothing.
/// Recorded in the audit trail as `translation.claim`.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/claim", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path)),
    responses(
        (status = 200, description = "yours now", body = AssignmentView, headers(("ETag" = String))),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "translators only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "someone else holds it, or it is withdrawn", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn claim(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    Ok(view(state.app.claim(&actor, &slug, &lang).await?))
}

/// Gives a translation to a translator or an editor, or to no one (editors). Recorded in the
/// audit trail as `translation.assign`, with who held it before and who holds it now.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/assign", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path)),
    request_body = AssignBody,
    responses(
        (status = 200, description = "assigned", body = AssignmentView, headers(("ETag" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "editors only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "withdrawn", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "no translator or editor of that name", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn assign(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    JsonBody(body): JsonBody<AssignBody>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let t = state
        .app
        .assign(&actor, &slug, &lang, body.assignee.as_deref())
        .await?;
    Ok(view(t))
}

/// `…/translations/{lang}/claim` and `…/assign`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(claim))
        .routes(routes!(assign))
}
