//! Form posts from the pages: [`CsrfForm`] takes a urlencoded body only when it carries the
//! CSRF token of the session (or, before sign-in, of the visitor's CSRF cookie) and, where the
//! browser names one, comes from this site's origin. Anything else is refused with 403 before
//! a handler runs, so nothing is written.

use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::{HeaderMap, StatusCode, header},
};
use bitext_domain::ErrorCode;
use bitext_http::{AppState, error::ApiError};
use serde::de::DeserializeOwned;

use crate::session::{ANONYMOUS_CSRF_COOKIE, SESSION_COOKIE, cookie, csrf_token_for};

/// The name of the hidden field that carries the token in every form.
pub const CSRF_FIELD: &str = "csrf";

/// A form body that passed the CSRF and origin checks.
#[derive(Debug)]
pub struct CsrfForm<T>(pub T);

fn refused() -> ApiError {
    ApiError::new(StatusCode::FORBIDDEN, ErrorCode::FormRefused)
}

/// The origin the pages are served from, as `scheme://host[:port]` when the public URL is
/// configured, or as the request's `Host` (no scheme) otherwise.
fn own_origin(state: &AppState, headers: &HeaderMap) -> Option<(Option<String>, String)> {
    if let Some(url) = state.config.public_url.as_deref() {
        let (scheme, rest) = url.split_once("://")?;
        let authority = rest.split('/').next()?.to_ascii_lowercase();
        return Some((Some(scheme.to_ascii_lowercase()), authority));
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    Some((None, host.to_ascii_lowercase()))
}

/// Whether the browser says the post came from this site: `Origin` (or, without it, `Referer`)
/// names this origin, and `Sec-Fetch-Site` is not cross-site. A client that sends none of them
/// is not a browser acting for someone and is judged by its token alone.
pub fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    if headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("cross-site"))
    {
        return false;
    }
    let claimed = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(claimed) = claimed else {
        return true;
    };
    let Some((scheme, authority)) = own_origin(state, headers) else {
        return false;
    };
    let Some((claimed_scheme, rest)) = claimed.split_once("://") else {
        return false; // "null" and anything else that is not an origin
    };
    let claimed_authority = rest
        .split('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    claimed_authority == authority && scheme.is_none_or(|s| s.eq_ignore_ascii_case(claimed_scheme))
}

/// The token this request's form must carry.
pub fn expected_token(headers: &HeaderMap) -> Option<String> {
    if let Some(secret) = cookie(headers, SESSION_COOKIE) {
        return Some(csrf_token_for(secret));
    }
    cookie(headers, ANONYMOUS_CSRF_COOKIE).map(str::to_owned)
}

/// Compares without an early exit, so the time taken says nothing of where they differ.
fn equal(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[derive(serde::Deserialize)]
struct TokenOnly {
    #[serde(default)]
    csrf: String,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                m.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !same_origin(state, req.headers()) {
            return Err(refused());
        }
        let expected = expected_token(req.headers());
        if !is_form {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
                    .arg("limit", state.config.body_limit)
            } else {
                ApiError::bad_request()
            }
        })?;
        let token: TokenOnly =
            serde_html_form::from_bytes(&bytes).map_err(|_| ApiError::bad_request())?;
        match expected {
            Some(expected) if equal(&expected, &token.csrf) => {}
            _ => return Err(refused()),
        }
        serde_html_form::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| ApiError::bad_request())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_equal_only_when_identical() {
        assert!(equal("abc", "abc"));
        assert!(!equal("abc", "abd"));
        assert!(!equal("abc", "ab"));
        assert!(!equal("", "a"));
    }
}
