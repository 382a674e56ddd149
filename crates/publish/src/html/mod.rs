//! The reading page of a published edition in its three layouts, and the notice of a withdrawn
//! one: the document's head ([`head`]), the site's chrome around every public page
//! ([`chrome`]), the edition's masthead and paragraphs (here) and its footer ([`footer`]); and
//! the page listing every edition ([`editions`]).

mod chrome;
mod editions;
mod footer;
mod head;
mod original;

use bitext_i18n::{Arg, Locale};

use crate::block::Block;
use crate::credits::credits_html;
use crate::labels::{self, message};
use crate::markup::{attr, fill_slots, isolated, lang_dir, path_segment, slot, text};
use crate::model::{Edition, Layout, Pair, pairs};
use crate::site::Site;

pub use chrome::{site_footer, site_header};
pub use editions::editions_html;
use footer::footer;
pub(crate) use head::document_start;
pub use original::original_html;

/// The full reading page of `edition` in `layout`, labelled in `locale` (the
/// reader's language; the texts keep their own), under `site`'s masthead.
///
/// Links are relative to the page (`?layout=…`, `?edition=…`) or to the site's root (the
/// style sheet, the feed, the front page); the canonical address and the head's links to the
/// article in other languages are absolute, under the site's origin. The only script is
/// data: the JSON-LD description, never run.
pub fn html(edition: &Edition, layout: Layout, locale: &Locale, site: &Site) -> String {
    let translation = &edition.translation;
    let mut canonical = site.url(&format!(
        "/read/{}/{}",
        path_segment(&edition.slug),
        path_segment(&translation.language)
    ));
    if edition.is_superseded() {
        canonical.push_str(&format!("?edition={}", edition.number));
    }
    let feed_title = message(
        locale,
        "feed-title",
        &[
            ("site", Arg::from(site.name.as_str())),
            ("language", Arg::from(&translation.language)),
        ],
    );
    let mut page =
        String::with_capacity(4096 + 2 * (edition.source.body.len() + translation.body.len()));
    page.push_str(&document_start(
        locale,
        &translation.title,
        Some(&translation.language),
    ));
    page.push_str(&head::edition_metadata(edition, &canonical, site));
    page.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed/{}.atom\" title=\"{}\">\n\
         </head>\n<body class=\"layout-{layout}\">\n<div class=\"page\">\n",
        attr(&path_segment(&translation.language)),
        attr(&feed_title),
    ));
    page.push_str(&site_header(site, locale));
    page.push_str("<main id=\"main\">\n");
    page.push_str(&layout_switcher(edition, layout, locale));
    page.push_str("<article class=\"edition\">\n");
    page.push_str(&masthead(edition, locale));
    page.push_str(&notices(edition, layout, locale));
    page.push_str(&body(edition, layout, locale));
    page.push_str(&footer(edition, layout, locale));
    page.push_str("</article>\n</main>\n");
    page.push_str(&site_footer(site, locale));
    page.push_str("</div>\n</body>\n</html>\n");
    page
}

/// The page the server answers with 410 once a translation is withdrawn: the
/// localized notice with the publisher's `reason`, under the title if known.
pub fn withdrawn_html(
    slug: &str,
    language: &str,
    title: Option<&str>,
    reason: &str,
    locale: &Locale,
    site: &Site,
) -> String {
    let label = message(locale, "web-withdrawn-title", &[]);
    let notice = fill_slots(
        &message(locale, "web-withdrawn", &[("reason", Arg::from(slot(0)))]),
        &[isolated(reason)],
    );
    let headline = match title {
        Some(title) => format!(
            "<div class=\"kicker\">{}</div>\n<h1 class=\"headline\"{}>{}</h1>\n",
            text(&label),
            lang_dir(language),
            text(title)
        ),
        None => format!("<h1 class=\"headline\">{}</h1>\n", text(&label)),
    };
    let canonical = site.url(&format!(
        "/read/{}/{}",
        path_segment(slug),
        path_segment(language)
    ));
    format!(
        "{}<link rel=\"canonical\" href=\"{}\">\n</head>\n\
         <body class=\"withdrawn\">\n<div class=\"page\">\n{}<main id=\"main\">\n\
         <article class=\"edition\">\n\
         <header class=\"masthead\">\n{headline}</header>\n\
         <div class=\"notice withdrawn-notice\" role=\"note\">{notice}</div>\n\
         </article>\n</main>\n{}</div>\n</body>\n</html>\n",
        document_start(locale, &label, None),
        attr(&canonical),
        site_header(site, locale),
        site_footer(site, locale),
    )
}

