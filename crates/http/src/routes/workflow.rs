//! The editorial workflow: actions on a translation, refreshing a published edition's source
//! text, review comments, and the review queue.

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse, response::Response};
use bitext_app::{ActionInput, NewComment};
use bitext_domain::CreditText;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::TranslationView,
    dto::published::EditionView,
    dto::workflow::{ActionBody, CommentList, CommentView, NewCommentBody, QueueList},
    error::ApiResult,
    extract::{Auth, JsonBody, PageQuery, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{etag_header, language, slug},
};

/// Applies a workflow action: submit, approve, request_changes, publish, withdraw or reopen.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/actions", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path)),
    request_body = ActionBody,
    responses(
        (status = 200, description = "applied; the translation as it now stands", body = TranslationView, headers(("ETag" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed, or no second pair of eyes", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "not allowed in this state, not the head, outdated, or review threads open", body = ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "the translation changed meanwhile", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field or missing reason", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn act(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    JsonBody(body): JsonBody<ActionBody>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let input = ActionInput {
        action: body.action.into(),
        revision: body.revision,
        comment: body.comment,
        correction_note: body.correction_note,
        acknowledge_outdated: body.acknowledge_outdated.unwrap_or(false),
        acknowledge_open_threads: body.acknowledge_open_threads.unwrap_or(false),
    };
    let detail = state.app.act(&actor, &slug, &lang, &input).await?;
    let etag = etag_header(detail.translation.head);
    Ok((etag, Json(TranslationView::from(detail))).into_response())
}

/// Refreshes the original's text of a published translation (publishers): a new, minor
/// edition of the same translation revision with the original at its newest revision, shown to
/// readers without a correction notice and not announced by the feeds (webhooks get
/// `edition.refreshed`). Allowed only when every revision of the original since the current
/// edition is minor; a change that is not needs the translation to go through the workflow.
/// Nothing to refresh (the edition already shows the original's newest text) is a conflict
/// too, `refresh-unchanged`: the request is well formed, the translation's state refuses it.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/refresh", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path)),
    responses(
        (status = 201, description = "the new edition", body = EditionView, headers(("Location" = String, description = "the edition's published JSON"))),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "publishers only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation, or never published", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "refresh-not-published (withdrawn, or a correction under way), refresh-not-minor (the original changed by a revision that is not minor) or refresh-unchanged (nothing to refresh)", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid slug or language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn refresh(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let edition = state.app.refresh_edition(&actor, &slug, &lang).await?;
    let location = format!(
        "/api/v1/published/{}/{}?edition={}",
        slug.as_str(),
        lang.as_str(),
        edition.number
    );
    Ok((
        StatusCode::CREATED,
        [(axum::http::header::LOCATION, location)],
        Json(EditionView::from(edition)),
    )
        .into_response())
}

/// `POST …/translations/{lang}/credits`
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditsBody {
    /// The credit text that replaces the generated line in the next editions; `null` goes back
    /// to the generated line.
    pub text: Option<String>,
}

/// Overrides the credit line of the next editions (editors); recorded in the audit trail.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/credits", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path)),
    request_body = CreditsBody,
    responses(
        (status = 204, description = "recorded"),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "editors only", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn credits(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    JsonBody(body): JsonBody<CreditsBody>,
) -> ApiResult<StatusCode> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let text = body.text.as_deref().map(CreditText::parse).transpose()?;
    state
        .app
        .set_credits(&actor, &slug, &lang, text.flatten())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `?revision=`: the revision to read the comments against (default: the head); `limit` and
/// `cursor` page through them.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommentQuery {
    #[param(minimum = 1)]
    pub revision: Option<i32>,
    /// How many comments, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A translation's review comments, with anchors followed to the revision read.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/translations/{lang}/comments", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path), CommentQuery),
    responses(
        (status = 200, description = "the comments, oldest first", body = CommentList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid revision or language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn comments(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<CommentQuery>,
) -> ApiResult<Json<CommentList>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let (limit, after) = PageQuery {
        limit: q.limit,
        cursor: q.cursor,
    }
    .parse()?;
    let page = state
        .app
        .comments(&slug, &lang, q.revision, limit, after)
        .await?;
    Ok(Json(CommentList {
        items: page.items.into_iter().map(Into::into).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// Comments on a revision, optionally on a paragraph and a quoted span, or answers a comment.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/comments", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path)),
    request_body = NewCommentBody,
    responses(
        (status = 201, description = "created", body = CommentView),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such translation", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn add_comment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    JsonBody(body): JsonBody<NewCommentBody>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let c = state
        .app
        .add_comment(
            &actor,
            &slug,
            &lang,
            NewComment {
                revision: body.revision,
                paragraph: body.paragraph,
                quote: body.quote,
                body: body.body,
                parent_id: body.parent_id,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(CommentView::from(c))).into_response())
}

async fn set_resolved(
    state: AppState,
    Auth(actor): Auth,
    (slug, lang, id): (String, String, i64),
    resolved: bool,
) -> ApiResult<Json<CommentView>> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let c = state
        .app
        .set_comment_resolved(&actor, &slug, &lang, id, resolved)
        .await?;
    Ok(Json(c.into()))
}

/// Resolves a comment thread.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/comments/{id}/resolve", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path), ("id" = i64, Path)),
    responses(
        (status = 200, description = "resolved", body = CommentView),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such comment", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn resolve(
    State(state): State<AppState>,
    auth: Auth,
    ValidPath(path): ValidPath<(String, String, i64)>,
) -> ApiResult<Json<CommentView>> {
    set_resolved(state, auth, path, true).await
}

/// Reopens a resolved comment thread.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/translations/{lang}/comments/{id}/reopen", tag = "workflow",
    params(("slug" = String, Path), ("lang" = String, Path), ("id" = i64, Path)),
    responses(
        (status = 200, description = "reopened", body = CommentView),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such comment", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn reopen(
    State(state): State<AppState>,
    auth: Auth,
    ValidPath(path): ValidPath<(String, String, i64)>,
) -> ApiResult<Json<CommentView>> {
    set_resolved(state, auth, path, false).await
}

/// `?language=&limit=` for the review queue.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// Only translations into this language.
    pub language: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
}

/// What waits for the caller, oldest first: editors see translations in review, translators
/// the ones sent back to them.
#[utoipa::path(get, path = "/api/v1/review-queue", tag = "workflow",
    params(QueueQuery),
    responses(
        (status = 200, description = "the queue", body = QueueList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn queue(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(q): ValidQuery<QueueQuery>,
) -> ApiResult<Json<QueueList>> {
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(crate::error::ApiError::invalid_query(
            "limit",
            &limit.to_string(),
        ));
    }
    let lang = q.language.as_deref().map(language).transpose()?;
    let items = state.app.review_queue(&actor, lang.as_ref(), limit).await?;
    Ok(Json(QueueList {
        items: items.into_iter().map(Into::into).collect(),
    }))
}

/// Actions, credits, comments and the review queue.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(act))
        .routes(routes!(refresh))
        .routes(routes!(credits))
        .routes(routes!(comments, add_comment))
        .routes(routes!(resolve))
        .routes(routes!(reopen))
        .routes(routes!(queue))
}
