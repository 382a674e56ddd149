//! Signing in with a password: setting one (operators, on the command line), slowing down
//! guesses under one name, and sessions stored server-side, for the web interface.

use std::sync::OnceLock;

use bitext_domain::{Password, User, sign_in_key};
use chrono::TimeDelta;

use crate::{App, AppError, AppResult};

/// A session's secret, given to the browser once; its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionSecret(String);

impl SessionSecret {
    /// A secret as a browser sends it back, to sign its session out.
    pub fn from_cookie(secret: String) -> Self {
        Self(secret)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(…)")
    }
}

/// A hash to verify against when the name is unknown or has no password, so that such a
/// sign-in takes as long as one with a wrong password.
fn dummy_hash() -> Option<&'static str> {
    static DUMMY: OnceLock<Option<String>> = OnceLock::new();
    DUMMY
        .get_or_init(|| bitext_password::hash_password("not anyone's password").ok())
        .as_deref()
}

/// How stale a session's last-seen time may grow before a use writes it again: most requests
/// then only read. Idle expiry is early by at most this much, never late.
const SEEN_PRECISION: TimeDelta = TimeDelta::minutes(1);

impl App {
    /// Sets a person's password (only its argon2id hash is stored) and signs out every session
    /// they have. For operators (the command line), who act outside any account.
    ///
    /// # Errors
    /// Not found; hashing failures (internal).
    pub async fn set_password(&self, name: &str, password: &Password) -> AppResult<User> {
        let hash = bitext_password::hash_password(password.as_str())?;
        let tx = self.write().await?;
        let user = tx.set_password_hash(name, &hash).await?;
        tx.revoke_sessions_of(user.id).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Signs a person in with their password: a new session and its secret, shown once. An
    /// unknown name, a person without a password and a wrong password fail alike and take
    /// about as long. A stored hash with outdated parameters is replaced by a current one.
    ///
    /// Attempts are counted per name as typed (trimmed, lowercased), known or not, as
    /// [`crate::AppConfig::sign_in_throttle`] says: past its free failures, attempts under that
    /// name are refused for a while without looking at the password. An attempt counts before
    /// its password is verified, so that concurrent guesses are counted too; a success forgets
    /// every failure under the name.
    ///
    /// # Errors
    /// [`AppError::SignInThrottled`]; [`AppError::SignInFailed`]; database errors.
    pub async fn sign_in(&self, name: &str, password: &str) -> AppResult<(User, SessionSecret)> {
        let key = sign_in_key(name);
        self.count_sign_in_attempt(&key).await?;
        let found = self.read().await?.user_with_password(name).await?;
        let (user, stored) = match found {
            Some((user, Some(stored))) => (Some(user), stored),
            _ => (None, dummy_hash().unwrap_or_default().to_owned()),
        };
        let matches = bitext_password::verify_password(password, &stored).unwrap_or(false);
        let Some(user) = user.filter(|_| matches) else {
            return Err(AppError::SignInFailed);
        };
        // Verifying is slow, so it runs outside the write transaction; the session is opened
        // only if the password did not change meanwhile (a change ends every session).
        let now = self.now();
        let tx = self.write().await?;
        let current = tx
            .user_with_password(name)
            .await?
            .and_then(|(_, hash)| hash);
        if current.as_deref() != Some(stored.as_str()) {
            return Err(AppError::SignInFailed);
        }
        tx.forget_sign_in_failures(&key).await?;
        if bitext_password::needs_rehash(&stored) {
            let rehashed = bitext_password::hash_password(password)?;
            tx.set_password_hash(&user.name, &rehashed).await?;
        }
        let secret = tx
            .create_session(user.id, now, now + self.config.session_lifetime)
            .await?;
        tx.commit().await?;
        Ok((user, SessionSecret(secret)))
    }

    /// Counts an attempt to sign in under `key`, or refuses it while that name is paused.
    async fn count_sign_in_attempt(&self, key: &str) -> AppResult<()> {
        let throttle = self.config.sign_in_throttle;
        let now = self.now();
        let tx = self.write().await?;
        let kept = tx
            .sign_in_failures_for_update(key, now, throttle.fresh(now))
            .await?;
        let decided = throttle.attempt(kept, now);
        if let Ok(counted) = &decided {
            tx.save_sign_in_failures(key, counted).await?;
        }
        // Committed either way: the records forgotten meanwhile stay deleted.
        tx.commit().await?;
        decided
            .map(|_| ())
            .map_err(|paused| AppError::SignInThrottled {
                retry_after_seconds: paused.retry_after_seconds(now),
            })
    }

    /// Signs a session out: its secret signs no one in from now on. An unknown or already
    /// ended session is no error.
    ///
    /// # Errors
    /// Database errors.
    pub async fn sign_out(&self, secret: &SessionSecret) -> AppResult<()> {
        let tx = self.write().await?;
        tx.revoke_session(secret.as_str()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The person a live session belongs to. It is marked seen only when its last-seen time
    /// is older than [`SEEN_PRECISION`], so that most uses write nothing.
    pub(crate) async fn session_user(&self, secret: &str) -> AppResult<Option<User>> {
        let now = self.now();
        let found = self
            .read()
            .await?
            .live_session(secret, now, now - self.config.session_idle)
            .await?;
        let Some(session) = found else {
            return Ok(None);
        };
        if now - session.last_seen_at > SEEN_PRECISION {
            let tx = self.write().await?;
            tx.touch_session(session.id, now, now - SEEN_PRECISION)
                .await?;
            tx.commit().await?;
        }
        Ok(Some(session.user))
    }
}
