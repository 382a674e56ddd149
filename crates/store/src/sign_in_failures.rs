//! Failed sign-ins per name, in the database so that every server process counts the same
//! guesses. A name is kept only as the SHA-256 hash of its normalized form: what someone typed
//! as a name (sometimes a password) is never stored in clear. What to count and when to refuse
//! is [`bitext_domain::SignInThrottle`]'s to decide; this module keeps its records.

use bitext_domain::Failures;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
    sea_query::OnConflict,
};

use crate::{StoreError, Tx, entity::sign_in_failure, users::hash};

impl Tx {
    /// The failures remembered under `key` (a normalized name), its row locked until the
    /// transaction ends (`FOR UPDATE` on PostgreSQL; SQLite's write transaction holds the whole
    /// database), so that concurrent attempts under one name are counted one after the other.
    /// Every record whose `forget_at` has come by `now` is deleted first, whatever its name;
    /// when nothing is remembered under `key`, `fresh` is stored and returned.
    ///
    /// # Errors
    /// Database errors; a stored count that is negative.
    pub async fn sign_in_failures_for_update(
        &self,
        key: &str,
        now: DateTime<Utc>,
        fresh: Failures,
    ) -> Result<Failures, StoreError> {
        let key_hash = hash(key);
        sign_in_failure::Entity::delete_many()
            .filter(sign_in_failure::Column::ForgetAt.lte(now))
            .exec(self.conn())
            .await?;
        sign_in_failure::Entity::insert(sign_in_failure::ActiveModel {
            key_hash: Set(key_hash.clone()),
            failures: Set(count_to_db(fresh.count)),
            paused_until: Set(fresh.paused_until),
            forget_at: Set(fresh.forget_at),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::column(sign_in_failure::Column::KeyHash)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(self.conn())
        .await?;
        let row = sign_in_failure::Entity::find()
            .filter(sign_in_failure::Column::KeyHash.eq(key_hash))
            .lock_exclusive()
            .one(self.conn())
            .await?
            .ok_or_else(|| StoreError::corrupt("sign-in failures", key))?;
        Ok(Failures {
            count: u32::try_from(row.failures)
                .map_err(|_| StoreError::corrupt("sign-in failures", row.failures.to_string()))?,
            paused_until: row.paused_until,
            forget_at: row.forget_at,
        })
    }

    /// Stores what is remembered under `key`, read by [`Tx::sign_in_failures_for_update`] in
    /// the same transaction.
    ///
    /// # Errors
    /// Database errors.
    pub async fn save_sign_in_failures(
        &self,
        key: &str,
        failures: &Failures,
    ) -> Result<(), StoreError> {
        sign_in_failure::Entity::update_many()
            .col_expr(
                sign_in_failure::Column::Failures,
                Expr::value(count_to_db(failures.count)),
            )
            .col_expr(
                sign_in_failure::Column::PausedUntil,
                Expr::value(failures.paused_until),
            )
            .col_expr(
                sign_in_failure::Column::ForgetAt,
                Expr::value(failures.forget_at),
            )
            .filter(sign_in_failure::Column::KeyHash.eq(hash(key)))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Forgets the failures under `key`, after a successful sign-in.
    ///
    /// # Errors
    /// Database errors.
    pub async fn forget_sign_in_failures(&self, key: &str) -> Result<(), StoreError> {
        sign_in_failure::Entity::delete_many()
            .filter(sign_in_failure::Column::KeyHash.eq(hash(key)))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}

fn count_to_db(count: u32) -> i32 {
    i32::try_from(count).unwrap_or(i32::MAX)
}
