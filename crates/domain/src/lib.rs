//! Bitext's domain: language tags, slugs, roles, texts and revisions, paragraphs and diffs, and
//! the editorial workflow. Pure and synchronous: no I/O, no database, no HTTP.

pub mod anchor;
pub mod content;
pub mod credits;
pub mod decision;
pub mod diff;
pub mod error;
pub mod lang;
pub mod ownership;
pub mod record;
pub mod role;
pub mod slug;
pub mod webhook;
pub mod workflow;

pub use content::{Body, CreditText, Message, Title, content_hash};
pub use decision::{ActionRequest, WorkflowError, decide};
pub use error::{Coded, ValidationError};
pub use lang::{Direction, LanguageTag};
pub use ownership::{Handover, OwnershipError};
pub use record::{
    Anchor, Article, Comment, Edition, Event, Page, Person, QueueItem, Revision, Translation, User,
};
pub use role::{Role, Roles};
pub use slug::Slug;
pub use webhook::{WebhookSecret, WebhookUrl};
pub use workflow::{Action, State, Transition, TransitionError};
