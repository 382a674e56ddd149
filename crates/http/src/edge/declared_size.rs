//! A request that declares a body larger than the limit (`Content-Length`) is answered 413 at
//! once, before any of the body is read, and the connection closed: the client is not kept
//! waiting for a body the server would refuse anyway.

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use bitext_domain::ErrorCode;

use crate::error::Problem;

/// The middleware: see the module docs. Its state is the body limit, in bytes.
pub async fn refuse(State(limit): State<usize>, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared {
        Some(n) if n > limit as u64 => {
            let mut res = StatusCode::PAYLOAD_TOO_LARGE.into_response();
            res.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            res.extensions_mut().insert(Problem {
                code: ErrorCode::PayloadTooLarge,
                args: vec![("limit", limit.into())],
            });
            res
        }
        _ => next.run(req).await,
    }
}
