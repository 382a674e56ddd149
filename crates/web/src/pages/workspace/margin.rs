//! Review comments in the workspace's margin: each thread beside the paragraph its anchor was
//! followed to in the head, general ones (and those whose paragraph is gone) at the top, each
//! with a reply form and a resolve (or reopen) button posting to the comment routes.

use std::collections::BTreeMap;

use bitext_domain::{Comment, anchor::AnchorStatus};
use maud::{Markup, html};

use crate::{
    layout::{csrf_field, lang_attrs},
    session::Staff,
    widgets::time,
};

/// A comment and the replies to it, oldest first.
#[derive(Debug, Clone)]
pub struct Thread {
    pub root: Comment,
    pub replies: Vec<Comment>,
}

/// The threads of a translation, by where they are shown.
#[derive(Debug, Default)]
pub struct Threads {
    /// On the whole text, or on a paragraph no longer there.
    pub general: Vec<Thread>,
    /// By the paragraph (0-based) of the head they are anchored to.
    pub by_paragraph: BTreeMap<usize, Vec<Thread>>,
}

impl Threads {
    /// Sorts comments (oldest first) into threads; a reply to a reply joins its thread.
    pub fn of(comments: Vec<Comment>) -> Self {
        let mut roots: Vec<Thread> = Vec::new();
        let mut root_of: BTreeMap<i64, usize> = BTreeMap::new();
        for c in comments {
            match c.parent_id.and_then(|p| root_of.get(&p).copied()) {
                Some(i) => {
                    root_of.insert(c.id, i);
                    roots[i].replies.push(c);
                }
                None => {
                    root_of.insert(c.id, roots.len());
                    roots.push(Thread {
                        root: c,
                        replies: Vec::new(),
                    });
                }
            }
        }
        let mut threads = Self::default();
        for t in roots {
            let at = match &t.root.anchor {
                Some(anchor) => anchor.paragraph,
                None => t.root.paragraph,
            };
            match at.and_then(|p| usize::try_from(p).ok()) {
                Some(p) => threads.by_paragraph.entry(p).or_default().push(t),
                None => threads.general.push(t),
            }
        }
        threads
    }
}

/// Where comment forms post and come back to.
pub struct Place<'a> {
    /// `/articles/{slug}/{lang}`.
    pub base_url: &'a str,
    /// The translation's language, for quotes.
    pub language: &'a str,
    /// The head revision, which new comments are on.
    pub head: i32,
}

fn comment_body(staff: &Staff, c: &Comment) -> Markup {
    let tr = &staff.tr;
    html! {
        p.comment-meta {
            strong { (c.author) } " · " (time(tr, c.created_at))
        }
        p.comment-body dir="auto" { (c.body) }
    }
}

/// One thread: the comment, its quote and state, the replies, and the forms to answer it.
pub fn thread(staff: &Staff, place: &Place<'_>, t: &Thread) -> Markup {
    let tr = &staff.tr;
    let c = &t.root;
    let (lang, dir) = lang_attrs(place.language);
    let resolved = c.resolved_at.is_some();
    let status = c.anchor.as_ref().map(|a| a.status);
    let reply_id = format!("reply-{}", c.id);
    html! {
        article.thread.resolved[resolved] id={ "comment-" (c.id) } {
            @if resolved {
                p { span.badge.resolved { (tr.t("workspace-comment-resolved")) } }
            }
            @if let Some(quote) = &c.quote {
                blockquote.quote lang=(lang) dir=(dir) { (quote) }
            }
            @match status {
                Some(AnchorStatus::QuoteGone) => p.hint { (tr.t("workspace-comment-quote-gone")) },
                Some(AnchorStatus::Detached) => p.hint { (tr.t("workspace-comment-detached")) },
                _ => {},
            }
            (comment_body(staff, c))
            @if !t.replies.is_empty() {
                ol.replies {
                    @for r in &t.replies { li id={ "comment-" (r.id) } { (comment_body(staff, r)) } }
                }
            }
            details.reply {
                summary { (tr.t("workspace-comment-reply")) }
                form method="post" action={ (place.base_url) "/comments" } {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="parent" value=(c.id);
                    input type="hidden" name="next" value=(place.base_url);
                    p {
                        label for=(reply_id) { (tr.t("workspace-comment-reply-label")) }
                        textarea id=(reply_id) name="body" rows="3" required dir="auto" {}
                    }
                    button type="submit" { (tr.t("workspace-comment-reply")) }
                }
            }
            form.resolve method="post" action={ (place.base_url) "/comments/" (c.id) "/resolve" } {
                (csrf_field(&staff.csrf))
                input type="hidden" name="next" value=(place.base_url);
                @if resolved {
                    input type="hidden" name="to" value="reopen";
                    button type="submit" { (tr.t("workspace-comment-reopen")) }
                } @else {
                    button type="submit" { (tr.t("workspace-comment-resolve")) }
                }
            }
        }
    }
}

