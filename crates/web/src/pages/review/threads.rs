//! Review comments beside what they are about: each thread with its replies, a button to
//! resolve or reopen it and a form to answer it; a form to start a thread on a paragraph
//! (optionally quoting a span of it) or on the whole revision. Every form posts to the comment
//! routes of `pages/comments.rs` and comes back here.

use std::collections::{BTreeMap, HashMap};

use bitext_domain::{Comment, anchor::AnchorStatus};
use maud::{Markup, html};

use crate::{
    layout::{csrf_field, lang_attrs},
    tr::Tr,
    widgets::{time, translation_url},
};

/// A comment and the answers to it, oldest first.
#[derive(Debug, Clone)]
pub struct Thread {
    pub root: Comment,
    pub replies: Vec<Comment>,
}

impl Thread {
    pub fn is_open(&self) -> bool {
        self.root.resolved_at.is_none()
    }
}

/// A translation's threads, placed where they belong in the revision shown.
#[derive(Debug, Default)]
pub struct Threads {
    /// By paragraph of the revision shown, the anchors followed to it.
    by_paragraph: BTreeMap<usize, Vec<Thread>>,
    /// On the whole revision.
    pub general: Vec<Thread>,
    /// On a paragraph that is no longer there.
    pub detached: Vec<Thread>,
}

impl Threads {
    /// Groups comments (oldest first, anchors followed to the revision shown) into threads.
    pub fn new(comments: Vec<Comment>) -> Self {
        let mut root_of: HashMap<i64, i64> = HashMap::new();
        let mut threads: Vec<Thread> = Vec::new();
        let mut index: HashMap<i64, usize> = HashMap::new();
        for c in comments {
            match c.parent_id {
                None => {
                    root_of.insert(c.id, c.id);
                    index.insert(c.id, threads.len());
                    threads.push(Thread {
                        root: c,
                        replies: Vec::new(),
                    });
                }
                Some(parent) => {
                    let root = root_of.get(&parent).copied().unwrap_or(parent);
                    root_of.insert(c.id, root);
                    if let Some(&i) = index.get(&root) {
                        threads[i].replies.push(c);
                    }
                }
            }
        }
        let mut out = Self::default();
        for t in threads {
            match &t.root.anchor {
                None => out.general.push(t),
                Some(a) => match a.paragraph.and_then(|p| usize::try_from(p).ok()) {
                    Some(p) => out.by_paragraph.entry(p).or_default().push(t),
                    None => out.detached.push(t),
                },
            }
        }
        out
    }

    /// The threads on paragraph `index` of the revision shown.
    pub fn at(&self, index: usize) -> &[Thread] {
        self.by_paragraph.get(&index).map_or(&[], Vec::as_slice)
    }

    /// How many threads are not resolved.
    pub fn open(&self) -> usize {
        self.by_paragraph
            .values()
            .flatten()
            .chain(&self.general)
            .chain(&self.detached)
            .filter(|t| t.is_open())
            .count()
    }
}

/// What every comment form on the page needs.
pub struct Context<'a> {
    pub tr: &'a Tr,
    pub csrf: &'a str,
    pub slug: &'a str,
    /// The translation's language: quotes are in it.
    pub language: &'a str,
    /// The revision shown, which new comments are on.
    pub revision: i32,
    /// The page to come back to.
    pub back: &'a str,
    /// How many paragraphs the revision shown has: the places a comment can be on.
    pub paragraphs: usize,
    /// The paragraph the comment form starts on (`?comment=N`, from a paragraph's link).
    pub chosen: Option<usize>,
}

impl Context<'_> {
    /// This page again with the comment form on paragraph `index`.
    fn comment_link(&self, index: usize) -> String {
        let back = self.back.split('#').next().unwrap_or(self.back);
        let sep = if back.contains('?') { '&' } else { '?' };
        format!("{back}{sep}comment={index}#new-comment")
    }

    fn comments_url(&self) -> String {
        format!(
            "{}/comments",
            translation_url(self.slug, self.language, None)
        )
    }
}

fn comment_body(tr: &Tr, c: &Comment) -> Markup {
    html! {
        p.comment-meta {
            strong { (c.author) } " · " (time(tr, c.created_at)) " · "
            (tr.ta("review-comment-revision", &[("revision", c.revision.into())]))
        }
        p.comment-body dir="auto" { (c.body) }
    }
}

/// One thread: the comment, what it quotes, its replies, resolve or reopen, and a reply form.
pub fn thread(ctx: &Context<'_>, t: &Thread) -> Markup {
    let tr = ctx.tr;
    let c = &t.root;
    let (lang, dir) = lang_attrs(ctx.language);
    let status = c.anchor.as_ref().map(|a| a.status);
    let action = format!("{}/{}/resolve", ctx.comments_url(), c.id);
    html! {
        article.thread.resolved[!t.is_open()] id={ "comment-" (c.id) } {
            @if let Some(quote) = &c.quote {
                blockquote.quote lang=(lang) dir=(dir) { (quote) }
                @if status == Some(AnchorStatus::QuoteGone) {
                    p.badge.outdated { (tr.t("review-quote-gone")) }
                }
            }
            (comment_body(tr, c))
            @for reply in &t.replies {
                div.reply id={ "comment-" (reply.id) } { (comment_body(tr, reply)) }
            }
            @if let Some(by) = &c.resolved_by {
                p.comment-meta { (tr.ta("review-resolved-by", &[("name", by.as_str().into())])) }
            }
            form.inline method="post" action=(action) {
                (csrf_field(ctx.csrf))
                input type="hidden" name="next" value=(ctx.back);
                @if t.is_open() {
                    button type="submit" { (tr.t("review-resolve")) }
                } @else {
                    input type="hidden" name="to" value="reopen";
                    button type="submit" { (tr.t("review-reopen")) }
                }
            }
            @if t.is_open() {
                details.reply-form {
                    summary { (tr.t("review-reply")) }
                    form method="post" action=(ctx.comments_url()) {
                        (csrf_field(ctx.csrf))
                        input type="hidden" name="parent" value=(c.id);
                        input type="hidden" name="next" value=(ctx.back);
                        p {
                            label for={ "reply-" (c.id) } { (tr.t("review-reply-body")) }
                            textarea id={ "reply-" (c.id) } name="body" rows="3" required {}
                        }
                        button type="submit" { (tr.t("review-reply-send")) }
                    }
                }
            }
        }
    }
}

