//! The merge page a stale save answers with (409): someone saved the text since the person
//! began editing, so their text is put together with the newer one paragraph by paragraph
//! (`bitext_domain::merge::merge3`). What does not overlap is merged in place; where both changed
//! the same paragraphs, both versions stand side by side with a choice (theirs, yours, both) and
//! the person's own text, editable. Nothing was written; the form saves on top of the newer head.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use bitext_domain::{
    Revision,
    merge::{Conflict, Hunk, Piece, Side, merge3},
};
use maud::{Markup, html};

use crate::{
    layout::{self, Notice, Section, csrf_field, lang_attrs},
    pages::edit_form::EditForm,
    session::Staff,
    tr::Tr,
};

/// What a merge page needs.
pub struct MergePage<'a> {
    /// Where the merged form posts: the same route as the form that went stale.
    pub action: String,
    /// The page the text was edited on.
    pub back: String,
    /// The language of the text.
    pub language: &'a str,
    /// The revision the person edited.
    pub base: &'a Revision,
    /// The head now: the other side.
    pub head: &'a Revision,
    /// What the person sent.
    pub form: &'a EditForm,
    /// Other fields the form carries on (the source revision seen, the minor box).
    pub hidden: Vec<(&'static str, String)>,
    /// The key under which the browser keeps the form's text until it is sent.
    pub autosave: String,
}

fn texts(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The title to keep and, when both changed it differently, the other one to show.
fn titles<'a>(base: &str, ours: &'a str, theirs: &'a str) -> (&'a str, Option<&'a str>) {
    if ours.trim() == base.trim() {
        return (theirs, None);
    }
    let other = (theirs.trim() != base.trim() && theirs.trim() != ours.trim()).then_some(theirs);
    (ours, other)
}

/// Rows a text area needs to show these paragraphs, roughly.
fn rows_for(pieces: &[Piece]) -> usize {
    let lines: usize = pieces
        .iter()
        .map(|p| p.text.chars().count() / 60 + p.text.lines().count() + 1)
        .sum();
    lines.clamp(3, 30)
}

/// The paragraphs of one side of a conflict, or a word saying there are none.
fn side(tr: &Tr, pieces: &[Piece], language: &str) -> Markup {
    let (lang, dir) = lang_attrs(language);
    html! {
        @if pieces.is_empty() {
            p.empty { (tr.t("merge-removed")) }
        }
        @for piece in pieces {
            p.text lang=(lang) dir=(dir) { (piece.text) }
        }
    }
}

fn conflict(tr: &Tr, page: &MergePage<'_>, k: usize, c: &Conflict) -> Markup {
    let (lang, dir) = lang_attrs(page.language);
    let number = k + 1;
    let choice = format!("choice-{k}");
    html! {
        fieldset.merge-conflict id={ "conflict-" (number) } {
            legend { (tr.ta("merge-conflict", &[("number", number.into())])) }
            div.merge-sides {
                div.merge-theirs {
                    h2 { (tr.ta("merge-theirs", &[
                        ("revision", page.head.number.into()),
                        ("author", page.head.author.as_str().into()),
                    ])) }
                    (side(tr, &c.theirs, page.language))
                }
                div.merge-yours {
                    h2 { (tr.t("merge-yours")) }
                    (side(tr, &c.ours, page.language))
                }
            }
            input type="hidden" name="theirs" value=(texts(&c.theirs));
            fieldset.merge-choice {
                legend { (tr.t("merge-choose")) }
                @for (value, id) in [("theirs", "merge-take-theirs"), ("yours", "merge-take-yours"), ("both", "merge-take-both")] {
                    label {
                        input type="radio" name=(choice) value=(value) checked[value == "yours"];
                        " " (tr.t(id))
                    }
                }
            }
            p {
                label for={ "merge-yours-" (number) } { (tr.t("merge-your-text")) }
                textarea id={ "merge-yours-" (number) } name="yours" rows=(rows_for(&c.ours)) lang=(lang) dir=(dir) {
                    (texts(&c.ours))
                }
            }
        }
    }
}

