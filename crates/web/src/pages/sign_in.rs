//! Signing in and out. The sign-in form is the page anonymous visitors get at `/`; a wrong name
//! and a wrong password get the same answer, and attempts are slowed per address (the edge's
//! rate limit) as well as per account (the application layer).

use axum::{
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::SessionSecret;
use bitext_http::AppState;
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{self, Notice, csrf_field},
    session::{
        ANONYMOUS_CSRF_COOKIE, MaybeStaff, PageTr, SESSION_COOKIE, cookie, secure, set_cookie,
    },
    tr::Tr,
};

/// Where to go after signing in: a path on this site only, never another host.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The visitor's CSRF token before sign-in: the one in their cookie, or a new one to set.
fn anonymous_token(headers: &HeaderMap) -> (String, bool) {
    match cookie(headers, ANONYMOUS_CSRF_COOKIE) {
        Some(t) if t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (t.to_owned(), false)
        }
        _ => (hex::encode(rand::random::<[u8; 16]>()), true),
    }
}

fn form(tr: &Tr, csrf: &str, next: &str, name: &str, notice: Option<&Notice>) -> Markup {
    let banner = html! {
        header.banner {
            span.brand { "Bitext" }
            div.account { (layout::language_switcher(tr, csrf, &format!("/sign-in?next={}", percent(next)))) }
        }
    };
    layout::document(
        tr,
        &tr.t("sign-in-title"),
        banner,
        html! {
            section.sign-in aria-labelledby="sign-in-heading" {
                h1 #sign-in-heading { (tr.t("sign-in-title")) }
                @if let Some(n) = notice { (layout::notice_box(n)) }
                form method="post" action="/sign-in" {
                    (csrf_field(csrf))
                    input type="hidden" name="next" value=(next);
                    p {
                        label for="name" { (tr.t("sign-in-name")) }
                        input #name type="text" name="name" value=(name) autocomplete="username" required autofocus;
                    }
                    p {
                        label for="password" { (tr.t("sign-in-password")) }
                        input #password type="password" name="password" autocomplete="current-password" required;
                    }
                    p { button.primary type="submit" { (tr.t("sign-in-submit")) } }
                }
                p.aside { (tr.t("sign-in-readers")) (tr.sentence_gap()) a href="/read" { (tr.t("sign-in-reading-room")) } }
            }
        },
    )
}

fn percent(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The page with the anonymous CSRF cookie set when it was new.
fn with_token_cookie(
    state: &AppState,
    status: StatusCode,
    token: &str,
    fresh: bool,
    page: Markup,
) -> Response {
    let mut res = (status, page).into_response();
    if fresh {
        let value = set_cookie(ANONYMOUS_CSRF_COOKIE, token, None, "Strict", secure(state));
        if let Ok(v) = HeaderValue::from_str(&value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// `GET /sign-in`; signed-in people go where they were going.
pub async fn show(
    State(state): State<AppState>,
    MaybeStaff(staff): MaybeStaff,
    PageTr(tr): PageTr,
    headers: HeaderMap,
    Query(q): Query<Next>,
) -> Response {
    let next = safe_next(q.next.as_deref());
    if staff.is_some() {
        return Redirect::to(&next).into_response();
    }
    let (token, fresh) = anonymous_token(&headers);
    with_token_cookie(
        &state,
        StatusCode::OK,
        &token,
        fresh,
        form(&tr, &token, &next, "", None),
    )
}

#[derive(Debug, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// `POST /sign-in`.
pub async fn submit(
    State(state): State<AppState>,
    PageTr(tr): PageTr,
    headers: HeaderMap,
    CsrfForm(f): CsrfForm<SignInForm>,
) -> Response {
    let next = safe_next(f.next.as_deref());
    match state.app.sign_in(f.name.trim(), &f.password).await {
        Ok((_, secret)) => signed_in(&state, &secret, &next),
        Err(e) if !e.is_internal() => {
            let (token, fresh) = anonymous_token(&headers);
            let notice = Notice::Error(tr.error(&e));
            let status = bitext_http::error::ApiError::from(e).status();
            with_token_cookie(
                &state,
                status,
                &token,
                fresh,
                form(&tr, &token, &next, f.name.trim(), Some(&notice)),
            )
        }
        Err(e) => bitext_http::error::ApiError::from(e).into_response(),
    }
}

fn signed_in(state: &AppState, secret: &SessionSecret, next: &str) -> Response {
    let lifetime = state.app.config().session_lifetime.num_seconds();
    let mut res = Redirect::to(next).into_response();
    let secure = secure(state);
    for value in [
        set_cookie(
            SESSION_COOKIE,
            secret.as_str(),
            Some(lifetime),
            "Lax",
            secure,
        ),
        set_cookie(ANONYMOUS_CSRF_COOKIE, "", Some(0), "Strict", secure),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

#[derive(Debug, Deserialize)]
pub struct SignOutForm {}

/// `POST /sign-out`: ends the session in the database and forgets the cookie.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<SignOutForm>,
) -> Result<Response, bitext_http::error::ApiError> {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        let secret = SessionSecret::from_cookie(secret.to_owned());
        state.app.sign_out(&secret).await?;
    }
    let mut res = Redirect::to("/sign-in").into_response();
    let value = set_cookie(SESSION_COOKIE, "", Some(0), "Lax", secure(&state));
    if let Ok(v) = HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/articles?x=1")), "/articles?x=1");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
