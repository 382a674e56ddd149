//! BCP 47 language tags, validated and canonicalized by `unic-langid`.

use std::{fmt, str::FromStr};

use icu_locale::{LanguageIdentifier, LocaleDirectionality};

use crate::ValidationError;

/// A valid BCP 47 language tag in canonical form (`zh-hans` becomes `zh-Hans`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

/// The writing direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

impl LanguageTag {
    /// Parses and canonicalizes a tag.
    ///
    /// # Errors
    /// [`ValidationError::LanguageTag`] when the text is not a well-formed tag, or is `und`.
    pub fn parse(tag: &str) -> Result<Self, ValidationError> {
        let invalid = || ValidationError::LanguageTag {
            tag: tag.chars().take(64).collect(),
        };
        if tag.is_empty() || tag.len() > 64 || !tag.is_ascii() {
            return Err(invalid());
        }
        let id = unic_langid::LanguageIdentifier::from_str(tag).map_err(|_| invalid())?;
        if id.language.is_empty() {
            return Err(invalid());
        }
        Ok(Self(id.to_string()))
    }

    /// The canonical text of the tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The direction of the tag's script: the explicit script subtag if any, else the language.
    pub fn direction(&self) -> Direction {
        direction_of(&self.0)
    }
}

/// The direction of a tag's script, from CLDR's script metadata through ICU4X: the script
/// subtag if there is one, else the script the language (and region) is most likely written in
/// ("ug" is written in Arabic script, "ug-Cyrl" is not). Left to right when the tag does not
/// parse or names a language whose script is unknown.
///
/// This is the one place that decides a text's `dir`: the API, the HTML pages, the diff and the
/// command line all ask here.
pub fn direction_of(tag: &str) -> Direction {
    let Ok(language) = LanguageIdentifier::try_from_str(tag) else {
        return Direction::Ltr;
    };
    if LocaleDirectionality::new_extended().is_right_to_left(&language) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_canonicalized() {
        assert_eq!(LanguageTag::parse("zh-hans").unwrap().as_str(), "zh-Hans");
        assert_eq!(LanguageTag::parse("EN-us").unwrap().as_str(), "en-US");
        assert_eq!(LanguageTag::parse("ug").unwrap().as_str(), "ug");
        assert_eq!(LanguageTag::parse("zh_TW").unwrap().as_str(), "zh-TW");
    }

    #[test]
    fn malformed_tags_are_rejected() {
        for bad in [
            "",
            "xx-!!",
            "und",
            "e",
            "english language",
            "zh-",
            "中文",
            "a-b-c-d-e-f-g-h-i",
        ] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn right_to_left_languages_are_recognised() {
        let dir = |t: &str| LanguageTag::parse(t).unwrap().direction();
        for rtl in [
            "iw",
            "yi",
            "ps",
            "ckb",
            "sd",
            "syr",
            "ug",
            "ar",
            "ar-EG",
            "he",
            "fa",
            "ur",
            "dv",
            "en-Arab",
            "ug-Arab-CN",
        ] {
            assert_eq!(dir(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in [
            "zh-Hans", "zh-TW", "en", "en-US", "ja", "ug-Cyrl", "tr", "az-Latn",
        ] {
            assert_eq!(dir(ltr), Direction::Ltr, "{ltr}");
        }
    }

    #[test]
    fn unknown_or_malformed_tags_are_left_to_right() {
        for tag in ["qaa", "xyz", "zz-Zzzz", "", "not a tag", "中文"] {
            assert_eq!(direction_of(tag), Direction::Ltr, "{tag:?}");
        }
    }

    #[test]
    fn the_direction_is_given_as_an_html_dir_value() {
        assert_eq!(direction_of("he").as_str(), "rtl");
        assert_eq!(direction_of("ja").as_str(), "ltr");
    }
}
