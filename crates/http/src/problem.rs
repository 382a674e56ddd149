//! Localized problem+json bodies. A middleware negotiates the caller's language once per request
//! (see [`crate::locale`]), leaves it in the request's extensions for handlers, and renders every
//! error response, as problem+json or, for a browser, as an HTML page: those
//! of our handlers ([`crate::error::Problem`]) and those that axum or a layer produced with an
//! empty body (404 for unknown routes, 405, 413), so that no error leaves without a body.

use axum::{
    body::Body,
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use bitext_domain::{ErrorArg, ErrorCode};
use bitext_i18n::{Arg, Locale, Localizer};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{error::Problem, extract::BodyLimit, locale::LocaleSlot};

/// An RFC 9457 problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemBody {
    /// A URI reference naming the kind of problem: `/problems/<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short, localized summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// A localized explanation of this occurrence.
    pub detail: String,
    /// A stable, machine-readable code.
    pub code: String,
    /// The request path.
    pub instance: String,
    /// The request id, to quote when reporting a problem.
    pub request_id: Option<String>,
}

fn default_problem(status: StatusCode, method: &str, path: &str, limit: usize) -> Problem {
    let (code, args) = match status {
        StatusCode::NOT_FOUND => (ErrorCode::RouteNotFound, vec![("path", path.into())]),
        StatusCode::METHOD_NOT_ALLOWED => {
            (ErrorCode::MethodNotAllowed, vec![("method", method.into())])
        }
        StatusCode::PAYLOAD_TOO_LARGE => {
            (ErrorCode::PayloadTooLarge, vec![("limit", limit.into())])
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (ErrorCode::UnsupportedMediaType, vec![]),
        StatusCode::SERVICE_UNAVAILABLE => (ErrorCode::ServiceUnavailable, vec![]),
        s if s.is_server_error() => (ErrorCode::Internal, vec![]),
        _ => (ErrorCode::BadRequest, vec![]),
    };
    Problem { code, args }
}

/// The middleware: see the module docs.
pub async fn localize(mut req: Request, next: Next) -> Response {
    let localizer = Localizer::global();
    let slot = LocaleSlot::negotiate(req.uri(), req.headers());
    req.extensions_mut().insert(slot.clone());
    let html = crate::error_page::wants_html(req.headers());
    // Cheap clones (shared bytes); turned into text only if the answer is an error.
    let uri = req.uri().clone();
    let method = req.method().clone();
    let request_id = req.headers().get("x-request-id").cloned();
    let limit = req
        .extensions()
        .get::<BodyLimit>()
        .map(|l| l.0)
        .unwrap_or_default();

    let res = next.run(req).await;
    let status = res.status();
    if !status.is_client_error() && !status.is_server_error() {
        return res;
    }
    let path = uri.path().to_owned();
    let method = method.to_string();
    let request_id = request_id.and_then(|v| v.to_str().ok().map(str::to_owned));
    // The authenticated person's setting may have settled the language since.
    let locale = slot.get();
    let problem = match res.extensions().get::<Problem>() {
        Some(p) => p.clone(),
        None => {
            // A response with a body of its own (a 410 page, a rendered problem) stays as is.
            if res.headers().contains_key(header::CONTENT_TYPE) {
                return res;
            }
            default_problem(status, &method, &path, limit)
        }
    };
    let body = render(localizer, &locale, status, &problem, &path, request_id);
    let (mut parts, _) = res.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let (content_type, body) = if html {
        let page = crate::error_page::render(
            &locale,
            status,
            &body.title,
            &body.detail,
            &body.code,
            body.request_id.as_deref(),
        );
        ("text/html; charset=utf-8", page.into_bytes())
    } else {
        (
            "application/problem+json",
            serde_json::to_vec(&body).unwrap_or_default(),
        )
    };
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    parts.headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.as_str()),
    );
    Response::from_parts(parts, Body::from(body))
}

/// A problem body rendered outside the middleware, e.g. for a cached response.
pub fn render_standalone(
    locale: &Locale,
    status: StatusCode,
    code: ErrorCode,
    args: &[(&'static str, ErrorArg)],
    path: &str,
) -> String {
    let problem = Problem {
        code,
        args: args.to_vec(),
    };
    serde_json::to_string(&render(
        Localizer::global(),
        locale,
        status,
        &problem,
        path,
        None,
    ))
    .unwrap_or_default()
}

fn render(
    localizer: &Localizer,
    locale: &Locale,
    status: StatusCode,
    problem: &Problem,
    path: &str,
    request_id: Option<String>,
) -> ProblemBody {
    let mut args = localizer.error_args(locale, &problem.args);
    args.push((
        "request_id",
        Arg::from(request_id.clone().unwrap_or_default()),
    ));
    ProblemBody {
        kind: format!("/problems/{}", problem.code),
        title: localizer.error_title(locale, problem.code),
        status: status.as_u16(),
        detail: localizer.error_detail(locale, problem.code, &args),
        code: problem.code.as_str().to_owned(),
        instance: path.to_owned(),
        request_id,
    }
}
