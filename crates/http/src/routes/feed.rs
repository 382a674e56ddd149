//! A language's feeds for readers' apps, Atom and JSON Feed 1.1: one entry per published
//! translation, most recently published or corrected first, kept in place by corrections. An
//! edition that only refreshed the original's text (minor) is not announced: the entry keeps
//! its time, its place and its correction note. No token needed; answered through the page
//! cache like the reading pages.
//!
//! Links in a feed are absolute, under the origin [`crate::site`] gives: `BITEXT_PUBLIC_URL`,
//! or a loopback `Host` while trying the service out. The page cache keeps a feed per `Host`,
//! so the header cannot change what other readers get, and without the public URL a feed says
//! `Vary: Host` so that other caches do the same.

use std::sync::Arc;

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_domain::{ErrorCode, LanguageTag};
use bitext_i18n::{Arg, Localizer};
use bitext_publish as publish;
use chrono::{DateTime, Utc};

use crate::{
    AppState,
    cache::{PageKey, Rendered, Vary, rendered, serve},
    error::{ApiError, ApiResult},
    extract::ValidPath,
    problem::ProblemBody,
    routes::language,
};

/// The most entries a feed lists.
const ENTRIES: u64 = 50;

/// A feed's format, named by the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Atom,
    Json,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Self::Atom => "atom",
            Self::Json => "json",
        }
    }
}

/// The Atom or JSON feed of the translations published in a language.
///
/// `{lang}` is canonical as published translations spell it: another spelling of the same tag
/// (`EN`, `en-us`), or a tag whose language has no translations of its own where exactly one
/// published language is the same one more or less specific (`en-US` for `en`, or the other
/// way round), answers 301 with the canonical feed's address. A language with nothing
/// published has a valid, empty feed.
#[utoipa::path(get, path = "/feed/{file}", tag = "published",
    params(("file" = String, Path, description = "`{lang}.atom` (Atom 1.0) or `{lang}.json` (JSON Feed 1.1), e.g. `en.atom`")),
    responses(
        (status = 200, description = "the feed: Atom 1.0, or JSON Feed 1.1 (https://jsonfeed.org/version/1.1)", content((String = "application/atom+xml"), (String = "application/feed+json")), headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 301, description = "the canonical feed of this language is elsewhere", headers(("Location" = String))),
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
    let (lang, format) = match file.rsplit_once('.') {
        Some((lang, "atom")) => (lang, Format::Atom),
        Some((lang, "json")) => (lang, Format::Json),
        _ => {
            return Err(
                ApiError::new(StatusCode::NOT_FOUND, ErrorCode::RouteNotFound)
                    .arg("path", format!("/feed/{file}")),
            );
        }
    };
    let spelled = lang;
    let lang = language(lang)?;
    let origin = crate::site::origin(state.config.public_url.as_deref(), &headers);
    // The front layer answered a cached feed already; this renders a missing one, kept under
    // the key that layer gave (none for a request it does not cache).
    let feed = state.app.feed(&lang, ENTRIES).await?;
    if feed.items.is_empty()
        && let Some(canonical) = canonical(&lang, state.app.feed_languages().await?)
    {
        return Ok(moved(&origin, &canonical, format));
    }
    if lang.as_str() != spelled {
        return Ok(moved(&origin, lang.as_str(), format));
    }
    // A feed is in its own language, whoever reads it; its links may follow the host.
    let vary = Vary {
        host: crate::site::varies_by_host(&state.config),
        ..Vary::default()
    };
    let page = render(&state.config.site_name, &lang, format, &origin, &feed, vary);
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    Ok(serve(&page, &headers))
}

/// The one published language that is `lang` more or less specific (`en` for `en-US`, or
/// `en-US` for `en`); `None` when there is none, or several.
fn canonical(lang: &LanguageTag, published: Vec<String>) -> Option<String> {
    let lang = lang.as_str();
    let within = |narrow: &str, wide: &str| {
        let (narrow, wide) = (narrow.as_bytes(), wide.as_bytes());
        narrow.get(wide.len()) == Some(&b'-') && narrow[..wide.len()].eq_ignore_ascii_case(wide)
    };
    let mut related = published
        .into_iter()
        .filter(|tag| within(lang, tag) || within(tag, lang));
    let first = related.next()?;
    related.next().is_none().then_some(first)
}

