//! The reading room's front page (`/read`): the newest published translations, newest first,
//! each with both titles, its languages, its credit line and its date, linking to its
//! bilingual page; narrowed by translation language (`?lang=`) and source language
//! (`?source=`), paged with an opaque cursor (`?before=`), with each language's feeds.
//!
//! Pure rendering, as [`crate::html`]: every user-supplied string is escaped, every text carries
//! its own `lang` and `dir`, links are relative to the site's root but the canonical one.

use bitext_i18n::{Arg, Locale, format_date};
use chrono::{DateTime, Utc};

use crate::credits::credit_markup;
use crate::html::{document_start, site_footer, site_header};
use crate::labels::{self, message};
use crate::markup::{attr, fill_slots, lang_dir, path_segment, slot, text};
use crate::site::Site;

/// One published translation on the front page, as its newest edition has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontItem {
    pub slug: String,
    /// The translation's language tag.
    pub language: String,
    /// The translation's title.
    pub title: String,
    /// The article's language tag.
    pub source_language: String,
    /// The title of the source revision the edition renders.
    pub source_title: String,
    /// The newest edition's number.
    pub edition: i32,
    /// When readers were last told of it: its newest edition that was not minor.
    pub published_at: DateTime<Utc>,
    /// Display names, in order.
    pub translators: Vec<String>,
    /// Display names, in order.
    pub editors: Vec<String>,
    /// Replaces the generated credit line when set.
    pub credit_override: Option<String>,
}

/// One page of the front page, with the filters that made it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontPage {
    /// Newest first.
    pub items: Vec<FrontItem>,
    /// The translation language asked for (`?lang=`), canonical.
    pub language: Option<String>,
    /// The source language asked for (`?source=`), canonical.
    pub source: Option<String>,
    /// The cursor this page starts after (`?before=`); `None` on the first page.
    pub before: Option<String>,
    /// The cursor of the next, older page; `None` on the last page.
    pub older: Option<String>,
    /// The translation languages that have a feed, in the order to list them.
    pub languages: Vec<String>,
}

/// The address of the front page with these filters and cursor, relative to the site's root.
pub(crate) fn front_path(
    language: Option<&str>,
    source: Option<&str>,
    before: Option<&str>,
) -> String {
    let params: Vec<String> = [("lang", language), ("source", source), ("before", before)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| format!("{name}={}", path_segment(v))))
        .collect();
    if params.is_empty() {
        "/read".to_owned()
    } else {
        format!("/read?{}", params.join("&"))
    }
}

/// The front page, labelled in `locale` (the reader's language; titles keep their own), under
/// `site`'s masthead.
pub fn front_page(page: &FrontPage, locale: &Locale, site: &Site) -> String {
    let (language, source) = (page.language.as_deref(), page.source.as_deref());
    let heading = heading(page, locale);
    let title = message(
        locale,
        "front-document-title",
        &[
            ("heading", Arg::from(heading.as_str())),
            ("site", Arg::from(site.name.as_str())),
        ],
    );
    let canonical = site.url(&front_path(language, source, page.before.as_deref()));
    let mut html = document_start(locale, &title, None);
    html.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        attr(&canonical)
    ));
    if let Some(language) = language {
        let feed_title = message(
            locale,
            "feed-title",
            &[
                ("site", Arg::from(site.name.as_str())),
                ("language", Arg::from(language)),
            ],
        );
        html.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed/{}.atom\" \
             title=\"{}\">\n",
            attr(&path_segment(language)),
            attr(&feed_title),
        ));
    }
    html.push_str("</head>\n<body class=\"front\">\n<div class=\"page\">\n");
    html.push_str(&site_header(site, locale));
    html.push_str("<main id=\"main\">\n");
    html.push_str(&format!(
        "<h1 class=\"front-heading\">{}</h1>\n",
        text(&heading)
    ));
    if language.is_some() || source.is_some() {
        html.push_str(&format!(
            "<p class=\"front-filter\"><a href=\"/read\">{}</a></p>\n",
            text(&message(locale, "front-show-all", &[]))
        ));
    }
    if page.items.is_empty() {
        let empty = if page.before.is_some() {
            "front-empty-older"
        } else if language.is_some() || source.is_some() {
            "front-empty-filtered"
        } else {
            "front-empty"
        };
        html.push_str(&format!(
            "<p class=\"front-empty\">{}</p>\n",
            text(&message(locale, empty, &[]))
        ));
    } else {
        html.push_str("<ol class=\"front-list\">\n");
        for item in &page.items {
            html.push_str(&entry(item, page, locale));
        }
        html.push_str("</ol>\n");
    }
    html.push_str(&pager(page, locale));
    html.push_str(&languages(page, locale));
    html.push_str("</main>\n");
    html.push_str(&site_footer(site, locale));
    html.push_str("</div>\n</body>\n</html>\n");
    html
}

/// What the page lists, in words: the active filters, or the latest of everything.
fn heading(page: &FrontPage, locale: &Locale) -> String {
    let (language, source) = (page.language.as_deref(), page.source.as_deref());
    match (language, source) {
        (None, None) => message(locale, "front-heading", &[]),
        (Some(language), None) => message(
            locale,
            "front-heading-into",
            &[("language", Arg::from(language))],
        ),
        (None, Some(source)) => message(
            locale,
            "front-heading-from",
            &[("source", Arg::from(source))],
        ),
        (Some(language), Some(source)) => message(
            locale,
            "front-heading-from-into",
            &[
                ("source", Arg::from(source)),
                ("language", Arg::from(language)),
            ],
        ),
    }
}

