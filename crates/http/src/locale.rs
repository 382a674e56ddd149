//! The caller's language, chosen once per request and in one place, in this order: an explicit
//! choice (`?lang=`, then the `bitext_lang` cookie, then the person's saved setting once the
//! request is authenticated), then `Accept-Language`, falling back to en-US. On the front page
//! ([`FRONT_PAGE`]) `?lang=` narrows the list to a translation language and chooses nothing.
//!
//! The choice lives in a [`LocaleSlot`] in the request's extensions: the localizing middleware
//! puts it there before the handler runs and reads it again to render an error, and the
//! authentication extractor may settle it from the person's setting in between.

use std::sync::{Arc, RwLock};

use axum::http::{HeaderMap, Uri, header};
use bitext_i18n::{Locale, Localizer};

/// The name of the cookie that holds a chosen interface language.
pub const COOKIE: &str = "bitext_lang";

/// The reading room's front page, whose `?lang=` is a filter, not the reader's language.
pub const FRONT_PAGE: &str = "/read";

/// Where the request's language was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `?lang=` or the cookie: nothing overrides it.
    Explicit,
    /// The person's saved setting.
    Setting,
    /// `Accept-Language`, or the fallback.
    Header,
}

/// The request's language, shared between the middleware, the extractors and the handler.
#[derive(Debug, Clone)]
pub struct LocaleSlot(Arc<RwLock<(Locale, Source)>>);

impl LocaleSlot {
    /// Negotiates from the request's query string, cookies and `Accept-Language`.
    pub fn negotiate(uri: &Uri, headers: &HeaderMap) -> Self {
        let localizer = Localizer::global();
        let explicit = query_lang(uri).or_else(|| cookie_lang(headers));
        let chosen = match explicit {
            Some(tag) => (localizer.negotiate(Some(&tag)), Source::Explicit),
            None => {
                let accept = headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok());
                (localizer.negotiate(accept), Source::Header)
            }
        };
        Self(Arc::new(RwLock::new(chosen)))
    }

    /// The language decided so far.
    pub fn get(&self) -> Locale {
        self.0.read().map(|c| c.0).unwrap_or_default()
    }

    /// Where it was decided.
    pub fn source(&self) -> Source {
        self.0.read().map(|c| c.1).unwrap_or(Source::Header)
    }

    /// The person's saved setting, which wins over `Accept-Language` but not over an explicit
    /// choice in the request.
    pub fn apply_setting(&self, setting: Option<&str>) {
        let Some(tag) = setting.filter(|t| !t.is_empty()) else {
            return;
        };
        if let Ok(mut chosen) = self.0.write()
            && chosen.1 != Source::Explicit
        {
            *chosen = (Localizer::global().negotiate(Some(tag)), Source::Setting);
        }
    }
}

/// `lang` from the query string, if any, but on the front page.
fn query_lang(uri: &Uri) -> Option<String> {
    if uri.path() == FRONT_PAGE {
        return None;
    }
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 64)
}

/// The `bitext_lang` cookie, if any.
fn cookie_lang(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 64)
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn slot(uri: &str, cookie: Option<&str>, accept: Option<&str>) -> LocaleSlot {
        let mut headers = HeaderMap::new();
        if let Some(c) = cookie {
            headers.insert(header::COOKIE, HeaderValue::from_str(c).unwrap());
        }
        if let Some(a) = accept {
            headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(a).unwrap());
        }
        LocaleSlot::negotiate(&uri.parse().unwrap(), &headers)
    }

    #[test]
    fn an_explicit_choice_beats_the_setting_which_beats_the_header() {
        let s = slot("/x?lang=zh-TW", Some("bitext_lang=zh-CN"), Some("en"));
        assert_eq!((s.get(), s.source()), (Locale::ZH_TW, Source::Explicit));
        s.apply_setting(Some("en-US"));
        assert_eq!(s.get(), Locale::ZH_TW);

        let s = slot("/x", Some("a=b; bitext_lang=zh-CN"), Some("en"));
        assert_eq!((s.get(), s.source()), (Locale::ZH_CN, Source::Explicit));

        let s = slot("/x?other=1", None, Some("zh-TW,zh;q=0.8"));
        assert_eq!((s.get(), s.source()), (Locale::ZH_TW, Source::Header));
        s.apply_setting(Some("zh-CN"));
        assert_eq!((s.get(), s.source()), (Locale::ZH_CN, Source::Setting));
        s.apply_setting(None);
        assert_eq!(s.get(), Locale::ZH_CN);
    }

    #[test]
    fn the_front_pages_lang_filters_translations_and_leaves_the_readers_language_alone() {
        let s = slot("/read?lang=zh-TW", None, Some("zh-CN"));
        assert_eq!((s.get(), s.source()), (Locale::ZH_CN, Source::Header));
        let s = slot("/read?lang=en", Some("bitext_lang=zh-TW"), None);
        assert_eq!((s.get(), s.source()), (Locale::ZH_TW, Source::Explicit));
        let s = slot("/read/story/en?lang=zh-TW", None, Some("en"));
        assert_eq!(s.get(), Locale::ZH_TW, "an article page still takes ?lang=");
    }

    #[test]
    fn nothing_asked_for_is_american_english() {
        let s = slot("/x", None, None);
        assert_eq!(s.get(), Locale::EN_US);
        let s = slot("/x?lang=", None, Some("fr"));
        assert_eq!(s.get(), Locale::EN_US);
    }
}
