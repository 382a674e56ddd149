//! Who a translation belongs to: translators claim what no one holds, editors assign, and the
//! rules of who writes to a translation are checked on what is read in the write's own
//! transaction.

use bitext_domain::{
    LanguageTag, Person, Slug, Translation,
    ownership::{self, Handover, OwnershipError},
    plain_text,
};
use bitext_store::{StoreError, Tx};

use crate::{Actor, App, AppResult};

impl App {
    /// The actor takes a translation that no one holds (translators); taking one they hold
    /// already changes nothing. Returns the translation after.
    ///
    /// # Errors
    /// Forbidden; not found; [`OwnershipError::Held`] when someone else holds it;
    /// [`OwnershipError::Withdrawn`]. Nothing is written then.
    pub async fn claim(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<Translation> {
        actor.require(Handover::Claim.roles())?;
        let tx = self.write().await?;
        let t = tx
            .translation_for_update(slug.as_str(), language.as_str())
            .await?;
        let change = ownership::claim(t.state, &actor.user, t.assignee.as_ref())?;
        self.hand_over(tx, actor, t, &change).await
    }

    /// Gives a translation to the person named `to` (who translates or edits), or to no one
    /// (editors). Returns the translation after.
    ///
    /// # Errors
    /// Forbidden; a control character in `to`; not found; [`OwnershipError::NotAssignable`]
    /// when no translator or editor has that name; [`OwnershipError::Withdrawn`]. Nothing is
    /// written then.
    pub async fn assign(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        to: Option<&str>,
    ) -> AppResult<Translation> {
        actor.require(Handover::Assign.roles())?;
        if let Some(name) = to {
            plain_text(name)?;
        }
        let tx = self.write().await?;
        let t = tx
            .translation_for_update(slug.as_str(), language.as_str())
            .await?;
        let to = match to {
            None => None,
            Some(name) => match tx.find_user(name).await {
                Ok(user) => Some((Person::from(&user), user.roles)),
                Err(StoreError::UserNotFound { .. }) => {
                    return Err(OwnershipError::NotAssignable { name: name.into() }.into());
                }
                Err(e) => return Err(e.into()),
            },
        };
        let change = ownership::assign(t.state, t.assignee.as_ref(), to)?;
        self.hand_over(tx, actor, t, &change).await
    }

    async fn hand_over(
        &self,
        tx: Tx,
        actor: &Actor,
        t: Translation,
        change: &ownership::Reassignment,
    ) -> AppResult<Translation> {
        if !change.changes() {
            return Ok(t);
        }
        let after = tx.reassign(&actor.context(), &t, change).await?;
        tx.commit().await?;
        Ok(after)
    }
}

/// Refuses a write (a revision, a submission) to a translation by anyone but its assignee and
/// editors, on the translation's row read and locked in `tx`: it stays locked until the write
/// commits, so the translation cannot change hands (nor its head move) in between. Returns the
/// translation as read.
///
/// # Errors
/// Not found; [`OwnershipError::NotAssignee`]; [`OwnershipError::Unassigned`].
pub(crate) async fn check_writer(
    tx: &Tx,
    actor: &Actor,
    slug: &Slug,
    language: &LanguageTag,
) -> AppResult<Translation> {
    let t = tx
        .translation_for_update(slug.as_str(), language.as_str())
        .await?;
    ownership::may_write(&actor.user, t.assignee.as_ref())?;
    Ok(t)
}
