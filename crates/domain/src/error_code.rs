//! The stable codes of the errors a person may see, and their typed arguments.
//!
//! A code is also the Fluent message id of its text: `error-<code>` (the detail) and
//! `error-<code>-title` in `locales/<tag>/errors.ftl`. Each code declares the arguments its
//! detail takes, by name and kind, so that the words of a message come from Fluent and only
//! data (a slug, a number, a value the client sent) comes from the caller. Every message may
//! also use `$request_id`, which the renderer adds to every problem.

use crate::{Action, Role, State};

/// The kind of value an argument holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArgKind {
    Text,
    Number,
    State,
    Action,
    Actions,
    Roles,
}

/// The value of one named argument of an error message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorArg {
    /// Data shown as it is: a slug, a language tag, a value the client sent. Never prose.
    Text(String),
    /// A number, formatted by the locale and used for plural rules.
    Number(i64),
    /// A workflow state, named in the reader's language.
    State(State),
    /// A workflow action, named in the reader's language.
    Action(Action),
    /// Workflow actions, named and joined into an "and" list ("approve and request changes").
    Actions(Vec<Action>),
    /// Roles, named and joined into an "or" list ("editor or admin").
    Roles(Vec<Role>),
}

impl ErrorArg {
    /// Text data, shown as it is.
    pub fn text(value: impl Into<String>) -> Self {
        Self::Text(value.into())
    }

    pub fn kind(&self) -> ArgKind {
        match self {
            Self::Text(_) => ArgKind::Text,
            Self::Number(_) => ArgKind::Number,
            Self::State(_) => ArgKind::State,
            Self::Action(_) => ArgKind::Action,
            Self::Actions(_) => ArgKind::Actions,
            Self::Roles(_) => ArgKind::Roles,
        }
    }
}

impl From<String> for ErrorArg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for ErrorArg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<i32> for ErrorArg {
    fn from(value: i32) -> Self {
        Self::Number(value.into())
    }
}

impl From<i64> for ErrorArg {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

/// Values above `i64::MAX` saturate.
impl From<u64> for ErrorArg {
    fn from(value: u64) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// Values above `i64::MAX` saturate.
impl From<usize> for ErrorArg {
    fn from(value: usize) -> Self {
        Self::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<State> for ErrorArg {
    fn from(value: State) -> Self {
        Self::State(value)
    }
}

impl From<Action> for ErrorArg {
    fn from(value: Action) -> Self {
        Self::Action(value)
    }
}

impl From<Vec<Action>> for ErrorArg {
    fn from(value: Vec<Action>) -> Self {
        Self::Actions(value)
    }
}

impl From<Vec<Role>> for ErrorArg {
    fn from(value: Vec<Role>) -> Self {
        Self::Roles(value)
    }
}

/// Named arguments of an error message.
pub type ErrorArgs = Vec<(&'static str, ErrorArg)>;

macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal ( $($param:ident : $kind:ident),* ); )*) => {
        /// Every error code. See the module docs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $( $(#[$doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order of `errors.ftl`.
            pub const ALL: &[ErrorCode] = &[ $( ErrorCode::$variant, )* ];

            /// The code as sent in problems, e.g. `transition-not-allowed`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( ErrorCode::$variant => $code, )*
                }
            }

            /// The arguments the message takes, by name and kind.
            pub const fn params(self) -> &'static [(&'static str, ArgKind)] {
                match self {
                    $( ErrorCode::$variant => &[ $( (stringify!($param), ArgKind::$kind), )* ], )*
                }
            }
        }
    };
}

