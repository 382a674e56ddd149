//! Source articles: the source desk creates and revises them; everyone signed in reads them,
//! their history and the diff between any two of their revisions.

use bitext_domain::{
    Article, Body, LanguageTag, Message, Page, Precondition, Revision, Role, Slug, Title,
    Translation,
};
use bitext_store::{ArticleFilter, NewRevision, StoreError};

use crate::{Actor, App, AppError, AppResult};

/// Who writes source articles.
pub const SOURCE_DESK: &[Role] = &[Role::Editor, Role::Admin];

/// A revision's content, parsed.
#[derive(Debug, Clone)]
pub struct Content {
    pub title: Title,
    pub body: Body,
    pub message: Message,
}

impl Content {
    pub(crate) fn into_revision(self, minor: bool, source_revision: Option<i32>) -> NewRevision {
        NewRevision::new(
            self.title.into_string(),
            self.body.into_string(),
            self.message.into_string(),
            minor,
            source_revision,
        )
    }
}

/// A new article with its first revision.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub slug: Slug,
    pub language: LanguageTag,
    pub content: Content,
}

/// An article, its head revision and its translations.
#[derive(Debug, Clone)]
pub struct ArticleDetail {
    pub article: Article,
    pub head: Revision,
    pub translations: Vec<Translation>,
}

/// An article in a list, with its head's title.
#[derive(Debug, Clone)]
pub struct ArticleSummary {
    pub article: Article,
    pub title: String,
}

/// A revision just written and the document's head after it.
#[derive(Debug, Clone)]
pub struct Revised<T> {
    pub document: T,
    pub revision: Revision,
}

/// Two revisions of one document to compare, in the language of its text.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub language: String,
    pub old: Revision,
    pub new: Revision,
}

/// The head a write replaces: `current`, when `base` names it.
///
/// # Errors
/// [`StoreError::Stale`] naming the revision `base` named, or [`AppError::TagMismatch`] when it
/// names none or several.
pub(crate) fn based_on(base: &Precondition, current: i32) -> AppResult<i32> {
    if base.matches(current) {
        return Ok(current);
    }
    Err(match base.named_head() {
        Some(expected) => StoreError::Stale { expected, current }.into(),
        None => AppError::TagMismatch { current },
    })
}

/// Resolves the revision numbers of a diff against a document whose head is `head`: by default
/// the head's parent and the head.
///
/// # Errors
/// [`AppError::DiffRange`] when either is outside `1..=head`.
pub(crate) fn diff_range(from: Option<i32>, to: Option<i32>, head: i32) -> AppResult<(i32, i32)> {
    let to = to.unwrap_or(head);
    let from = from.unwrap_or((to - 1).max(1));
    if !(1..=head).contains(&from) || !(1..=head).contains(&to) {
        return Err(AppError::DiffRange { from, to });
    }
    Ok((from, to))
}

impl App {
    /// Creates an article with its first revision (the source desk).
    ///
    /// # Errors
    /// Forbidden for other roles; a conflict when the slug is taken.
    pub async fn create_article(
        &self,
        actor: &Actor,
        input: NewArticle,
    ) -> AppResult<ArticleDetail> {
        actor.require(SOURCE_DESK)?;
        // Search terms and hash first: other writers need not wait for them.
        let revision = input.content.into_revision(false, None);
        let tx = self.write().await?;
        let (article, head) = tx
            .create_article(
                &actor.context(),
                input.slug.as_str(),
                input.language.as_str(),
                revision,
            )
            .await?;
        tx.commit().await?;
        Ok(ArticleDetail {
            article,
            head,
            translations: Vec::new(),
        })
    }

    /// Adds a source revision on top of the head `base` names; a `minor` one (a typo fix) does
    /// not make translations outdated.
    ///
    /// # Errors
    /// Forbidden for other roles; not found; stale when `base` does not name the head.
    pub async fn revise_article(
        &self,
        actor: &Actor,
        slug: &Slug,
        base: impl Into<Precondition>,
        content: Content,
        minor: bool,
    ) -> AppResult<Revised<Article>> {
        actor.require(SOURCE_DESK)?;
        // Search terms and hash first: other writers need not wait for them.
        let revision = content.into_revision(minor, None);
        let tx = self.write().await?;
        let base = based_on(&base.into(), tx.article(slug.as_str()).await?.head)?;
        let (document, revision) = tx
            .add_article_revision(&actor.context(), slug.as_str(), base, revision)
            .await?;
        tx.commit().await?;
        Ok(Revised { document, revision })
    }

    /// An article with its head revision and its translations.
    ///
    /// # Errors
    /// Not found.
    pub async fn article(&self, slug: &Slug) -> AppResult<ArticleDetail> {
        let tx = self.read().await?;
        let article = tx.article(slug.as_str()).await?;
        let head = tx.article_revision(slug.as_str(), article.head).await?;
        let translations = tx.translations_of(slug.as_str()).await?;
        Ok(ArticleDetail {
            article,
            head,
            translations,
        })
    }

    /// Articles oldest first, `limit` at a time after the cursor `after`.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn list_articles(
        &self,
        filter: &ArticleFilter,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<ArticleSummary>> {
        let tx = self.read().await?;
        let page = tx.list_articles(filter, limit, after).await?;
        let mut titles = tx.head_titles(&page.items).await?;
        Ok(Page {
            items: page
                .items
                .into_iter()
                .map(|article| ArticleSummary {
                    title: titles.remove(&article.id).unwrap_or_default(),
                    article,
                })
                .collect(),
            next_cursor: page.next_cursor,
        })
    }

    /// An article's history, oldest first.
    ///
    /// # Errors
    /// Not found.
    pub async fn article_history(
        &self,
        slug: &Slug,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<Revision>> {
        let tx = self.read().await?;
        Ok(tx
            .list_article_revisions(slug.as_str(), limit, after)
            .await?)
    }

    /// One source revision.
    ///
    /// # Errors
    /// Not found.
    pub async fn article_revision(&self, slug: &Slug, number: i32) -> AppResult<Revision> {
        let tx = self.read().await?;
        Ok(tx.article_revision(slug.as_str(), number).await?)
    }

    /// Two source revisions to compare: by default the head's parent and the head.
    ///
    /// # Errors
    /// Not found; [`AppError::DiffRange`] for numbers outside the history.
    pub async fn article_comparison(
        &self,
        slug: &Slug,
        from: Option<i32>,
        to: Option<i32>,
    ) -> AppResult<Comparison> {
        let tx = self.read().await?;
        let article = tx.article(slug.as_str()).await?;
        let (from, to) = diff_range(from, to, article.head)?;
        Ok(Comparison {
            old: tx.article_revision(slug.as_str(), from).await?,
            new: tx.article_revision(slug.as_str(), to).await?,
            language: article.language,
        })
    }
}
