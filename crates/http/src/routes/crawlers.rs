//! What crawlers read: `/robots.txt`, which lets them into the reading room and keeps them out
//! of the API and the staff pages, and the sitemap: `/sitemap.xml`, an index of
//! `/sitemaps/{n}.xml`, each every published page of a block of articles with its alternates
//! in the article's other languages. No token needed; the sitemaps are answered through the
//! page cache like the reading pages, one per `Host` their links may follow.

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_domain::ErrorCode;
use bitext_publish as publish;
use chrono::{DateTime, Utc};

use crate::{
    AppState,
    cache::{PageKey, Vary, rendered, serve},
    error::{ApiError, ApiResult},
    extract::ValidPath,
    problem::ProblemBody,
};

/// The article ids of one sitemap of the index. Each article gives a page per language and
/// each page lists every page of its article, so a sitemap grows with the square of its
/// articles' languages: 250 keeps one within the protocol's 50 MB up to about 40 languages an
/// article, and a request's memory to a few hundred kilobytes for articles in two.
const SITEMAP_ARTICLES: i64 = 250;

/// Where crawlers have no business: the API, and the staff pages (the web crate's routes: the
/// dashboard at `/` exactly, the desk under `/articles`, people, signing in and out, the
/// interface language) and the service's health and metrics.
const DISALLOWED: [&str; 10] = [
    "/$",
    "/api/",
    "/articles",
    "/people",
    "/sign-in",
    "/sign-out",
    "/language",
    "/healthz",
    "/readyz",
    "/metrics",
];

/// The rules for crawlers (RFC 9309): the reading pages, feeds and assets are open; the API
/// and the staff pages are not. Points to the sitemap's absolute address.
#[utoipa::path(get, path = "/robots.txt", tag = "published",
    responses((status = 200, description = "the rules for crawlers", body = String, content_type = "text/plain")))]
pub async fn robots(State(state): State<AppState>, headers: HeaderMap) -> impl IntoResponse {
    let origin = crate::site::origin(state.config.public_url.as_deref(), &headers);
    let mut rules = String::from("User-agent: *\nAllow: /read\nAllow: /feed/\nAllow: /assets/\n");
    for path in DISALLOWED {
        rules.push_str(&format!("Disallow: {path}\n"));
    }
    rules.push_str(&format!("\nSitemap: {origin}/sitemap.xml\n"));
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        rules,
    )
}

/// The sitemap index: a sitemap (`/sitemaps/{n}.xml`) for each block of articles with a
/// published page, in order, each with the `<lastmod>` of what it lists (its newest edition,
/// or a withdrawal or reopening since). Addresses are absolute.
#[utoipa::path(get, path = "/sitemap.xml", tag = "published",
    responses(
        (status = 200, description = "the sitemap index (https://www.sitemaps.org/protocol.html#index)", body = String, content_type = "application/xml", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
    ))]
pub async fn sitemap(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let blocks = state.app.article_blocks(SITEMAP_ARTICLES).await?;
    let site = crate::site::site(&state.config, &headers);
    // An empty index keeps one fixed time, so that it stays cacheable and its ETag holds. A
    // withdrawal (or a reopening after one) may take a block out with no edition to date it by.
    let updated = blocks
        .blocks
        .iter()
        .map(|b| b.modified_at)
        .chain(blocks.reach_changed_at)
        .max()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let parts: Vec<publish::SitemapPart> = blocks
        .blocks
        .iter()
        .map(|b| publish::SitemapPart {
            path: format!("/sitemaps/{}.xml", b.number),
            updated_at: b.modified_at,
        })
        .collect();
    let body = publish::sitemap_index(&parts, &site);
    Ok(answer(&state, key, &headers, body, updated))
}

/// The number of `/sitemaps/{n}.xml`: `n` in decimal from 1, spelled canonically (no sign, no
/// leading zero), and small enough that its block's first article id is a number.
pub(crate) fn sitemap_number(file: &str) -> Option<i64> {
    let digits = file.strip_suffix(".xml")?;
    if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: i64 = digits.parse().ok()?;
    number.checked_mul(SITEMAP_ARTICLES).map(|_| number)
}

/// One sitemap of the index: every published page of its block of articles, each article's
/// original and each of its translations that is not withdrawn, with `<lastmod>` and the
/// article's other pages as `xhtml:link` alternates (`hreflang`, and `x-default` for the
/// original). Addresses are absolute. A block with nothing published is not found.
#[utoipa::path(get, path = "/sitemaps/{file}", tag = "published",
    params(("file" = String, Path, description = "`{n}.xml`, a sitemap the index lists, e.g. `1.xml`")),
    responses(
        (status = 200, description = "a sitemap (https://www.sitemaps.org/protocol.html)", body = String, content_type = "application/xml", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "no such sitemap", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn sitemap_part(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    headers: HeaderMap,
    ValidPath(file): ValidPath<String>,
) -> ApiResult<Response> {
    // Nothing is published at a name the index cannot list, or at a block with nothing.
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound);
    let number = sitemap_number(&file).ok_or_else(not_found)?;
    let reachable = state.app.published_block(number, SITEMAP_ARTICLES).await?;
    if reachable.articles.is_empty() {
        return Err(not_found());
    }
    let site = crate::site::site(&state.config, &headers);
    // A withdrawal (or a reopening after one) changes it with no edition to date it by, also
    // of an article it no longer lists.
    let updated = reachable
        .articles
        .iter()
        .filter_map(bitext_app::PublishedArticle::modified_at)
        .chain(reachable.reach_changed_at)
        .max()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let listed: Vec<publish::SitemapArticle> = reachable
        .articles
        .into_iter()
        .map(|a| publish::SitemapArticle {
            slug: a.slug,
            language: a.language,
            translations: a
                .translations
                .into_iter()
                .map(|t| publish::SitemapTranslation {
                    language: t.language,
                    updated_at: t.updated_at,
                })
                .collect(),
        })
        .collect();
    let body = publish::sitemap(&listed, &site);
    Ok(answer(&state, key, &headers, body, updated))
}

/// A sitemap's answer, kept in the page cache under the key the front layer gave (none for a
/// request it does not cache).
fn answer(
    state: &AppState,
    key: Option<Extension<PageKey>>,
    headers: &HeaderMap,
    body: String,
    updated: DateTime<Utc>,
) -> Response {
    let page = rendered(
        200,
        "application/xml; charset=utf-8",
        body,
        updated,
        Vary::links(&state.config),
    );
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    serve(&page, headers)
}
