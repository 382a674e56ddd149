//! The public edition history of a translation (`/read/{slug}/{lang}/editions`): every edition,
//! newest first, with its date, its correction note or the mark of a minor edition, and who
//! published it, each linking to its page.

use bitext_i18n::{Arg, Locale, format_date};

use super::footer::{editions_path, version};
use crate::labels::{self, message};
use crate::markup::{attr, fill_slots, isolated, lang_dir, path_segment, slot, text};
use crate::model::{Edition, EditionSummary};
use crate::site::Site;

use super::{document_start, site_footer, site_header};

/// The editions page of the translation whose newest edition is `edition` (its
/// [`Edition::editions`] lists them all), labelled in `locale`, under `site`'s masthead.
pub fn editions_html(edition: &Edition, locale: &Locale, site: &Site) -> String {
    let translation = &edition.translation;
    let article = format!(
        "/read/{}/{}",
        path_segment(&edition.slug),
        path_segment(&translation.language)
    );
    let mut editions: Vec<&EditionSummary> = edition.editions.iter().collect();
    editions.sort_by_key(|e| std::cmp::Reverse(e.number));
    let latest = edition.latest_number();
    let items: String = editions
        .into_iter()
        .map(|e| item(e, &article, latest, locale))
        .collect();
    let mut page = String::with_capacity(2048 + 256 * edition.editions.len());
    page.push_str(&document_start(
        locale,
        &translation.title,
        Some(&translation.language),
    ));
    page.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n</head>\n\
         <body class=\"edition-history\">\n<div class=\"page\">\n",
        attr(&site.url(&editions_path(edition))),
    ));
    page.push_str(&site_header(site, locale));
    page.push_str(&format!(
        "<main id=\"main\">\n<article class=\"edition\">\n\
         <header class=\"masthead\">\n\
         <div class=\"kicker\">{}</div>\n\
         <h1 class=\"headline\"{}><a href=\"{}\">{}</a></h1>\n\
         <div class=\"headline-source\"{}>{}</div>\n\
         <div class=\"edition-version\">{}</div>\n\
         </header>\n\
         <p class=\"editions-intro\">{}</p>\n\
         <ol class=\"edition-list\" reversed>\n{items}</ol>\n\
         </article>\n</main>\n",
        text(&message(locale, "web-editions-title", &[])),
        lang_dir(&translation.language),
        attr(&article),
        text(&translation.title),
        lang_dir(&edition.source.language),
        text(&edition.source.title),
        version(edition, locale),
        text(&message(locale, "web-editions-intro", &[])),
    ));
    page.push_str(&site_footer(site, locale));
    page.push_str("</div>\n</body>\n</html>\n");
    page
}

/// One edition: its number linking to its page, its date, what it changed and its publisher.
fn item(e: &EditionSummary, article: &str, latest: i32, locale: &Locale) -> String {
    let href = if e.number == latest {
        article.to_owned()
    } else {
        format!("{article}?edition={}", e.number)
    };
    let current = if e.number == latest {
        format!(
            " <span class=\"edition-current\">{}</span>",
            text(&message(locale, "web-editions-current", &[]))
        )
    } else {
        String::new()
    };
    let change = if e.minor {
        format!(
            "<div class=\"edition-minor\">{}</div>\n",
            text(&message(locale, "web-edition-minor", &[]))
        )
    } else if let Some(note) = e.correction_note.as_deref() {
        let note = fill_slots(
            &message(locale, "web-correction", &[("note", Arg::from(slot(0)))]),
            &[isolated(note)],
        );
        format!("<div class=\"edition-correction\">{note}</div>\n")
    } else if e.number == 1 {
        format!(
            "<div class=\"edition-first\">{}</div>\n",
            text(&message(locale, "web-editions-first", &[]))
        )
    } else {
        String::new()
    };
    let publisher = fill_slots(
        &message(
            locale,
            "web-editions-published-by",
            &[("publisher", Arg::from(slot(0)))],
        ),
        &[isolated(&e.publisher)],
    );
    format!(
        "<li id=\"edition-{number}\">\n\
         <div class=\"edition-line\"><a href=\"{}\">{}</a>{current} \
         <span class=\"separator\" aria-hidden=\"true\">·</span> \
         <time datetime=\"{}\">{}</time></div>\n\
         {change}<div class=\"edition-publisher\">{publisher}</div>\n</li>\n",
        attr(&href),
        text(&labels::edition(locale, e.number)),
        labels::rfc3339(e.published_at),
        text(&format_date(locale, e.published_at)),
        number = e.number,
    )
}