/// One item: the translation's title linking to its page, the source title, then the
/// languages (each narrowing the page to it), the credits and the date.
fn entry(item: &FrontItem, page: &FrontPage, locale: &Locale) -> String {
    let href = format!(
        "/read/{}/{}",
        path_segment(&item.slug),
        path_segment(&item.language)
    );
    let (language, source) = (page.language.as_deref(), page.source.as_deref());
    let source_link = format!(
        "<a href=\"{}\">{}</a>",
        attr(&front_path(language, Some(&item.source_language), None)),
        text(&item.source_language)
    );
    let language_link = format!(
        "<a href=\"{}\">{}</a>",
        attr(&front_path(Some(&item.language), source, None)),
        text(&item.language)
    );
    let languages = fill_slots(
        &message(
            locale,
            "front-languages",
            &[
                ("source", Arg::from(slot(0))),
                ("language", Arg::from(slot(1))),
            ],
        ),
        &[source_link, language_link],
    );
    let separator = "<span class=\"separator\" aria-hidden=\"true\">·</span>";
    let credits = credit_markup(
        locale,
        &item.translators,
        &item.editors,
        item.credit_override.as_deref(),
    );
    let credits = if credits.is_empty() {
        String::new()
    } else {
        format!(" {separator} <span class=\"credits\">{credits}</span>")
    };
    let edition = if item.edition > 1 {
        format!(
            " {separator} <span class=\"edition-number\">{}</span>",
            text(&labels::edition(locale, item.edition))
        )
    } else {
        String::new()
    };
    format!(
        "<li class=\"front-item\">\n<article>\n\
         <h2 class=\"front-headline\"{}><a href=\"{}\">{}</a></h2>\n\
         <p class=\"front-source\"{}>{}</p>\n\
         <p class=\"front-meta\"><span class=\"front-languages\">{languages}</span>{credits} \
         {separator} <time datetime=\"{}\">{}</time>{edition}</p>\n\
         </article>\n</li>\n",
        lang_dir(&item.language),
        attr(&href),
        text(&item.title),
        lang_dir(&item.source_language),
        text(&item.source_title),
        labels::rfc3339(item.published_at),
        text(&format_date(locale, item.published_at)),
    )
}

/// Links to the newest page (when this is a later one) and to the next, older one.
fn pager(page: &FrontPage, locale: &Locale) -> String {
    let (language, source) = (page.language.as_deref(), page.source.as_deref());
    let mut links = String::new();
    if page.before.is_some() {
        links.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            attr(&front_path(language, source, None)),
            text(&message(locale, "front-newest", &[]))
        ));
    }
    if let Some(older) = page.older.as_deref() {
        links.push_str(&format!(
            "<li><a rel=\"next\" href=\"{}\">{}</a></li>",
            attr(&front_path(language, source, Some(older))),
            text(&message(locale, "front-older", &[]))
        ));
    }
    if links.is_empty() {
        return String::new();
    }
    format!(
        "<nav class=\"pager\" aria-label=\"{}\"><ul>{links}</ul></nav>\n",
        attr(&message(locale, "front-pages", &[]))
    )
}

/// Each language with a feed: a link narrowing the page to it, and its two feeds.
fn languages(page: &FrontPage, locale: &Locale) -> String {
    if page.languages.is_empty() {
        return String::new();
    }
    let mut html = format!(
        "<nav class=\"front-by-language\" aria-labelledby=\"front-by-language\">\n\
         <h2 id=\"front-by-language\">{}</h2>\n<ul>\n",
        text(&message(locale, "front-by-language", &[]))
    );
    for language in &page.languages {
        let current = if page.language.as_deref() == Some(language.as_str()) {
            " aria-current=\"page\""
        } else {
            ""
        };
        let feed = |extension: &str, visible: &str, label: &str| {
            format!(
                "<a class=\"feed\" href=\"/feed/{}.{extension}\" aria-label=\"{}\">{}</a>",
                attr(&path_segment(language)),
                attr(&message(
                    locale,
                    label,
                    &[("language", Arg::from(language.as_str()))]
                )),
                text(&message(locale, visible, &[])),
            )
        };
        html.push_str(&format!(
            "<li><a href=\"{}\"{current}>{}</a> {} {}</li>\n",
            attr(&front_path(Some(language), page.source.as_deref(), None)),
            text(language),
            feed("atom", "front-feed-atom", "front-feed-atom-label"),
            feed("json", "front-feed-json", "front-feed-json-label"),
        ));
    }
    html.push_str("</ul>\n</nav>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_addresses_name_only_the_filters_given_encoded() {
        assert_eq!(front_path(None, None, None), "/read");
        assert_eq!(
            front_path(Some("en"), Some("zh-Hans"), Some("12-3")),
            "/read?lang=en&source=zh-Hans&before=12-3"
        );
        assert_eq!(
            front_path(None, Some("a&b=c"), None),
            "/read?source=a%26b%3Dc"
        );
    }
}
