//! The head of a public page: language, title, style sheet, and what other sites read: the
//! canonical address, the same article in its other languages (`hreflang`), Open Graph, a
//! description, and schema.org's `NewsArticle` as JSON-LD ([`json_ld`]).

mod json_ld;

use bitext_i18n::Locale;
use chrono::{DateTime, Utc};

use crate::block::Block;
use crate::labels::rfc3339;
use crate::markup::{attr, lang_dir, read_path, text};
use crate::model::{Alternate, Edition, Original, Side};
use crate::site::Site;

/// The most characters a description keeps of the first paragraph.
const DESCRIPTION_CHARS: usize = 200;

/// From the doctype to the style sheet link, with `title` in its own language when
/// `title_language` names it (else the page's); the caller closes `<head>`.
pub(crate) fn document_start(locale: &Locale, title: &str, title_language: Option<&str>) -> String {
    let lang = title_language.map(lang_dir).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title{lang}>{}</title>\n<link rel=\"stylesheet\" href=\"/assets/read.css\">\n",
        attr(locale.as_str()),
        text(title),
    )
}

/// One page of an article, as the head describes it to other sites.
struct Page<'a> {
    language: &'a str,
    title: &'a str,
    /// The page's text, for its description.
    body: &'a str,
    /// The page's own absolute address.
    canonical: String,
    /// The original's language and title.
    original: (&'a str, &'a str),
    /// The original's absolute address.
    original_url: String,
    /// The article's pages in each language, the original's first, each with its absolute
    /// address; empty when this page is not one of them (an earlier edition).
    pages: Vec<(&'a str, &'a str, String)>,
    published: DateTime<Utc>,
    modified: DateTime<Utc>,
    /// The edition, on a translation's page.
    edition: Option<&'a Edition>,
}

/// The head's metadata of a translation's page whose canonical address is `canonical`.
///
/// The current edition links to the original's page and to every published translation,
/// itself included, with `x-default` the original's. An earlier edition is no language
/// version of the article (the current one is), so it links to none.
pub(super) fn edition_metadata(edition: &Edition, canonical: &str, site: &Site) -> String {
    let (source, translation) = (&edition.source, &edition.translation);
    let pages = if edition.is_superseded() {
        Vec::new()
    } else {
        let mut pages = pages(site, &edition.slug, source, &edition.translations);
        if pages
            .iter()
            .all(|(language, ..)| *language != translation.language)
        {
            pages.push((
                &translation.language,
                &translation.title,
                site.url(&read_path(&edition.slug, &translation.language)),
            ));
        }
        pages
    };
    metadata(
        &Page {
            language: &translation.language,
            title: &translation.title,
            body: &translation.body,
            canonical: canonical.to_owned(),
            original: (&source.language, &source.title),
            original_url: site.url(&read_path(&edition.slug, &source.language)),
            pages,
            published: edition.first_published_at(),
            modified: edition.published_at,
            edition: Some(edition),
        },
        site,
    )
}

/// The head's metadata of the original's page, canonical link included.
pub(super) fn original_metadata(original: &Original, site: &Site) -> String {
    let source = &original.source;
    let url = site.url(&read_path(&original.slug, &source.language));
    metadata(
        &Page {
            language: &source.language,
            title: &source.title,
            body: &source.body,
            canonical: url.clone(),
            original: (&source.language, &source.title),
            original_url: url,
            pages: pages(site, &original.slug, source, &original.translations),
            published: original.published_at,
            modified: original.modified_at,
            edition: None,
        },
        site,
    )
}

/// The original's page and each translation's (in the order given, each once), with their
/// absolute addresses.
fn pages<'a>(
    site: &Site,
    slug: &str,
    source: &'a Side,
    translations: &'a [Alternate],
) -> Vec<(&'a str, &'a str, String)> {
    let mut pages = vec![(
        source.language.as_str(),
        source.title.as_str(),
        site.url(&read_path(slug, &source.language)),
    )];
    for t in translations {
        if pages.iter().all(|(language, ..)| *language != t.language) {
            pages.push((
                &t.language,
                &t.title,
                site.url(&read_path(slug, &t.language)),
            ));
        }
    }
    pages
}

