//! The server's edge: the middleware that every request meets before a handler, for what slow,
//! hostile or framed clients could do. Security headers on every response ([`headers`]), a
//! deadline for request bodies ([`body_timeout`]) and per-address rate limits on writes and
//! sign-in ([`rate_limit`]). The connection-level limits (header and idle timeouts, the
//! connection cap) are in [`crate::server`].

pub mod body_timeout;
pub mod headers;
pub mod rate_limit;
