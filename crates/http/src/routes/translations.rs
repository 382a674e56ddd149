//! Translations: create, read, revise, history, diffs, the source diff and the audit trail.

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_app::translations::Since;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::{
        CreateTranslation, EventList, NewTranslationRevision, RevisionList, RevisionView,
        TranslationView,
    },
    error::ApiResult,
    extract::{Auth, CallerLocale, IfMatch, JsonBody, PageQuery, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{content, diff, etag_header, language, slug},
};

/// Starts a translation in `draft`, pinned to the article's head.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations", tag = "translations",
    params(("slug" = String, Path)),
    request_body = CreateTranslation,
    responses(
        (status = 201, description = "created", body = TranslationView, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "translation exists", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath(slug): ValidPath<String>,
    JsonBody(input): JsonBody<CreateTranslation>,
) -> ApiResult<Response> {
    let slug = self::slug(&slug)?;
    let lang = language(&input.language)?;
    let content = content(&input.title, &input.body, input.message.as_deref())?;
    let created = state
        .app
        .create_translation(&actor, &slug, &lang, content)
        .await?;
    let t = &created.translation;
    let location = format!("/api/v1/articles/{}/translations/{}", t.slug, t.language);
    let etag = etag_header(t.head)[0].clone();
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location), etag],
        Json(TranslationView::from(created)),
    )
        .into_response())
}

/// A translation: state, head, source revision, outdated, approval.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path)),
    responses(
        (status = 200, description = "the translation", body = TranslationView, headers(("ETag" = String))),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    let detail = state
        .app
        .translation(&self::slug(&slug)?, &language(&lang)?)
        .await?;
    let etag = etag_header(detail.translation.head);
    Ok((etag, Json(TranslationView::from(detail))).into_response())
}

/// Adds a translation revision; needs `If-Match` with the head it was based on.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/revisions", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path), ("If-Match" = String, Header, description = "the ETag of the head this revision is based on")),
    request_body = NewTranslationRevision,
    responses(
        (status = 201, description = "created", body = RevisionView, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "not allowed in this state", body = ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "stale base", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn revise(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    IfMatch(base): IfMatch,
    JsonBody(input): JsonBody<NewTranslationRevision>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let content = content(&input.title, &input.body, input.message.as_deref())?;
    let revised = state
        .app
        .revise_translation(&actor, &slug, &lang, base, content, input.source_revision)
        .await?;
    let (t, r) = (revised.document, revised.revision);
    let location = format!(
        "/api/v1/articles/{}/translations/{}/revisions/{}",
        t.slug, t.language, r.number
    );
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            etag_header(r.number)[0].clone(),
        ],
        Json(RevisionView::from(r)),
    )
        .into_response())
}

/// A translation's history, oldest first, without bodies.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/revisions", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path), PageQuery),
    responses(
        (status = 200, description = "a page of revisions", body = RevisionList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn history(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(page): ValidQuery<PageQuery>,
) -> ApiResult<Json<RevisionList>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let (limit, after) = page.parse()?;
    let page = state
        .app
        .translation_history(&slug, &lang, limit, after)
        .await?;
    Ok(Json(RevisionList {
        items: page.items.into_iter().map(Into::into).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// One translation revision.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/revisions/{number}", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path), ("number" = i32, Path, minimum = 1)),
    responses(
        (status = 200, description = "the revision", body = RevisionView),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation or revision", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn revision(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, lang, number)): ValidPath<(String, String, i32)>,
) -> ApiResult<Json<RevisionView>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let r = state.app.translation_revision(&slug, &lang, number).await?;
    Ok(Json(r.into()))
}

/// The diff between two translation revisions.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/diff", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path), diff::DiffQuery),
    responses(
        (status = 200, description = "the diff", content(
            (crate::routes::diff::DiffView = "application/json"),
            (String = "text/x-diff"),
            (String = "text/html"),
        )),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 406, description = "no acceptable format", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "revision out of range", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn diff(
    State(state): State<AppState>,
    Auth(actor): Auth,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<diff::DiffQuery>,
) -> ApiResult<Response> {
    let format = diff::negotiate(&headers)?;
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let (since, to): (Option<Since>, _) = (diff::since(&q)?, diff::to(&q)?);
    let comparison = state
        .app
        .translation_comparison(&actor, &slug, &lang, since, to)
        .await?;
    let label = format!("{slug}/{lang}");
    Ok(diff::render(format, &locale, &label, &comparison))
}

/// What changed in the source since the revision this translation renders: the cumulative diff
/// from that source revision to the article's head.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/source-diff", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path)),
    responses(
        (status = 200, description = "the source diff", content(
            (crate::routes::diff::DiffView = "application/json"),
            (String = "text/x-diff"),
            (String = "text/html"),
        )),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 406, description = "no acceptable format", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn source_diff(
    State(state): State<AppState>,
    _auth: Auth,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    let format = diff::negotiate(&headers)?;
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let comparison = state.app.source_comparison(&slug, &lang).await?;
    Ok(diff::render(format, &locale, slug.as_str(), &comparison))
}

/// A translation's audit trail, oldest first.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/events", tag = "translations",
    params(("slug" = String, Path), ("lang" = String, Path), PageQuery),
    responses(
        (status = 200, description = "a page of events", body = EventList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn events(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(page): ValidQuery<PageQuery>,
) -> ApiResult<Json<EventList>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let (limit, after) = page.parse()?;
    let page = state
        .app
        .translation_events(&slug, &lang, limit, after)
        .await?;
    Ok(Json(EventList {
        items: page.items.into_iter().map(Into::into).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// `/api/v1/articles/{slug}/translations…`: documents, revisions, diffs and events.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create))
        .routes(routes!(get))
        .routes(routes!(revise, history))
        .routes(routes!(revision))
        .routes(routes!(diff))
        .routes(routes!(source_diff))
        .routes(routes!(events))
}
