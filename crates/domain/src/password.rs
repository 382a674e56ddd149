//! A password someone chose: long enough to resist guessing, short enough to hash cheaply, and
//! text without control characters. Only its hash is ever stored.

use crate::{ValidationError, plain_text};

/// A new password: at least [`Password::MIN_CHARS`] characters, at most [`Password::MAX_BYTES`]
/// bytes, no control characters. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_BYTES: usize = 1024;

    /// # Errors
    /// [`ValidationError::ControlCharacter`] or [`ValidationError::PasswordLength`].
    pub fn parse(password: &str) -> Result<Self, ValidationError> {
        if password.len() > Self::MAX_BYTES || password.chars().count() < Self::MIN_CHARS {
            return Err(ValidationError::PasswordLength {
                min: Self::MIN_CHARS,
                max: Self::MAX_BYTES,
            });
        }
        plain_text(password)?;
        if password.contains(['\t', '\n', '\r', '\u{7f}']) {
            return Err(ValidationError::ControlCharacter {
                character: password
                    .chars()
                    .find(|c| c.is_control())
                    .map(|c| format!("U+{:04X}", u32::from(c)))
                    .unwrap_or_default(),
            });
        }
        Ok(Self(password.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_of_ten_characters_is_accepted_and_nine_is_not() {
        assert!(Password::parse("correcthor").is_ok());
        assert!(Password::parse("密码密码密码密码密码").is_ok());
        assert_eq!(
            Password::parse("correctho"),
            Err(ValidationError::PasswordLength { min: 10, max: 1024 })
        );
    }

    #[test]
    fn a_password_over_1024_bytes_is_refused() {
        assert!(Password::parse(&"a".repeat(1024)).is_ok());
        assert!(matches!(
            Password::parse(&"a".repeat(1025)),
            Err(ValidationError::PasswordLength { .. })
        ));
    }

    #[test]
    fn a_password_with_a_control_character_is_refused() {
        for bad in ["correct\thorse", "correct\u{0}horse", "correct\u{7f}horse"] {
            assert!(
                matches!(
                    Password::parse(bad),
                    Err(ValidationError::ControlCharacter { .. })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn debug_output_never_shows_the_password() {
        let p = Password::parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
    }
}
