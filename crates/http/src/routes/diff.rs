//! Serving a diff between two revisions as JSON, as a unified diff or as HTML, chosen by the
//! `Accept` header.

use axum::{
    Json,
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Response},
};
use bitext_app::{articles::Comparison, translations::Since};
use bitext_domain::{LanguageTag, Revision, diff};
use bitext_i18n::{Arg, Locale, Localizer};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::ApiError;

/// `?from=&to=`: revision numbers; by default the head's parent and the head.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older revision (default: the one before `to`). On translations also
    /// `last-reviewed` (the revision the caller last approved or sent back), `last-submitted`
    /// (the revision last submitted for review), `last-approved` (the revision last approved)
    /// and `last-published` (the revision readers last saw); each is 1 when that never
    /// happened.
    pub from: Option<String>,
    /// The newer revision (default: the head).
    pub to: Option<String>,
}

/// The formats a diff is served in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Unified,
    Html,
}

/// Picks the format from `Accept`; JSON when there is no header or it accepts anything.
///
/// # Errors
/// 406 when the client accepts none of them.
pub fn negotiate(headers: &HeaderMap) -> Result<Format, ApiError> {
    super::accept::negotiate(
        headers,
        &[
            ("application/json", Format::Json),
            ("application/*", Format::Json),
            ("*/*", Format::Json),
            ("text/x-diff", Format::Unified),
            ("text/x-patch", Format::Unified),
            ("text/html", Format::Html),
            ("text/*", Format::Html),
        ],
        "application/json, text/x-diff, text/html",
    )
}

fn number(name: &str, value: Option<&str>) -> Result<Option<i32>, ApiError> {
    value
        .map(|s| {
            s.trim()
                .parse::<i32>()
                .map_err(|_| ApiError::invalid_query(name, s))
        })
        .transpose()
}

/// `to` as a revision number, if given.
///
/// # Errors
/// 400 for a value that is not a number.
pub fn to(query: &DiffQuery) -> Result<Option<i32>, ApiError> {
    number("to", query.to.as_deref())
}

/// `from` as a revision number, if given (source articles).
///
/// # Errors
/// 400 for a value that is not a number.
pub fn from_number(query: &DiffQuery) -> Result<Option<i32>, ApiError> {
    number("from", query.from.as_deref())
}

/// `from` as a revision number or a named point of the review (translations).
///
/// # Errors
/// 400 for a value that is neither.
pub fn since(query: &DiffQuery) -> Result<Option<Since>, ApiError> {
    Ok(match query.from.as_deref().map(str::trim) {
        None => None,
        Some("last-reviewed") => Some(Since::LastReviewed),
        Some("last-submitted") => Some(Since::LastSubmitted),
        Some("last-approved") => Some(Since::LastApproved),
        Some("last-published") => Some(Since::LastPublished),
        Some(n) => number("from", Some(n))?.map(Since::Revision),
    })
}

/// A title before and after.
#[derive(Debug, Serialize, ToSchema)]
pub struct TitleChange {
    pub old: String,
    pub new: String,
}

/// The JSON form of a diff: paragraphs aligned, changed paragraphs diffed inline by words.
#[derive(Debug, Serialize, ToSchema)]
pub struct DiffView {
    pub from: i32,
    pub to: i32,
    /// Present when the title changed.
    pub title: Option<TitleChange>,
    #[serde(flatten)]
    pub diff: diff::Diff,
}

/// Renders the diff between two revisions in the chosen format; `label` names the document in
/// the unified diff's file names.
pub fn render(format: Format, locale: &Locale, label: &str, comparison: &Comparison) -> Response {
    let (old, new) = (&comparison.old, &comparison.new);
    match format {
        Format::Unified => {
            let text = diff::unified(
                &old.body,
                &new.body,
                &format!("{label}@{}", old.number),
                &format!("{label}@{}", new.number),
            );
            (
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/x-diff; charset=utf-8"),
                )],
                text,
            )
                .into_response()
        }
        Format::Json => Json(view(old, new)).into_response(),
        Format::Html => {
            let d = diff::diff(&old.body, &new.body);
            let localizer = Localizer::global();
            let args = [
                ("title", Arg::from(new.title.as_str())),
                ("from", Arg::from(i64::from(old.number))),
                ("to", Arg::from(i64::from(new.number))),
            ];
            let title = localizer.format(locale, "diff-title", &args);
            let folded = |count: usize| {
                localizer.format(locale, "diff-folded", &[("count", Arg::from(count))])
            };
            let labels = diff::Labels {
                language: locale.as_str(),
                folded: &folded,
            };
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                 <title>{title}</title><style>{css}</style></head><body><h1>{title}</h1>\
                 <p class=\"legend\"><ins>{ins}</ins> <del>{del}</del></p>\
                 {body}</body></html>\n",
                lang = locale.as_str(),
                title = html_escape(&title),
                css = DIFF_CSS,
                ins = html_escape(&localizer.format(locale, "diff-legend-inserted", &[])),
                del = html_escape(&localizer.format(locale, "diff-legend-deleted", &[])),
                body = diff::to_html_in(
                    &d,
                    LanguageTag::parse(&comparison.language).ok().as_ref(),
                    &labels
                ),
            );
            (
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                )],
                page,
            )
                .into_response()
        }
    }
}

/// The JSON view of the diff between two revisions.
pub fn view(old: &Revision, new: &Revision) -> DiffView {
    DiffView {
        from: old.number,
        to: new.number,
        title: (old.title != new.title).then(|| TitleChange {
            old: old.title.clone(),
            new: new.title.clone(),
        }),
        diff: diff::diff(&old.body, &new.body),
    }
}

fn html_escape(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_safe(s)
}

pub(crate) const DIFF_CSS: &str = "body{font:16px/1.6 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}\
ins{background:#d7f5dd;text-decoration:none}del{background:#fbd9d9}\
.legend{color:#555}summary{color:#555;cursor:pointer}";

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    fn accept(v: &str) -> Result<Format, ApiError> {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
        negotiate(&h)
    }

    #[test]
    fn accept_header_picks_the_preferred_format() {
        assert_eq!(accept("text/x-diff").unwrap(), Format::Unified);
        assert_eq!(
            accept("text/html,application/json;q=0.9").unwrap(),
            Format::Html
        );
        assert_eq!(
            accept("text/html;q=0.5, application/json").unwrap(),
            Format::Json
        );
        assert_eq!(accept("*/*").unwrap(), Format::Json);
        assert_eq!(
            accept("application/json;q=0.0, text/html").unwrap(),
            Format::Html
        );
        assert_eq!(accept("TEXT/*").unwrap(), Format::Html);
        assert_eq!(negotiate(&HeaderMap::new()).unwrap(), Format::Json);
        assert_eq!(
            accept("image/png").unwrap_err().status(),
            StatusCode::NOT_ACCEPTABLE
        );
    }
}
