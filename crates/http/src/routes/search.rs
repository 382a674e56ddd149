//! `GET /api/v1/search`: articles and translations whose heads hold every word of a query,
//! best first, with the hits marked in each title and snippet.

use axum::{Json, extract::State, http::StatusCode};
use bitext_app::search::SearchResult;
use bitext_app::search::{SearchFilter, SearchKind, SearchScope};
use bitext_domain::{
    Coded, LanguageTag,
    search::{SearchQuery, SearchQueryError, Segment},
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::direction,
    error::{ApiError, ApiResult},
    extract::{Auth, PageQuery, ValidQuery},
    problem::ProblemBody,
};

/// The query of `GET /api/v1/search`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to look for, at most 200 characters. Every word must occur in the title or the
    /// body; Chinese and Japanese need no spaces (`海关` finds 美国海关与边境保护局); the last
    /// word, when it ends the query, also finds longer words it begins (`bord` finds
    /// "border"). Case and width do not matter.
    pub q: Option<String>,
    /// Only documents in this language: an article's source language, a translation's own.
    pub language: Option<String>,
    /// `source` for articles only, or a translation state (`draft`, `in_review`,
    /// `changes_requested`, `approved`, `published`, `withdrawn`) for translations in it only.
    pub state: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// From `next_cursor` of the page before.
    pub cursor: Option<String>,
}

/// A piece of a title or snippet; `hit` marks the words the query matched.
#[derive(Debug, Serialize, ToSchema)]
pub struct SegmentView {
    pub text: String,
    pub hit: bool,
}

impl From<Segment> for SegmentView {
    fn from(s: Segment) -> Self {
        Self {
            text: s.text,
            hit: s.hit,
        }
    }
}

/// One matching document.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchItem {
    /// `article` (a source text) or `translation`.
    pub kind: String,
    /// The article's slug.
    pub slug: String,
    /// The document's language.
    pub language: String,
    pub direction: String,
    /// The title of the head revision, in segments.
    pub title: Vec<SegmentView>,
    /// About 160 characters of the head's body around the first hit, in segments; "…" marks
    /// text left out.
    pub snippet: Vec<SegmentView>,
    /// `source` for an article, the workflow state for a translation.
    pub state: String,
    /// When the head revision was written.
    pub updated_at: DateTime<Utc>,
    /// The document in the JSON API.
    pub api_path: String,
    /// The document's page in the staff interface.
    pub web_path: String,
}

/// A page of search results.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchList {
    pub items: Vec<SearchItem>,
    /// The cursor of the next page; `null` on the last. At most the 300 newest matching
    /// documents are ranked.
    pub next_cursor: Option<String>,
}

impl From<SearchQueryError> for ApiError {
    fn from(err: SearchQueryError) -> Self {
        let mut e = ApiError::new(StatusCode::BAD_REQUEST, err.code());
        for (name, value) in err.args() {
            e = e.arg(name, value);
        }
        e
    }
}

/// Parses `q`, `language` and `state`.
///
/// # Errors
/// 400 for an empty or long query, a malformed language tag or an unknown state.
pub fn parse(
    q: Option<&str>,
    language: Option<&str>,
    state: Option<&str>,
) -> Result<(SearchQuery, SearchFilter), ApiError> {
    let query = SearchQuery::parse(q.unwrap_or_default())?;
    let language = match language.filter(|l| !l.is_empty()) {
        Some(tag) => Some(
            LanguageTag::parse(tag)
                .map_err(|_| ApiError::invalid_query("language", tag))?
                .as_str()
                .to_owned(),
        ),
        None => None,
    };
    let scope = match state.filter(|s| !s.is_empty()) {
        Some("source") => Some(SearchScope::Source),
        Some(name) => Some(SearchScope::Translations(
            name.parse()
                .map_err(|_| ApiError::invalid_query("state", name))?,
        )),
        None => None,
    };
    Ok((query, SearchFilter { language, scope }))
}

/// The JSON view of a result.
pub fn item(r: SearchResult) -> SearchItem {
    let (kind, api_path, web_path) = match r.kind {
        SearchKind::Article => (
            "article",
            format!("/api/v1/articles/{}", r.slug),
            format!("/articles/{}", r.slug),
        ),
        SearchKind::Translation => (
            "translation",
            format!("/api/v1/articles/{}/translations/{}", r.slug, r.language),
            format!("/articles/{}/{}", r.slug, r.language),
        ),
    };
    SearchItem {
        kind: kind.to_owned(),
        direction: direction(&r.language),
        title: r.title.into_iter().map(Into::into).collect(),
        snippet: r.snippet.into_iter().map(Into::into).collect(),
        state: r.state.map_or("source", |s| s.as_str()).to_owned(),
        slug: r.slug,
        language: r.language,
        updated_at: r.updated_at,
        api_path,
        web_path,
    }
}

/// Searches the heads of articles and translations, best first: a title hit counts more than
/// hits in the body, and more hits more than fewer; ties go to the more recently revised.
#[utoipa::path(get, path = "/api/v1/search", tag = "search",
    params(SearchParams),
    responses(
        (status = 200, description = "a page of results, best first", body = SearchList),
        (status = 400, description = "an empty or too long query, a malformed language tag, an unknown state, a bad limit or cursor", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn search(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(p): ValidQuery<SearchParams>,
) -> ApiResult<Json<SearchList>> {
    let (limit, after) = PageQuery {
        limit: p.limit,
        cursor: p.cursor,
    }
    .parse()?;
    let (query, filter) = parse(p.q.as_deref(), p.language.as_deref(), p.state.as_deref())?;
    let page = state
        .app
        .search(&actor, &query, &filter, limit, after)
        .await?;
    Ok(Json(SearchList {
        items: page.items.into_iter().map(item).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// `/api/v1/search`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search))
}