/// 301 to the feed of `lang` in `format`.
fn moved(origin: &str, lang: &str, format: Format) -> Response {
    let location = format!("{origin}/feed/{lang}.{}", format.extension());
    match HeaderValue::from_str(&location) {
        Ok(location) => (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The feed of `lang` in `format` with its links under `origin`, rendered.
fn render(
    site_name: &str,
    lang: &LanguageTag,
    format: Format,
    origin: &str,
    page: &bitext_app::FeedPage,
    vary: Vary,
) -> Arc<Rendered> {
    let localizer = Localizer::global();
    let locale = localizer.negotiate(Some(lang.as_str()));
    // An empty feed keeps one fixed time, so that it stays cacheable and its ETag holds. An
    // edition that only refreshed the original's text changes no entry's time.
    let items = &page.items;
    let updated = items
        .iter()
        .map(|i| i.updated_at)
        .max()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    // A withdrawal (or a reopening after one) takes an entry out (or back) with no edition to
    // date it by: the answer's `Last-Modified` moves then too, so that `If-Modified-Since`
    // never keeps an old copy. The feed's own text keeps its entries' time.
    let modified = page.reach_changed_at.map_or(updated, |at| at.max(updated));
    let entries = items
        .iter()
        .map(|i| publish::FeedEntry {
            slug: i.slug.clone(),
            edition: i.edition.number,
            title: i.title.clone(),
            // The first paragraph of body text: a subhead names a section, it sums up nothing.
            summary: bitext_domain::text::paragraphs(&i.body)
                .into_iter()
                .map(publish::Block::of)
                .find(|b| !b.is_heading())
                .map(|b| b.text().chars().take(400).collect())
                .unwrap_or_default(),
            translators: i.edition.translators.clone(),
            editors: i.edition.editors.clone(),
            credits: match &i.edition.credit_override {
                Some(text) => text.clone(),
                None => publish::credit_line(&locale, &i.edition.translators, &i.edition.editors),
            },
            correction_note: i.correction_note.clone(),
            published_at: i.first_published_at,
            updated_at: i.updated_at,
            url: format!("{origin}/read/{}/{}", i.slug, i.language),
        })
        .collect();
    let feed = publish::Feed {
        language: lang.to_string(),
        title: localizer.format(
            &locale,
            "feed-title",
            &[
                ("site", Arg::from(site_name)),
                ("language", Arg::from(lang.as_str())),
            ],
        ),
        self_url: format!("{origin}/feed/{lang}.{}", format.extension()),
        home_url: format!("{origin}/read"),
        id: format!("tag:bitext,2026:feed/{lang}"),
        updated,
        entries,
    };
    match format {
        Format::Atom => rendered(
            200,
            "application/atom+xml; charset=utf-8",
            publish::atom(&feed),
            modified,
            vary,
        ),
        Format::Json => rendered(
            200,
            "application/feed+json; charset=utf-8",
            publish::json_feed(&feed),
            modified,
            vary,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LanguageTag {
        LanguageTag::parse(s).unwrap()
    }

    #[test]
    fn a_tag_without_translations_points_to_the_one_published_tag_of_its_language() {
        let published = || vec!["en".to_owned(), "zh-Hant".to_owned(), "fr-CA".to_owned()];
        assert_eq!(canonical(&tag("en-US"), published()), Some("en".into()));
        assert_eq!(canonical(&tag("fr"), published()), Some("fr-CA".into()));
        assert_eq!(canonical(&tag("de"), published()), None);
        assert_eq!(canonical(&tag("zh-Hans"), published()), None);
        let both = vec!["pt-BR".to_owned(), "pt-PT".to_owned()];
        assert_eq!(
            canonical(&tag("pt"), both),
            None,
            "two candidates: no guess"
        );
    }
}
