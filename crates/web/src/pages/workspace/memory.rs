//! The translation memory beside each source paragraph of the workspace: what was approved
//! (or imported) for this paragraph or one like it, best first, each with its score, where it
//! came from and how its source differs from this one, and a button that puts it in the
//! paragraph's text area.

use bitext_app::memory::{ParagraphSuggestions, Suggestion};
use maud::{Markup, html};

use crate::{layout::lang_attrs, pages::diff_view, tr::Tr};

/// The suggestions for source paragraph `index` (from 0), whose text area is `p-{index + 1}`;
/// nothing when there are none.
pub fn beside(tr: &Tr, found: Option<&ParagraphSuggestions>, index: usize) -> Markup {
    let Some(found) = found.filter(|f| !f.suggestions.is_empty()) else {
        return html! {};
    };
    let best = found.suggestions.first().map_or(0, |s| s.score);
    let (src_lang, src_dir) = lang_attrs(&found.source_language);
    let (lang, dir) = lang_attrs(&found.target_language);
    html! {
        details.tm open[best >= 90] {
            summary lang=(tr.lang()) dir="ltr" {
                (tr.ta("workspace-memory", &[
                    ("count", found.suggestions.len().into()),
                    ("best", i64::from(best).into()),
                ]))
            }
            ol.tm-list lang=(tr.lang()) {
                @for s in &found.suggestions {
                    li.tm-item {
                        p.tm-head {
                            span.tm-score { (tr.ta("workspace-memory-score", &[("score", i64::from(s.score).into())])) }
                            @if s.carry_over {
                                " " span.badge { (tr.t("workspace-memory-carry-over")) }
                            }
                            " " span.tm-origin { (origin(tr, s)) }
                        }
                        p.tm-target lang=(lang) dir=(dir) { (s.unit.target) }
                        @if s.score < 100 {
                            p.tm-source lang=(src_lang) dir=(src_dir) {
                                span.visually-hidden lang=(tr.lang()) { (tr.t("workspace-memory-source")) }
                                " "
                                @for p in &s.diff.paragraphs { (diff_view::inline(tr, p)) }
                            }
                        }
                        button.tm-use type="button" hidden data-needs-script
                            data-use-memory=(s.unit.target) data-into={ "p-" (index + 1) } {
                            (tr.t("workspace-memory-use"))
                        }
                    }
                }
            }
        }
    }
}

/// Where a suggestion comes from, in words.
fn origin(tr: &Tr, s: &Suggestion) -> String {
    let u = &s.unit;
    let mut parts = Vec::new();
    match (&u.slug, u.revision) {
        (Some(slug), Some(revision)) => parts.push(tr.ta(
            "workspace-memory-approved",
            &[
                ("slug", slug.as_str().into()),
                ("revision", revision.into()),
            ],
        )),
        _ => parts.push(tr.t("workspace-memory-imported")),
    }
    if let Some(who) = &u.translator {
        parts.push(tr.ta(
            "workspace-memory-by",
            &[("translator", who.as_str().into())],
        ));
    }
    if u.withdrawn {
        parts.push(tr.t("workspace-memory-withdrawn"));
    } else if u.published {
        parts.push(tr.t("workspace-memory-published"));
    }
    parts.join(" · ")
}
