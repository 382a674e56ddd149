//! Delivers webhook events from the transactional outbox: each delivery is signed with
//! HMAC-SHA256 over `"{timestamp}.{body}"` with the subscriber's secret, sent as a JSON POST,
//! over HTTP or HTTPS (rustls with the system's root certificates), and retried with
//! exponential backoff until it succeeds or the attempts run out. Every
//! attempt is recorded for admins to see.

use std::{future::Future, time::Duration};

use bitext_domain::Destinations;
use bitext_store::{
    Store,
    webhooks::{DueDelivery, Outcome},
};
use hmac::{Hmac, Mac};

mod guard;
use sha2::Sha256;

/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i32 = 10;

/// How long a worker holds a delivery it claimed, unless told otherwise: no other worker sends
/// it meanwhile, and once it runs out (the worker died) another does.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(60);

/// The longest a subscriber may take to answer, unless the lease calls for less.
const LONGEST_ANSWER: Duration = Duration::from_secs(10);

/// Deliveries sent in one pass before the loop looks at the clock again.
const PASS: usize = 20;

/// The signature header's value: `sha256=` and the hex HMAC of `"{timestamp}.{body}"`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// How long to wait after the `attempts`-th failed attempt (counting from 1): 2, 4, 8 ...
/// seconds, at most an hour; `None` once [`MAX_ATTEMPTS`] have failed.
pub fn backoff(attempts: i32) -> Option<Duration> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let secs = 2u64.saturating_pow(attempts.clamp(1, 20) as u32).min(3600);
    Some(Duration::from_secs(secs))
}

/// Installs the process-wide TLS crypto provider (ring) that HTTPS deliveries use; harmless
/// when one is installed already. Call it before building any HTTP client in the process.
pub fn install_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Sends webhook deliveries.
#[derive(Debug, Clone)]
pub struct Deliverer {
    store: Store,
    client: reqwest::Client,
    destinations: Destinations,
    lease: Duration,
}

