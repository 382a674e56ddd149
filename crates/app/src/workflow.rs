//! The editorial workflow: actions on a translation, the credit line, review comments and the
//! review queue.

use bitext_domain::{
    Action, Comment, CreditText, Edition, LanguageTag, Page, QueueItem, Role, Slug, plain_text,
};
use bitext_store::{
    comments::NewComment,
    publishing::CreditPreview,
    workflow::{ActionInput, ActionRules},
};

use crate::{Actor, App, AppResult, translations::TranslationDetail};

/// Who comments and resolves threads.
pub const REVIEWERS: &[Role] = &[Role::Translator, Role::Editor];

impl App {
    /// Applies a workflow action; the roles and rules are the domain's, decided on what is
    /// read inside the write transaction. Only the translation's assignee (or an editor who
    /// translates) submits it. An approval records the revision's units in the translation
    /// memory, in the same transaction. Returns the translation after it.
    ///
    /// # Errors
    /// Forbidden or not allowed in this state (nothing written); a broken rule; not found; stale
    /// when someone changed the translation meanwhile.
    pub async fn act(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        input: &ActionInput,
    ) -> AppResult<TranslationDetail> {
        for text in [&input.comment, &input.correction_note]
            .into_iter()
            .flatten()
        {
            plain_text(text)?;
        }
        let (s, l) = (slug.as_str(), language.as_str());
        let tx = self.write().await?;
        if input.action == Action::Submit && actor.user.roles.any(Action::Submit.roles()) {
            crate::ownership::check_writer(&tx, actor, slug, language).await?;
        }
        let failing_checks = match (input.action, input.revision) {
            (Action::Approve, Some(n)) => failing_checks(&tx, slug, language, n).await?,
            _ => 0,
        };
        let translation = tx
            .apply_action(
                &actor.context(),
                &actor.user,
                s,
                l,
                input,
                ActionRules {
                    allow_self_approval: self.config.allow_self_approval,
                    failing_checks,
                },
            )
            .await?;
        let head = tx.translation_revision(s, l, translation.head).await?;
        let mut recorded = 0;
        if input.action == Action::Approve
            && let Some(number) = translation.approved_revision
        {
            // Approval names the head, so it is the revision just read.
            let approved = if number == head.number {
                head.clone()
            } else {
                tx.translation_revision(s, l, number).await?
            };
            recorded = crate::memory::record_approval(&tx, &translation, &approved)
                .await?
                .recorded;
        }
        tx.commit().await?;
        if recorded > 0 {
            self.memory_recorded();
        }
        self.published_changed().await;
        Ok(TranslationDetail { translation, head })
    }

    /// Refreshes the original's text readers see (publishers): a new, minor edition of the
    /// published translation revision with the original at its head, shown without a
    /// correction notice and not announced by feeds. Allowed only when every revision of the
    /// original since the current edition is minor. Returns the new edition.
    ///
    /// # Errors
    /// Forbidden; not found or never published; refused (nothing written) when the translation
    /// does not stand published, the original changed by a revision that is not minor, or the
    /// edition already shows the original's newest text.
    pub async fn refresh_edition(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<Edition> {
        actor.require(Action::Publish.roles())?;
        let tx = self.write().await?;
        let edition = tx
            .refresh_edition(&actor.context(), slug.as_str(), language.as_str())
            .await?;
        tx.commit().await?;
        self.published_changed().await;
        Ok(edition)
    }

    /// Replaces the generated credit line of the next editions (editors); `None` goes back to
    /// the generated line.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn set_credits(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        text: Option<CreditText>,
    ) -> AppResult<()> {
        actor.require(&[Role::Editor])?;
        let tx = self.write().await?;
        tx.set_credit_override(
            &actor.context(),
            slug.as_str(),
            language.as_str(),
            text.map(CreditText::into_string),
        )
        .await?;
        tx.commit().await?;
        self.published_changed().await;
        Ok(())
    }

    /// Whom an edition published now would credit (the approved revision's translators and
    /// editors, by the rule publishing applies), and the credit override set for it.
    ///
    /// # Errors
    /// Not found.
    pub async fn credit_preview(
        &self,
        slug: &Slug,
        language: &LanguageTag,
    ) -> AppResult<CreditPreview> {
        let tx = self.read().await?;
        Ok(tx.credit_preview(slug.as_str(), language.as_str()).await?)
    }

    /// A translation's review comments, oldest first, `limit` at a time after the comment
    /// `after`, with anchors followed to `revision` (default: the head).
    ///
    /// # Errors
    /// Not found; a revision outside the history.
    pub async fn comments(
        &self,
        slug: &Slug,
        language: &LanguageTag,
        revision: Option<i32>,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<Comment>> {
        let tx = self.read().await?;
        Ok(tx
            .comments(slug.as_str(), language.as_str(), revision, limit, after)
            .await?)
    }

    /// Comments on a revision, or answers a comment.
    ///
    /// # Errors
    /// Forbidden; not found; an anchor that is not in the text.
    pub async fn add_comment(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        input: NewComment,
    ) -> AppResult<Comment> {
        actor.require(REVIEWERS)?;
        plain_text(&input.body)?;
        if let Some(quote) = &input.quote {
            plain_text(quote)?;
        }
        let tx = self.write().await?;
        let comment = tx
            .add_comment(&actor.context(), slug.as_str(), language.as_str(), input)
            .await?;
        tx.commit().await?;
        Ok(comment)
    }

    /// Resolves (or reopens) a comment thread.
    ///
    /// # Errors
    /// Forbidden; not found.
    pub async fn set_comment_resolved(
        &self,
        actor: &Actor,
        slug: &Slug,
        language: &LanguageTag,
        id: i64,
        resolved: bool,
    ) -> AppResult<Comment> {
        actor.require(REVIEWERS)?;
        let tx = self.write().await?;
        let comment = tx
            .set_comment_resolved(
                &actor.context(),
                slug.as_str(),
                language.as_str(),
                id,
                resolved,
            )
            .await?;
        tx.commit().await?;
        Ok(comment)
    }

    /// What waits for the actor, oldest first: editors see translations in review, translators
    /// the ones sent back to them.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn review_queue(
        &self,
        actor: &Actor,
        language: Option<&LanguageTag>,
        limit: u64,
    ) -> AppResult<Vec<QueueItem>> {
        let tx = self.read().await?;
        let mut items = tx
            .review_queue(&actor.user, language.map(LanguageTag::as_str), limit)
            .await?;
        crate::checks::count_in(&tx, &mut items).await?;
        Ok(items)
    }
}

/// The error-level findings on revision `number` that nobody dismissed; none for a revision
/// that is not in the history (approving it is refused for that).
async fn failing_checks(
    tx: &bitext_store::Tx,
    slug: &Slug,
    language: &LanguageTag,
    number: i32,
) -> AppResult<u64> {
    let head = tx.translation(slug.as_str(), language.as_str()).await?.head;
    if !(1..=head).contains(&number) {
        return Ok(0);
    }
    let checks = crate::checks::checks_in(tx, slug, language, Some(number)).await?;
    Ok(checks.counts.errors)
}