/// One merged paragraph, editable, with where it came from when it is a change.
fn clean(tr: &Tr, page: &MergePage<'_>, n: usize, piece: &Piece, from: Option<Side>) -> Markup {
    let (lang, dir) = lang_attrs(page.language);
    let origin = from.map(|s| match s {
        Side::Ours => tr.t("merge-from-yours"),
        Side::Theirs => tr.ta(
            "merge-from-theirs",
            &[("revision", page.head.number.into())],
        ),
        Side::Both => tr.t("merge-from-both"),
    });
    html! {
        p.merge-clean {
            label for={ "merge-p-" (n) } {
                (tr.ta("workspace-paragraph", &[("number", n.into())]))
                @if let Some(origin) = origin { " " span.merge-origin { "(" (origin) ")" } }
            }
            textarea id={ "merge-p-" (n) } name="p" rows=(rows_for(std::slice::from_ref(piece))) lang=(lang) dir=(dir) { (piece.text) }
        }
    }
}

/// Renders the merge page, answered with 409 Conflict.
pub fn render(staff: &Staff, page: MergePage<'_>) -> Response {
    let tr = &staff.tr;
    let merge = merge3(&page.base.body, &page.form.body(), &page.head.body);
    let conflicts = merge.conflicts().count();
    let (title, other_title) = titles(&page.base.title, &page.form.title, &page.head.title);
    let (lang, dir) = lang_attrs(page.language);
    let explain = tr.ta(
        "merge-explain",
        &[
            ("base", page.base.number.into()),
            ("head", page.head.number.into()),
            ("author", page.head.author.as_str().into()),
        ],
    );
    let mut n = 0;
    let mut k = 0;
    let content = html! {
        h1 { (tr.t("merge-title")) }
        (layout::notice_box(&Notice::Error(explain)))
        p { (tr.ta("merge-conflicts", &[("count", conflicts.into())])) }
        form.merge method="post" action=(page.action) data-autosave=(page.autosave) {
            (csrf_field(&staff.csrf))
            input type="hidden" name="base" value=(page.head.number);
            @for (name, value) in &page.hidden { input type="hidden" name=(name) value=(value); }
            p.notice.restored data-restored hidden { (tr.t("workspace-restored")) }
            p {
                label for="merge-title" { (tr.t("field-title")) }
                input #merge-title type="text" name="title" value=(title) lang=(lang) dir=(dir) required;
            }
            @if let Some(other) = other_title {
                p.merge-other {
                    (tr.ta("merge-other-title", &[("revision", page.head.number.into())])) " "
                    span lang=(lang) dir=(dir) { (other) }
                }
            }
            @for hunk in &merge.hunks {
                @match hunk {
                    Hunk::Kept(pieces) => {
                        @for piece in pieces { ({ n += 1; clean(tr, &page, n, piece, None) }) }
                    }
                    Hunk::Taken { from, base, paragraphs } => {
                        @if paragraphs.is_empty() {
                            p.merge-note {
                                (tr.ta("merge-paragraph-removed", &[("who", removed_by(*from).into())])) " "
                                del lang=(lang) dir=(dir) { (texts(base)) }
                            }
                        }
                        @for piece in paragraphs { ({ n += 1; clean(tr, &page, n, piece, Some(*from)) }) }
                    }
                    Hunk::Conflict(c) => {
                        ({ k += 1; n += c.ours.len(); conflict(tr, &page, k - 1, c) })
                    }
                }
            }
            p {
                label for="merge-message" { (tr.t("field-message")) }
                input #merge-message type="text" name="message" value=(page.form.message);
            }
            p.actions {
                button.primary type="submit" { (tr.t("merge-save")) }
                " "
                a href=(page.back) { (tr.t("merge-back")) }
            }
        }
    };
    let body = layout::page(
        staff,
        Section::Articles,
        &tr.t("merge-title"),
        None,
        &page.back,
        content,
    );
    (StatusCode::CONFLICT, body).into_response()
}

/// Who removed a paragraph, as the message's selector names them.
fn removed_by(side: Side) -> &'static str {
    match side {
        Side::Ours => "yours",
        Side::Theirs => "theirs",
        Side::Both => "both",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_only_one_side_changed_is_taken_and_two_changes_keep_the_typed_one() {
        assert_eq!(titles("T", "T", "New"), ("New", None));
        assert_eq!(titles("T", "Mine", "T"), ("Mine", None));
        assert_eq!(titles("T", "Mine", "Mine"), ("Mine", None));
        assert_eq!(titles("T", "Mine", "Theirs"), ("Mine", Some("Theirs")));
    }
}
