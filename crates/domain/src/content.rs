//! What people write: titles, bodies and messages of revisions, credit lines, and the content
//! hash of a revision.

use sha2::{Digest, Sha256};

use crate::ValidationError;

/// Refuses U+0000 and the C0 control characters other than tab, line feed and carriage return:
/// no text holds them, and PostgreSQL cannot store U+0000 at all. Every text that comes from
/// outside passes here before anything is stored, so both databases answer alike.
///
/// # Errors
/// [`ValidationError::ControlCharacter`] naming the first one, as `U+0000`.
pub fn plain_text(text: &str) -> Result<(), ValidationError> {
    match text
        .chars()
        .find(|c| c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{7f}'))
    {
        Some(c) => Err(ValidationError::ControlCharacter {
            character: format!("U+{:04X}", u32::from(c)),
        }),
        None => Ok(()),
    }
}

/// A revision's title: not blank, at most [`Title::MAX_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    pub const MAX_CHARS: usize = 500;

    /// # Errors
    /// [`ValidationError::EmptyTitle`] or [`ValidationError::TitleTooLong`].
    pub fn parse(title: &str) -> Result<Self, ValidationError> {
        plain_text(title)?;
        if title.trim().is_empty() {
            return Err(ValidationError::EmptyTitle);
        }
        if title.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::TitleTooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Self(title.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A revision's body: plain text, paragraphs separated by blank lines, kept byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body(String);

impl Body {
    pub const MAX_CHARS: usize = 1_000_000;

    /// # Errors
    /// [`ValidationError::BodyTooLong`].
    pub fn parse(body: &str) -> Result<Self, ValidationError> {
        plain_text(body)?;
        if body.len() > Self::MAX_CHARS && body.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::BodyTooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Self(body.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A revision's message ("why this change"): at most [`Message::MAX_CHARS`] characters, may be
/// empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message(String);

impl Message {
    pub const MAX_CHARS: usize = 2000;

    /// # Errors
    /// [`ValidationError::MessageTooLong`].
    pub fn parse(message: &str) -> Result<Self, ValidationError> {
        plain_text(message)?;
        if message.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::MessageTooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Self(message.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A credit line written by an editor in place of the generated one: not blank after trimming,
/// at most [`CreditText::MAX_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditText(String);

impl CreditText {
    pub const MAX_CHARS: usize = 500;

    /// `None` for blank text (back to the generated line).
    ///
    /// # Errors
    /// [`ValidationError::CreditTooLong`].
    pub fn parse(text: &str) -> Result<Option<Self>, ValidationError> {
        plain_text(text)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(ValidationError::CreditTooLong {
                max: Self::MAX_CHARS,
            });
        }
        Ok(Some(Self(text.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The content hash of a revision: `sha256:` and the hex digest of the title's length, the title
/// and the body, so that no two (title, body) pairs share an input.
pub fn content_hash(title: &str, body: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update((title.len() as u64).to_be_bytes());
    hasher.update(title.as_bytes());
    hasher.update(body.as_bytes());
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_titles_are_rejected() {
        assert_eq!(Title::parse("  \n"), Err(ValidationError::EmptyTitle));
        assert!(Title::parse("台风").is_ok());
        assert!(Title::parse(&"字".repeat(501)).is_err());
    }

    #[test]
    fn control_characters_are_refused_but_tabs_and_line_ends_are_text() {
        for bad in ["a\u{0}b", "\u{1b}[31m", "x\u{8}", "\u{1f}"] {
            assert!(Title::parse(bad).is_err(), "{bad:?}");
            assert!(Body::parse(bad).is_err(), "{bad:?}");
            assert!(Message::parse(bad).is_err(), "{bad:?}");
            assert!(CreditText::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            Body::parse("a\u{0}"),
            Err(ValidationError::ControlCharacter {
                character: "U+0000".into()
            })
        );
        assert!(Body::parse("one\ttwo\r\n\r\nthree\n").is_ok());
    }

    #[test]
    fn messages_and_credits_have_limits() {
        assert!(Message::parse(&"字".repeat(2000)).is_ok());
        assert_eq!(
            Message::parse(&"字".repeat(2001)),
            Err(ValidationError::MessageTooLong { max: 2000 })
        );
        assert_eq!(CreditText::parse("  "), Ok(None));
        assert_eq!(
            CreditText::parse(" Translated by A. ")
                .unwrap()
                .unwrap()
                .as_str(),
            "Translated by A."
        );
        assert!(CreditText::parse(&"x".repeat(501)).is_err());
    }

    #[test]
    fn content_hash_separates_title_from_body() {
        assert_ne!(content_hash("ab", "c"), content_hash("a", "bc"));
        assert_eq!(content_hash("a", "b"), content_hash("a", "b"));
        assert!(content_hash("a", "b").starts_with("sha256:"));
    }
}
