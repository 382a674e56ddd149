//! The JSON shapes of articles, translations, revisions and events: requests (unknown fields
//! rejected) and responses.

use bitext_domain::{Article, Person, Revision, Translation};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `POST /api/v1/articles`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateArticle {
    /// Lowercase letters, digits and single hyphens; 1 to 100 characters.
    #[schema(example = "typhoon-haikui")]
    pub slug: String,
    /// A BCP 47 language tag; it is canonicalized (`zh-hans` becomes `zh-Hans`).
    #[schema(example = "zh-Hans")]
    pub language: String,
    pub title: String,
    /// Plain text; paragraphs are separated by blank lines.
    pub body: String,
    pub message: Option<String>,
}

/// `POST /api/v1/articles/{slug}/revisions`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticleRevision {
    pub title: String,
    pub body: String,
    pub message: Option<String>,
    /// A typo fix: translations do not become outdated.
    pub minor: Option<bool>,
}

/// `POST /api/v1/articles/{slug}/translations`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateTranslation {
    #[schema(example = "en")]
    pub language: String,
    pub title: String,
    pub body: String,
    pub message: Option<String>,
}

/// `POST …/translations/{lang}/revisions`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTranslationRevision {
    pub title: String,
    pub body: String,
    pub message: Option<String>,
    /// The source revision this revision renders; defaults to the one the previous revision
    /// rendered.
    #[schema(minimum = 1)]
    pub source_revision: Option<i32>,
}

/// One revision, with its text.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionView {
    pub number: i32,
    pub parent: Option<i32>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub message: String,
    pub title: String,
    pub body: String,
    pub content_hash: String,
    /// Source revisions: whether it was a minor change.
    pub minor: bool,
    /// Translation revisions: the source revision it renders.
    pub source_revision: Option<i32>,
}

impl From<Revision> for RevisionView {
    fn from(r: Revision) -> Self {
        Self {
            number: r.number,
            parent: r.parent,
            author: r.author,
            created_at: r.created_at,
            message: r.message,
            title: r.title,
            body: r.body,
            content_hash: r.content_hash,
            minor: r.minor,
            source_revision: r.source_revision,
        }
    }
}

/// One revision in a history list, without its body.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionSummary {
    pub number: i32,
    pub parent: Option<i32>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub message: String,
    pub title: String,
    pub content_hash: String,
    pub minor: bool,
    pub source_revision: Option<i32>,
}

impl From<Revision> for RevisionSummary {
    fn from(r: Revision) -> Self {
        Self {
            number: r.number,
            parent: r.parent,
            author: r.author,
            created_at: r.created_at,
            message: r.message,
            title: r.title,
            content_hash: r.content_hash,
            minor: r.minor,
            source_revision: r.source_revision,
        }
    }
}

/// A page of revisions.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionList {
    pub items: Vec<RevisionSummary>,
    pub next_cursor: Option<String>,
}

/// A person as shown beside what they hold.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonView {
    /// The user name (what `assign` and `?assignee=` take).
    pub name: String,
    pub display_name: String,
}

impl From<Person> for PersonView {
    fn from(p: Person) -> Self {
        Self {
            name: p.name,
            display_name: p.display_name,
        }
    }
}

/// A translation as listed with its article.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationSummary {
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// `draft`, `in_review`, `changes_requested`, `approved`, `published` or `withdrawn`.
    pub state: String,
    pub head: i32,
    pub source_revision: i32,
    pub outdated: bool,
    pub approved_revision: Option<i32>,
    /// Who it belongs to (`null`: no one; a translator may claim it).
    pub assignee: Option<PersonView>,
}

impl From<&Translation> for TranslationSummary {
    fn from(t: &Translation) -> Self {
        Self {
            language: t.language.clone(),
            direction: direction(&t.language),
            state: t.state.as_str().to_owned(),
            head: t.head,
            source_revision: t.source_revision,
            outdated: t.outdated(),
            approved_revision: t.approved_revision,
            assignee: t.assignee.clone().map(Into::into),
        }
    }
}

/// An article, its head revision and its translations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleView {
    pub slug: String,
    pub language: String,
    pub direction: String,
    pub head: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: RevisionView,
    pub translations: Vec<TranslationSummary>,
}

impl From<bitext_app::articles::ArticleDetail> for ArticleView {
    fn from(d: bitext_app::articles::ArticleDetail) -> Self {
        Self::new(d.article, d.head, &d.translations)
    }
}

impl From<bitext_app::translations::TranslationDetail> for TranslationView {
    fn from(d: bitext_app::translations::TranslationDetail) -> Self {
        Self::new(d.translation, d.head)
    }
}

impl ArticleView {
    pub fn new(a: Article, head: Revision, translations: &[Translation]) -> Self {
        Self {
            direction: direction(&a.language),
            slug: a.slug,
            language: a.language,
            head: a.head,
            created_at: a.created_at,
            updated_at: a.updated_at,
            revision: head.into(),
            translations: translations.iter().map(Into::into).collect(),
        }
    }
}

/// An article in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleSummary {
    pub slug: String,
    pub language: String,
    pub direction: String,
    pub head: i32,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A page of articles.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleList {
    pub items: Vec<ArticleSummary>,
    pub next_cursor: Option<String>,
}

/// A translation, where it stands and its head revision.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationView {
    pub slug: String,
    pub language: String,
    pub direction: String,
    pub state: String,
    pub head: i32,
    /// The source revision the head renders.
    pub source_revision: i32,
    /// The article's head now.
    pub article_head: i32,
    /// Whether the source had a major revision since `source_revision`.
    pub outdated: bool,
    pub approved_revision: Option<i32>,
    pub approved_by: Option<String>,
    pub last_submitted_revision: Option<i32>,
    /// Who it belongs to: only they and editors add revisions and submit it (`null`: no one; a
    /// translator may claim it).
    pub assignee: Option<PersonView>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: RevisionView,
}

impl TranslationView {
    pub fn new(t: Translation, head: Revision) -> Self {
        Self {
            direction: direction(&t.language),
            outdated: t.outdated(),
            slug: t.slug,
            language: t.language,
            state: t.state.as_str().to_owned(),
            head: t.head,
            source_revision: t.source_revision,
            article_head: t.article_head,
            approved_revision: t.approved_revision,
            approved_by: t.approved_by,
            last_submitted_revision: t.last_submitted_revision,
            assignee: t.assignee.map(Into::into),
            created_at: t.created_at,
            updated_at: t.updated_at,
            revision: head.into(),
        }
    }
}

/// One audit record.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    pub id: i64,
    pub actor: String,
    pub action: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub revision: Option<i32>,
    /// The server's id of the request that wrote it.
    pub request_id: Option<String>,
    /// The id the client gave that request, if any.
    pub correlation_id: Option<String>,
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<bitext_domain::Event> for EventView {
    fn from(e: bitext_domain::Event) -> Self {
        Self {
            id: e.id,
            actor: e.actor,
            action: e.action,
            from_state: e.from_state,
            to_state: e.to_state,
            revision: e.revision,
            request_id: e.request_id,
            correlation_id: e.correlation_id,
            detail: e.detail,
            created_at: e.created_at,
        }
    }
}

/// A page of audit records.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    pub items: Vec<EventView>,
    pub next_cursor: Option<String>,
}

/// `ltr` or `rtl` for a stored tag, as a JSON field: [`bitext_domain::lang::direction_of`].
pub fn direction(tag: &str) -> String {
    bitext_domain::lang::direction_of(tag).as_str().to_owned()
}
