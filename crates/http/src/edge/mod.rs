//! The server's edge: the middleware that every request meets before a handler, for what slow,
//! hostile or framed clients could do. Security headers on every response ([`headers`]) and a
//! deadline for request bodies ([`body_timeout`]). The connection-level limits (header and idle
//! timeouts, the connection cap) are in [`crate::server`].

pub mod body_timeout;
pub mod headers;
