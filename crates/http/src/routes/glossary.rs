//! The glossary of each language pair: terms listed, searched, read, added, changed and deleted
//! (changes and deletions with `If-Match` of the version read), and the whole glossary imported
//! or exported as CSV or TBX. The pair is two BCP 47 tags in the path, canonicalized.

use axum::{
    Json,
    extract::{FromRequest, Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_app::glossary::Format;
use bitext_domain::{ErrorCode, LanguageTag};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::glossary::{ImportReport, TermInput, TermList, TermView},
    error::{ApiError, ApiResult},
    extract::{Auth, IfMatch, JsonBody, PageQuery, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{etag_header, language},
};

/// `?q=&limit=&cursor=` for a glossary's terms.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TermQuery {
    /// Only terms whose term, translation or note contains this text.
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

fn pair(source: &str, target: &str) -> ApiResult<(LanguageTag, LanguageTag)> {
    Ok((language(source)?, language(target)?))
}

/// Lists a pair's terms in the order they were added.
#[utoipa::path(get, path = "/api/v1/glossary/{source}/{target}/terms", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path), TermQuery),
    responses(
        (status = 200, description = "a page of terms", body = TermList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<TermQuery>,
) -> ApiResult<Json<TermList>> {
    let (source, target) = pair(&source, &target)?;
    let (limit, after) = PageQuery {
        limit: q.limit,
        cursor: q.cursor,
    }
    .parse()?;
    let page = state
        .app
        .glossary_terms(&actor, &source, &target, q.q.as_deref(), limit, after)
        .await?;
    Ok(Json(TermList {
        items: page.items.into_iter().map(TermView::from).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// Adds a term to a pair's glossary (editors, admins).
#[utoipa::path(post, path = "/api/v1/glossary/{source}/{target}/terms", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path)),
    request_body = TermInput,
    responses(
        (status = 201, description = "added", body = TermView, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "the pair has the term already", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field or language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target)): ValidPath<(String, String)>,
    JsonBody(input): JsonBody<TermInput>,
) -> ApiResult<Response> {
    let (source, target) = pair(&source, &target)?;
    let entry = state
        .app
        .add_glossary_term(&actor, &source, &target, input.into())
        .await?;
    let location = format!("/api/v1/glossary/{source}/{target}/terms/{}", entry.id);
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            etag_header(entry.version)[0].clone(),
        ],
        Json(TermView::from(entry)),
    )
        .into_response())
}

/// One term.
#[utoipa::path(get, path = "/api/v1/glossary/{source}/{target}/terms/{id}", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path), ("id" = i64, Path)),
    responses(
        (status = 200, description = "the term", body = TermView, headers(("ETag" = String))),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such term", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target, id)): ValidPath<(String, String, i64)>,
) -> ApiResult<Response> {
    let (source, target) = pair(&source, &target)?;
    let entry = state
        .app
        .glossary_term(&actor, &source, &target, id)
        .await?;
    Ok((etag_header(entry.version), Json(TermView::from(entry))).into_response())
}

/// Replaces a term (editors, admins); needs `If-Match` with the version it was based on.
#[utoipa::path(put, path = "/api/v1/glossary/{source}/{target}/terms/{id}", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path), ("id" = i64, Path),
        ("If-Match" = String, Header, description = "the ETag of the version this change is based on")),
    request_body = TermInput,
    responses(
        (status = 200, description = "changed", body = TermView, headers(("ETag" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such term", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "another entry has the new term", body = ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "changed since", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field or language tag", body = ProblemBody, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target, id)): ValidPath<(String, String, i64)>,
    IfMatch(base): IfMatch,
    JsonBody(input): JsonBody<TermInput>,
) -> ApiResult<Response> {
    let (source, target) = pair(&source, &target)?;
    let entry = state
        .app
        .update_glossary_term(&actor, &source, &target, id, &base, input.into())
        .await?;
    Ok((etag_header(entry.version), Json(TermView::from(entry))).into_response())
}

/// Deletes a term (editors, admins); needs `If-Match` with the version last read.
#[utoipa::path(delete, path = "/api/v1/glossary/{source}/{target}/terms/{id}", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path), ("id" = i64, Path),
        ("If-Match" = String, Header, description = "the ETag of the version last read")),
    responses(
        (status = 204, description = "deleted"),
        (status = 400, description = "bad path or If-Match", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such term", body = ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "changed since", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target, id)): ValidPath<(String, String, i64)>,
    IfMatch(base): IfMatch,
) -> ApiResult<StatusCode> {
    let (source, target) = pair(&source, &target)?;
    state
        .app
        .delete_glossary_term(&actor, &source, &target, id, Some(&base))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A glossary file in the request body: its format from `Content-Type`, its text UTF-8.
pub struct GlossaryFile(pub Format, pub String);

impl<S: Send + Sync> FromRequest<S> for GlossaryFile {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let media = crate::extract::media_type(&req).unwrap_or_default();
        let format = match media.as_str() {
            "text/csv" => Format::Csv,
            "application/x-tbx" | "application/tbx+xml" | "application/xml" | "text/xml" => {
                Format::Tbx
            }
            _ => {
                return Err(ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode::UnsupportedMediaType,
                ));
            }
        };
        let bytes = crate::extract::limited_body(req, state).await?;
        let text = String::from_utf8(bytes.to_vec())
            .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidUtf8))?;
        Ok(Self(format, text))
    }
}

