//! The key of a cached public page: the request normalized to what the page varies by.

use axum::{
    extract::Query,
    http::{HeaderMap, Uri},
};
use bitext_domain::{LanguageTag, Slug};
use bitext_publish::Layout;
use percent_encoding::percent_decode_str;

use crate::{
    locale::{FRONT_PAGE, LocaleSlot},
    routes::{
        front::FrontQuery,
        published::{self, Format},
    },
};

/// The cache key of a public `GET`, left in the request by [`super::front`] for the handler
/// that renders the page on a miss.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey(pub String);

/// What a public page's query may ask for: the rest of a query changes nothing.
#[derive(serde::Deserialize)]
struct PageQuery {
    edition: Option<i32>,
    layout: Option<String>,
}

/// The public resource a path names, its parts decoded and canonical.
enum Target {
    /// `/api/v1/published/{slug}/{lang}`: JSON or Markdown.
    Published(Slug, LanguageTag),
    /// `/read/{slug}/{lang}`: HTML.
    Read(Slug, LanguageTag),
    /// `/read/{slug}/{lang}/editions`: HTML, whatever the query.
    Editions(Slug, LanguageTag),
    /// `/feed/{lang}.atom` or `/feed/{lang}.json`, the tag spelled canonically (another
    /// spelling is redirected, uncached), with the feed's format.
    Feed(LanguageTag, &'static str),
    /// `/sitemap.xml`, the sitemap index.
    Sitemap,
    /// `/sitemaps/{n}.xml`, one sitemap of the index, spelled canonically.
    SitemapPart(i64),
    /// `/read`: the front page, HTML.
    Front,
}

impl Target {
    /// `None` for a path that names no public page, or names one with a malformed slug or
    /// language, which its handler refuses.
    fn of(path: &str) -> Option<Self> {
        if path == "/sitemap.xml" {
            Some(Self::Sitemap)
        } else if let Some(file) = path.strip_prefix("/sitemaps/") {
            crate::routes::crawlers::sitemap_number(file).map(Self::SitemapPart)
        } else if path == FRONT_PAGE {
            Some(Self::Front)
        } else if let Some(rest) = path.strip_prefix("/api/v1/published/") {
            let (slug, lang) = two_segments(rest)?;
            Some(Self::Published(slug, lang))
        } else if let Some(rest) = path.strip_prefix("/read/") {
            if let Some(rest) = rest.strip_suffix("/editions") {
                let (slug, lang) = two_segments(rest)?;
                return Some(Self::Editions(slug, lang));
            }
            let (slug, lang) = two_segments(rest)?;
            Some(Self::Read(slug, lang))
        } else {
            let file = decode(path.strip_prefix("/feed/")?)?;
            let (lang, format) = file.rsplit_once('.')?;
            let format = match format {
                "atom" => "atom",
                "json" => "json",
                _ => return None,
            };
            let tag = LanguageTag::parse(lang).ok()?;
            (tag.as_str() == lang).then_some(Self::Feed(tag, format))
        }
    }
}

/// `{slug}/{lang}`, decoded as the router decodes them and parsed as the handler parses them.
fn two_segments(rest: &str) -> Option<(Slug, LanguageTag)> {
    let (slug, lang) = rest.split_once('/')?;
    if lang.contains('/') {
        return None;
    }
    let slug = Slug::parse(&decode(slug)?).ok()?;
    let lang = LanguageTag::parse(&decode(lang)?).ok()?;
    Some((slug, lang))
}

/// A percent-decoded path segment, if it is UTF-8.
fn decode(segment: &str) -> Option<String> {
    percent_decode_str(segment)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// `edition=` (or `latest`) and `layout=` (the default when none is named), canonical; `None`
/// when the query does not parse or names no layout, which the handler answers with a problem.
fn page_query(uri: &Uri) -> Option<String> {
    let query = Query::<PageQuery>::try_from_uri(uri).ok()?.0;
    let layout: Layout = match query.layout.as_deref() {
        None => Layout::default(),
        Some(l) => l.parse().ok()?,
    };
    let edition = query
        .edition
        .map_or_else(|| "latest".to_owned(), |n| n.to_string());
    Some(format!("edition={edition}|layout={layout}"))
}

/// The request's `Host`, lowercased: absolute links in pages and feeds may be built from it.
fn host(headers: &HeaderMap) -> String {
    headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

impl PageKey {
    /// The key of a public `GET`: the page named by the path (slug and language decoded and
    /// canonical), the edition and layout asked for, the format negotiated from `Accept` and
    /// the reader's language negotiated as the handler negotiates it (`?lang=`, the language
    /// cookie, `Accept-Language`). Everything a page varies by and nothing else: any other
    /// query parameter, and any spelling of `Accept` or `Accept-Language` that negotiates
    /// alike, gives the same key. A feed varies by its language and format; the front page by
    /// its filters and cursor (canonical) and the reader's language, which its `?lang=` does not
    /// choose; an editions page like a reading page, but by no query. Feeds, HTML pages and the
    /// sitemap vary by the `Host` their absolute links may be built from.
    ///
    /// `None` when the request is not for a public page, or is one its handler answers with
    /// a problem (a malformed path or query, no acceptable format); those are not cached.
    pub fn of(uri: &Uri, headers: &HeaderMap) -> Option<Self> {
        let key = match Target::of(uri.path())? {
            Target::Front => {
                let filter = FrontQuery::of(uri).ok()?;
                let locale = LocaleSlot::negotiate(uri, headers).get();
                format!(
                    "front|{}|lang={}|source={}|before={}|{locale}",
                    host(headers),
                    filter.language.unwrap_or_default(),
                    filter.source.unwrap_or_default(),
                    filter.before.map(|c| c.to_string()).unwrap_or_default(),
                )
            }
            Target::Feed(lang, format) => {
                format!("feed|{}|{lang}|{format}", host(headers))
            }
            Target::Sitemap => format!("sitemap|{}", host(headers)),
            Target::SitemapPart(number) => format!("sitemaps|{}|{number}", host(headers)),
            Target::Read(slug, lang) => {
                let query = page_query(uri)?;
                let locale = LocaleSlot::negotiate(uri, headers).get();
                format!("read|{}|{slug}|{lang}|{query}|html|{locale}", host(headers))
            }
            Target::Editions(slug, lang) => {
                let locale = LocaleSlot::negotiate(uri, headers).get();
                format!("editions|{}|{slug}|{lang}|html|{locale}", host(headers))
            }
            Target::Published(slug, lang) => {
                let format = match published::negotiate(headers).ok()? {
                    Format::Json => "json",
                    Format::Markdown => "markdown",
                };
                let query = page_query(uri)?;
                let locale = LocaleSlot::negotiate(uri, headers).get();
                format!("published|{slug}|{lang}|{query}|{format}|{locale}")
            }
        };
        Some(Self(key))
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderValue, header};

    use super::*;

    fn key_with(uri: &str, headers: &[(header::HeaderName, &str)]) -> Option<String> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        PageKey::of(&uri.parse().unwrap(), &map).map(|k| k.0)
    }

    fn key(uri: &str) -> Option<String> {
        key_with(
            uri,
            &[
                (header::ACCEPT, "text/markdown"),
                (header::ACCEPT_LANGUAGE, "zh-TW"),
            ],
        )
    }

    #[test]
    fn each_layout_has_its_own_page_and_the_default_is_named_or_not() {
        let path = "/api/v1/published/story/en";
        let default = key(path).unwrap();
        assert!(default.contains("layout=side-by-side"), "{default}");
        assert!(default.ends_with("|markdown|zh-TW"), "{default}");
        assert_eq!(
            key(&format!("{path}?layout=side-by-side")),
            Some(default.clone())
        );
        let translation = key(&format!("{path}?layout=translation")).unwrap();
        let interleaved = key(&format!("{path}?layout=interleaved")).unwrap();
        assert!(translation != default && interleaved != default && translation != interleaved);
        assert_ne!(key(&format!("{path}?edition=1")), Some(default));
    }

    #[test]
    fn junk_parameters_and_parameter_order_do_not_change_the_key() {
        for path in ["/read/story/en", "/api/v1/published/story/en"] {
            let plain = key(&format!("{path}?edition=2&layout=translation")).unwrap();
            for junk in [
                "layout=translation&utm=x&edition=2",
                "edition=02&layout=translation&junk=1&junk=2",
                "x=%FF&layout=translation&edition=2&y",
            ] {
                assert_eq!(
                    key(&format!("{path}?{junk}")).as_ref(),
                    Some(&plain),
                    "{junk}"
                );
            }
            let default = key(path).unwrap();
            assert_eq!(key(&format!("{path}?junk=1")), Some(default.clone()));
            assert_eq!(key(&format!("{path}?")), Some(default));
        }
        let feed = key("/feed/en.atom").unwrap();
        assert_eq!(key("/feed/en.atom?edition=3&layout=poster&x=1"), Some(feed));
    }

    #[test]
    fn spellings_of_one_path_share_a_key() {
        let plain = key("/read/story/en").unwrap();
        for spelling in ["/read/st%6Fry/en", "/read/story/EN", "/read/%73tory/%65n"] {
            assert_eq!(key(spelling).as_ref(), Some(&plain), "{spelling}");
        }
        assert_eq!(key("/read/story/en-us"), key("/read/story/en-US"));
        assert_eq!(key("/feed/%65n.atom"), key("/feed/en.atom"));
    }

    #[test]
    fn feeds_vary_by_format_and_host_and_other_spellings_of_a_tag_are_not_cached() {
        let atom = key("/feed/en.atom").unwrap();
        assert_ne!(key("/feed/en.json").unwrap(), atom);
        assert_ne!(
            key_with("/feed/en.atom", &[(header::HOST, "other.example")]).unwrap(),
            atom
        );
        assert_eq!(key("/feed/EN.atom"), None);
        assert_eq!(key("/feed/en-us.json"), None);
        assert!(key("/feed/en-US.json").is_some());
    }

    #[test]
    fn the_sitemap_varies_by_host_and_nothing_else() {
        let sitemap = key("/sitemap.xml").unwrap();
        assert_eq!(key("/sitemap.xml?page=2&lang=zh-TW"), Some(sitemap.clone()));
        assert_eq!(
            key_with("/sitemap.xml", &[(header::ACCEPT, "text/html")]),
            Some(sitemap.clone())
        );
        assert_ne!(
            key_with("/sitemap.xml", &[(header::HOST, "other.example")]).unwrap(),
            sitemap
        );
        assert_eq!(key("/sitemap.xml/more"), None);
    }

    #[test]
    fn each_sitemap_of_the_index_has_its_own_key_and_only_canonical_numbers_are_kept() {
        let first = key("/sitemaps/1.xml").unwrap();
        assert_eq!(key("/sitemaps/1.xml?lang=zh-TW"), Some(first.clone()));
        assert_ne!(key("/sitemaps/2.xml").unwrap(), first);
        assert_ne!(key("/sitemap.xml").unwrap(), first);
        assert_ne!(
            key_with("/sitemaps/1.xml", &[(header::HOST, "other.example")]).unwrap(),
            first
        );
        for path in [
            "/sitemaps/01.xml",
            "/sitemaps/0.xml",
            "/sitemaps/-1.xml",
            "/sitemaps/+1.xml",
            "/sitemaps/1.XML",
            "/sitemaps/1",
            "/sitemaps/.xml",
            "/sitemaps/99999999999999999999.xml",
            "/sitemaps/1.xml/more",
        ] {
            assert_eq!(key(path), None, "{path}");
        }
    }

    #[test]
    fn accept_spellings_that_negotiate_alike_share_a_key() {
        let path = "/api/v1/published/story/en";
        let json = key_with(path, &[]).unwrap();
        for accept in [
            "application/json",
            "APPLICATION/JSON",
            "application/json; charset=utf-8",
            "*/*",
            "application/*;q=0.5, image/png",
            "text/html;q=0.1, application/json",
        ] {
            assert_eq!(
                key_with(path, &[(header::ACCEPT, accept)]).as_ref(),
                Some(&json),
                "{accept}"
            );
        }
        let markdown = key_with(path, &[(header::ACCEPT, "text/markdown")]).unwrap();
        assert_ne!(markdown, json);
        for accept in [
            "text/*",
            "text/markdown;junk=1",
            "image/png, text/markdown;q=0.3",
        ] {
            assert_eq!(
                key_with(path, &[(header::ACCEPT, accept)]).as_ref(),
                Some(&markdown),
                "{accept}"
            );
        }
        // The reading page and the feed have one format each: `Accept` changes nothing.
        for path in ["/read/story/en", "/feed/en.atom"] {
            assert_eq!(
                key_with(path, &[(header::ACCEPT, "text/html;junk=1")]),
                key_with(path, &[])
            );
        }
    }

    #[test]
    fn the_key_holds_the_negotiated_language_not_the_header() {
        let path = "/read/story/en";
        let english = key_with(path, &[]).unwrap();
        for accept_language in ["en", "en-GB, fr;q=0.5", "fr", "EN-us;q=0.9", "x-junk-1"] {
            assert_eq!(
                key_with(path, &[(header::ACCEPT_LANGUAGE, accept_language)]).as_ref(),
                Some(&english),
                "{accept_language}"
            );
        }
        let taiwan = key_with(path, &[(header::ACCEPT_LANGUAGE, "zh-TW")]).unwrap();
        assert_ne!(taiwan, english);
        assert_eq!(
            key_with(path, &[(header::ACCEPT_LANGUAGE, "zh-Hant-TW, en;q=0.1")]).as_ref(),
            Some(&taiwan)
        );
        // An explicit choice wins over the header, as it does in the handler.
        assert_eq!(key(&format!("{path}?lang=en-US")).as_ref(), Some(&english));
        assert_eq!(
            key_with(
                path,
                &[
                    (header::COOKIE, "bitext_lang=zh-TW"),
                    (header::ACCEPT_LANGUAGE, "en")
                ]
            )
            .as_ref(),
            Some(&taiwan)
        );
    }

    #[test]
    fn an_editions_page_has_one_key_whatever_the_query_and_its_own_beside_the_reading_page() {
        let page = key("/read/story/en/editions").unwrap();
        assert!(page.starts_with("editions|"), "{page}");
        assert_ne!(Some(page.clone()), key("/read/story/en"));
        for spelling in [
            "/read/story/en/editions?edition=2&layout=translation",
            "/read/story/en/editions?layout=poster",
            "/read/st%6Fry/EN/editions",
        ] {
            assert_eq!(key(spelling).as_ref(), Some(&page), "{spelling}");
        }
        assert_ne!(
            key_with(
                "/read/story/en/editions",
                &[(header::ACCEPT_LANGUAGE, "en")]
            ),
            Some(page)
        );
        for uri in [
            "/read/story/editions",
            "/read/story/en/editions/1",
            "/read/Story/en/editions",
        ] {
            assert_eq!(key(uri), None, "{uri}");
        }
    }

    #[test]
    fn the_front_page_varies_by_its_filters_cursor_host_and_language_not_by_its_spelling() {
        let all = key("/read").unwrap();
        assert!(all.starts_with("front|"), "{all}");
        assert!(all.ends_with("|zh-TW"), "{all}");
        assert_eq!(key("/read?utm=1&lang=&before="), Some(all.clone()));
        let english = key("/read?lang=en").unwrap();
        assert_ne!(english, all);
        assert_eq!(key("/read?lang=EN&x=1"), Some(english.clone()));
        assert!(
            english.ends_with("|zh-TW"),
            "?lang= is a filter here, not the reader's language: {english}"
        );
        let from = key("/read?source=zh-hans").unwrap();
        assert_ne!(from, all);
        assert_eq!(key("/read?source=zh-Hans"), Some(from));
        let older = key("/read?before=1772359200123456789-4").unwrap();
        assert_ne!(older, all);
        assert_ne!(key("/read?before=1772359200123456789-3").unwrap(), older);
        assert_ne!(
            key_with("/read", &[(header::HOST, "127.0.0.2:80")]).unwrap(),
            key_with("/read", &[]).unwrap()
        );
        assert_ne!(
            key_with("/read", &[(header::COOKIE, "bitext_lang=zh-CN")]).unwrap(),
            key_with("/read", &[]).unwrap()
        );
        for refused in [
            "/read?lang=not%20a%20tag",
            "/read?source=%FF",
            "/read?before=yesterday",
            "/read?before=1-0",
            "/read?lang=en&lang=fr",
        ] {
            assert_eq!(key(refused), None, "{refused}");
        }
    }

    #[test]
    fn requests_the_handler_refuses_or_that_are_not_public_pages_get_no_key() {
        for uri in [
            "/read/story/en?layout=poster",
            "/read/story/en?edition=two",
            "/read/Story/en",
            "/read/story/en/more",
            "/read/story",
            "/read/%FF/en",
            "/feed/en.rss",
            "/feed/not%20a%20tag.atom",
            "/api/v1/articles/story",
            "/healthz",
        ] {
            assert_eq!(key(uri), None, "{uri}");
        }
        assert_eq!(
            key_with(
                "/api/v1/published/story/en",
                &[(header::ACCEPT, "image/png")]
            ),
            None
        );
    }
}
