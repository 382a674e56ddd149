//! The translation memory: suggestions for a source paragraph of a translation or for any
//! text, and concordance searches.

use axum::{
    Json,
    body::Body,
    extract::{FromRequest, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_app::memory::{ExportFilter, Side};
use bitext_domain::ErrorCode;
use bitext_i18n::{Arg, Localizer};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::memory::{
        ConcordanceView, LookupBody, LookupView, MemoryImportView, ParagraphSuggestionsView,
        SkippedView,
    },
    error::{ApiError, ApiResult},
    extract::{Auth, CallerLocale, JsonBody, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{language, slug},
};

/// `?paragraph=`: the source paragraph, counted from 0.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestionsQuery {
    #[param(minimum = 0)]
    pub paragraph: usize,
}

/// Suggestions from the translation memory for one paragraph of the article's current source:
/// up to five remembered units, best first, each with its score, where it came from and the
/// diff between the remembered source and this paragraph. A paragraph unchanged since it was
/// approved in an earlier revision of this translation comes first, as a carry-over.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/suggestions", tag = "memory",
    params(("slug" = String, Path), ("lang" = String, Path), SuggestionsQuery),
    responses(
        (status = 200, description = "the paragraph and its suggestions", body = ParagraphSuggestionsView),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation or paragraph", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid slug or language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn suggestions(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<SuggestionsQuery>,
) -> ApiResult<Json<ParagraphSuggestionsView>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let found = state
        .app
        .suggestions(&actor, &slug, &lang, q.paragraph)
        .await?;
    Ok(Json(found.into()))
}

/// Looks any text up in the translation memory: up to five remembered units of the language
/// pair, best first (a score of 50 or more), with the diff from each remembered source to the
/// text.
#[utoipa::path(post, path = "/api/v1/tm/lookup", tag = "memory",
    request_body = LookupBody,
    responses(
        (status = 200, description = "the suggestions", body = LookupView),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "an invalid language tag, or an empty or too long text", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn lookup(
    State(state): State<AppState>,
    Auth(actor): Auth,
    JsonBody(body): JsonBody<LookupBody>,
) -> ApiResult<Json<LookupView>> {
    let (source, target) = (
        language(&body.source_language)?,
        language(&body.target_language)?,
    );
    let found = state
        .app
        .memory_lookup(&actor, &source, &target, &body.text)
        .await?;
    Ok(Json(LookupView {
        suggestions: found.into_iter().map(Into::into).collect(),
    }))
}

/// `?source_language=&target_language=&q=&side=&limit=`.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConcordanceQuery {
    /// The pair's source language.
    pub source_language: String,
    /// The pair's target language.
    pub target_language: String,
    /// The word or phrase to find, 1 to 200 characters; case and runs of spaces are ignored.
    pub q: String,
    /// `source` (the default) or `target`: which text of the units holds it.
    pub side: Option<String>,
    /// At most this many units (1 to 50, default 20).
    #[param(minimum = 1, maximum = 50)]
    pub limit: Option<u64>,
}

/// Concordance: remembered units of a language pair whose source (or target) text holds a
/// word or phrase, newest first. Chinese needs no spaces: 海关 finds every unit that holds it.
#[utoipa::path(get, path = "/api/v1/tm/concordance", tag = "memory",
    params(ConcordanceQuery),
    responses(
        (status = 200, description = "the units holding the term", body = ConcordanceView),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "an invalid language tag, or an empty or too long term", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn concordance(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(q): ValidQuery<ConcordanceQuery>,
) -> ApiResult<Json<ConcordanceView>> {
    let (source, target) = (language(&q.source_language)?, language(&q.target_language)?);
    let side = match q.side.as_deref() {
        None | Some("source") => Side::Source,
        Some("target") => Side::Target,
        Some(other) => return Err(ApiError::invalid_query("side", other)),
    };
    let limit = match q.limit {
        None => 20,
        Some(n @ 1..=50) => n,
        Some(n) => return Err(ApiError::invalid_query("limit", &n.to_string())),
    };
    let units = state
        .app
        .concordance(&actor, &source, &target, &q.q, side, limit)
        .await?;
    Ok(Json(ConcordanceView {
        units: units.into_iter().map(Into::into).collect(),
    }))
}

/// `?source_language=&target_language=`: only units of these languages (by primary subtag).
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    pub source_language: Option<String>,
    pub target_language: Option<String>,
}

