//! The footer of an edition's page: earlier editions and where the text comes from.

use bitext_i18n::{Arg, Locale, format_date};

use super::query;
use crate::labels::{self, message};
use crate::markup::{attr, fill_slots, isolated, slot, text};
use crate::model::{Edition, Layout};

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
            let note = summary
                .correction_note
                .as_deref()
                .map(|note| format!(" <span class=\"edition-note\">{}</span>", isolated(note)))
                .unwrap_or_default();
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a> <time datetime=\"{}\">{}</time>{note}</li>\n",
                attr(&query(edition, Some(summary.number), layout)),
                text(&labels::edition(locale, summary.number)),
                labels::rfc3339(summary.published_at),
                text(&format_date(locale, summary.published_at)),
            ));
        }
        html.push_str("</ol>\n</nav>\n");
    }
    let provenance = message(
        locale,
        "web-provenance",
        &[
            ("source_revision", Arg::from(edition.source.revision)),
            (
                "translation_revision",
                Arg::from(edition.translation.revision),
            ),
            ("publisher", Arg::from(slot(0))),
        ],
    );
    html.push_str(&format!(
        "<div class=\"provenance\">{}</div>\n</footer>\n",
        fill_slots(&provenance, &[isolated(&edition.publisher)])
    ));
    html
}
