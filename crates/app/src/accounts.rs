//! Signing in with a password: setting one (operators, on the command line) and, for the web
//! interface to come, sessions stored server-side.

use bitext_domain::{Password, User};

use crate::{App, AppResult};

impl App {
    /// Sets a person's password: only its argon2id hash is stored. For operators (the command
    /// line), who act outside any account.
    ///
    /// # Errors
    /// Not found; hashing failures (internal).
    pub async fn set_password(&self, name: &str, password: &Password) -> AppResult<User> {
        let hash = bitext_password::hash_password(password.as_str())?;
        let tx = self.write().await?;
        let user = tx.set_password_hash(name, &hash).await?;
        tx.commit().await?;
        Ok(user)
    }
}
