//! The reading room's front page, `GET /read`: the newest published translations, narrowed by
//! translation language (`?lang=`) and source language (`?source=`), twenty a page, the next
//! page after `?before=` (the cursor the page's "Older" link carries). No token needed;
//! answered through the page cache with `ETag` and `Last-Modified` like the reading pages.
//!
//! `?lang=` here is a filter: the page's own language is the reader's, negotiated from the
//! language cookie and `Accept-Language` ([`crate::locale::FRONT_PAGE`]).

use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, StatusCode, Uri},
    response::Response,
};
use bitext_app::{FeedCursor, FeedFilter, FeedItem};
use bitext_domain::ErrorCode;
use bitext_publish as publish;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::{
    AppState,
    cache::{PageKey, Vary, rendered, serve},
    error::{ApiError, ApiResult},
    extract::{CallerLocale, ValidQuery},
    problem::ProblemBody,
    routes::language,
};

/// How many translations a page lists.
const PAGE: u64 = 20;

/// `?lang=`, `?source=` and `?before=`; an empty value is the same as none.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FrontQuery {
    /// Only translations into this language (a BCP 47 tag, in any spelling of it).
    pub lang: Option<String>,
    /// Only translations of articles written in this language (a BCP 47 tag).
    pub source: Option<String>,
    /// The page after this cursor, as the page's "Older" link gives it. Opaque.
    pub before: Option<String>,
}

impl FrontQuery {
    /// The filters asked for, language tags canonical.
    ///
    /// # Errors
    /// 422 for a malformed language tag; 400 `invalid-cursor` for a cursor the front page
    /// did not write.
    pub fn filter(&self) -> Result<FeedFilter, ApiError> {
        let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
        let tag = |value: &Option<String>| -> Result<Option<String>, ApiError> {
            given(value)
                .map(|v| language(&v).map(|tag| tag.to_string()))
                .transpose()
        };
        let before = given(&self.before)
            .map(|c| {
                c.parse::<FeedCursor>()
                    .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidCursor))
            })
            .transpose()?;
        Ok(FeedFilter {
            language: tag(&self.lang)?,
            source: tag(&self.source)?,
            before,
        })
    }

    /// The filters of the front page at `uri`, as its handler reads them.
    ///
    /// # Errors
    /// 400 for a query that does not parse, and as [`FrontQuery::filter`].
    pub fn of(uri: &Uri) -> Result<FeedFilter, ApiError> {
        axum::extract::Query::<FrontQuery>::try_from_uri(uri)
            .map_err(|_| {
                crate::rejection::invalid_query::<FrontQuery>(uri.query().unwrap_or_default())
            })?
            .0
            .filter()
    }
}

/// The front page: the newest published translations, each with both titles, its languages,
/// its credits and its date, linking to its bilingual page.
#[utoipa::path(get, path = "/read", tag = "published",
    params(FrontQuery),
    responses(
        (status = 200, description = "the page", body = String, content_type = "text/html", headers(("ETag" = String), ("Last-Modified" = String))),
        (status = 304, description = "not modified"),
        (status = 400, description = "bad query, or a cursor that is not the page's", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language", body = ProblemBody, content_type = "application/problem+json"),
    ))]
pub async fn front(
    State(state): State<AppState>,
    key: Option<Extension<PageKey>>,
    CallerLocale(locale): CallerLocale,
    headers: HeaderMap,
    ValidQuery(q): ValidQuery<FrontQuery>,
) -> ApiResult<Response> {
    let filter = q.filter()?;
    let (page, languages) = state.app.front_page(&filter, PAGE).await?;
    // An empty page keeps one fixed time, so that it stays cacheable and its ETag holds. A
    // withdrawal (or a reopening after one) changes the list with no edition to date it by.
    let modified = page
        .items
        .iter()
        .map(|i| i.edition.created_at)
        .chain(page.reach_changed_at)
        .max()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let front = publish::FrontPage {
        items: page.items.iter().map(item).collect(),
        language: filter.language,
        source: filter.source,
        before: filter.before.map(|c| c.to_string()),
        older: page.older.map(|c| c.to_string()),
        languages,
    };
    let site = crate::site::site(&state.config, &headers);
    let vary = Vary {
        format: false,
        language: true,
        host: crate::site::varies_by_host(&state.config),
    };
    let body = publish::front_page(&front, &locale, &site);
    let page = rendered(200, "text/html; charset=utf-8", body, modified, vary);
    if let Some(Extension(PageKey(key))) = key {
        state.pages.put(key, page.clone());
    }
    Ok(serve(&page, &headers))
}

fn item(i: &FeedItem) -> publish::FrontItem {
    publish::FrontItem {
        slug: i.slug.clone(),
        language: i.language.clone(),
        title: i.title.clone(),
        source_language: i.source_language.clone(),
        source_title: i.source_title.clone(),
        edition: i.edition.number,
        published_at: i.updated_at,
        translators: i.edition.translators.clone(),
        editors: i.edition.editors.clone(),
        credit_override: i.edition.credit_override.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(uri: &str) -> Result<FeedFilter, StatusCode> {
        FrontQuery::of(&uri.parse().unwrap()).map_err(|e| e.status())
    }

    #[test]
    fn filters_are_canonical_and_empty_ones_are_none() {
        let f = filter("/read?lang=EN-us&source=zh-hans&before=5-2").unwrap();
        assert_eq!(f.language.as_deref(), Some("en-US"));
        assert_eq!(f.source.as_deref(), Some("zh-Hans"));
        assert_eq!(f.before.map(|c| c.to_string()).as_deref(), Some("5-2"));
        assert_eq!(
            filter("/read?lang=&source=&before=").unwrap(),
            FeedFilter::default()
        );
    }

    #[test]
    fn bad_tags_and_cursors_are_the_readers_mistake() {
        assert_eq!(
            filter("/read?lang=not%20a%20tag"),
            Err(StatusCode::UNPROCESSABLE_ENTITY)
        );
        assert_eq!(
            filter("/read?source=%3Cscript%3E"),
            Err(StatusCode::UNPROCESSABLE_ENTITY)
        );
        assert_eq!(
            filter("/read?before=yesterday"),
            Err(StatusCode::BAD_REQUEST)
        );
        assert_eq!(
            filter("/read?lang=en&lang=fr"),
            Err(StatusCode::BAD_REQUEST)
        );
    }
}
