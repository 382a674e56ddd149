//! Extractors that turn every malformed request into a localized problem instead of axum's
//! plain-text rejections: the bearer token, JSON bodies, `If-Match`, query strings and paths.

use axum::{
    body::Bytes,
    extract::{FromRequest, FromRequestParts, Request},
    http::{StatusCode, header, request::Parts},
};
use bitext_app::{Actor, admin::Credential};
use bitext_domain::{ErrorCode, Precondition};
use bitext_i18n::Locale;
use serde::de::DeserializeOwned;

use crate::{AppState, error::ApiError, locale::LocaleSlot, rejection};

/// The authenticated caller, as the actor of the use cases. One extractor for every way of
/// signing in: a bearer token today; a session cookie joins it here.
#[derive(Debug, Clone)]
pub struct Auth(pub Actor);

/// The credential a request carries, if any.
fn credential(parts: &Parts) -> Option<Credential<'_>> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| Credential::Token(token.trim()))
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let credential = credential(parts).ok_or_else(ApiError::unauthorized)?;
        let user = state
            .app
            .authenticate(credential)
            .await?
            .ok_or_else(ApiError::unauthorized)?;
        // Now that the person is known, their saved language settles the request's language
        // (unless the request chose one itself), for the handler and for any error after.
        if let Some(slot) = parts.extensions.get::<LocaleSlot>() {
            slot.apply_setting(user.language.as_deref());
        }
        let request_id = RequestId::from_request_parts(parts, state)
            .await
            .unwrap_or(RequestId(None));
        let correlation = parts
            .extensions
            .get::<crate::request_id::CorrelationId>()
            .cloned()
            .unwrap_or_default();
        Ok(Auth(
            Actor::new(user, request_id.0).correlated(correlation.0),
        ))
    }
}

/// The caller's language as decided so far (see [`crate::locale`]). In a handler that also
/// takes [`Auth`], put `Auth` first, so that the person's saved setting has been applied.
#[derive(Debug, Clone)]
pub struct CallerLocale(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for CallerLocale {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<LocaleSlot>()
                .map(LocaleSlot::get)
                .unwrap_or_default(),
        ))
    }
}

/// The media type of a request's body, lowercase and without parameters: `text/csv`.
pub(crate) fn media_type(req: &Request) -> Option<String> {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
}

/// A request's whole body, within the body limit: 413 naming the limit past it.
pub(crate) async fn limited_body<S: Send + Sync>(
    req: Request,
    state: &S,
) -> Result<Bytes, ApiError> {
    let limit = req
        .extensions()
        .get::<BodyLimit>()
        .map(|l| l.0)
        .unwrap_or_default();
    Bytes::from_request(req, state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
                .arg("limit", limit)
        } else {
            ApiError::bad_request()
        }
    })
}

/// A JSON request body: `Content-Type: application/json`, valid UTF-8, well-formed JSON of the
/// right shape (unknown fields rejected by the types), within the body limit.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = media_type(&req).is_some_and(|m| {
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ));
        }
        let bytes = limited_body(req, state).await?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidUtf8))?;
        serde_json::from_str(text)
            .map(JsonBody)
            .map_err(|e| rejection::invalid_json(&e))
    }
}

/// The configured body limit, left in request extensions so rejections can name it.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

/// What a writer based its change on, from `If-Match`: `*`, or a list of entity tags compared
/// strongly with the head's `ETag` (RFC 9110, sections 8.8.3 and 13.1.1).
#[derive(Debug, Clone)]
pub struct IfMatch(pub Precondition);

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let mut values = parts.headers.get_all(header::IF_MATCH).iter().peekable();
        if values.peek().is_none() {
            return Err(ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                ErrorCode::PreconditionRequired,
            ));
        }
        // Several header lines are one comma-separated list.
        let mut text = String::new();
        for value in values {
            let value = value.to_str().map_err(|_| invalid_if_match(""))?;
            if !text.is_empty() {
                text.push(',');
            }
            text.push_str(value);
        }
        parse_if_match(&text)
            .map(IfMatch)
            .ok_or_else(|| invalid_if_match(&text))
    }
}

