//! The server's edge: slow and idle clients, the connection cap, graceful shutdown, security
//! headers and rate limits, over real sockets.

mod connections;
mod headers;
mod rate_limits;
mod shutdown;

use std::{
    net::SocketAddr,
    time::{Duration, Instant},
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// The longest any test here waits for the server to act; far above the 1 s test settings.
const PATIENCE: Duration = Duration::from_secs(10);

/// A connection to `addr` that has sent `bytes`.
async fn connect_and_send(addr: SocketAddr, bytes: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    stream
}

/// Reads until the server closes the connection (end of stream or reset) and returns what
/// arrived, or `None` if it is still open after [`PATIENCE`].
async fn read_until_closed(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let read_all = async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(PATIENCE, read_all).await.ok()?;
    Some(got)
}

/// One whole response (the head, and a body of `Content-Length` bytes), read within
/// [`PATIENCE`]: its status, its head in lower case, and its body.
async fn read_response(stream: &mut TcpStream) -> (u16, String, Vec<u8>) {
    let read = async {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        let head_end = loop {
            if let Some(i) = got.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let n = stream.read(&mut buf).await.unwrap();
            assert!(n > 0, "closed before a whole head: {got:?}");
            got.extend_from_slice(&buf[..n]);
        };
        let head = String::from_utf8_lossy(&got[..head_end]).to_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .map_or(0, |v| v.trim().parse().unwrap());
        while got.len() < head_end + length {
            let n = stream.read(&mut buf).await.unwrap();
            assert!(n > 0, "closed before the whole body");
            got.extend_from_slice(&buf[..n]);
        }
        let status = head[9..12].parse().unwrap();
        (status, head, got[head_end..].to_vec())
    };
    tokio::time::timeout(PATIENCE, read)
        .await
        .expect("no whole response in time")
}

/// A `GET` of `path` that keeps the connection open.
fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: test\r\n\r\n").into_bytes()
}

/// Asserts that `since` is at least `at_least` ago (less a margin for timers), to show that a
/// close came from a timeout and not from something immediate.
fn waited(since: Instant, at_least: Duration) {
    let elapsed = since.elapsed();
    assert!(
        elapsed + Duration::from_millis(100) >= at_least,
        "closed after {elapsed:?}, before the {at_least:?} timeout"
    );
}