error_codes! {
    // Malformed requests
    BadRequest = "bad-request" ();
    /// `problem` selects the wording: `syntax`, `wrong-type`, `missing-field`, `unknown-field`,
    /// `duplicate-field` or `unknown-value`; `name` is the field (the value, for
    /// `unknown-value`) if known.
    InvalidJson = "invalid-json" (problem: Text, name: Text, line: Number, column: Number);
    UnsupportedMediaType = "unsupported-media-type" ();
    PayloadTooLarge = "payload-too-large" (limit: Number);
    /// The request body did not arrive within the server's body read timeout.
    RequestTimeout = "request-timeout" (seconds: Number);
    InvalidUtf8 = "invalid-utf8" ();
    InvalidQuery = "invalid-query" (name: Text, value: Text);
    InvalidCursor = "invalid-cursor" ();
    InvalidPath = "invalid-path" (value: Text);
    // Invalid fields
    InvalidLanguageTag = "invalid-language-tag" (tag: Text);
    InvalidSlug = "invalid-slug" (slug: Text);
    EmptyTitle = "empty-title" ();
    TitleTooLong = "title-too-long" (max: Number);
    BodyTooLong = "body-too-long" (max: Number);
    MessageTooLong = "message-too-long" (max: Number);
    CreditTooLong = "credit-too-long" (max: Number);
    UnknownRole = "unknown-role" (role: Text);
    ControlCharacter = "control-character" (character: Text);
    RevisionRequired = "revision-required" ();
    CommentEmpty = "comment-empty" ();
    CommentTooLong = "comment-too-long" (max: Number);
    ParentCommentNotFound = "parent-comment-not-found" (id: Number);
    RevisionOutOfRange = "revision-out-of-range" (number: Number, head: Number);
    ParagraphNotFound = "paragraph-not-found" (revision: Number, paragraph: Number);
    QuoteNotFound = "quote-not-found" (paragraph: Number);
    QuoteWithoutParagraph = "quote-without-paragraph" ();
    /// Dismissing a check finding without saying why.
    ReasonRequired = "reason-required" ();
    GlossaryFieldEmpty = "glossary-field-empty" (field: Text);
    GlossaryFieldTooLong = "glossary-field-too-long" (field: Text, max: Number);
    GlossaryImportMalformed = "glossary-import-malformed" (line: Number);
    GlossaryImportHeader = "glossary-import-header" (expected: Text);
    GlossaryImportFieldEmpty = "glossary-import-field-empty" (line: Number, field: Text);
    GlossaryImportFieldTooLong = "glossary-import-field-too-long" (line: Number, field: Text, max: Number);
    GlossaryImportDuplicate = "glossary-import-duplicate" (line: Number, term: Text);
    MemoryTextEmpty = "memory-text-empty" ();
    MemoryTermEmpty = "memory-term-empty" ();
    MemoryTextTooLong = "memory-text-too-long" (max: Number);
    MemoryImportUnreadable = "memory-import-unreadable" (line: Number);
    // Authentication and permissions
    Unauthorized = "unauthorized" ();
    /// A wrong name or password; which of the two is not told.
    SignInFailed = "sign-in-failed" ();
    /// A form post without this session's CSRF token, or from another site's page.
    FormRefused = "form-refused" ();
    /// Too many failed sign-ins under one name: attempts under it wait `seconds`, whether or
    /// not anyone has that name.
    SignInThrottled = "sign-in-throttled" (seconds: Number);
    /// A new password too short or too long.
    PasswordLength = "password-length" (min: Number, max: Number);
    Forbidden = "forbidden" (roles: Roles);
    /// An admin taking away their own admin role.
    OwnAdminRole = "own-admin-role" ();
    // Missing resources
    /// What readers are told of anything unpublished: nothing that tells what exists.
    NotFound = "not-found" ();
    ArticleNotFound = "article-not-found" (slug: Text);
    TranslationNotFound = "translation-not-found" (slug: Text, language: Text);
    RevisionNotFound = "revision-not-found" (number: Number);
    CommentNotFound = "comment-not-found" (id: Number);
    /// A check finding that the revision does not have (fixed, or never found).
    FindingNotFound = "finding-not-found" (id: Text, revision: Number);
    UserNotFound = "user-not-found" (name: Text);
    TokenNotFound = "token-not-found" (id: Number);
    WebhookNotFound = "webhook-not-found" (id: Number);
    GlossaryTermNotFound = "glossary-term-not-found" (id: Number);
    MemoryParagraphNotFound = "memory-paragraph-not-found" (paragraph: Number, count: Number);
    RouteNotFound = "route-not-found" (path: Text);
    MethodNotAllowed = "method-not-allowed" (method: Text);
    NotAcceptable = "not-acceptable" (accepted: Text);
    // Conflicts
    SlugTaken = "slug-taken" (slug: Text);
    TranslationExists = "translation-exists" (slug: Text, language: Text);
    SameLanguage = "same-language" (language: Text);
    UserExists = "user-exists" (name: Text);
    GlossaryTermExists = "glossary-term-exists" (term: Text);
    // Revisions and concurrent edits
    PreconditionRequired = "precondition-required" ();
    PreconditionFailed = "precondition-failed" (expected: Number, current: Number);
    TagMismatch = "tag-mismatch" (current: Number);
    GlossaryTermStale = "glossary-term-stale" (expected: Number, current: Number);
    InvalidIfMatch = "invalid-if-match" (value: Text);
    SourceRevisionInvalid = "source-revision-invalid" (number: Number, head: Number);
    DiffRangeInvalid = "diff-range-invalid" (from: Number, to: Number);
    // Editorial workflow
    TransitionNotAllowed = "transition-not-allowed" (action: Action, state: State, allowed: Actions);
    RevisionNotAllowed = "revision-not-allowed" (state: State, allowed: Actions);
    NotHead = "not-head" (revision: Number, head: Number);
    SecondPairOfEyes = "second-pair-of-eyes" ();
    OpenThreads = "open-threads" (count: Number);
    /// Error-level quality-check findings neither fixed nor dismissed.
    ChecksFailing = "checks-failing" (count: Number);
    CommentRequired = "comment-required" (action: Action);
    OutdatedNotAcknowledged = "outdated-not-acknowledged" (source_revision: Number, head: Number);
    // Who a translation belongs to, and people's settings
    /// `handover` selects the wording: `claim` or `assign`.
    HandoverNotAllowed = "handover-not-allowed" (handover: Text, state: State, allowed: Actions);
    NotAssignee = "not-assignee" (assignee: Text);
    TranslationUnassigned = "translation-unassigned" ();
    TranslationHeld = "translation-held" (assignee: Text);
    AssigneeNotEligible = "assignee-not-eligible" (name: Text);
    /// `supported`: the interface languages' tags, joined.
    UnsupportedLanguage = "unsupported-language" (language: Text, supported: Text);
    // Publishing
    CorrectionNoteRequired = "correction-note-required" ();
    NotPublished = "not-published" (slug: Text, language: Text);
    EditionNotFound = "edition-not-found" (number: Number);
    Withdrawn = "withdrawn" (reason: Text);
    /// Refreshing the original's text of a translation that does not stand published.
    RefreshNotPublished = "refresh-not-published" (state: State);
    /// Refreshing the original's text past a revision that is not minor.
    RefreshNotMinor = "refresh-not-minor" (source_revision: Number, major: Number);
    /// Refreshing an edition that already has the original's newest text.
    RefreshUnchanged = "refresh-unchanged" (revision: Number);
    InvalidUrl = "invalid-url" (url: Text);
    WebhookDestination = "webhook-destination" (host: Text);
    SecretLength = "secret-length" (min: Number, max: Number);
    // Limits
    /// The client's address sent more writes (or sign-in attempts) than its rate allows.
    TooManyRequests = "too-many-requests" (seconds: Number);
    // Server errors
    Internal = "internal" ();
    ServiceUnavailable = "service-unavailable" ();
    /// The database has migrations this build does not know: a newer build migrated it.
    SchemaNewer = "schema-newer" (migrations: Text);
    // Search
    /// A search query with no letter, digit or character in it.
    SearchQueryEmpty = "search-query-empty" ();
    SearchQueryTooLong = "search-query-too-long" (max: Number);
}