/// The translation memory as a TMX 1.4b document (editors, admins), streamed a page at a
/// time: the memory as it stood when the request came. Each unit carries its provenance as
/// `x-bitext-*` properties.
#[utoipa::path(get, path = "/api/v1/tm/export", tag = "memory",
    params(ExportQuery),
    responses(
        (status = 200, description = "the TMX document", body = String, content_type = "application/x-tmx+xml"),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "an invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn export(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(q): ValidQuery<ExportQuery>,
) -> ApiResult<Response> {
    let tag = |t: &Option<String>| -> Result<Option<String>, ApiError> {
        t.as_deref()
            .map(|t| language(t).map(|l| l.as_str().to_owned()))
            .transpose()
    };
    let filter = ExportFilter {
        source_language: tag(&q.source_language)?,
        target_language: tag(&q.target_language)?,
    };
    let export = state.app.export_memory(&actor, filter).await?;
    let chunks = futures_util::stream::try_unfold(export, |mut export| async move {
        match export.next_chunk().await {
            Ok(Some(bytes)) => Ok(Some((bytes, export))),
            Ok(None) => Ok(None),
            Err(e) => {
                tracing::error!(error = %e, "the memory export stopped");
                Err(std::io::Error::other(e.to_string()))
            }
        }
    });
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-tmx+xml; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"memory.tmx\""),
            ),
        ],
        Body::from_stream(chunks),
    )
        .into_response())
}

/// A TMX document in the request body.
pub struct TmxFile(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for TmxFile {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let media = crate::extract::media_type(&req).unwrap_or_default();
        if !matches!(
            media.as_str(),
            "application/x-tmx+xml" | "application/xml" | "text/xml"
        ) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ));
        }
        Ok(Self(crate::extract::limited_body(req, state).await?))
    }
}

/// Imports a TMX document (TMX 1.4b, or 1.1 as older tools write it) into the translation
/// memory (editors, admins). Units the file gets wrong are skipped and reported with the line
/// of their `<tu>`; the others are imported, all in one transaction. A document that is not
/// TMX or stops early imports nothing. Pairs the memory already holds are not added twice.
#[utoipa::path(post, path = "/api/v1/tm/import", tag = "memory",
    request_body(description = "a TMX document",
        content(
            (String = "application/x-tmx+xml"),
            (String = "application/xml"),
        )),
    responses(
        (status = 200, description = "imported", body = MemoryImportView),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not a TMX document", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "not TMX, or cut short (the line is named); nothing imported", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn import(
    State(state): State<AppState>,
    Auth(actor): Auth,
    CallerLocale(locale): CallerLocale,
    TmxFile(bytes): TmxFile,
) -> ApiResult<Json<MemoryImportView>> {
    let report = state.app.import_memory(&actor, &bytes[..]).await?;
    let localizer = Localizer::global();
    Ok(Json(MemoryImportView {
        read: report.read,
        recorded: report.recorded,
        already: report.already,
        skipped: report
            .skipped
            .into_iter()
            .map(|s| SkippedView {
                line: s.line,
                code: s.code,
                message: localizer.format(
                    &locale,
                    s.code,
                    &[
                        ("line", Arg::from(s.line)),
                        ("detail", Arg::from(s.detail.as_str())),
                    ],
                ),
            })
            .collect(),
    }))
}

/// The translation memory's routes.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(suggestions))
        .routes(routes!(lookup))
        .routes(routes!(concordance))
        .routes(routes!(export))
        .routes(routes!(import))
}
