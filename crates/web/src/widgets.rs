//! Pieces several pages show: a translation's state, links to its pages, times, and a table of
//! translations.

use std::collections::HashMap;

use bitext_app::ListedTranslation;
use bitext_domain::{CheckCounts, State, Translation};
use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::{layout::lang_attrs, tr::Tr};

/// What a path segment or query value must escape: all but letters, digits and `-._~`.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path segment or a query value, escaped.
pub fn seg(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, SEGMENT).to_string()
}

/// The article's page.
pub fn article_url(slug: &str) -> String {
    format!("/articles/{}", seg(slug))
}

/// A translation's workspace, or one of its pages (`review`, `publish`, `history`).
pub fn translation_url(slug: &str, language: &str, page: Option<&str>) -> String {
    let base = format!("/articles/{}/{}", seg(slug), seg(language));
    match page {
        Some(p) => format!("{base}/{p}"),
        None => base,
    }
}

/// The page a translation's state calls for: review while it waits for an editor, publish once
/// approved or published, the workspace otherwise.
pub fn next_page(t: &Translation) -> String {
    let page = match t.state {
        State::InReview => Some("review"),
        State::Approved | State::Published | State::Withdrawn => Some("publish"),
        State::Draft | State::ChangesRequested => None,
    };
    translation_url(&t.slug, &t.language, page)
}

/// A state as a labelled badge (the word, not a colour alone, carries the meaning).
pub fn state_badge(tr: &Tr, state: State) -> Markup {
    html! { span class={ "badge state-" (state.as_str()) } { (tr.state(state)) } }
}

/// A moment, for people: the date and time in UTC.
pub fn time(tr: &Tr, at: DateTime<Utc>) -> Markup {
    html! {
        time datetime=(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)) {
            (crate::format::date_time(tr, at))
        }
    }
}

/// Translations in a table: article, language, state, who holds it, last change.
pub fn translation_table(tr: &Tr, caption: &str, rows: &[ListedTranslation]) -> Markup {
    translation_table_with_checks(tr, caption, rows, None)
}

/// What the checks found on a head, in a list's cell: errors first, in words.
fn check_cell(tr: &Tr, counts: CheckCounts) -> Markup {
    html! {
        @if counts.errors == 0 && counts.warnings == 0 {
            span.checks-none { (tr.t("list-checks-clean")) }
        } @else {
            span class={ "checks-found" @if counts.errors > 0 { " error" } } {
                (tr.ta("list-checks-counts", &[
                    ("errors", counts.errors.into()),
                    ("warnings", counts.warnings.into()),
                ]))
            }
        }
    }
}

/// A list of translations with a column of what the checks found on each head, when `checks`
/// holds the counts (by translation id).
pub fn translation_table_with_checks(
    tr: &Tr,
    caption: &str,
    rows: &[ListedTranslation],
    checks: Option<&HashMap<i64, CheckCounts>>,
) -> Markup {
    html! {
        table.list {
            caption { (caption) }
            thead { tr {
                th scope="col" { (tr.t("list-article")) }
                th scope="col" { (tr.t("list-language")) }
                th scope="col" { (tr.t("list-state")) }
                th scope="col" { (tr.t("list-assignee")) }
                th scope="col" { (tr.t("list-updated")) }
                @if checks.is_some() { th scope="col" { (tr.t("list-checks")) } }
            } }
            tbody {
                @for row in rows {
                    @let t = &row.translation;
                    @let (lang, dir) = lang_attrs(&t.language);
                    @let (title_lang, title_dir) = lang_attrs(&row.article_language);
                    tr {
                        td { a href=(next_page(t)) lang=(title_lang) dir=(title_dir) { (row.article_title) } " " span.slug { (t.slug) } }
                        td { span lang=(lang) dir=(dir) { (t.language) } }
                        td {
                            (state_badge(tr, t.state))
                            @if t.outdated() { " " span.badge.outdated { (tr.t("list-outdated")) } }
                        }
                        td { @if let Some(p) = &t.assignee { (p.display_name) } @else { "—" } }
                        td { (time(tr, t.updated_at)) }
                        @if let Some(checks) = checks {
                            td { (check_cell(tr, checks.get(&t.id).copied().unwrap_or_default())) }
                        }
                    }
                }
            }
        }
    }
}

/// The message `id`, or `key` itself when the interface has no words for it (an action or a
/// detail recorded by a newer version than this one knows).
pub fn message_or_key(tr: &Tr, id: &str, key: &str) -> String {
    if bitext_i18n::Localizer::global().has(&tr.locale, id) {
        tr.t(id)
    } else {
        key.to_owned()
    }
}

/// What an audit record says was done, in words (`event-<action>` in staff.ftl).
pub fn event_text(tr: &Tr, action: &str) -> String {
    message_or_key(
        tr,
        &format!("event-{}", action.replace(['.', '_'], "-")),
        action,
    )
}