impl ErrorCode {
    /// The code whose text is `code`.
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        Self::ALL.iter().copied().find(|c| c.as_str() == code)
    }

    /// Whether `args` are exactly the arguments this code declares, with the declared kinds
    /// (in any order).
    pub fn accepts(self, args: &[(&str, ErrorArg)]) -> bool {
        let params = self.params();
        args.len() == params.len()
            && params.iter().all(|(name, kind)| {
                args.iter()
                    .any(|(n, value)| n == name && value.kind() == *kind)
            })
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip_through_text() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_code(code.as_str()), Some(*code));
        }
        let mut texts: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), ErrorCode::ALL.len());
        assert_eq!(
            ErrorCode::TransitionNotAllowed.as_str(),
            "transition-not-allowed"
        );
        assert_eq!(ErrorCode::from_code("no-such-code"), None);
    }

    #[test]
    fn codes_are_lowercase_words_joined_by_hyphens() {
        for code in ErrorCode::ALL {
            let text = code.as_str();
            assert!(
                text.split('-')
                    .all(|w| w.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                        && w.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{text}"
            );
        }
    }

    #[test]
    fn arguments_are_accepted_only_with_the_declared_names_and_kinds() {
        let code = ErrorCode::PreconditionFailed;
        let good = [("expected", 3.into()), ("current", ErrorArg::from(5))];
        assert!(code.accepts(&good));
        assert!(!code.accepts(&good[..1]));
        assert!(!code.accepts(&[
            ("expected", ErrorArg::from("3")),
            ("current", ErrorArg::from(5))
        ]));
        assert!(!code.accepts(&[("expected", 3.into()), ("head", ErrorArg::from(5))]));
        assert!(ErrorCode::SecondPairOfEyes.accepts(&[]));
    }

    #[test]
    fn numbers_stay_numbers_and_saturate() {
        assert_eq!(ErrorArg::from(7_usize), ErrorArg::Number(7));
        assert_eq!(ErrorArg::from(u64::MAX), ErrorArg::Number(i64::MAX));
        assert_eq!(ErrorArg::from("7").kind(), ArgKind::Text);
    }
}
