//! Who is signed in to the web interface: the session cookie set at sign-in, the [`Staff`]
//! extractor that turns it into the acting person, and the CSRF token bound to the session.
//!
//! The cookie holds the session's secret (the database keeps only its hash); it is `HttpOnly`,
//! `SameSite=Lax` (a link from elsewhere still arrives signed in, a cross-site form post does
//! not), and `Secure` when the service's public URL is https. Pages alone read it: the JSON API
//! takes bearer tokens only, so no cookie can make an API write on someone's behalf.

use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, header, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::{Actor, admin::Credential};
use bitext_http::{AppState, locale::LocaleSlot, request_id::CorrelationId};
use sha2::{Digest, Sha256};

use crate::tr::Tr;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "bitext_session";
/// The cookie of the CSRF token of a visitor not signed in (the sign-in form).
pub const ANONYMOUS_CSRF_COOKIE: &str = "bitext_csrf";

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// Whether cookies must be `Secure`: the service is reached over https.
pub fn secure(state: &AppState) -> bool {
    state
        .config
        .public_url
        .as_deref()
        .and_then(|u| u.get(..8))
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
}

/// A `Set-Cookie` value. `max_age` of `Some(0)` deletes the cookie; `None` makes it last until
/// the browser closes.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<i64>,
    same_site: &str,
    secure: bool,
) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The CSRF token of a session: derived from its secret, so it needs no storage and is worth
/// nothing without the cookie it comes from.
pub fn csrf_token_for(secret: &str) -> String {
    let digest = Sha256::digest(format!("bitext-csrf\0{secret}").as_bytes());
    hex::encode(&digest[..16])
}

/// The person signed in, the request's ids, the page's language and the session's CSRF token.
#[derive(Debug, Clone)]
pub struct Staff {
    pub actor: Actor,
    pub csrf: String,
    pub tr: Tr,
}

impl Staff {
    pub fn user(&self) -> &bitext_domain::User {
        &self.actor.user
    }
}

/// Not signed in: pages send the browser to sign in, and back here after.
#[derive(Debug)]
pub struct SignInFirst {
    next: String,
}

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        let next =
            percent_encoding::utf8_percent_encode(&self.next, percent_encoding::NON_ALPHANUMERIC);
        Redirect::to(&format!("/sign-in?next={next}")).into_response()
    }
}

/// The page's language as negotiated so far (the signed-in person's setting applied).
pub fn page_tr(parts: &Parts) -> Tr {
    Tr::new(
        parts
            .extensions
            .get::<LocaleSlot>()
            .map(LocaleSlot::get)
            .unwrap_or_default(),
    )
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let sign_in = || {
            let next = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_else(|| "/".to_owned());
            SignInFirst { next }.into_response()
        };
        let Some(secret) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(sign_in());
        };
        let user = match state.app.authenticate(Credential::Session(secret)).await {
            Ok(Some(user)) => user,
            Ok(None) => return Err(sign_in()),
            Err(e) => return Err(bitext_http::error::ApiError::from(e).into_response()),
        };
        if let Some(slot) = parts.extensions.get::<LocaleSlot>() {
            slot.apply_setting(user.language.as_deref());
        }
        let request_id = parts
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let correlation = parts
            .extensions
            .get::<CorrelationId>()
            .cloned()
            .unwrap_or_default();
        Ok(Staff {
            csrf: csrf_token_for(secret),
            actor: Actor::new(user, request_id).correlated(correlation.0),
            tr: page_tr(parts),
        })
    }
}

/// The visitor's session, if they are signed in: for pages anyone may open.
#[derive(Debug, Clone)]
pub struct MaybeStaff(pub Option<Staff>);

impl FromRequestParts<AppState> for MaybeStaff {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(Staff::from_request_parts(parts, state).await.ok()))
    }
}

/// The language of a page for anyone, signed in or not.
#[derive(Debug, Clone, Copy)]
pub struct PageTr(pub Tr);

impl<S: Send + Sync> FromRequestParts<S> for PageTr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(page_tr(parts)))
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    #[test]
    fn a_cookie_is_found_among_several_headers_and_pairs() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; bitext_lang=zh-CN"),
        );
        h.append(
            header::COOKIE,
            HeaderValue::from_static("bitext_session=bts_x"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("bts_x"));
        assert_eq!(cookie(&h, "bitext_lang"), Some("zh-CN"));
        assert_eq!(cookie(&h, "missing"), None);
    }

    #[test]
    fn the_csrf_token_depends_on_the_session_and_is_not_its_secret() {
        let a = csrf_token_for("bts_one");
        assert_eq!(a, csrf_token_for("bts_one"));
        assert_ne!(a, csrf_token_for("bts_two"));
        assert!(!a.contains("bts_one"));
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn cookies_are_http_only_same_site_and_secure_only_when_asked() {
        let c = set_cookie("n", "v", Some(60), "Lax", false);
        assert_eq!(c, "n=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
        assert!(set_cookie("n", "v", None, "Strict", true).ends_with("; Secure"));
    }
}
