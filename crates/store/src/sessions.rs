//! Sessions of people signed in with a password. The secret is 32 random bytes given to the
//! browser once; only its SHA-256 hash is stored, as for API tokens.

use bitext_domain::User;
use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};

use crate::{
    StoreError, Tx, convert,
    entity::{session, user},
    users::hash,
};

/// A session that signs someone in.
#[derive(Debug, Clone)]
pub struct LiveSession {
    pub id: i64,
    pub user: User,
    /// When it was last marked seen.
    pub last_seen_at: DateTime<Utc>,
}

/// The prefix of session secrets, so that one is never mistaken for an API token.
const PREFIX: &str = "bts_";

impl Tx {
    /// Opens a session for a person until `expires_at`; returns its secret.
    ///
    /// # Errors
    /// Database errors.
    pub async fn create_session(
        &self,
        user_id: i64,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let secret = format!("{PREFIX}{}", hex::encode(bytes));
        session::ActiveModel {
            user_id: Set(user_id),
            secret_hash: Set(hash(&secret)),
            created_at: Set(now),
            last_seen_at: Set(now),
            expires_at: Set(expires_at),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(secret)
    }

    /// The live session a secret opens, if it is neither revoked, expired at `now`, nor idle
    /// since before `idle_since`. Reads only: [`Tx::touch_session`] marks it seen.
    ///
    /// # Errors
    /// Only database errors; an unknown or ended session is `Ok(None)`.
    pub async fn live_session(
        &self,
        secret: &str,
        now: DateTime<Utc>,
        idle_since: DateTime<Utc>,
    ) -> Result<Option<LiveSession>, StoreError> {
        if !secret.starts_with(PREFIX) || secret.len() > 200 {
            return Ok(None);
        }
        let Some(s) = session::Entity::find()
            .filter(session::Column::SecretHash.eq(hash(secret)))
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::ExpiresAt.gt(now))
            .filter(session::Column::LastSeenAt.gt(idle_since))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let Some(u) = user::Entity::find_by_id(s.user_id).one(self.conn()).await? else {
            return Ok(None);
        };
        Ok(Some(LiveSession {
            id: s.id,
            user: convert::user(u)?,
            last_seen_at: s.last_seen_at,
        }))
    }

    /// Marks a session seen at `now`, unless it was seen since `seen_since` (another request,
    /// perhaps in another process, marked it meanwhile) or has been revoked.
    ///
    /// # Errors
    /// Database errors.
    pub async fn touch_session(
        &self,
        id: i64,
        now: DateTime<Utc>,
        seen_since: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Id.eq(id))
            .filter(session::Column::RevokedAt.is_null())
            .filter(session::Column::LastSeenAt.lt(seen_since))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Ends a session; an unknown or already ended one is no error.
    ///
    /// # Errors
    /// Database errors.
    pub async fn revoke_session(&self, secret: &str) -> Result<(), StoreError> {
        session::Entity::update_many()
            .col_expr(
                session::Column::RevokedAt,
                Expr::value(bitext_domain::now()),
            )
            .filter(session::Column::SecretHash.eq(hash(secret)))
            .filter(session::Column::RevokedAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Ends every session of a person; returns how many were open.
    ///
    /// # Errors
    /// Database errors.
    pub async fn revoke_sessions_of(&self, user_id: i64) -> Result<u64, StoreError> {
        let res = session::Entity::update_many()
            .col_expr(
                session::Column::RevokedAt,
                Expr::value(bitext_domain::now()),
            )
            .filter(session::Column::UserId.eq(user_id))
            .filter(session::Column::RevokedAt.is_null())
            .exec(self.conn())
            .await?;
        Ok(res.rows_affected)
    }
}
