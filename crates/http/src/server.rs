//! Serving connections: the accept loop with a cap on connections served at once (one more is
//! answered 503 with `Retry-After` on the socket and closed, never queued), hyper's HTTP/1
//! connection with a header read timeout, an idle timeout for kept-alive connections, the
//! peer's address for the rate limits, and graceful shutdown: once asked to stop, no new
//! connection is accepted, idle ones close, and requests in flight finish.

use std::{
    future::Future,
    io,
    net::SocketAddr,
    pin::{Pin, pin},
    sync::{
        Arc,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{Router, extract::ConnectInfo, http::StatusCode};
use bitext_domain::ErrorCode;
use bitext_i18n::Locale;
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore, watch},
    time::Instant,
};
use tower::ServiceExt;

use crate::HttpConfig;

/// What a client refused for the connection cap is told to wait, in seconds.
const BUSY_RETRY_AFTER: u64 = 1;
/// Refusals being written at once; past that, connections over the cap are simply closed.
const REFUSING_AT_ONCE: usize = 256;
/// How long a refused connection is drained (so that closing does not reset it before the
/// client reads the 503), and how much of it at most.
const REFUSAL_LINGER: Duration = Duration::from_secs(1);
const REFUSAL_DRAIN_BYTES: usize = 64 * 1024;

/// Serves `app` on `listener` with the default connection limits until `shutdown` completes,
/// then lets requests in flight finish. See [`serve_with`].
///
/// # Errors
/// None today; kept for listeners that can fail for good.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    serve_with(listener, app, &HttpConfig::default(), shutdown).await
}

/// Serves `app` on `listener` with `config`'s connection limits (header timeout, idle timeout,
/// connection cap) until `shutdown` completes, then stops accepting, closes idle connections and
/// returns once the requests in flight have finished. Accept errors (a client gone, no file
/// descriptors left) are logged and the loop goes on.
///
/// # Errors
/// None today; kept for listeners that can fail for good.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    config: &HttpConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let capacity = config.max_connections.max(1);
    let slots = Arc::new(Semaphore::new(capacity as usize));
    let refusing = Arc::new(Semaphore::new(REFUSING_AT_ONCE));
    let busy: Arc<[u8]> = busy_response().into();
    let limits = Limits {
        header_timeout: config.header_timeout,
        idle_timeout: config.idle_timeout,
    };
    let (stop, stopping) = watch::channel(());
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            biased;
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                let (app, stopping) = (app.clone(), stopping.clone());
                tokio::spawn(connection(stream, peer, app, limits, stopping, slot));
            }
            Err(_) => refuse(stream, &busy, &refusing),
        }
    }
    drop(listener);
    let _ = stop.send(());
    // Every connection holds a slot until it closes: all slots back means all closed.
    let _ = slots.acquire_many(capacity).await;
    Ok(())
}

/// Logs an accept error; after one that is not about a single client (e.g. out of file
/// descriptors), waits a little rather than spinning.
async fn accept_failed(e: io::Error) {
    use io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// The connection-level settings a connection task needs.
#[derive(Debug, Clone, Copy)]
struct Limits {
    header_timeout: Duration,
    idle_timeout: Duration,
}

/// Serves one connection until it closes, it has been idle too long, or the server stops.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    limits: Limits,
    mut stopping: watch::Receiver<()>,
    _slot: OwnedSemaphorePermit,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        inner: stream,
        activity: activity.clone(),
    });
    let service = {
        let activity = activity.clone();
        service_fn(move |mut req: axum::http::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let request = activity.request();
            let app = app.clone();
            async move {
                let res = app.oneshot(req).await;
                drop(request);
                res
            }
        })
    };
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    let mut conn = pin!(builder.serve_connection(io, service));
    let mut closing = false;
    loop {
        let check_at = activity.idle_deadline(limits.idle_timeout);
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!(%peer, error = %e, "connection closed with an error");
                }
                return;
            }
            _ = stopping.changed(), if !closing => {
                closing = true;
                conn.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(check_at), if !closing => {
                if activity.idle_for(limits.idle_timeout) {
                    closing = true;
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// When a connection last moved a byte, and how many of its requests are being handled.
#[derive(Debug)]
struct Activity {
    opened: Instant,
    /// Milliseconds from `opened` to the last byte read or written, or request finished.
    last: AtomicU64,
    requests: AtomicUsize,
}

impl Activity {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            last: AtomicU64::new(0),
            requests: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let ms = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last.store(ms, Ordering::Relaxed);
    }

    /// Counts a request in flight until the guard drops.
    fn request(self: &Arc<Self>) -> InFlight {
        self.requests.fetch_add(1, Ordering::Relaxed);
        InFlight(self.clone())
    }

    /// When the connection will have been idle for `idle` if nothing happens meanwhile.
    fn idle_deadline(&self, idle: Duration) -> Instant {
        if self.requests.load(Ordering::Relaxed) > 0 {
            return Instant::now() + idle;
        }
        self.opened + Duration::from_millis(self.last.load(Ordering::Relaxed)) + idle
    }

    /// Whether no request is in flight and no byte has moved for `idle`.
    fn idle_for(&self, idle: Duration) -> bool {
        self.requests.load(Ordering::Relaxed) == 0 && Instant::now() >= self.idle_deadline(idle)
    }
}

/// A request in flight on a connection.
struct InFlight(Arc<Activity>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.touch();
        self.0.requests.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A socket that records when it last moved bytes.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The whole answer to a connection over the cap: 503, `Retry-After`, a problem in the default
/// language (the request is not read, so there is no `Accept-Language` to follow), and close.
fn busy_response() -> Vec<u8> {
    let status = StatusCode::SERVICE_UNAVAILABLE;
    let body = crate::problem::render_standalone(
        &Locale::default(),
        status,
        ErrorCode::ServiceUnavailable,
        &[],
        "",
    );
    format!(
        "HTTP/1.1 503 Service Unavailable\r\n\
         content-type: application/problem+json\r\n\
         content-language: {lang}\r\n\
         content-length: {len}\r\n\
         retry-after: {BUSY_RETRY_AFTER}\r\n\
         cache-control: no-store\r\n\
         x-content-type-options: nosniff\r\n\
         connection: close\r\n\r\n{body}",
        lang = Locale::default().as_str(),
        len = body.len(),
    )
    .into_bytes()
}

/// Answers a connection over the cap with `busy` and closes it, in a task of its own; when too
/// many refusals are being written already, writes what the socket takes at once and closes it
/// (the client may then see a reset instead).
fn refuse(stream: TcpStream, busy: &Arc<[u8]>, refusing: &Arc<Semaphore>) {
    let Ok(permit) = refusing.clone().try_acquire_owned() else {
        let _ = stream.try_write(busy);
        return;
    };
    let busy = busy.clone();
    tokio::spawn(async move {
        let _permit = permit;
        let mut stream = stream;
        let _ = tokio::time::timeout(REFUSAL_LINGER, async {
            stream.write_all(&busy).await?;
            stream.shutdown().await?;
            let mut sink = [0u8; 4096];
            let mut left = REFUSAL_DRAIN_BYTES;
            while left > 0 {
                let n = stream.read(&mut sink).await?;
                if n == 0 {
                    break;
                }
                left = left.saturating_sub(n);
            }
            Ok::<(), io::Error>(())
        })
        .await;
    });
}