/// The form for a new comment on the head: on the whole text or on one of its `count`
/// paragraphs, `selected` (0-based) chosen and the form open when a paragraph's link led here.
pub fn new_comment(
    staff: &Staff,
    place: &Place<'_>,
    count: usize,
    selected: Option<usize>,
) -> Markup {
    let tr = &staff.tr;
    html! {
        details.new-comment #new-comment open[selected.is_some()] {
            summary { (tr.t("workspace-comment-new")) }
            form method="post" action={ (place.base_url) "/comments" } {
                (csrf_field(&staff.csrf))
                input type="hidden" name="revision" value=(place.head);
                input type="hidden" name="next" value=(place.base_url);
                p {
                    label for="new-comment-paragraph" { (tr.t("workspace-comment-where")) }
                    select #new-comment-paragraph name="paragraph" {
                        option value="" { (tr.t("workspace-comment-whole")) }
                        @for i in 0..count {
                            option value=(i) selected[selected == Some(i)] {
                                (tr.ta("workspace-paragraph", &[("number", (i + 1).into())]))
                            }
                        }
                    }
                }
                p {
                    label for="new-comment-body" { (tr.t("workspace-comment-label")) }
                    textarea #new-comment-body name="body" rows="3" required dir="auto" {}
                }
                button type="submit" { (tr.t("workspace-comment-add")) }
            }
        }
    }
}

/// The link beside paragraph `i` (0-based) to the new comment form, that paragraph chosen.
pub fn comment_link(staff: &Staff, i: usize) -> Markup {
    html! {
        a.comment-link href={ "?comment=" (i + 1) "#new-comment" } {
            (staff.tr.ta("workspace-comment-on-paragraph", &[("number", (i + 1).into())]))
        }
    }
}

#[cfg(test)]
mod tests {
    use bitext_domain::Anchor;
    use chrono::Utc;

    use super::*;

    fn comment(
        id: i64,
        parent: Option<i64>,
        paragraph: Option<i32>,
        now_at: Option<i32>,
    ) -> Comment {
        Comment {
            id,
            revision: 1,
            parent_id: parent,
            author: "eve".into(),
            paragraph,
            quote: None,
            body: format!("comment {id}"),
            resolved_at: None,
            resolved_by: None,
            created_at: Utc::now(),
            anchor: paragraph.map(|_| Anchor {
                revision: 2,
                paragraph: now_at,
                status: if now_at.is_some() {
                    AnchorStatus::Attached
                } else {
                    AnchorStatus::Detached
                },
            }),
        }
    }

    #[test]
    fn threads_sit_at_the_paragraph_their_anchor_was_followed_to() {
        let threads = Threads::of(vec![
            comment(1, None, Some(0), Some(1)),
            comment(2, Some(1), None, None),
            comment(3, Some(2), None, None),
            comment(4, None, None, None),
            comment(5, None, Some(3), None),
        ]);
        let at_one = &threads.by_paragraph[&1];
        assert_eq!(at_one.len(), 1);
        assert_eq!(at_one[0].root.id, 1);
        let replies: Vec<i64> = at_one[0].replies.iter().map(|c| c.id).collect();
        assert_eq!(replies, [2, 3]);
        let general: Vec<i64> = threads.general.iter().map(|t| t.root.id).collect();
        assert_eq!(
            general,
            [4, 5],
            "general, and detached from a paragraph now gone"
        );
        assert!(!threads.by_paragraph.contains_key(&0));
    }
}
