//! Request ids: the server gives every request its own (`X-Request-Id`, a UUID), which logs,
//! problems and the audit trail carry. A client's own `X-Request-Id` never replaces it: it is
//! kept, bounded and sanitized, as the correlation id (`X-Correlation-Id` on the response, and
//! beside the server's id in the audit trail).

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};

/// The header a client's id is echoed in.
pub const CORRELATION: HeaderName = HeaderName::from_static("x-correlation-id");
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The longest correlation id kept, in characters.
pub const MAX_LEN: usize = 64;

/// A client's id of its request, if it sent a usable one.
#[derive(Debug, Clone, Default)]
pub struct CorrelationId(pub Option<String>);

/// Keeps what can be kept of a client's id: letters, digits and `-_.:`, at most [`MAX_LEN`]
/// of them; nothing when no character is left.
fn sanitize(value: &HeaderValue) -> Option<String> {
    let kept: String = value
        .as_bytes()
        .iter()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .take(MAX_LEN)
        .map(|b| char::from(*b))
        .collect();
    (!kept.is_empty()).then_some(kept)
}

/// The middleware: see the module docs.
pub async fn assign(mut req: Request, next: Next) -> Response {
    let correlation = req.headers().get(&REQUEST_ID).and_then(sanitize);
    let id = uuid::Uuid::new_v4().to_string();
    req.headers_mut().insert(
        REQUEST_ID,
        HeaderValue::from_str(&id).unwrap_or_else(|_| unreachable!("a UUID is a header value")),
    );
    req.extensions_mut()
        .insert(CorrelationId(correlation.clone()));
    let mut res = next.run(req).await;
    if let Some(c) = correlation.and_then(|c| HeaderValue::from_str(&c).ok()) {
        res.headers_mut().insert(CORRELATION, c);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clients_id_is_bounded_and_sanitized() {
        let v = |s: &str| HeaderValue::from_str(s).unwrap();
        assert_eq!(sanitize(&v("abc-123")), Some("abc-123".into()));
        assert_eq!(sanitize(&v("a b<script>")), Some("abscript".into()));
        assert_eq!(sanitize(&v(&"x".repeat(5000))).unwrap().len(), MAX_LEN);
        assert_eq!(sanitize(&v("<>\"'")), None);
    }
}
