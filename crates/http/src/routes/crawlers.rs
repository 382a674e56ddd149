//! What crawlers read: `/robots.txt`, which lets them into the reading room and keeps them out
//! of the API and the staff pages, and `/sitemap.xml`, every published page with its
//! alternates in the article's other languages. No token needed; the sitemap is answered
//! through the page cache like the reading pages, one per `Host` its links may follow.

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};
use bitext_publish as publish;
use chrono::{DateTime, Utc};

use crate::{
    AppState,
    cache::{PageKey, Vary, rendered, serve},
    error::ApiResult,
};

/// The most translations the sitemap lists, the most recently published: with their
/// originals' pages, within the protocol's 50,000 addresses per sitemap.
const SITEMAP_TRANSLATIONS: u64 = 25_000;

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

/// Every published page: each article's original and each of its translations that is not
/// withdrawn, with `<lastmod>` and the article's other pages as `xhtml:link` alternates
/// (`hreflang`, and `x-default` for the original). Addresses are absolute.
#[utoipa::path(get, path = "/sitemap.xml", tag = "published",
    responses(
        (status = 200, description = "the sitemap (https://www.sitemaps.org/protocol.html)", body = String, content_type = "application/xml", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
    ))]
pub async fn sitemap(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let reachable = state.app.published_articles(SITEMAP_TRANSLATIONS).await?;
    let site = crate::site::site(&state.config, &headers);
    // An empty sitemap keeps one fixed time, so that it stays cacheable and its ETag holds. A
    // withdrawal (or a reopening after one) changes it with no edition to date it by.
    let updated = reachable
        .articles
        .iter()
        .flat_map(|a| &a.translations)
        .map(|t| t.updated_at)
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
    let page = rendered(
        200,
        "application/xml; charset=utf-8",
        publish::sitemap(&listed, &site),
        updated,
        Vary::links(&state.config),
    );
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    Ok(serve(&page, &headers))
}
