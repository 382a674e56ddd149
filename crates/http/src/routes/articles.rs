//! Source articles: create, list, read, revise, history and diffs.

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_app::{ArticleFilter, articles::NewArticle};
use bitext_domain::Slug;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::{
        ArticleList, ArticleSummary, ArticleView, CreateArticle, NewArticleRevision, RevisionList,
        RevisionView, direction,
    },
    error::ApiResult,
    extract::{Auth, CallerLocale, IfMatch, JsonBody, PageQuery, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{content, diff, etag_header, language, slug, state as workflow_state},
};

/// Filters for `GET /api/v1/articles`.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArticleQuery {
    /// Only articles written in this language: the source language only, never the languages
    /// they are translated into (for those, see `translation_language`).
    pub language: Option<String>,
    /// Only articles that have a translation into this language; `state` and `outdated` then
    /// look at that translation only.
    pub translation_language: Option<String>,
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
    Auth(actor): Auth,
    JsonBody(input): JsonBody<CreateArticle>,
) -> ApiResult<Response> {
    let input = NewArticle {
        slug: Slug::parse(&input.slug)?,
        language: language(&input.language)?,
        content: content(&input.title, &input.body, input.message.as_deref())?,
    };
    let created = state.app.create_article(&actor, input).await?;
    let location = format!("/api/v1/articles/{}", created.article.slug);
    let head = created.article.head;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location), etag_header(head)[0].clone()],
        Json(ArticleView::from(created)),
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
    let tag = |t: Option<&str>| -> ApiResult<Option<String>> {
        Ok(t.map(language).transpose()?.map(|l| l.as_str().to_owned()))
    };
    let filter = ArticleFilter {
        language: tag(q.language.as_deref())?,
        translation_language: tag(q.translation_language.as_deref())?,
        state: q.state.as_deref().map(workflow_state).transpose()?,
        outdated: q.outdated,
    };
    let page = state.app.list_articles(&filter, limit, after).await?;
    let items = page
        .items
        .into_iter()
        .map(|s| (s.article, s.title))
        .map(|(a, title)| ArticleSummary {
            direction: direction(&a.language),
            title,
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
        (status = 422, description = "invalid slug or language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath(slug): ValidPath<String>,
) -> ApiResult<Response> {
    let detail = state.app.article(&self::slug(&slug)?).await?;
    let etag = etag_header(detail.article.head);
    Ok((etag, Json(ArticleView::from(detail))).into_response())
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
    Auth(actor): Auth,
    ValidPath(slug): ValidPath<String>,
    IfMatch(base): IfMatch,
    JsonBody(input): JsonBody<NewArticleRevision>,
) -> ApiResult<Response> {
    let slug = self::slug(&slug)?;
    let content = content(&input.title, &input.body, input.message.as_deref())?;
    let minor = input.minor.unwrap_or(false);
    let revised = state
        .app
        .revise_article(&actor, &slug, base, content, minor)
        .await?;
    let revision = revised.revision;
    let location = format!(
        "/api/v1/articles/{}/revisions/{}",
        revised.document.slug, revision.number
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
        (status = 422, description = "invalid slug or language tag", body = ProblemBody, content_type = "application/problem+json"),
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
        .app
        .article_history(&self::slug(&slug)?, limit, after)
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
        (status = 422, description = "invalid slug or language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn revision(
    State(state): State<AppState>,
    _auth: Auth,
    ValidPath((slug, number)): ValidPath<(String, i32)>,
) -> ApiResult<Json<RevisionView>> {
    let r = state
        .app
        .article_revision(&self::slug(&slug)?, number)
        .await?;
    Ok(Json(r.into()))
}

/// The diff between two source revisions.
#[utoipa::path(get, path = "/api/v1/articles/{slug}/diff", tag = "articles",
    params(("slug" = String, Path), diff::DiffQuery),
    responses(
        (status = 200, description = "the diff", content(
            (crate::routes::diff::DiffView = "application/json"),
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
    let slug = self::slug(&slug)?;
    let (from, to) = (diff::from_number(&q)?, diff::to(&q)?);
    let comparison = state.app.article_comparison(&slug, from, to).await?;
    Ok(diff::render(format, &locale, slug.as_str(), &comparison))
}

/// `/api/v1/articles…` except translations.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(get))
        .routes(routes!(revise, history))
        .routes(routes!(revision))
        .routes(routes!(diff))
}
