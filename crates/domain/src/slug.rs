//! Article slugs: the stable, URL-safe name of an article.

use std::fmt;

use crate::ValidationError;

/// A slug: 1 to 100 lowercase ASCII letters, digits and single hyphens, starting and ending with
/// a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 100;

    /// Validates a slug.
    ///
    /// # Errors
    /// [`ValidationError::Slug`] when it breaks any of the rules above.
    pub fn parse(slug: &str) -> Result<Self, ValidationError> {
        let ok = !slug.is_empty()
            && slug.len() <= Self::MAX_LEN
            && slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if ok {
            Ok(Self(slug.to_owned()))
        } else {
            Err(ValidationError::Slug {
                slug: slug.chars().take(120).collect(),
            })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_slugs_are_accepted() {
        for ok in ["a", "2026-budget", "typhoon-hits-taipei", &"x".repeat(100)] {
            assert!(Slug::parse(ok).is_ok(), "{ok:?}");
        }
    }

    #[test]
    fn bad_slugs_are_rejected() {
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a b",
            "a/b",
            "新闻",
            &"x".repeat(101),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }
}