impl Deliverer {
    /// A deliverer to public addresses only.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn new(store: Store) -> Result<Self, reqwest::Error> {
        Self::build(store, Destinations::Public, DEFAULT_LEASE)
    }

    /// The same deliverer, reaching `destinations`.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn destinations(self, destinations: Destinations) -> Result<Self, reqwest::Error> {
        Self::build(self.store, destinations, self.lease)
    }

    /// The same deliverer, holding each delivery it claims for `lease` (at least a second).
    /// A subscriber then has at most half the lease, and never more than 10 seconds, to
    /// answer, so that an attempt is recorded while its claim still holds.
    ///
    /// # Errors
    /// When the HTTP client cannot be built.
    pub fn lease(self, lease: Duration) -> Result<Self, reqwest::Error> {
        Self::build(
            self.store,
            self.destinations,
            lease.max(Duration::from_secs(1)),
        )
    }

    fn build(
        store: Store,
        destinations: Destinations,
        lease: Duration,
    ) -> Result<Self, reqwest::Error> {
        install_tls();
        // Names are resolved by `guard::Resolver`, which refuses any name with an address
        // outside `destinations`; the connection then goes to the addresses it checked, so a
        // name that resolves differently a moment later (DNS rebinding) gains nothing.
        // Redirects are not followed.
        let client = reqwest::Client::builder()
            .timeout(LONGEST_ANSWER.min(lease / 2))
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(std::sync::Arc::new(guard::Resolver { destinations }))
            .user_agent(concat!("Bitext/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            store,
            client,
            destinations,
            lease,
        })
    }

    /// One pass: claims what is due, sends it, records the outcomes. Returns how many were sent.
    ///
    /// # Errors
    /// Database errors; a subscriber's failure is recorded, not returned.
    pub async fn deliver_due(&self) -> Result<usize, bitext_store::StoreError> {
        self.deliver_due_at(bitext_domain::now()).await
    }

    /// One pass as if the time were `now`: what is due by then is sent, and a failure's next
    /// attempt is scheduled from then. [`Deliverer::deliver_due`] passes the clock's time; a
    /// later `now` runs the retries of the coming hours without waiting for them.
    ///
    /// Deliveries are claimed one at a time, each just before it is sent: a worker never holds
    /// more than the one it is sending, so a worker that dies leaves at most that one to wait
    /// for its lease to run out, and none waits behind slow subscribers in a claimed batch.
    ///
    /// # Errors
    /// Database errors; a subscriber's failure is recorded, not returned.
    pub async fn deliver_due_at(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, bitext_store::StoreError> {
        let lease = chrono::Duration::from_std(self.lease).unwrap_or(chrono::Duration::MAX);
        let pass = std::time::Instant::now();
        let mut count = 0;
        while count < PASS {
            // The pass's clock, moved on by the time the pass has taken so far.
            let at = now + chrono::Duration::from_std(pass.elapsed()).unwrap_or_default();
            let Some(d) = self.store.claim_due_delivery(at, lease).await? else {
                break;
            };
            count += 1;
            let outcome = self.send(&d, at).await;
            if !outcome.delivered {
                tracing::warn!(delivery = d.id, url = %d.url, error = ?outcome.error, status = ?outcome.status_code, "webhook delivery failed");
            }
            if !self.store.record_attempt(&d, &outcome).await? {
                tracing::warn!(
                    delivery = d.id,
                    "webhook attempt outlasted its lease; another worker may have sent it too"
                );
            }
        }
        Ok(count)
    }

    /// Sends one delivery; a failure is scheduled for a retry counted from `now` plus the
    /// time the attempt took.
    async fn send(&self, d: &DueDelivery, now: chrono::DateTime<chrono::Utc>) -> Outcome {
        // An address literal is connected to without resolving: check it here. A refused
        // destination is never contacted, and its delivery is given up at once.
        if let Some(refusal) = guard::refuse_literal(&d.url, self.destinations) {
            return Outcome {
                status_code: None,
                error: Some(refusal),
                duration_ms: 0,
                retry_at: None,
                delivered: false,
            };
        }
        let timestamp = chrono::Utc::now().timestamp();
        let started = std::time::Instant::now();
        let result = self
            .client
            .post(&d.url)
            .header("content-type", "application/json")
            .header("x-bitext-event", &d.event)
            .header("x-bitext-delivery", d.id.to_string())
            .header("x-bitext-timestamp", timestamp.to_string())
            .header(
                "x-bitext-signature",
                signature(&d.secret, timestamp, d.payload.as_bytes()),
            )
            .body(d.payload.clone())
            .send()
            .await;
        let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let (status_code, error, delivered) = match result {
            Ok(res) => {
                let status = res.status();
                (
                    Some(i32::from(status.as_u16())),
                    (!status.is_success()).then(|| format!("HTTP {status}")),
                    status.is_success(),
                )
            }
            Err(e) => (None, Some(error_chain(&e)), false),
        };
        // A destination the resolver refused stays refused: give it up at once.
        let refused = error.as_deref().is_some_and(guard::is_refusal);
        let retry_at = if delivered || refused {
            None
        } else {
            backoff(d.attempts + 1)
                .and_then(|wait| chrono::Duration::from_std(wait + started.elapsed()).ok())
                .and_then(|wait| now.checked_add_signed(wait))
        };
        Outcome {
            status_code,
            error,
            duration_ms,
            retry_at,
            delivered,
        }
    }

    /// Delivers until `shutdown` completes, polling every `every`.
    pub async fn run(self, every: Duration, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            match self.deliver_due().await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "webhook worker"),
            }
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(every) => {}
            }
        }
    }
}

/// An error and its causes, for the attempt log ("error sending request: tcp connect error:
/// Connection refused").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_depend_on_secret_time_and_body() {
        let s = signature("secret", 1_700_000_000, b"{}");
        assert!(s.starts_with("sha256=") && s.len() == 7 + 64);
        assert_ne!(s, signature("other", 1_700_000_000, b"{}"));
        assert_ne!(s, signature("secret", 1_700_000_001, b"{}"));
        assert_ne!(s, signature("secret", 1_700_000_000, b"{ }"));
    }

    #[test]
    fn known_answer_matches_hmac_sha256() {
        // HMAC-SHA256(key = "key", message = "0.The quick brown fox jumps over the lazy dog"),
        // computed with another implementation.
        let s = signature("key", 0, b"The quick brown fox jumps over the lazy dog");
        assert_eq!(
            s,
            "sha256=8511f28f7a1949f0c42772b447d68b2daf760f5f0439a20a17e3b4e7cd395763"
        );
    }

    #[test]
    fn backoff_grows_and_gives_up() {
        assert_eq!(backoff(1), Some(Duration::from_secs(2)));
        assert_eq!(backoff(3), Some(Duration::from_secs(8)));
        assert!(backoff(9).unwrap() <= Duration::from_secs(3600));
        assert_eq!(backoff(MAX_ATTEMPTS), None);
    }
}
