//! The footer of an edition's page: earlier editions, and which edition this is, in words a
//! reader follows (when it was first published, when last corrected, whether it only updated
//! the original's text), with a link to every edition.

use bitext_i18n::{Arg, Locale, format_date};

use super::query;
use crate::labels::{self, message};
use crate::markup::{attr, isolated, path_segment, text};
use crate::model::{Edition, EditionSummary, Layout};

pub(super) fn footer(edition: &Edition, layout: Layout, locale: &Locale) -> String {
    let mut html = String::from("<footer class=\"edition-footer\">\n");
    let mut earlier: Vec<_> = edition
        .editions
        .iter()
        .filter(|summary| summary.number < edition.number)
        .collect();
    earlier.sort_by_key(|summary| std::cmp::Reverse(summary.number));
    if !earlier.is_empty() {
        html.push_str(&format!(
            "<nav class=\"editions\" aria-labelledby=\"earlier-editions\">\n\
             <h2 id=\"earlier-editions\">{}</h2>\n<ol>\n",
            text(&message(locale, "web-earlier-editions", &[]))
        ));
        for summary in earlier {
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a> <time datetime=\"{}\">{}</time>{}</li>\n",
                attr(&query(edition, Some(summary.number), layout)),
                text(&labels::edition(locale, summary.number)),
                labels::rfc3339(summary.published_at),
                text(&format_date(locale, summary.published_at)),
                note(summary, locale),
            ));
        }
        html.push_str("</ol>\n</nav>\n");
    }
    html.push_str(&format!(
        "<div class=\"edition-version\">{} <a class=\"all-editions\" href=\"{}\">{}</a></div>\n\
         </footer>\n",
        version(edition, locale),
        attr(&editions_path(edition)),
        text(&message(locale, "web-all-editions", &[])),
    ));
    html
}

/// What an earlier edition changed, after its date: its correction note, or the mark of a
/// minor edition.
fn note(summary: &EditionSummary, locale: &Locale) -> String {
    if summary.minor {
        format!(
            " <span class=\"edition-note edition-minor\">{}</span>",
            text(&message(locale, "web-edition-minor", &[]))
        )
    } else {
        summary
            .correction_note
            .as_deref()
            .map(|note| format!(" <span class=\"edition-note\">{}</span>", isolated(note)))
            .unwrap_or_default()
    }
}

/// "Edition 3 · first published Mar 1, 2026 · last corrected Mar 7, 2026", and, for an edition
/// that only updated the original's text, a word saying so.
pub(crate) fn version(edition: &Edition, locale: &Locale) -> String {
    let first = edition
        .editions
        .iter()
        .min_by_key(|e| e.number)
        .map_or(edition.published_at, |e| e.published_at);
    let date = |at| {
        format!(
            "<time datetime=\"{}\">{}</time>",
            labels::rfc3339(at),
            text(&format_date(locale, at))
        )
    };
    let id = if edition.number == 1 {
        "web-version-first"
    } else {
        "web-version"
    };
    let mut parts = vec![slotted(
        locale,
        id,
        &[("number", Arg::from(edition.number))],
        "date",
        &date(first),
    )];
    if let Some(correction) = edition.last_correction() {
        parts.push(slotted(
            locale,
            "web-version-corrected",
            &[],
            "date",
            &date(correction.published_at),
        ));
    }
    if edition.minor {
        parts.push(text(&message(locale, "web-version-minor", &[])).into_owned());
    }
    parts.join(" · ")
}

/// Message `id` with `args`, escaped, and the markup `html` where the argument `name` goes.
fn slotted(locale: &Locale, id: &str, args: &[(&str, Arg)], name: &str, html: &str) -> String {
    let mut all: Vec<(&str, Arg)> = args.to_vec();
    all.push((name, Arg::from(crate::markup::slot(0))));
    crate::markup::fill_slots(&message(locale, id, &all), &[html.to_owned()])
}

/// The address of the editions page of `edition`'s translation.
pub(crate) fn editions_path(edition: &Edition) -> String {
    format!(
        "/read/{}/{}/editions",
        path_segment(&edition.slug),
        path_segment(&edition.translation.language)
    )
}
