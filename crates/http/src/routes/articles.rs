//! Source articles: create, list, read, revise, history and diffs.

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_domain::{Role, Slug, State as WorkflowState};
use bitext_store::articles::ArticleFilter;

use crate::{
    AppState,
    error::{ApiError, ApiResult},
    extract::{Auth, CallerLocale, IfMatch, JsonBody, PageQuery, RequestId, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{diff, etag_header, language, new_revision},
    views::{
        ArticleList, ArticleSummary, ArticleView, CreateArticle, NewArticleRevision, RevisionList,
        RevisionView, direction,
    },
};

const SOURCE_DESK: &[Role] = &[Role::Editor, Role::Admin];

/// Filters for `GET /api/v1/articles`.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArticleQuery {
    /// Only articles in this source language.
    pub language: Option<String>,
    /// Only articles with a translation in this state.
    pub state: Option<String>,
    /// Only articles with (`true`) or without (`false`) an outdated translation.
    pub outdated: Option<bool>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Creates an article with its first revision.
#[utoipa::path(post, path = "/api/v1/articles", tag = "articles",
    request_body = CreateArticle,
    responses(
        (status = 201, description = "created", body = ArticleView, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "slug taken", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    request_id: RequestId,
    JsonBody(input): JsonBody<CreateArticle>,
) -> ApiResult<Response> {
    auth.require(SOURCE_DESK)?;
    let slug = Slug::parse(&input.slug)?;
    let lang = language(&input.language)?;
    let rev = new_revision(&input.title, &input.body, input.message)?;
    let (article, revision) = state
        .store
        .create_article(
            &auth.context(&request_id),
            slug.as_str(),
            lang.as_str(),
            rev,
        )
        .await?;
    let location = format!("/api/v1/articles/{}", article.slug);
    let head = article.head;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location), etag_header(head)[0].clone()],
        Json(ArticleView::new(article, revision, &[])),
    )
        .into_response())
}

/// Lists articles, oldest first.
#[utoipa::path(get, path = "/api/v1/articles", tag = "articles",
    params(ArticleQuery),
    responses(
        (status = 200, description = "a page of articles", body = ArticleList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid filter", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    _auth: Auth,
    ValidQuery(q): ValidQuery<ArticleQuery>,
) -> ApiResult<Json<ArticleList>> {
    let (limit, after) = PageQuery {
        limit: q.limit,
        cursor: q.cursor,
    }
    .parse()?;
    let filter = ArticleFilter {
        language: q
            .language
            .as_deref()
            .map(language)
            .transpose()?
            .map(|l| l.as_str().to_owned()),
        state: q
            .state
            .as_deref()
            .map(|s| {
                s.parse::<WorkflowState>()
                    .map_err(|_| ApiError::invalid_query(format!("unknown state {s:?}")))
            })
            .transpose()?,
        outdated: q.outdated,
    };
    let page = state.store.list_articles(&filter, limit, after).await?;
    let mut titles = state.store.head_titles(&page.items).await?;
    let items = page
        .items
        .into_iter()
        .map(|a| ArticleSummary {
            direction: direction(&a.language),
            title: titles.remove(&a.id).unwrap_or_default(),
            slug: a.slug,
            language: a.language,
            head: a.head,
            created_at: a.created_at,
            updated_at: a.updated_at,
        })
        .collect();
    Ok(Json(ArticleList {
        items,
        next_cursor: page.next_cursor,
    }))
}

/// An article with its head revision and its translations.
#[utoipa::path(get, path = "/api/v1/articles/{slug}", tag = "articles",
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "the article", body = ArticleView, headers(("ETag" = String))),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath(slug): ValidPath<String>,
) -> ApiResult<Response> {
    let article = state.store.article(&slug).await?;
    let head = state.store.article_revision(&slug, article.head).await?;
    let translations = state.store.translations_of(&slug).await?;
    let etag = etag_header(article.head);
    Ok((etag, Json(ArticleView::new(article, head, &translations))).into_response())
}

/// Adds a source revision; needs `If-Match` with the head it was based on.
#[utoipa::path(post, path = "/api/v1/articles/{slug}/revisions", tag = "articles",
    params(("slug" = String, Path), ("If-Match" = String, Header, description = "the ETag of the head this revision is based on")),
    request_body = NewArticleRevision,
    responses(
        (status = 201, description = "created", body = RevisionView, headers(("ETag" = String), ("Location" = String))),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "role not allowed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article", body = ProblemBody, content_type = "application/problem+json"),
        (status = 412, description = "stale base", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = ProblemBody, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn revise(
    State(state): State<AppState>,
    auth: Auth,
    request_id: RequestId,
    ValidPath(slug): ValidPath<String>,
    IfMatch(base): IfMatch,
    JsonBody(input): JsonBody<NewArticleRevision>,
) -> ApiResult<Response> {
    auth.require(SOURCE_DESK)?;
    let mut rev = new_revision(&input.title, &input.body, input.message)?;
    rev.minor = input.minor.unwrap_or(false);
    let (article, revision) = state
        .store
        .add_article_revision(&auth.context(&request_id), &slug, base, rev)
        .await?;
    let location = format!(
        "/api/v1/articles/{}/revisions/{}",
        article.slug, revision.number
    );
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            etag_header(revision.number)[0].clone(),
        ],
        Json(RevisionView::from(revision)),
    )
        .into_response())
}

/// An article's history, oldest first, without bodies.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/revisions", tag = "articles",
    params(("slug" = String, Path), PageQuery),
    responses(
        (status = 200, description = "a page of revisions", body = RevisionList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn history(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath(slug): ValidPath<String>,
    ValidQuery(page): ValidQuery<PageQuery>,
) -> ApiResult<Json<RevisionList>> {
    let (limit, after) = page.parse()?;
    let page = state
        .store
        .list_article_revisions(&slug, limit, after)
        .await?;
    Ok(Json(RevisionList {
        items: page.items.into_iter().map(Into::into).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// One source revision.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/revisions/{number}", tag = "articles",
    params(("slug" = String, Path), ("number" = i32, Path, minimum = 1)),
    responses(
        (status = 200, description = "the revision", body = RevisionView),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article or revision", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn revision(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, number)): ValidPath<(String, i32)>,
) -> ApiResult<Json<RevisionView>> {
    let r = state.store.article_revision(&slug, number).await?;
    Ok(Json(r.into()))
}

/// The diff between two source revisions.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/diff", tag = "articles",
    params(("slug" = String, Path), diff::DiffQuery),
    responses(
        (status = 200, description = "the diff", content(
            (crate::openapi::DiffDoc = "application/json"),
            (String = "text/x-diff"),
            (String = "text/html"),
        )),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such article", body = ProblemBody, content_type = "application/problem+json"),
        (status = 406, description = "no acceptable format", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "revision out of range", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn diff(
    State(state): State<AppState>,
    _auth: Auth,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath(slug): ValidPath<String>,
    ValidQuery(q): ValidQuery<diff::DiffQuery>,
) -> ApiResult<Response> {
    let format = diff::negotiate(&headers)?;
    let article = state.store.article(&slug).await?;
    let (from, to) = diff::range(&q, article.head)?;
    let old = state.store.article_revision(&slug, from).await?;
    let new = state.store.article_revision(&slug, to).await?;
    Ok(diff::render(format, &locale, &slug, &old, &new))
}
