//! The site a public response belongs to ([`Site`]): its name from the configuration, and the
//! origin its absolute links start with.
//!
//! The origin is `BITEXT_PUBLIC_URL` when it is set. Without it, a request to a loopback host
//! (`localhost`, `127.0.0.1`, `[::1]`, as while trying the service out) gets `http://` and that
//! host, so that links work on the machine itself; any other `Host` is not trusted to name the
//! site, and links start with `http://localhost`. The first public page served without the
//! setting says so in the log, once per process.

use std::{net::IpAddr, sync::Once};

use axum::http::{HeaderMap, header, uri::Authority};
use bitext_publish::Site;

use crate::HttpConfig;

/// The origin used when the request names no loopback host and nothing is configured.
const FALLBACK: &str = "http://localhost";

/// The site of a public response to a request with `headers`.
pub fn site(config: &HttpConfig, headers: &HeaderMap) -> Site {
    Site::new(
        config.site_name.clone(),
        &origin(config.public_url.as_deref(), headers),
    )
}

/// Where absolute links start: the public URL, else `http://` and the request's `Host` when
/// it is a loopback host, else `http://localhost`.
pub fn origin(public_url: Option<&str>, headers: &HeaderMap) -> String {
    if let Some(url) = public_url {
        return url.trim_end_matches('/').to_owned();
    }
    static WARNED: Once = Once::new();
    WARNED.call_once(|| {
        tracing::warn!(
            "a public page was served without BITEXT_PUBLIC_URL: its absolute links use a \
             loopback Host or http://localhost; set the public URL readers use"
        );
    });
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.parse::<Authority>().ok())
        .filter(|a| !a.as_str().contains('@') && is_loopback(a.host()))
        .map_or_else(
            || FALLBACK.to_owned(),
            |a| format!("http://{}", a.as_str().to_ascii_lowercase()),
        )
}

/// Whether `host` (as an authority spells it, IPv6 in brackets) names this machine.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether a public response's links depend on the request's `Host`, so that caches must
/// keep one copy per host (`Vary: Host`).
pub fn varies_by_host(config: &HttpConfig) -> bool {
    config.public_url.is_none()
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn with_host(host: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static(host));
        headers
    }

    #[test]
    fn the_public_url_wins_over_any_host() {
        assert_eq!(
            origin(Some("https://news.example/"), &with_host("127.0.0.1:8080")),
            "https://news.example"
        );
    }

    #[test]
    fn without_a_public_url_only_loopback_hosts_name_the_origin() {
        assert_eq!(origin(None, &HeaderMap::new()), FALLBACK);
        assert_eq!(
            origin(None, &with_host("127.0.0.1:8080")),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            origin(None, &with_host("LocalHost:3000")),
            "http://localhost:3000"
        );
        assert_eq!(origin(None, &with_host("[::1]:8080")), "http://[::1]:8080");
        assert_eq!(origin(None, &with_host("127.9.9.9")), "http://127.9.9.9");
        assert_eq!(origin(None, &with_host("news.example")), FALLBACK);
        assert_eq!(origin(None, &with_host("10.0.0.1:8080")), FALLBACK);
        assert_eq!(origin(None, &with_host("evil.example/x?y")), FALLBACK);
        assert_eq!(origin(None, &with_host("user@127.0.0.1")), FALLBACK);
    }
}
