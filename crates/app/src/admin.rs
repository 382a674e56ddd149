//! People, their tokens, and webhook subscribers: what admins manage (over HTTP) and operators
//! set up (on the command line), and how a caller is recognised.

use bitext_domain::{Role, Roles, User, WebhookSecret, WebhookUrl, plain_text};
use bitext_store::{
    users::TokenInfo,
    webhooks::{Delivery, Webhook},
};

use crate::{Actor, App, AppResult};

/// Who manages people and webhooks over HTTP.
pub const ADMIN: &[Role] = &[Role::Admin];

/// How a caller proves who they are.
#[derive(Debug, Clone, Copy)]
pub enum Credential<'a> {
    /// An API token (`Authorization: Bearer …`).
    Token(&'a str),
    /// A session's secret, from signing in with a password ([`App::sign_in`]).
    Session(&'a str),
}

impl App {
    /// The user a credential belongs to, if it is valid and not revoked. A session must also
    /// not be expired nor idle longer than [`crate::AppConfig::session_idle`]. Using it marks it
    /// seen, but only once a minute: a use within a minute of the last recorded one writes
    /// nothing, so a session may expire up to a minute before the idle limit after its last
    /// use (never after).
    ///
    /// # Errors
    /// Database errors only.
    pub async fn authenticate(&self, credential: Credential<'_>) -> AppResult<Option<User>> {
        match credential {
            Credential::Token(secret) => Ok(self.store.authenticate(secret).await?),
            Credential::Session(secret) => self.session_user(secret).await,
        }
    }

    /// Adds a person with their roles and a first token; returns the token's secret, shown
    /// once. For operators (the command line), who act outside any account.
    ///
    /// # Errors
    /// A conflict when the name is taken.
    pub async fn create_user(
        &self,
        name: &str,
        display_name: &str,
        roles: Roles,
    ) -> AppResult<(User, String)> {
        plain_text(name)?;
        plain_text(display_name)?;
        let tx = self.write().await?;
        let created = tx.create_user(name, display_name, roles).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Another token for a person; returns its id and secret, shown once.
    ///
    /// # Errors
    /// Not found.
    pub async fn create_token(&self, user: &str, label: &str) -> AppResult<(i64, String)> {
        let tx = self.write().await?;
        let created = tx.create_token(user, label).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Revokes a token: it authenticates no one from now on.
    ///
    /// # Errors
    /// Not found.
    pub async fn revoke_token(&self, id: i64) -> AppResult<()> {
        let tx = self.write().await?;
        tx.revoke_token(id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A person's tokens, never their secrets.
    ///
    /// # Errors
    /// Not found.
    pub async fn tokens(&self, user: &str) -> AppResult<Vec<TokenInfo>> {
        let tx = self.read().await?;
        Ok(tx.list_tokens(user).await?)
    }

    /// Adds a webhook subscriber (admins); returns it and its signing secret (generated when
    /// not given), shown once.
    ///
    /// # Errors
    /// Forbidden.
    pub async fn create_webhook(
        &self,
        actor: &Actor,
        url: &WebhookUrl,
        secret: Option<WebhookSecret>,
    ) -> AppResult<(Webhook, String)> {
        actor.require(ADMIN)?;
        url.check(self.config.webhook_destinations)?;
        let tx = self.write().await?;
        let created = tx
            .create_webhook(
                &actor.context(),
                url.as_str(),
                secret.map(WebhookSecret::into_string),
            )
            .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Every webhook subscriber (admins).
    ///
    /// # Errors
    /// Forbidden.
    pub async fn webhooks(&self, actor: &Actor) -> AppResult<Vec<Webhook>> {
        actor.require(ADMIN)?;
        let tx = self.read().await?;
        Ok(tx.webhooks().await?)
    }

    /// Stops deliveries to a subscriber; its history stays readable (admins).
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn deactivate_webhook(&self, actor: &Actor, id: i64) -> AppResult<Webhook> {
        actor.require(ADMIN)?;
        let tx = self.write().await?;
        let webhook = tx.deactivate_webhook(id).await?;
        tx.commit().await?;
        Ok(webhook)
    }

    /// A subscriber's deliveries, newest first, with every attempt (admins).
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn deliveries(
        &self,
        actor: &Actor,
        webhook: i64,
        limit: u64,
    ) -> AppResult<Vec<Delivery>> {
        actor.require(ADMIN)?;
        let tx = self.read().await?;
        Ok(tx.deliveries(webhook, limit).await?)
    }
}

impl App {
    /// How many webhook deliveries wait to be sent.
    ///
    /// # Errors
    /// When the database does not answer.
    pub async fn pending_deliveries(&self) -> AppResult<u64> {
        Ok(self.store.pending_deliveries().await?)
    }
}
