//! People as admins manage them from the web interface: adding a person, their tokens (a new
//! one shown once, revoking), and resetting a password to a generated one shown once. The
//! operator's equivalents on the command line act outside any account ([`crate::admin`]).

use bitext_domain::{Password, Role, Roles, User};
use bitext_store::users::TokenInfo;

use crate::{Actor, App, AppError, AppResult, admin::ADMIN};

impl App {
    /// Adds a person (admins); returns them and their first token's secret, shown once.
    ///
    /// # Errors
    /// Forbidden; a control character in a name; a conflict when the name is taken.
    pub async fn add_person(
        &self,
        actor: &Actor,
        name: &str,
        display_name: &str,
        roles: Roles,
    ) -> AppResult<(User, String)> {
        actor.require(ADMIN)?;
        self.create_user(name, display_name, roles).await
    }

    /// Replaces a person's roles (admins). An admin cannot take away their own admin role, so
    /// that the desk is never left without anyone who can give it back.
    ///
    /// # Errors
    /// Forbidden; [`AppError::OwnAdminRole`]; not found.
    pub async fn change_roles(&self, actor: &Actor, name: &str, roles: Roles) -> AppResult<User> {
        actor.require(ADMIN)?;
        if actor.user.name == name && !roles.contains(Role::Admin) {
            return Err(AppError::OwnAdminRole);
        }
        let tx = self.write().await?;
        let user = tx.set_roles(name, roles).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// A person's tokens (admins), never their secrets.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn tokens_of(&self, actor: &Actor, name: &str) -> AppResult<Vec<TokenInfo>> {
        actor.require(ADMIN)?;
        self.tokens(name).await
    }

    /// Another token for a person (admins); its id and secret, shown once.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn issue_token(
        &self,
        actor: &Actor,
        name: &str,
        label: &str,
    ) -> AppResult<(i64, String)> {
        actor.require(ADMIN)?;
        bitext_domain::plain_text(label)?;
        self.create_token(name, label).await
    }

    /// Revokes a token (admins).
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn withdraw_token(&self, actor: &Actor, id: i64) -> AppResult<()> {
        actor.require(ADMIN)?;
        self.revoke_token(id).await
    }

    /// Gives a person a new generated password (admins), returned to be handed over once; every
    /// session they had ends.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn reset_password(&self, actor: &Actor, name: &str) -> AppResult<String> {
        actor.require(ADMIN)?;
        let generated = bitext_password::generate();
        let password = Password::parse(&generated)?;
        self.set_password(name, &password).await?;
        Ok(generated)
    }
}
