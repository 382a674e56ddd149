//! What readers and other sites get: the published bilingual article as JSON, Markdown or an
//! HTML page in three layouts, the Atom feed of a language, and the reader's style sheet. No
//! token needed. Responses carry `ETag` and `Last-Modified` and answer conditional requests
//! with 304.

use std::sync::Arc;
use utoipa_axum::{router::OpenApiRouter, routes};

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_app::{Published, PublishedTranslation};
use bitext_domain::{ErrorCode, LanguageTag, Slug};
use bitext_i18n::Locale;
use bitext_publish::{self as publish, Block, Layout};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::{
    AppState,
    cache::{PageKey, Rendered, Vary, rendered, rendered_as, serve},
    dto::documents::direction,
    dto::published::{EditionSummaryView, PairView, ParagraphKind, PublishedView},
    error::{ApiError, ApiResult},
    extract::{CallerLocale, ValidPath, ValidQuery},
    problem::ProblemBody,
    routes::{language, slug},
};

/// `?edition=` (default: the newest) and `?layout=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReadQuery {
    #[param(minimum = 1)]
    pub edition: Option<i32>,
    /// `side-by-side` (default), `interleaved` or `translation`. The translation layout leaves
    /// out the source title and the source paragraphs; the other two pair each source
    /// paragraph with its translation (as columns or one after the other on a page). Any
    /// other value is a 400.
    pub layout: Option<String>,
}

impl ReadQuery {
    /// The layout asked for, or the default.
    ///
    /// # Errors
    /// 400 for a value that names no layout.
    fn layout(&self) -> Result<Layout, ApiError> {
        match self.layout.as_deref() {
            None => Ok(Layout::default()),
            Some(l) => l.parse().map_err(|_| ApiError::invalid_query("layout", l)),
        }
    }
}

/// The edition as the renderers take it, linking to the article's `translations` (none for the
/// JSON and Markdown, which carry no links to other languages).
pub(crate) fn edition_of(p: &Published, translations: &[PublishedTranslation]) -> publish::Edition {
    publish::Edition {
        slug: p.slug.clone(),
        number: p.edition.number,
        published_at: p.edition.created_at,
        publisher: p.edition.publisher.clone(),
        source: publish::Side {
            language: p.source_language.clone(),
            title: p.source.title.clone(),
            body: p.source.body.clone(),
            revision: p.source.number,
        },
        translation: publish::Side {
            language: p.language.clone(),
            title: p.translation.title.clone(),
            body: p.translation.body.clone(),
            revision: p.translation.number,
        },
        translators: p.edition.translators.clone(),
        editors: p.edition.editors.clone(),
        credit_override: p.edition.credit_override.clone(),
        correction_note: p.edition.correction_note.clone(),
        minor: p.edition.minor,
        editions: p
            .editions
            .iter()
            .map(|e| publish::EditionSummary {
                number: e.number,
                published_at: e.created_at,
                correction_note: e.correction_note.clone(),
                minor: e.minor,
                publisher: e.publisher.clone(),
            })
            .collect(),
        translations: super::reading::alternates(translations),
    }
}

fn view(p: &Published, layout: Layout, locale: &Locale) -> PublishedView {
    let e = edition_of(p, &[]);
    let with_source = layout != Layout::TranslationOnly;
    PublishedView {
        layout: layout.as_str().to_owned(),
        slug: e.slug.clone(),
        direction: direction(&e.translation.language),
        source_direction: direction(&e.source.language),
        language: e.translation.language.clone(),
        source_language: e.source.language.clone(),
        edition: e.number,
        latest_edition: e.latest_number(),
        published_at: e.published_at,
        publisher: e.publisher.clone(),
        title: e.translation.title.clone(),
        source_title: with_source.then(|| e.source.title.clone()),
        source_revision: e.source.revision,
        translation_revision: e.translation.revision,
        credits: publish::credits(&e, locale),
        translators: e.translators.clone(),
        editors: e.editors.clone(),
        credit_override: e.credit_override.clone(),
        correction_note: e.correction_note.clone(),
        minor: e.minor,
        editions: e
            .editions
            .iter()
            .map(|s| EditionSummaryView {
                number: s.number,
                published_at: s.published_at,
                correction_note: s.correction_note.clone(),
                minor: s.minor,
            })
            .collect(),
        paragraphs: publish::pairs(&e)
            .into_iter()
            .map(|pair| {
                let source = pair.source.filter(|_| with_source).map(Block::of);
                let translation = pair.translation.map(Block::of);
                PairView {
                    index: pair.index,
                    source_kind: source.as_ref().map(ParagraphKind::from),
                    source: source.as_ref().map(|b| b.text().to_owned()),
                    translation_kind: translation.as_ref().map(ParagraphKind::from),
                    translation: translation.as_ref().map(|b| b.text().to_owned()),
                }
            })
            .filter(|pair| pair.source.is_some() || pair.translation.is_some())
            .collect(),
    }
}

#[derive(Clone, Copy)]
pub(crate) enum Format {
    Json,
    Markdown,
}

/// The format of an edition a client accepts (the page cache keys on it too).
///
/// # Errors
/// 406 when the client accepts neither JSON nor Markdown.
pub(crate) fn negotiate(headers: &HeaderMap) -> Result<Format, ApiError> {
    super::accept::negotiate(
        headers,
        &[
            ("application/json", Format::Json),
            ("application/*", Format::Json),
            ("*/*", Format::Json),
            ("text/markdown", Format::Markdown),
            ("text/*", Format::Markdown),
        ],
        "application/json, text/markdown",
    )
}

