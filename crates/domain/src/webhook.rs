//! What a webhook subscriber is given as: the URL events are posted to and the secret they are
//! signed with.

use crate::ValidationError;

/// Where a subscriber's events are posted: an absolute `http` or `https` URL with a host, at
/// most [`WebhookUrl::MAX_LEN`] bytes, without white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookUrl(String);

impl WebhookUrl {
    pub const MAX_LEN: usize = 2000;

    /// # Errors
    /// [`ValidationError::Url`].
    pub fn parse(url: &str) -> Result<Self, ValidationError> {
        let url = url.trim();
        crate::content::plain_text(url)?;
        let valid = (url.starts_with("http://") || url.starts_with("https://"))
            && url.len() <= Self::MAX_LEN
            && url.split_once("://").is_some_and(|(_, rest)| {
                !rest.is_empty() && !rest.starts_with('/') && !rest.chars().any(char::is_whitespace)
            });
        if valid {
            Ok(Self(url.to_owned()))
        } else {
            Err(ValidationError::Url {
                url: url.chars().take(200).collect(),
            })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A signing secret chosen by the admin: [`WebhookSecret::MIN_LEN`] to
/// [`WebhookSecret::MAX_LEN`] bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(String);

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebhookSecret(…)")
    }
}

impl WebhookSecret {
    pub const MIN_LEN: usize = 16;
    pub const MAX_LEN: usize = 200;

    /// # Errors
    /// [`ValidationError::SecretLength`].
    pub fn parse(secret: &str) -> Result<Self, ValidationError> {
        crate::content::plain_text(secret)?;
        if (Self::MIN_LEN..=Self::MAX_LEN).contains(&secret.len()) {
            Ok(Self(secret.to_owned()))
        } else {
            Err(ValidationError::SecretLength {
                min: Self::MIN_LEN,
                max: Self::MAX_LEN,
            })
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_absolute_http_urls_with_a_host_are_subscribers() {
        assert!(WebhookUrl::parse("https://example.org/hook").is_ok());
        assert!(WebhookUrl::parse(" http://example.org ").is_ok());
        for bad in [
            "ftp://x",
            "http://",
            "http:///x",
            "http://a b",
            "example.org",
        ] {
            assert!(WebhookUrl::parse(bad).is_err(), "{bad}");
        }
        assert!(WebhookUrl::parse(&format!("https://x/{}", "a".repeat(2000))).is_err());
    }

    #[test]
    fn secrets_are_16_to_200_bytes() {
        assert!(WebhookSecret::parse(&"s".repeat(15)).is_err());
        assert!(WebhookSecret::parse(&"s".repeat(16)).is_ok());
        assert!(WebhookSecret::parse(&"s".repeat(201)).is_err());
        assert_eq!(
            format!("{:?}", WebhookSecret::parse(&"s".repeat(16)).unwrap()),
            "WebhookSecret(…)"
        );
    }
}
