//! Per-address rate limits (GCRA, from `governor`) on what is worth limiting: writes to the API
//! (`POST`, `PUT`, `PATCH`, `DELETE` under `/api/`) and sign-in attempts (`POST` to
//! [`SIGN_IN_PATH`]), each with its own rate and burst. Reads are never limited. A refused
//! request is answered 429 with `Retry-After` and a localized problem, before any handler runs.
//!
//! The address is the peer's, as [`crate::server`] records it: behind a reverse proxy every
//! client shares the proxy's. IPv6 clients are counted by their /64, which one host usually
//! holds whole.

use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    num::NonZeroU32,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use bitext_domain::ErrorCode;
use governor::{DefaultKeyedRateLimiter, Quota, clock::Clock};

use crate::error::Problem;

/// The path of the web interface's sign-in form; its `POST`s are sign-in attempts.
pub const SIGN_IN_PATH: &str = "/sign-in";

/// A rate: `per_minute` requests a minute on average, with up to `burst` at once. A
/// `per_minute` of 0 turns the limit off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_minute: u32,
    pub burst: u32,
}

impl RateLimit {
    /// No limit.
    pub const OFF: RateLimit = RateLimit {
        per_minute: 0,
        burst: 0,
    };

    fn quota(self) -> Option<Quota> {
        let per_minute = NonZeroU32::new(self.per_minute)?;
        let burst = NonZeroU32::new(self.burst).unwrap_or(NonZeroU32::MIN);
        Some(Quota::per_minute(per_minute).allow_burst(burst))
    }
}

/// How many checks between two sweeps of the addresses no longer limited.
const SWEEP_EVERY: u64 = 4096;

/// One limit, kept per address.
#[derive(Debug)]
struct Limiter {
    addresses: DefaultKeyedRateLimiter<IpAddr>,
    checks: AtomicU64,
}

impl Limiter {
    fn new(limit: RateLimit) -> Option<Self> {
        Some(Self {
            addresses: DefaultKeyedRateLimiter::keyed(limit.quota()?),
            checks: AtomicU64::new(0),
        })
    }

    /// `Err` with the time to wait when `address` is over its rate.
    fn check(&self, address: IpAddr) -> Result<(), Duration> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.addresses.retain_recent();
            self.addresses.shrink_to_fit();
        }
        self.addresses
            .check_key(&address)
            .map_err(|not_until| not_until.wait_time_from(self.addresses.clock().now()))
    }
}

/// The limits of one server.
#[derive(Debug)]
pub struct RateLimits {
    writes: Option<Limiter>,
    sign_in: Option<Limiter>,
}

impl RateLimits {
    pub fn new(writes: RateLimit, sign_in: RateLimit) -> Self {
        Self {
            writes: Limiter::new(writes),
            sign_in: Limiter::new(sign_in),
        }
    }

    /// The limiter that counts a request, if one does.
    fn for_request(&self, method: &Method, path: &str) -> Option<&Limiter> {
        let write = matches!(
            *method,
            Method::POST | Method::PUT | Method::PATCH | Method::DELETE
        );
        if !write {
            None
        } else if path == SIGN_IN_PATH {
            self.sign_in.as_ref()
        } else if path.starts_with("/api/") {
            self.writes.as_ref()
        } else {
            None
        }
    }
}

/// The key an address is counted under: itself, or its /64 for IPv6.
fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(prefix))
            }
        },
    }
}

/// The middleware: see the module docs.
pub async fn limit(State(limits): State<Arc<RateLimits>>, req: Request, next: Next) -> Response {
    let Some(limiter) = limits.for_request(req.method(), req.uri().path()) else {
        return next.run(req).await;
    };
    // Without the peer's address (a router called in-process) all callers share one count.
    let address = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    match limiter.check(client_key(address)) {
        Ok(()) => next.run(req).await,
        Err(wait) => too_many(wait),
    }
}

/// 429, rendered by the localizing middleware, with the whole seconds to wait (at least one).
fn too_many(wait: Duration) -> Response {
    let seconds = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
    let mut res = StatusCode::TOO_MANY_REQUESTS.into_response();
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    res.extensions_mut().insert(Problem {
        code: ErrorCode::TooManyRequests,
        args: vec![("seconds", seconds.into())],
    });
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_addresses_count_by_their_64_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(c));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn only_api_writes_and_sign_in_posts_are_counted() {
        let on = RateLimit {
            per_minute: 60,
            burst: 1,
        };
        let limits = RateLimits::new(on, on);
        assert!(
            limits
                .for_request(&Method::POST, "/api/v1/articles")
                .is_some()
        );
        assert!(
            limits
                .for_request(&Method::DELETE, "/api/v1/webhooks/1")
                .is_some()
        );
        assert!(limits.for_request(&Method::POST, SIGN_IN_PATH).is_some());
        assert!(
            limits
                .for_request(&Method::GET, "/api/v1/articles")
                .is_none()
        );
        assert!(limits.for_request(&Method::GET, SIGN_IN_PATH).is_none());
        assert!(limits.for_request(&Method::POST, "/read/a/en").is_none());
        let off = RateLimits::new(RateLimit::OFF, RateLimit::OFF);
        assert!(off.for_request(&Method::POST, "/api/v1/articles").is_none());
    }
}
