//! The original's page: the source article as its translations publish it, under the site's
//! masthead, with a line of links to each published translation.

use bitext_i18n::{Arg, Locale, Localizer};

use super::head::{document_start, original_metadata};
use super::{block, site_footer, site_header};
use crate::labels::message;
use crate::markup::{attr, fill_slots, lang_dir, read_path, slot, text};
use crate::model::Original;
use crate::site::Site;

/// The original's page, labelled in `locale` (the reader's language; the text keeps its own):
/// the source title and paragraphs (subheads as `<h2>`), and "Read in: en and fr" linking to
/// each published translation. Its head describes it as the translations' original.
pub fn original_html(original: &Original, locale: &Locale, site: &Site) -> String {
    let source = &original.source;
    let mut page = String::with_capacity(4096 + 2 * source.body.len());
    page.push_str(&document_start(
        locale,
        &source.title,
        Some(&source.language),
    ));
    page.push_str(&original_metadata(original, site));
    page.push_str("</head>\n<body class=\"original\">\n<div class=\"page\">\n");
    page.push_str(&site_header(site, locale));
    page.push_str(&format!(
        "<main id=\"main\">\n<article class=\"edition\">\n<header class=\"masthead\">\n\
         <div class=\"kicker\">{}</div>\n<h1 class=\"headline\"{}>{}</h1>\n{}</header>\n\
         <div class=\"pairs\">\n",
        text(&message(locale, "web-source", &[])),
        lang_dir(&source.language),
        text(&source.title),
        read_in(original, locale),
    ));
    let attrs = lang_dir(&source.language);
    for (index, paragraph) in bitext_domain::text::paragraphs(&source.body)
        .into_iter()
        .enumerate()
    {
        page.push_str(&format!("<div class=\"pair\" id=\"p{}\">\n", index + 1));
        page.push_str(&block(paragraph, "source", &attrs));
        page.push_str("</div>\n");
    }
    page.push_str("</div>\n</article>\n</main>\n");
    page.push_str(&site_footer(site, locale));
    page.push_str("</div>\n</body>\n</html>\n");
    page
}

/// "Read in: en and fr", each tag linking to its translation's page; nothing when there is
/// no translation to read.
fn read_in(original: &Original, locale: &Locale) -> String {
    if original.translations.is_empty() {
        return String::new();
    }
    let languages: Vec<&str> = original
        .translations
        .iter()
        .map(|t| t.language.as_str())
        .collect();
    let links: Vec<String> = languages
        .iter()
        .map(|language| {
            format!(
                "<a href=\"{}\" hreflang=\"{}\">{}</a>",
                attr(&read_path(&original.slug, language)),
                attr(language),
                text(language),
            )
        })
        .collect();
    let list = Localizer::global().format_list_with(locale, &languages, |index, _| slot(index));
    let line = message(locale, "web-read-in", &[("languages", Arg::from(list))]);
    format!(
        "<nav class=\"read-in\" aria-label=\"{}\"><p>{}</p></nav>\n",
        attr(&message(locale, "web-translations", &[])),
        fill_slots(&line, &links),
    )
}