fn invalid_if_match(text: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidIfMatch)
        .arg("value", text.chars().take(40).collect::<String>())
}

/// `*`, or `#entity-tag` where `entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE`; weak tags are left
/// out (they never match strongly). `None` for anything else.
fn parse_if_match(text: &str) -> Option<Precondition> {
    let text = text.trim_matches([' ', '\t']);
    if text == "*" {
        return Some(Precondition::Any);
    }
    let mut tags = Vec::new();
    let mut rest = text;
    let mut any = false;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            break;
        }
        let (weak, after) = match rest.strip_prefix("W/") {
            Some(after) => (true, after),
            None => (false, rest),
        };
        let after = after.strip_prefix('"')?;
        let end = after.find('"')?;
        let opaque = &after[..end];
        if !opaque
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) || b >= 0x80)
        {
            return None;
        }
        if !weak {
            tags.push(opaque.to_owned());
        }
        any = true;
        rest = after[end + 1..].trim_start_matches([' ', '\t']);
        if !rest.is_empty() && !rest.starts_with(',') {
            return None;
        }
    }
    any.then_some(Precondition::Tags(tags))
}

/// The `ETag` of a document whose head is `head`.
pub fn etag(head: i32) -> String {
    format!("\"{head}\"")
}

/// A query string parsed into `T`, or a 400.
#[derive(Debug)]
pub struct ValidQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ValidQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::try_from_uri(&parts.uri)
            .map(|q| ValidQuery(q.0))
            .map_err(|_| rejection::invalid_query::<T>(parts.uri.query().unwrap_or_default()))
    }
}

/// Path parameters, or a 400.
#[derive(Debug)]
pub struct ValidPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ValidPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ValidPath(p.0))
            .map_err(|e| rejection::invalid_path(&e))
    }
}

/// `?limit=&cursor=` for lists.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// How many items, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl PageQuery {
    /// The limit and the decoded cursor.
    ///
    /// # Errors
    /// 400 for a limit out of range or a cursor that is not ours.
    pub fn parse(&self) -> Result<(u64, Option<i64>), ApiError> {
        let limit = self.limit.unwrap_or(50);
        if !(1..=200).contains(&limit) {
            return Err(ApiError::invalid_query("limit", &limit.to_string()));
        }
        let invalid_cursor = || ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidCursor);
        let cursor = match &self.cursor {
            None => None,
            Some(c) => Some(
                c.parse::<i64>()
                    .ok()
                    .filter(|n| *n >= 0)
                    .ok_or_else(invalid_cursor)?,
            ),
        };
        Ok((limit, cursor))
    }
}

/// The request id set by the request-id layer (or sent by the client).
#[derive(Debug, Clone)]
pub struct RequestId(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(100).collect()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(v: &[&str]) -> Option<Precondition> {
        Some(Precondition::Tags(
            v.iter().map(|t| (*t).to_owned()).collect(),
        ))
    }

    #[test]
    fn if_match_is_parsed_as_rfc_9110_says() {
        assert_eq!(parse_if_match("\"1\""), tags(&["1"]));
        assert_eq!(parse_if_match(" * "), Some(Precondition::Any));
        assert_eq!(parse_if_match("\"1\", \"2\""), tags(&["1", "2"]));
        assert_eq!(parse_if_match("\"+1\""), tags(&["+1"]));
        assert_eq!(parse_if_match("\"01\""), tags(&["01"]));
        assert_eq!(parse_if_match("W/\"1\", \"2\""), tags(&["2"]));
        assert_eq!(parse_if_match("W/\"1\""), tags(&[]));
        assert_eq!(parse_if_match("\"a,b\""), tags(&["a,b"]));
        for bad in [
            "1",
            "\"1",
            "\"1\" \"2\"",
            "*, \"1\"",
            "",
            "\"a b\"",
            "w/\"1\"",
        ] {
            assert_eq!(parse_if_match(bad), None, "{bad}");
        }
    }
}
