//! What the review, publish and history pages of a translation share: the links between a
//! translation's pages and its state at a glance.

use bitext_domain::Translation;
use maud::{Markup, html};

use crate::{
    tr::Tr,
    widgets::{article_url, state_badge, translation_url},
};

/// Which of a translation's pages is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Review,
    Publish,
    History,
}

/// The links between a translation's pages, the current one marked.
pub fn tabs(tr: &Tr, t: &Translation, current: Tab) -> Markup {
    let here = |tab: Tab| (tab == current).then_some("page");
    let url = |page| translation_url(&t.slug, &t.language, page);
    html! {
        nav.tabs aria-label=(tr.t("review-tabs")) {
            ul {
                li { a href=(article_url(&t.slug)) { (tr.t("review-tab-article")) } }
                li { a href=(url(None)) { (tr.t("review-tab-workspace")) } }
                li { a href=(url(Some("review"))) aria-current=[here(Tab::Review)] { (tr.t("review-tab-review")) } }
                li { a href=(url(Some("publish"))) aria-current=[here(Tab::Publish)] { (tr.t("review-tab-publish")) } }
                li { a href=(url(Some("history"))) aria-current=[here(Tab::History)] { (tr.t("review-tab-history")) } }
            }
        }
    }
}

/// The translation's state, holder, head and source revision, and whether it is outdated.
pub fn status(tr: &Tr, t: &Translation) -> Markup {
    html! {
        dl.facts {
            div { dt { (tr.t("list-state")) } dd {
                (state_badge(tr, t.state))
                @if t.outdated() { " " span.badge.outdated { (tr.t("list-outdated")) } }
            } }
            div { dt { (tr.t("list-assignee")) } dd {
                @if let Some(p) = &t.assignee { (p.display_name) } @else { "—" }
            } }
            div { dt { (tr.t("review-head")) } dd { (t.head) } }
            div { dt { (tr.t("review-source-revision")) } dd {
                (tr.ta("review-source-of", &[
                    ("revision", t.source_revision.into()),
                    ("head", t.article_major_head.into()),
                ]))
            } }
        }
    }
}
