//! The sitemap (<https://www.sitemaps.org/protocol.html>) of the reading room: an index of
//! sitemaps, each listing some articles' original pages and their published translations'
//! pages, each page listing the whole group as `xhtml:link` alternates, the form of
//! `hreflang` that search engines read in sitemaps.

use std::io;

use chrono::{DateTime, Utc};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};
use serde::{Deserialize, Serialize};

use crate::labels::rfc3339;
use crate::markup::read_path;
use crate::site::Site;
use crate::xml::{document, text_element, xml_text};

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// An article as the sitemap lists it: its original's page and its translations' pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitemapArticle {
    pub slug: String,
    /// The original's language.
    pub language: String,
    /// The published translations that are not withdrawn, in the order to list them.
    pub translations: Vec<SitemapTranslation>,
}

/// A translation's page in the sitemap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitemapTranslation {
    pub language: String,
    /// When its newest edition was published: the page's `<lastmod>`.
    pub updated_at: DateTime<Utc>,
}

/// One sitemap of the index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SitemapPart {
    /// Its path on the site, from `/`.
    pub path: String,
    /// When what it lists last changed: its `<lastmod>`.
    pub updated_at: DateTime<Utc>,
}

/// The sitemap index (`<sitemapindex>`) of `parts`, every address absolute under `site`'s
/// origin, each with its `<lastmod>`.
pub fn sitemap_index(parts: &[SitemapPart], site: &Site) -> String {
    document(|writer| {
        declaration(writer)?;
        writer
            .create_element("sitemapindex")
            .with_attribute(("xmlns", SITEMAP_NS))
            .write_inner_content(|writer| {
                for part in parts {
                    writer
                        .create_element("sitemap")
                        .write_inner_content(|writer| {
                            text_element(writer, "loc", &site.url(&part.path))?;
                            text_element(writer, "lastmod", &rfc3339(part.updated_at))
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// A sitemap of `articles`, every address absolute under `site`'s origin.
///
/// Each article with a translation gives a `<url>` for its original's page (`<lastmod>` the
/// newest of its translations' editions, since the original's page shows the source they
/// pin) and one for each translation; each `<url>` lists every page of its article, itself
/// included, as an alternate with its `hreflang`, and the original's as `x-default`. An
/// article without translations has no page and is left out.
pub fn sitemap(articles: &[SitemapArticle], site: &Site) -> String {
    document(|writer| write_sitemap(writer, articles, site))
}

fn declaration(writer: &mut Writer<Vec<u8>>) -> io::Result<()> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    Ok(())
}

fn write_sitemap(
    writer: &mut Writer<Vec<u8>>,
    articles: &[SitemapArticle],
    site: &Site,
) -> io::Result<()> {
    declaration(writer)?;
    writer
        .create_element("urlset")
        .with_attributes([("xmlns", SITEMAP_NS), ("xmlns:xhtml", XHTML_NS)])
        .write_inner_content(|writer| {
            for article in articles {
                write_article(writer, article, site)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_article(
    writer: &mut Writer<Vec<u8>>,
    article: &SitemapArticle,
    site: &Site,
) -> io::Result<()> {
    let Some(newest) = article.translations.iter().map(|t| t.updated_at).max() else {
        return Ok(());
    };
    let url = |language: &str| xml_text(&site.url(&read_path(&article.slug, language)));
    let mut pages = vec![(xml_text(&article.language), url(&article.language), newest)];
    for t in &article.translations {
        if pages.iter().all(|(language, ..)| *language != t.language) {
            pages.push((xml_text(&t.language), url(&t.language), t.updated_at));
        }
    }
    let original = pages[0].1.clone();
    for (_, loc, lastmod) in &pages {
        writer.create_element("url").write_inner_content(|writer| {
            text_element(writer, "loc", loc)?;
            text_element(writer, "lastmod", &rfc3339(*lastmod))?;
            for (language, href, _) in &pages {
                alternate(writer, language, href)?;
            }
            alternate(writer, "x-default", &original)
        })?;
    }
    Ok(())
}

fn alternate(writer: &mut Writer<Vec<u8>>, hreflang: &str, href: &str) -> io::Result<()> {
    writer
        .create_element("xhtml:link")
        .with_attributes([("rel", "alternate"), ("hreflang", hreflang), ("href", href)])
        .write_empty()?;
    Ok(())
}
