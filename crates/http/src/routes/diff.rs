//! Serving a diff between two revisions as JSON, as a unified diff or as HTML, chosen by the
//! `Accept` header.

use axum::{
    Json,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use bitext_domain::{Revision, diff};
use bitext_i18n::{Arg, Locale, Localizer};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::ApiError;

/// `?from=&to=`: revision numbers; by default the head's parent and the head.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older revision (default: the one before `to`). On translations also
    /// `last-reviewed` (the revision the caller last approved or sent back; 1 if none) and
    /// `last-submitted` (the revision last submitted for review).
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

/// Resolves `from` and `to` against a document whose head is `head`.
///
/// # Errors
/// 400 for a number that does not parse; 422 for one outside `1..=head`.
pub fn range(query: &DiffQuery, head: i32) -> Result<(i32, i32), ApiError> {
    let parse = |name: &str, v: &Option<String>| -> Result<Option<i32>, ApiError> {
        v.as_deref()
            .map(|s| {
                s.trim().parse::<i32>().map_err(|_| {
                    ApiError::invalid_query(format!("{name} must be a revision number"))
                })
            })
            .transpose()
    };
    let to = parse("to", &query.to)?.unwrap_or(head);
    let from = parse("from", &query.from)?.unwrap_or((to - 1).max(1));
    if !(1..=head).contains(&from) || !(1..=head).contains(&to) {
        return Err(
            ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "diff-range-invalid")
                .arg("from", from)
                .arg("to", to),
        );
    }
    Ok((from, to))
}

/// A title before and after.
#[derive(Debug, Serialize, ToSchema)]
pub struct TitleChange {
    pub old: String,
    pub new: String,
}

/// The JSON form of a diff: paragraphs aligned, changed paragraphs diffed inline by words.
#[derive(Debug, Serialize)]
pub struct DiffView {
    pub from: i32,
    pub to: i32,
    /// Present when the title changed.
    pub title: Option<TitleChange>,
    #[serde(flatten)]
    pub diff: diff::Diff,
}

/// Renders the diff between two revisions in the chosen format.
pub fn render(
    format: Format,
    locale: &Locale,
    label: &str,
    old: &Revision,
    new: &Revision,
) -> Response {
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
                ("slug", Arg::from(label)),
                ("from", Arg::from(i64::from(old.number))),
                ("to", Arg::from(i64::from(new.number))),
            ];
            let title = localizer.format(locale, "diff-title", &args);
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                 <title>{title}</title><style>{css}</style></head><body><h1>{title}</h1>\
                 <p class=\"legend\"><ins>{ins}</ins> <del>{del}</del></p>{body}</body></html>\n",
                lang = locale.as_str(),
                title = html_escape(&title),
                css = DIFF_CSS,
                ins = html_escape(&localizer.format(locale, "diff-legend-inserted", &[])),
                del = html_escape(&localizer.format(locale, "diff-legend-deleted", &[])),
                body = diff::to_html(&d),
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

const DIFF_CSS: &str = "body{font:16px/1.6 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}\
ins{background:#d7f5dd;text-decoration:none}del{background:#fbd9d9}\
.legend{color:#555}";

#[cfg(test)]
mod tests {
    use super::*;

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
