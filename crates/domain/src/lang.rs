//! BCP 47 language tags, validated and canonicalized by `unic-langid`.

use std::{fmt, str::FromStr};

use unic_langid::LanguageIdentifier;

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

const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr",
];
const RTL_LANGUAGES: &[&str] = &[
    "ar", "he", "iw", "fa", "ur", "ug", "ps", "sd", "yi", "dv", "ckb", "syr",
];

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
        let id = LanguageIdentifier::from_str(tag).map_err(|_| invalid())?;
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

/// The direction of a canonical tag's script (as stored), without parsing it again: the script
/// subtag if there is one (the only four-letter subtag after the language), else the language.
pub fn direction_of(tag: &str) -> Direction {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    let script = subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()));
    let rtl = match script {
        Some(script) => RTL_SCRIPTS.contains(&script),
        None => RTL_LANGUAGES.contains(&language),
    };
    if rtl { Direction::Rtl } else { Direction::Ltr }
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
        assert_eq!(dir("ug"), Direction::Rtl);
        assert_eq!(dir("ar-EG"), Direction::Rtl);
        assert_eq!(dir("zh-Hans"), Direction::Ltr);
        assert_eq!(dir("en"), Direction::Ltr);
        assert_eq!(dir("ug-Cyrl"), Direction::Ltr);
    }
}
