//! A language's Atom feed of published editions, newest first, for readers' apps. No token
//! needed; answered through the page cache like the reading pages.

use std::sync::Arc;

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::Response,
};
use bitext_domain::ErrorCode;
use bitext_i18n::{Arg, Localizer};
use bitext_publish as publish;
use chrono::{DateTime, Utc};

use crate::{
    AppState,
    cache::{PageKey, Rendered, rendered, serve},
    error::{ApiError, ApiResult},
    extract::ValidPath,
    problem::ProblemBody,
    routes::language,
};

/// The Atom feed of the editions published in a language, newest first.
#[utoipa::path(get, path = "/feed/{file}", tag = "published",
    params(("file" = String, Path, description = "`{lang}.atom`, e.g. `en.atom`")),
    responses(
        (status = 200, description = "the feed", body = String, content_type = "application/atom+xml", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 400, description = "bad path", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "not a feed", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn feed(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    headers: HeaderMap,
    ValidPath(file): ValidPath<String>,
) -> ApiResult<Response> {
    let Some(lang) = file.strip_suffix(".atom") else {
        return Err(
            ApiError::new(StatusCode::NOT_FOUND, ErrorCode::RouteNotFound)
                .arg("path", format!("/feed/{file}")),
        );
    };
    let lang = language(lang)?;
    // The front layer answered a cached feed already; this renders a missing one, kept under
    // the key that layer gave (none for a request it does not cache).
    let page = render_feed(&state, &lang).await?;
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    Ok(serve(&page, &headers))
}

/// The Atom feed of `lang`'s newest editions, rendered.
async fn render_feed(
    state: &AppState,
    lang: &bitext_domain::LanguageTag,
) -> ApiResult<Arc<Rendered>> {
    let items = state.app.feed(lang, 50).await?;
    let localizer = Localizer::global();
    let locale = localizer.negotiate(Some(lang.as_str()));
    let updated = items
        .first()
        .map_or(DateTime::<Utc>::UNIX_EPOCH, |i| i.edition.created_at);
    let entries = items
        .iter()
        .map(|i| publish::FeedEntry {
            slug: i.slug.clone(),
            edition: i.edition.number,
            title: i.title.clone(),
            summary: bitext_domain::text::paragraphs(&i.body)
                .first()
                .map(|p| p.chars().take(400).collect())
                .unwrap_or_default(),
            credits: match &i.edition.credit_override {
                Some(text) => text.clone(),
                None => publish::credit_line(&locale, &i.edition.translators, &i.edition.editors),
            },
            correction_note: i.edition.correction_note.clone(),
            published_at: i.edition.created_at,
            url: format!(
                "/read/{}/{}?edition={}",
                i.slug, i.language, i.edition.number
            ),
        })
        .collect();
    let feed = publish::Feed {
        language: lang.to_string(),
        title: localizer.format(
            &locale,
            "feed-title",
            &[("language", Arg::from(lang.as_str()))],
        ),
        self_url: format!("/feed/{lang}.atom"),
        id: format!("tag:bitext,2026:feed/{lang}"),
        updated,
        entries,
    };
    Ok(rendered(
        200,
        "application/atom+xml; charset=utf-8",
        publish::atom(&feed),
        updated,
    ))
}
