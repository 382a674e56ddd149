//! The public edition history of a translation, `/read/{slug}/{lang}/editions`: every edition,
//! newest first, with its date, its correction note or the mark of a minor edition, and who
//! published it. No token needed; answered through the page cache like the reading page.

use axum::{Extension, extract::State, http::HeaderMap, response::Response};
use bitext_publish as publish;

use crate::{
    AppState,
    cache::{PageKey, Vary, rendered, serve},
    error::ApiResult,
    extract::{CallerLocale, ValidPath},
    problem::ProblemBody,
    routes::{
        language,
        published::{edition_of, load},
        slug,
    },
};

/// Every edition of a published translation as an HTML page, newest first. A withdrawn
/// translation answers 410 with the notice, as its reading page does; anything unpublished
/// answers 404 `not-found`.
#[utoipa::path(get, path = "/read/{slug}/{lang}/editions", tag = "published",
    params(("slug" = String, Path), ("lang" = String, Path)),
    responses(
        (status = 200, description = "the page", body = String, content_type = "text/html", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 404, description = "not published", body = ProblemBody, content_type = "application/problem+json"),
        (status = 410, description = "withdrawn: the notice", body = String, content_type = "text/html"),
        (status = 422, description = "invalid slug or language", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn editions(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
) -> ApiResult<Response> {
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let site = crate::site::site(&state.config, &headers);
    let vary = Vary::page(&state.config);
    let page = load(&state, key, &slug, &lang, None, |p| {
        if let Some(reason) = &p.withdrawn {
            let body = publish::withdrawn_html(
                &p.slug,
                &p.language,
                Some(&p.translation.title),
                reason,
                &locale,
                &site,
            );
            return rendered(
                410,
                "text/html; charset=utf-8",
                body,
                p.edition.created_at,
                vary,
            );
        }
        rendered(
            200,
            "text/html; charset=utf-8",
            publish::editions_html(&edition_of(p, &[]), &locale, &site),
            p.edition.created_at,
            vary,
        )
    })
    .await?;
    Ok(serve(&page, &headers))
}
