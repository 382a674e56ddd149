//! The locales Bitext is translated into.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use crate::I18nError;

/// One of the supported locales: `en-US` (the source and fallback), `zh-CN`
/// (Simplified Chinese) or `zh-TW` (Traditional Chinese, Taiwan usage).
///
/// A `Locale` is `Copy`; [`Locale::default()`] is [`Locale::EN_US`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(Tag);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Tag {
    #[default]
    EnUs,
    ZhCn,
    ZhTw,
}

impl Locale {
    /// American English, the source language and the fallback.
    pub const EN_US: Locale = Locale(Tag::EnUs);
    /// Chinese in simplified characters, mainland usage.
    pub const ZH_CN: Locale = Locale(Tag::ZhCn);
    /// Chinese in traditional characters, Taiwan usage.
    pub const ZH_TW: Locale = Locale(Tag::ZhTw);
    /// Every supported locale, the fallback first.
    pub const ALL: [Locale; 3] = [Locale::EN_US, Locale::ZH_CN, Locale::ZH_TW];

    /// The BCP 47 tag: `"en-US"`, `"zh-CN"` or `"zh-TW"`; also the folder name under `locales/`.
    pub const fn as_str(&self) -> &'static str {
        match self.0 {
            Tag::EnUs => "en-US",
            Tag::ZhCn => "zh-CN",
            Tag::ZhTw => "zh-TW",
        }
    }

    /// The tag as a language identifier.
    pub fn langid(&self) -> LanguageIdentifier {
        self.as_str()
            .parse()
            .unwrap_or_else(|_| unreachable!("the supported tags are valid"))
    }

    /// The locale whose tag is exactly `tag`, ignoring ASCII case (`"zh-tw"`
    /// gives `zh-TW`); `None` for any other tag. To choose a locale for a
    /// person, use [`crate::Localizer::negotiate`] instead.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.as_str().eq_ignore_ascii_case(tag))
    }

    /// The tag as ICU4X's locale, for CLDR's formats.
    pub(crate) fn icu(&self) -> icu_locale::Locale {
        match self.0 {
            Tag::EnUs => icu_locale::locale!("en-US"),
            Tag::ZhCn => icu_locale::locale!("zh-CN"),
            Tag::ZhTw => icu_locale::locale!("zh-TW"),
        }
    }

    pub(crate) const fn index(self) -> usize {
        match self.0 {
            Tag::EnUs => 0,
            Tag::ZhCn => 1,
            Tag::ZhTw => 2,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for Locale {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Parses an exact supported tag, as [`Locale::from_tag`].
///
/// # Errors
///
/// [`I18nError::UnsupportedLocale`] for any other tag.
impl FromStr for Locale {
    type Err = I18nError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(s).ok_or_else(|| I18nError::UnsupportedLocale(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_locale_is_american_english() {
        assert_eq!(Locale::default(), Locale::EN_US);
        assert_eq!(Locale::default().to_string(), "en-US");
    }

    #[test]
    fn tags_round_trip_through_parsing() {
        for locale in Locale::ALL {
            assert_eq!(locale.as_str().parse::<Locale>(), Ok(locale));
            assert_eq!(locale.langid().to_string(), locale.as_str());
            assert_eq!(Locale::ALL[locale.index()], locale);
            assert_eq!(locale.icu().to_string(), locale.as_str());
        }
        assert_eq!(Locale::from_tag("ZH-tw"), Some(Locale::ZH_TW));
    }

    #[test]
    fn other_tags_are_not_locales() {
        assert_eq!(Locale::from_tag("zh"), None);
        assert_eq!(
            "fr".parse::<Locale>(),
            Err(I18nError::UnsupportedLocale("fr".into()))
        );
    }
}