/// What a reader is told: one `not-found` whether the article, the translation, any edition or
/// the asked edition is missing, so that nobody outside learns which slugs exist or which
/// translations are in progress. Staff see the detail through the authenticated API.
pub(crate) fn public_error(err: bitext_app::AppError) -> ApiError {
    use bitext_app::{AppError, StoreError as E};
    match err {
        AppError::Store(
            E::ArticleNotFound { .. }
            | E::TranslationNotFound { .. }
            | E::NotPublished { .. }
            | E::EditionNotFound { .. },
        ) => ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound),
        other => other.into(),
    }
}

/// Loads and renders what to show, and keeps it under the key the page cache's front layer
/// gave the request (a request it gave none, such as a `HEAD`, is answered but not kept: there
/// is one way to key a page).
pub(crate) async fn load(
    state: &AppState,
    key: Option<Extension<PageKey>>,
    slug: &Slug,
    lang: &LanguageTag,
    edition: Option<i32>,
    render: impl FnOnce(&Published) -> Arc<Rendered>,
) -> ApiResult<Arc<Rendered>> {
    let published = state
        .app
        .published(slug, lang, edition)
        .await
        .map_err(public_error)?;
    Ok(keep(state, key, render(&published)))
}

/// Keeps `page` under the key the page cache's front layer gave the request, if any.
fn keep(state: &AppState, key: Option<Extension<PageKey>>, page: Arc<Rendered>) -> Arc<Rendered> {
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    page
}

/// The current (or a given) edition as JSON with paragraphs paired; `Accept: text/markdown`
/// gives Markdown. `?layout=translation` leaves out the source title and paragraphs; each
/// layout has its own `ETag`. A withdrawn translation answers 410 with the notice.
#[utoipa::path(get, path = "/api/v1/published/{slug}/{lang}", tag = "published",
    params(("slug" = String, Path), ("lang" = String, Path), ReadQuery),
    responses(
        (status = 200, description = "the edition", content(
            (PublishedView = "application/json"),
            (String = "text/markdown"),
        ), headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 400, description = "bad query, or an unknown layout", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "not published", body = ProblemBody, content_type = "application/problem+json"),
        (status = 406, description = "no acceptable format", body = ProblemBody, content_type = "application/problem+json"),
        (status = 410, description = "withdrawn", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn json(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<ReadQuery>,
) -> ApiResult<Response> {
    let format = negotiate(&headers)?;
    let layout = q.layout()?;
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    // Links in the JSON and Markdown are relative: the host changes nothing.
    let vary = Vary {
        format: true,
        language: true,
        host: false,
    };
    let page = load(&state, key, &slug, &lang, q.edition, |p| {
        if let Some(reason) = &p.withdrawn {
            let body = crate::problem::render_standalone(
                &locale,
                StatusCode::GONE,
                ErrorCode::Withdrawn,
                &[("reason", reason.as_str().into())],
                &format!("/api/v1/published/{slug}/{lang}"),
            );
            return rendered(
                410,
                "application/problem+json",
                body,
                p.edition.created_at,
                vary,
            );
        }
        match format {
            Format::Json => rendered_as(
                200,
                "application/json",
                serde_json::to_string(&view(p, layout, &locale)).unwrap_or_default(),
                p.edition.created_at,
                layout.as_str(),
                vary,
            ),
            Format::Markdown => rendered_as(
                200,
                "text/markdown; charset=utf-8",
                publish::markdown(&edition_of(p, &[]), layout, &locale),
                p.edition.created_at,
                layout.as_str(),
                vary,
            ),
        }
    })
    .await?;
    Ok(serve(&page, &headers))
}

/// The published bilingual article as an HTML page; in the article's own language, the
/// original's page: the source as the most recent edition of any translation pins it, linking
/// to each published translation (`?edition=` and `?layout=` change nothing there). Every page
/// of an article links to the others in its head (`hreflang`), with Open Graph and JSON-LD.
#[utoipa::path(get, path = "/read/{slug}/{lang}", tag = "published",
    params(("slug" = String, Path), ("lang" = String, Path), ReadQuery),
    responses(
        (status = 200, description = "the page, or the original's page", body = String, content_type = "text/html", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "not published (for the original: no translation published and not withdrawn)", body = ProblemBody, content_type = "application/problem+json"),
        (status = 410, description = "withdrawn: the notice", body = String, content_type = "text/html"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn page(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidPath((slug, lang)): ValidPath<(String, String)>,
    ValidQuery(q): ValidQuery<ReadQuery>,
) -> ApiResult<Response> {
    let layout = q.layout()?;
    let (slug, lang) = (self::slug(&slug)?, language(&lang)?);
    let site = crate::site::site(&state.config, &headers);
    let reading = state
        .app
        .reading(&slug, &lang, q.edition)
        .await
        .map_err(public_error)?;
    let page = super::reading::render(&reading, layout, &locale, &site, Vary::page(&state.config));
    Ok(serve(&keep(&state, key, page), &headers))
}

/// The reading page's style sheet.
#[utoipa::path(get, path = "/assets/read.css", tag = "published",
    responses((status = 200, description = "the style sheet", body = String, content_type = "text/css")))]
pub async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        publish::READER_CSS,
    )
}

/// What readers get without a token: the published edition, pages, the front page, the
/// editions page, feeds and the style sheet; and what crawlers read: robots.txt and the sitemap.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(json))
        .routes(routes!(page))
        .routes(routes!(super::editions::editions))
        .routes(routes!(super::feed::feed))
        .routes(routes!(super::front::front))
        .routes(routes!(css))
        .routes(routes!(super::crawlers::robots))
        .routes(routes!(super::crawlers::sitemap))
        .routes(routes!(super::crawlers::sitemap_part))
}
