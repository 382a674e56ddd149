//! Turning a walk over two texts into merged inline spans.
//!
//! The inline diff reports regions of a paragraph pair as byte offsets: equal
//! regions and changed regions. This builder merges neighbours of the same kind,
//! folds a lone run of spaces between two changes into the change (so
//! "[-quick-][+slow+] [-brown-][+red+]" reads "[-quick brown-][+slow red+]"), and
//! only then copies text into [`Span`]s, once per span.

use super::model::{Span, SpanOp};

pub(crate) struct SpanBuilder<'a> {
    old: &'a str,
    new: &'a str,
    old_pos: usize,
    new_pos: usize,
    /// Start of the pending change region.
    change: Option<(usize, usize)>,
    /// Start of the pending equal region (after the change, if both are pending).
    equal: Option<(usize, usize)>,
    spans: Vec<Span>,
}

impl<'a> SpanBuilder<'a> {
    pub(crate) fn new(old: &'a str, new: &'a str) -> Self {
        Self {
            old,
            new,
            old_pos: 0,
            new_pos: 0,
            change: None,
            equal: None,
            spans: Vec::new(),
        }
    }

    /// The text up to these offsets is the same on both sides.
    pub(crate) fn equal(&mut self, old_end: usize, new_end: usize) {
        if old_end == self.old_pos {
            return;
        }
        if self.equal.is_none() {
            self.equal = Some((self.old_pos, self.new_pos));
        }
        self.old_pos = old_end;
        self.new_pos = new_end;
    }

    /// The text up to these offsets was deleted (old side) and inserted (new side).
    pub(crate) fn change(&mut self, old_end: usize, new_end: usize) {
        if old_end == self.old_pos && new_end == self.new_pos {
            return;
        }
        if let Some((eq_old, eq_new)) = self.equal.take() {
            let between = &self.old[eq_old..self.old_pos];
            if self.change.is_none() || !foldable(between) {
                self.flush_change(eq_old, eq_new);
                self.push(SpanOp::Equal, between);
                self.change = Some((self.old_pos, self.new_pos));
            }
        } else if self.change.is_none() {
            self.change = Some((self.old_pos, self.new_pos));
        }
        self.old_pos = old_end;
        self.new_pos = new_end;
    }

    pub(crate) fn finish(mut self) -> Vec<Span> {
        if let Some((eq_old, eq_new)) = self.equal.take() {
            self.flush_change(eq_old, eq_new);
            let text = &self.old[eq_old..self.old_pos];
            self.push(SpanOp::Equal, text);
        } else {
            self.flush_change(self.old_pos, self.new_pos);
        }
        self.spans
    }

    fn flush_change(&mut self, old_end: usize, new_end: usize) {
        if let Some((old_start, new_start)) = self.change.take() {
            let (old, new) = (self.old, self.new);
            self.push(SpanOp::Delete, &old[old_start..old_end]);
            self.push(SpanOp::Insert, &new[new_start..new_end]);
        }
    }

    fn push(&mut self, op: SpanOp, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.spans.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => self.spans.push(Span {
                op,
                text: text.to_owned(),
            }),
        }
    }
}

/// A run of spaces (no line break) between two changes reads better inside them.
fn foldable(text: &str) -> bool {
    !text.is_empty() && text.len() <= 16 && text.chars().all(|c| c.is_whitespace() && c != '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| match s.op {
                SpanOp::Equal => s.text.clone(),
                SpanOp::Delete => format!("[-{}-]", s.text),
                SpanOp::Insert => format!("[+{}+]", s.text),
            })
            .collect()
    }

    #[test]
    fn a_space_between_two_changes_is_folded_into_them() {
        let old = "The quick brown fox";
        let new = "The slow red fox";
        let mut b = SpanBuilder::new(old, new);
        b.equal(4, 4);
        b.change(9, 8);
        b.equal(10, 9);
        b.change(15, 12);
        b.equal(19, 16);
        assert_eq!(render(&b.finish()), "The [-quick brown-][+slow red+] fox");
    }

    #[test]
    fn words_between_changes_stay_equal_and_neighbours_merge() {
        let old = "a b c";
        let new = "x b y";
        let mut b = SpanBuilder::new(old, new);
        b.change(1, 1);
        b.equal(2, 2);
        b.equal(3, 3);
        b.equal(4, 4);
        b.change(5, 5);
        assert_eq!(render(&b.finish()), "[-a-][+x+] b [-c-][+y+]");
    }

    #[test]
    fn pure_insertions_and_deletions() {
        let mut b = SpanBuilder::new("ab", "a");
        b.equal(1, 1);
        b.change(2, 1);
        assert_eq!(render(&b.finish()), "a[-b-]");
        let mut b = SpanBuilder::new("", "new");
        b.change(0, 3);
        assert_eq!(render(&b.finish()), "[+new+]");
    }
}