/// The query string of a link to `layout`, keeping the edition when it is not the latest.
pub(super) fn query(edition: &Edition, number: Option<i32>, layout: Layout) -> String {
    match number {
        Some(number) if number != edition.latest_number() => {
            format!("?edition={number}&layout={layout}")
        }
        _ => format!("?layout={layout}"),
    }
}

fn layout_switcher(edition: &Edition, current: Layout, locale: &Locale) -> String {
    let links: String = Layout::ALL
        .into_iter()
        .map(|layout| {
            let href = query(edition, Some(edition.number), layout);
            let current = if layout == current {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\"{current}>{}</a></li>",
                attr(&href),
                text(&message(locale, layout.message_id(), &[]))
            )
        })
        .collect();
    format!(
        "<nav class=\"layouts\" aria-label=\"{}\"><ul>{links}</ul></nav>\n",
        attr(&message(locale, "web-layouts", &[]))
    )
}

fn masthead(edition: &Edition, locale: &Locale) -> String {
    let (source, translation) = (&edition.source, &edition.translation);
    let credits = credits_html(edition, locale);
    let credits = if credits.is_empty() {
        String::new()
    } else {
        format!("<div class=\"credits\">{credits}</div>\n")
    };
    format!(
        "<header class=\"masthead\">\n\
         <h1 class=\"headline\"{}>{}</h1>\n\
         <div class=\"headline-source\"{}>{}</div>\n\
         {credits}\
         <div class=\"dateline\"><span class=\"edition-number\">{}</span> \
         <span class=\"separator\" aria-hidden=\"true\">·</span> \
         <time datetime=\"{}\">{}</time></div>\n\
         </header>\n",
        lang_dir(&translation.language),
        text(&translation.title),
        lang_dir(&source.language),
        text(&source.title),
        text(&labels::edition(locale, edition.number)),
        labels::rfc3339(edition.published_at),
        text(&labels::published(locale, edition.published_at)),
    )
}

/// The correction note, and a pointer to the latest edition when this one is superseded.
fn notices(edition: &Edition, layout: Layout, locale: &Locale) -> String {
    let mut html = String::new();
    if let Some(note) = edition.correction_note.as_deref() {
        let note = fill_slots(
            &message(locale, "web-correction", &[("note", Arg::from(slot(0)))]),
            &[isolated(note)],
        );
        html.push_str(&format!(
            "<div class=\"notice correction\" role=\"note\">{note}</div>\n"
        ));
    }
    if edition.is_superseded() {
        let args = [
            ("number", Arg::from(edition.number)),
            ("latest", Arg::from(edition.latest_number())),
        ];
        html.push_str(&format!(
            "<div class=\"notice superseded\" role=\"note\">{} <a href=\"{}\">{}</a></div>\n",
            text(&message(locale, "web-superseded", &args)),
            attr(&query(edition, None, layout)),
            text(&message(locale, "web-read-latest", &[])),
        ));
    }
    html
}

fn body(edition: &Edition, layout: Layout, locale: &Locale) -> String {
    let (source, translation) = (&edition.source, &edition.translation);
    let mut html = String::new();
    if layout == Layout::SideBySide {
        html.push_str(&format!(
            "<div class=\"column-heads\"><div class=\"column-source\">{}</div>\
             <div class=\"column-translation\">{}</div></div>\n",
            text(&message(locale, "web-source", &[])),
            text(&message(locale, "web-translation", &[])),
        ));
    }
    html.push_str("<div class=\"pairs\">\n");
    let source_attrs = lang_dir(&source.language);
    let translation_attrs = lang_dir(&translation.language);
    for Pair {
        index,
        source,
        translation,
    } in pairs(edition)
    {
        let source = source.filter(|_| layout != Layout::TranslationOnly);
        if source.is_none() && translation.is_none() {
            continue;
        }
        html.push_str(&format!("<div class=\"pair\" id=\"p{}\">\n", index + 1));
        if let Some(paragraph) = source {
            html.push_str(&block(paragraph, "source", &source_attrs));
        }
        if let Some(paragraph) = translation {
            html.push_str(&block(paragraph, "translation", &translation_attrs));
        }
        html.push_str("</div>\n");
    }
    html.push_str("</div>\n");
    html
}

/// One paragraph of one side, as a `<p>`, or as an `<h2>` when it is a subhead;
/// `class` is `source` or `translation` and `attrs` its `lang` and `dir`.
fn block(paragraph: &str, class: &str, attrs: &str) -> String {
    match Block::of(paragraph) {
        Block::Heading(heading) => {
            format!("<h2 class=\"{class}\"{attrs}>{}</h2>\n", text(&heading))
        }
        Block::Paragraph(paragraph) => {
            format!("<p class=\"{class}\"{attrs}>{}</p>\n", text(paragraph))
        }
    }
}
