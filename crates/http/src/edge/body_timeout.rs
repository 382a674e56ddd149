//! A deadline for request bodies: the whole body must arrive within the configured time after
//! its headers, however it trickles in. A handler reading a late body gets an error; the
//! middleware then answers 408 with a localized problem and `Connection: close`, so the
//! connection is not kept for a client that cannot send in time.

use std::{
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use bitext_domain::ErrorCode;
use http_body::{Body as HttpBody, Frame, SizeHint};
use tokio::time::{Instant, Sleep, sleep_until};

use crate::error::Problem;

/// The error a late body ends with.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
pub struct BodyTimedOut;

/// A request body that fails once its deadline passes.
struct Deadline {
    inner: Body,
    sleep: Pin<Box<Sleep>>,
    expired: Arc<AtomicBool>,
}

impl HttpBody for Deadline {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = &mut *self;
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            return Poll::Ready(frame);
        }
        if this.sleep.as_mut().poll(cx).is_ready() {
            this.expired.store(true, Ordering::Relaxed);
            return Poll::Ready(Some(Err(axum::Error::new(BodyTimedOut))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The middleware: see the module docs.
pub async fn deadline(State(timeout): State<Duration>, req: Request, next: Next) -> Response {
    if req.body().is_end_stream() {
        return next.run(req).await;
    }
    let expired = Arc::new(AtomicBool::new(false));
    let until = Instant::now() + timeout;
    let req = req.map(|inner| {
        Body::new(Deadline {
            inner,
            sleep: Box::pin(sleep_until(until)),
            expired: expired.clone(),
        })
    });
    let res = next.run(req).await;
    if expired.load(Ordering::Relaxed) {
        return too_slow(timeout);
    }
    res
}

/// 408, rendered by the localizing middleware, closing the connection.
fn too_slow(timeout: Duration) -> Response {
    let seconds = timeout.as_secs() + u64::from(timeout.subsec_nanos() > 0);
    let mut res = StatusCode::REQUEST_TIMEOUT.into_response();
    res.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    res.extensions_mut().insert(Problem {
        code: ErrorCode::RequestTimeout,
        args: vec![("seconds", seconds.into())],
    });
    res
}
