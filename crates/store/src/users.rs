//! People and their API tokens. A token is 32 random bytes shown once; only its SHA-256 hash is
//! stored, so a leaked database does not leak usable tokens.

use bitext_domain::{Page, Roles, User};
use chrono::Utc;
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Query},
};
use sha2::{Digest, Sha256};

use crate::{
    Store, StoreError, Tx, convert,
    entity::{token, user},
};

/// A token as listed: never the secret itself.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    pub id: i64,
    pub label: String,
    pub created_at: chrono::DateTime<Utc>,
    pub revoked: bool,
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("btx_{}", hex::encode(bytes))
}

pub(crate) fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

impl Store {
    /// The user a bearer token belongs to, if the token is valid and not revoked: one statement,
    /// outside any transaction, since it reads a single consistent row.
    ///
    /// # Errors
    /// Only database errors; an unknown token is `Ok(None)`.
    pub async fn authenticate(&self, secret: &str) -> Result<Option<User>, StoreError> {
        if !secret.starts_with("btx_") || secret.len() > 200 {
            return Ok(None);
        }
        let holder = Query::select()
            .column(token::Column::UserId)
            .from(token::Entity)
            .and_where(token::Column::TokenHash.eq(hash(secret)))
            .and_where(token::Column::RevokedAt.is_null())
            .to_owned();
        user::Entity::find()
            .filter(user::Column::Id.in_subquery(holder))
            .one(self.db())
            .await?
            .map(convert::user)
            .transpose()
    }
}

impl Tx {
    /// Creates a user and a first token, returning the token's secret.
    ///
    /// # Errors
    /// [`StoreError::UserExists`] when the name is taken.
    pub async fn create_user(
        &self,
        name: &str,
        display_name: &str,
        roles: Roles,
    ) -> Result<(User, String), StoreError> {
        let txn = self.conn();
        let inserted = user::ActiveModel {
            name: Set(name.to_owned()),
            display_name: Set(display_name.to_owned()),
            roles: Set(roles.to_string()),
            created_at: Set(bitext_domain::now()),
            language: Set(None),
            password_hash: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await;
        let model = match inserted {
            Ok(m) => m,
            Err(e) if StoreError::is_unique_violation(&e) => {
                return Err(StoreError::UserExists {
                    name: name.to_owned(),
                });
            }
            Err(e) => return Err(e.into()),
        };
        let (_, secret) = insert_token(txn, model.id, "initial").await?;
        Ok((convert::user(model)?, secret))
    }

    /// Creates another token for a user, returning its id and secret.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn create_token(&self, name: &str, label: &str) -> Result<(i64, String), StoreError> {
        let u = self.find_user(name).await?;
        insert_token(self.conn(), u.id, label).await
    }

    /// Revokes a token by id; revoking twice is harmless.
    ///
    /// # Errors
    /// [`StoreError::TokenNotFound`].
    pub async fn revoke_token(&self, id: i64) -> Result<(), StoreError> {
        let res = token::Entity::update_many()
            .col_expr(token::Column::RevokedAt, Expr::value(bitext_domain::now()))
            .filter(token::Column::Id.eq(id))
            .filter(token::Column::RevokedAt.is_null())
            .exec(self.conn())
            .await?;
        if res.rows_affected == 0
            && token::Entity::find_by_id(id)
                .one(self.conn())
                .await?
                .is_none()
        {
            return Err(StoreError::TokenNotFound { id });
        }
        Ok(())
    }

    /// A user's tokens, newest first.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn list_tokens(&self, name: &str) -> Result<Vec<TokenInfo>, StoreError> {
        let u = self.find_user(name).await?;
        Ok(token::Entity::find()
            .filter(token::Column::UserId.eq(u.id))
            .order_by_desc(token::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|t| TokenInfo {
                id: t.id,
                label: t.label,
                created_at: t.created_at,
                revoked: t.revoked_at.is_some(),
            })
            .collect())
    }

    /// Sets a person's interface language (a supported UI locale's tag), or clears it; returns
    /// the person after.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn set_user_language(
        &self,
        user: &User,
        language: Option<&str>,
    ) -> Result<User, StoreError> {
        let res = user::Entity::update_many()
            .col_expr(
                user::Column::Language,
                Expr::value(language.map(str::to_owned)),
            )
            .filter(user::Column::Id.eq(user.id))
            .exec(self.conn())
            .await?;
        if res.rows_affected != 1 {
            return Err(StoreError::UserNotFound {
                name: user.name.clone(),
            });
        }
        Ok(User {
            language: language.map(str::to_owned),
            ..user.clone()
        })
    }

    /// People in the order they were added, `limit` at a time after the cursor `after` (a
    /// user id).
    ///
    /// # Errors
    /// Database errors; stored roles that do not parse.
    pub async fn list_users(
        &self,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<User>, StoreError> {
        let mut query = user::Entity::find().order_by_asc(user::Column::Id);
        if let Some(after) = after {
            query = query.filter(user::Column::Id.gt(after));
        }
        let rows = query.limit(limit + 1).all(self.conn()).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |u| u.id);
        Ok(Page {
            items: rows
                .into_iter()
                .map(convert::user)
                .collect::<Result<_, _>>()?,
            next_cursor,
        })
    }

    /// Replaces a person's roles.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn set_roles(&self, name: &str, roles: Roles) -> Result<User, StoreError> {
        let res = user::Entity::update_many()
            .col_expr(user::Column::Roles, Expr::value(roles.to_string()))
            .filter(user::Column::Name.eq(name))
            .exec(self.conn())
            .await?;
        if res.rows_affected != 1 {
            return Err(StoreError::UserNotFound {
                name: name.to_owned(),
            });
        }
        self.find_user(name).await
    }

    /// Stores a person's password hash (an argon2id PHC string).
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn set_password_hash(&self, name: &str, hash: &str) -> Result<User, StoreError> {
        let res = user::Entity::update_many()
            .col_expr(user::Column::PasswordHash, Expr::value(hash.to_owned()))
            .filter(user::Column::Name.eq(name))
            .exec(self.conn())
            .await?;
        if res.rows_affected != 1 {
            return Err(StoreError::UserNotFound {
                name: name.to_owned(),
            });
        }
        self.find_user(name).await
    }

    /// A person by name with their stored password hash, if they have a password.
    ///
    /// # Errors
    /// Database errors only; an unknown name is `Ok(None)`.
    pub async fn user_with_password(
        &self,
        name: &str,
    ) -> Result<Option<(User, Option<String>)>, StoreError> {
        let Some(model) = user::Entity::find()
            .filter(user::Column::Name.eq(name))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let hash = model.password_hash.clone();
        Ok(Some((convert::user(model)?, hash)))
    }

    /// A user by name.
    ///
    /// # Errors
    /// [`StoreError::UserNotFound`].
    pub async fn find_user(&self, name: &str) -> Result<User, StoreError> {
        user::Entity::find()
            .filter(user::Column::Name.eq(name))
            .one(self.conn())
            .await?
            .map(convert::user)
            .ok_or_else(|| StoreError::UserNotFound {
                name: name.to_owned(),
            })?
    }
}

async fn insert_token(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i64,
    label: &str,
) -> Result<(i64, String), StoreError> {
    let secret = new_secret();
    let token = token::ActiveModel {
        user_id: Set(user_id),
        label: Set(label.to_owned()),
        token_hash: Set(hash(&secret)),
        created_at: Set(bitext_domain::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((token.id, secret))
}