/// Imports a CSV or TBX file into a pair's glossary (editors, admins), all or nothing: a term
/// the glossary has is replaced, the others added.
#[utoipa::path(post, path = "/api/v1/glossary/{source}/{target}/import", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path)),
    request_body(description = "CSV (header term,translation,variants,forbidden,note; lists separated by |) or TBX (TBX-Basic or TBX 2019)",
        content(
            (String = "text/csv"),
            (String = "application/x-tbx"),
            (String = "application/xml"),
        )),
    responses(
        (status = 200, description = "imported", body = ImportReport),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "neither CSV nor TBX", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "a bad line (named); nothing imported", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn import(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target)): ValidPath<(String, String)>,
    GlossaryFile(format, text): GlossaryFile,
) -> ApiResult<Json<ImportReport>> {
    let (source, target) = pair(&source, &target)?;
    let done = state
        .app
        .import_glossary(&actor, &source, &target, format, &text)
        .await?;
    Ok(Json(done.into()))
}

async fn export(
    state: &AppState,
    actor: &bitext_app::Actor,
    source: &str,
    target: &str,
    format: Format,
) -> ApiResult<Response> {
    let (source, target) = pair(source, target)?;
    let text = state
        .app
        .export_glossary(actor, &source, &target, format)
        .await?;
    let (media, extension) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::Tbx => ("application/x-tbx; charset=utf-8", "tbx"),
    };
    let disposition = format!("attachment; filename=\"glossary-{source}-{target}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, media.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        text,
    )
        .into_response())
}

/// A pair's whole glossary as CSV.
#[utoipa::path(get, path = "/api/v1/glossary/{source}/{target}/export.csv", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path)),
    responses(
        (status = 200, description = "the glossary", body = String, content_type = "text/csv"),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn export_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    export(&state, &actor, &source, &target, Format::Csv).await
}

/// A pair's whole glossary as TBX-Basic.
#[utoipa::path(get, path = "/api/v1/glossary/{source}/{target}/export.tbx", tag = "glossary",
    params(("source" = String, Path), ("target" = String, Path)),
    responses(
        (status = 200, description = "the glossary", body = String, content_type = "application/x-tbx"),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn export_tbx(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((source, target)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    export(&state, &actor, &source, &target, Format::Tbx).await
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(get, update, delete))
        .routes(routes!(import))
        .routes(routes!(export_csv))
        .routes(routes!(export_tbx))
}
