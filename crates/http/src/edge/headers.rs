//! Security headers on every response, set by one middleware outside every other layer (so the
//! public page cache's answers carry them too). Every response gets `X-Content-Type-Options:
//! nosniff`, and `Strict-Transport-Security` when the service's public URL is https. HTML gets a
//! strict Content-Security-Policy and a Referrer-Policy; a page that sets its own policy (with a
//! nonce, say) keeps it.

use std::sync::Arc;

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The `<style>` blocks of the pages this crate renders itself (the HTML diff and error pages),
/// allowed by their hashes; everything else comes from `/assets/`.
fn inline_styles() -> [&'static str; 2] {
    [crate::error_page::CSS, crate::routes::diff::DIFF_CSS]
}

/// The CSP source expression allowing a `<style>` element with exactly `css` inside.
pub fn style_hash(css: &str) -> String {
    let digest = Sha256::digest(css.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy of HTML responses: nothing but scripts and style sheets from this
/// origin and the known inline styles; no inline scripts, frames, plugins or `<base>`; forms post only here.
/// The reading pages' JSON-LD (`<script type="application/ld+json">`) is a data block, which
/// browsers never run, so the policy neither needs to allow it nor blocks it.
pub fn content_security_policy() -> String {
    let hashes: Vec<String> = inline_styles().into_iter().map(style_hash).collect();
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self' {}; img-src 'self'; \
         form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'",
        hashes.join(" ")
    )
}

/// The header values, built once.
#[derive(Debug, Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
    hsts: Option<HeaderValue>,
}

impl SecurityHeaders {
    /// HSTS is sent only when `public_url` is https: over plain http a browser ignores it, and
    /// a service reached over http must not tell browsers to insist on https.
    pub fn new(public_url: Option<&str>) -> Self {
        let https = public_url.is_some_and(|u| {
            u.get(..8)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        });
        Self {
            csp: HeaderValue::from_str(&content_security_policy())
                .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'")),
            hsts: https.then(|| HeaderValue::from_static("max-age=31536000")),
        }
    }

    /// Adds the headers to a response's.
    pub fn apply(&self, headers: &mut HeaderMap) {
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        if let Some(hsts) = &self.hsts {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts.clone());
        }
        if is_html(headers) {
            headers
                .entry(header::CONTENT_SECURITY_POLICY)
                .or_insert_with(|| self.csp.clone());
            headers
                .entry(header::REFERRER_POLICY)
                .or_insert_with(|| HeaderValue::from_static("strict-origin-when-cross-origin"));
        }
    }
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| {
            let t = t.trim();
            t.eq_ignore_ascii_case("text/html") || t.eq_ignore_ascii_case("application/xhtml+xml")
        })
}

/// The middleware: see the module docs.
pub async fn secure(
    State(headers): State<Arc<SecurityHeaders>>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    headers.apply(res.headers_mut());
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html() -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("Text/HTML; charset=utf-8"),
        );
        h
    }

    #[test]
    fn hsts_is_sent_only_for_an_https_public_url() {
        for (url, hsts) in [
            (Some("https://news.example"), true),
            (Some("HTTPS://news.example"), true),
            (Some("http://news.example"), false),
            (None, false),
        ] {
            let mut h = HeaderMap::new();
            SecurityHeaders::new(url).apply(&mut h);
            assert_eq!(
                h.contains_key(header::STRICT_TRANSPORT_SECURITY),
                hsts,
                "{url:?}"
            );
            assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        }
    }

    #[test]
    fn a_page_keeps_a_policy_of_its_own_and_html_without_one_gets_ours() {
        let headers = SecurityHeaders::new(None);
        let mut own = html();
        own.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; script-src 'nonce-abc'"),
        );
        headers.apply(&mut own);
        assert_eq!(
            own[header::CONTENT_SECURITY_POLICY],
            "default-src 'none'; script-src 'nonce-abc'"
        );
        let mut page = html();
        headers.apply(&mut page);
        let csp = page[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.starts_with("default-src 'none'; script-src 'self'; style-src 'self' 'sha256-"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
    }

    #[test]
    fn a_style_hash_is_the_base64_sha256_of_the_exact_text() {
        // printf 'a{}' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            style_hash("a{}"),
            "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='"
        );
    }
}
