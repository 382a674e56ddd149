//! Lists a newsroom works from: translations across articles, who is signed in, and the people
//! admins manage.

use bitext_domain::{Page, User, plain_text};
use bitext_i18n::Locale;
use bitext_store::{ListedTranslation, TranslationFilter, activity::Activity};

use crate::{Actor, App, AppResult, admin::ADMIN};

/// Whose translations to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssigneeFilter {
    /// The actor's.
    Me,
    /// The person's with this user name.
    Named(String),
}

impl App {
    /// Translations in the order they were started, `limit` at a time after the cursor
    /// `after`, filtered by language, state, assignee and whether they are outdated.
    ///
    /// # Errors
    /// A control character in an assignee's name; database errors.
    pub async fn list_translations(
        &self,
        actor: &Actor,
        mut filter: TranslationFilter,
        assignee: Option<AssigneeFilter>,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<ListedTranslation>> {
        if let Some(AssigneeFilter::Named(name)) = &assignee {
            plain_text(name)?;
        }
        filter.assignee = assignee.map(|a| match a {
            AssigneeFilter::Me => actor.user.name.clone(),
            AssigneeFilter::Named(name) => name,
        });
        let tx = self.read().await?;
        Ok(tx.list_translations(&filter, limit, after).await?)
    }

    /// Saves the actor's interface language (`None`: follow the browser's); returns the actor
    /// after.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn set_language(&self, actor: &Actor, language: Option<Locale>) -> AppResult<User> {
        let tx = self.write().await?;
        let user = tx
            .set_user_language(&actor.user, language.as_ref().map(Locale::as_str))
            .await?;
        tx.commit().await?;
        Ok(user)
    }

    /// The newest `limit` changes across the desk (at most 100), newest first, for everyone
    /// signed in.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn recent_activity(&self, limit: u64) -> AppResult<Vec<Activity>> {
        let tx = self.read().await?;
        Ok(tx.recent_activity(limit.min(100)).await?)
    }

    /// The people who use Bitext, in the order they were added (admins).
    ///
    /// # Errors
    /// Forbidden.
    pub async fn users(
        &self,
        actor: &Actor,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<User>> {
        actor.require(ADMIN)?;
        let tx = self.read().await?;
        Ok(tx.list_users(limit, after).await?)
    }
}