fn metadata(page: &Page<'_>, site: &Site) -> String {
    let mut head = format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        attr(&page.canonical)
    );
    for (language, _, url) in &page.pages {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            attr(language),
            attr(url)
        ));
    }
    if !page.pages.is_empty() {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
            attr(&page.original_url)
        ));
    }
    let description = description(page.body);
    if let Some(description) = &description {
        head.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">\n",
            attr(description)
        ));
    }
    let mut properties = vec![
        ("og:type", "article".to_owned()),
        ("og:title", page.title.to_owned()),
    ];
    if let Some(description) = &description {
        properties.push(("og:description", description.clone()));
    }
    properties.extend([
        ("og:url", page.canonical.clone()),
        ("og:site_name", site.name.clone()),
        ("og:locale", og_locale(page.language)),
    ]);
    for (language, ..) in &page.pages {
        if *language != page.language {
            properties.push(("og:locale:alternate", og_locale(language)));
        }
    }
    properties.extend([
        ("article:published_time", rfc3339(page.published)),
        ("article:modified_time", rfc3339(page.modified)),
    ]);
    for (property, content) in properties {
        head.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">\n",
            attr(&content)
        ));
    }
    head.push_str(&json_ld::news_article(page, description.as_deref(), site));
    head
}

/// A BCP 47 tag as Open Graph spells a locale: `en-US` is `en_US`, `en` stays `en`.
fn og_locale(language: &str) -> String {
    language.replace('-', "_")
}

/// The first paragraph of running text (a subhead sums up nothing) on one line, cut to
/// [`DESCRIPTION_CHARS`] with an ellipsis; `None` for a body with no such paragraph.
fn description(body: &str) -> Option<String> {
    let paragraph = bitext_domain::text::paragraphs(body)
        .into_iter()
        .map(Block::of)
        .find(|block| !block.is_heading())?;
    let line = paragraph
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if line.is_empty() {
        return None;
    }
    if line.chars().count() <= DESCRIPTION_CHARS {
        return Some(line);
    }
    let mut cut: String = line.chars().take(DESCRIPTION_CHARS - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    Some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_locales_use_an_underscore_and_bare_languages_stay_bare() {
        assert_eq!(og_locale("en-US"), "en_US");
        assert_eq!(og_locale("zh-CN"), "zh_CN");
        assert_eq!(og_locale("zh-Hans"), "zh_Hans");
        assert_eq!(og_locale("en"), "en");
    }

    #[test]
    fn the_description_is_the_first_paragraph_of_running_text_on_one_line() {
        assert_eq!(
            description("## Subhead\n\nFirst  line\nnext.\n\nSecond."),
            Some("First line next.".into())
        );
        assert_eq!(description("## Only a subhead"), None);
        assert_eq!(description("  \n"), None);
    }

    #[test]
    fn a_long_description_is_cut_at_a_character_with_an_ellipsis() {
        let long = "河".repeat(DESCRIPTION_CHARS + 50);
        let cut = description(&long).expect("a description");
        assert_eq!(cut.chars().count(), DESCRIPTION_CHARS);
        assert!(cut.ends_with("河…"));
        let exact = "a".repeat(DESCRIPTION_CHARS);
        assert_eq!(description(&exact), Some(exact.clone()));
        let spaced = format!(
            "{} {}",
            "a".repeat(DESCRIPTION_CHARS - 2),
            "tail ".repeat(9)
        );
        let cut = description(&spaced).expect("a description");
        assert_eq!(cut, format!("{}…", "a".repeat(DESCRIPTION_CHARS - 2)));
    }
}