/// The one form that starts a thread: on the whole revision or on a paragraph chosen from a
/// list, with an optional quoted span. Each paragraph links here with itself chosen; the page's
/// script does the same without reloading and fills the quote from the text selected in that
/// paragraph. One form, not one per paragraph, keeps a long text's page light.
pub fn new_thread(ctx: &Context<'_>) -> Markup {
    let tr = ctx.tr;
    html! {
        section.comment-form #new-comment aria-labelledby="new-comment-heading" {
            h3 #new-comment-heading { (tr.t("review-comment-new")) }
            form method="post" action=(ctx.comments_url()) {
                (csrf_field(ctx.csrf))
                input type="hidden" name="revision" value=(ctx.revision);
                input type="hidden" name="next" value=(ctx.back);
                p {
                    label for="comment-paragraph" { (tr.t("review-comment-where")) }
                    select #comment-paragraph name="paragraph" {
                        option value="" selected[ctx.chosen.is_none()] { (tr.t("review-comment-on-all")) }
                        @for i in 0..ctx.paragraphs {
                            option value=(i) selected[ctx.chosen == Some(i)] {
                                (tr.ta("review-paragraph-number", &[("number", (i + 1).into())]))
                            }
                        }
                    }
                }
                p {
                    label for="comment-quote" { (tr.t("review-quote")) }
                    input type="text" #comment-quote name="quote" aria-describedby="comment-quote-help";
                    span.help #comment-quote-help { (tr.t("review-quote-help")) }
                }
                p {
                    label for="comment-body" { (tr.t("review-comment-body")) }
                    textarea #comment-body name="body" rows="3" required {}
                }
                button type="submit" { (tr.t("review-comment-send")) }
            }
        }
    }
}

/// The margin of paragraph `index`: its threads and a link to comment on it.
pub fn margin(ctx: &Context<'_>, threads: &Threads, index: usize) -> Markup {
    html! {
        @for t in threads.at(index) { (thread(ctx, t)) }
        a.comment-link href=(ctx.comment_link(index)) data-comment-on=(index) {
            (ctx.tr.ta("review-comment-on", &[("number", (index + 1).into())]))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use bitext_domain::Anchor;
    use bitext_i18n::Locale;

    use super::*;

    fn comment(id: i64, parent: Option<i64>, paragraph: Option<i32>) -> Comment {
        Comment {
            id,
            revision: 1,
            parent_id: parent,
            author: "eve".into(),
            paragraph,
            quote: None,
            body: format!("Comment {id}"),
            resolved_at: None,
            resolved_by: None,
            created_at: chrono::Utc::now(),
            anchor: paragraph.map(|p| Anchor {
                revision: 2,
                paragraph: (p < 5).then_some(p),
                status: AnchorStatus::Attached,
            }),
        }
    }

    #[test]
    fn replies_join_their_thread_and_threads_go_where_their_anchor_is() {
        let threads = Threads::new(vec![
            comment(1, None, Some(1)),
            comment(2, None, None),
            comment(3, Some(1), None),
            comment(4, Some(3), None),
            comment(5, None, Some(7)),
        ]);
        let on_one = threads.at(1);
        assert_eq!(on_one.len(), 1);
        let replies: Vec<i64> = on_one[0].replies.iter().map(|c| c.id).collect();
        assert_eq!(replies, [3, 4]);
        assert_eq!(threads.general[0].root.id, 2);
        assert_eq!(threads.detached[0].root.id, 5);
        assert_eq!(threads.open(), 3);
    }

    #[test]
    fn a_margin_has_no_id_twice_even_where_comment_and_paragraph_numbers_meet() {
        let tr = Tr::new(Locale::EN_US);
        let ctx = Context {
            tr: &tr,
            csrf: "t",
            slug: "story",
            language: "en",
            revision: 2,
            back: "/",
            paragraphs: 3,
            chosen: Some(1),
        };
        let threads = Threads::new(vec![comment(1, None, Some(1)), comment(2, Some(1), None)]);
        let html = html! { (margin(&ctx, &threads, 1)) (new_thread(&ctx)) }.into_string();
        let ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        let unique: HashSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(ids.contains(&"comment-1") && ids.contains(&"new-comment"));
        assert!(html.contains("<option value=\"1\" selected>"), "{html}");
        assert!(html.contains("href=\"/?comment=1#new-comment\""), "{html}");
    }
}
