//! Bitext's domain: language tags, slugs, roles, texts and revisions, the text model (paragraphs,
//! sentences, words), diffs, three-way merges, and the editorial workflow. Pure and synchronous:
//! no I/O, no database, no HTTP.

pub mod anchor;
pub mod checks;
pub mod clock;
pub mod content;
pub mod credits;
pub mod decision;
pub mod diff;
pub mod error;
pub mod error_code;
#[cfg(test)]
mod exhaustive;
pub mod lang;
pub mod merge;
pub mod ownership;
pub mod password;
pub mod precondition;
pub mod record;
pub mod refresh;
pub mod role;
pub mod search;
pub mod sign_in_throttle;
pub mod slug;
pub mod text;
pub mod webhook;
pub mod workflow;

pub use clock::now;
pub use content::{Body, CreditText, Message, Title, content_hash, plain_text};
pub use decision::{ActionRequest, WorkflowError, decide};
pub use error::{Coded, CommentError, ValidationError};
pub use error_code::{ArgKind, ErrorArg, ErrorArgs, ErrorCode};
pub use lang::{Direction, LanguageTag};
pub use ownership::{Handover, OwnershipError};
pub use password::Password;
pub use precondition::Precondition;
pub use record::{
    Anchor, Article, CheckCounts, Comment, Dismissal, Edition, Event, Page, Person, QueueItem,
    Revision, RevisionSummary, Translation, User,
};
pub use refresh::{RefreshError, RefreshRequest, decide_refresh};
pub use role::{Role, Roles};
pub use sign_in_throttle::{Failures, Paused, SignInThrottle, sign_in_key};
pub use slug::Slug;
pub use webhook::{Destinations, WebhookSecret, WebhookUrl};
pub use workflow::{Action, State, Transition, TransitionError};
pub mod memory;
