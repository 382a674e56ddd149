//! The inline diff of one changed paragraph pair, by words.
//!
//! The common beginning and end of the pair are cut off first, at places where a
//! token boundary is certain, so only the changed middle is tokenized. The middle
//! is then diffed by tokens; a very long middle (a huge paragraph without blank
//! lines) is first aligned by sentence-like chunks, and only the chunks that
//! differ are diffed by tokens, which keeps both the time and the answer sane.
//! Token ranges that share almost nothing are shown as one replacement (see
//! [`related`](super::related)).

use std::ops::Range;

use similar::{Algorithm, DiffTag, capture_diff_deadline};

use super::clock::Clock;
use super::intern::{Interner, hash_str, token_keys};
use super::model::Span;
use super::related::{Words, unrelated};
use super::spans::SpanBuilder;
use crate::text::{count_words, is_simple_unspaced, is_word, tokenize};

/// Above this many tokens (both sides together) the middle is aligned by chunks first.
const CHUNKED_ABOVE: usize = 4096;
/// A chunk that reaches this many tokens ends, whatever its content.
const MAX_CHUNK: usize = 256;

/// Inline spans of one paragraph pair and the words they insert and delete.
pub(crate) struct Inline {
    pub spans: Vec<Span>,
    pub words_inserted: usize,
    pub words_deleted: usize,
}

/// Token buffers reused from one paragraph pair to the next.
#[derive(Default)]
pub(crate) struct Scratch<'a> {
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    old_keys: Vec<u64>,
    new_keys: Vec<u64>,
    long: Interner<'a>,
}

/// Diffs two different paragraphs by words.
pub(crate) fn diff_pair<'a>(
    old: &'a str,
    new: &'a str,
    clock: &mut Clock,
    scratch: &mut Scratch<'a>,
) -> Inline {
    let (prefix, old_end, new_end) = trim(old, new);
    let mut walk = Walk {
        spans: SpanBuilder::new(old, new),
        words_inserted: 0,
        words_deleted: 0,
    };
    walk.spans.equal(prefix, prefix);
    let old_mid = &old[prefix..old_end];
    let new_mid = &new[prefix..new_end];
    if old_mid.is_empty() || new_mid.is_empty() {
        walk.words_deleted += count_words(old_mid);
        walk.words_inserted += count_words(new_mid);
        walk.spans.change(old_end, new_end);
    } else {
        scratch.old.clear();
        scratch.new.clear();
        tokenize(old_mid, &mut scratch.old);
        tokenize(new_mid, &mut scratch.new);
        scratch.long.clear();
        token_keys(&scratch.old, &mut scratch.long, &mut scratch.old_keys);
        token_keys(&scratch.new, &mut scratch.long, &mut scratch.new_keys);
        let old_side = Side::new(old, &scratch.old, &scratch.old_keys, old_end);
        let new_side = Side::new(new, &scratch.new, &scratch.new_keys, new_end);
        if old_side.tokens.len() + new_side.tokens.len() > CHUNKED_ABOVE {
            walk.chunked(&old_side, &new_side, clock);
        } else {
            let n = old_side.tokens.len();
            let m = new_side.tokens.len();
            walk.tokens(&old_side, 0..n, &new_side, 0..m, clock);
        }
    }
    walk.spans.equal(old.len(), new.len());
    Inline {
        spans: walk.spans.finish(),
        words_inserted: walk.words_inserted,
        words_deleted: walk.words_deleted,
    }
}

/// The tokens of one side's middle, with their keys and byte offsets in the paragraph.
struct Side<'a, 't> {
    text: &'a str,
    tokens: &'t [&'a str],
    keys: &'t [u64],
    end: usize,
}

impl<'a, 't> Side<'a, 't> {
    fn new(text: &'a str, tokens: &'t [&'a str], keys: &'t [u64], end: usize) -> Self {
        Self {
            text,
            tokens,
            keys,
            end,
        }
    }

    /// Byte offset in the paragraph where token `k` starts (or the middle ends).
    fn at(&self, k: usize) -> usize {
        match self.tokens.get(k) {
            Some(t) => t.as_ptr() as usize - self.text.as_ptr() as usize,
            None => self.end,
        }
    }

    fn words(&self, range: Range<usize>) -> usize {
        self.tokens[range].iter().filter(|t| is_word(t)).count()
    }

    /// Token indices where chunks start, followed by the token count.
    ///
    /// Chunks end after sentence punctuation or a line break, or after a token
    /// picked by its hash, so the cuts depend on content alone and an edit only
    /// moves the cuts around it.
    fn chunk_starts(&self) -> Vec<usize> {
        let mut starts = vec![0];
        let mut len = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            len += 1;
            let cut = ends_sentence(t) || (len >= 16 && hash_str(t) & 15 == 0) || len >= MAX_CHUNK;
            if cut && i + 1 < self.tokens.len() {
                starts.push(i + 1);
                len = 0;
            }
        }
        starts.push(self.tokens.len());
        starts
    }
}

struct Walk<'a> {
    spans: SpanBuilder<'a>,
    words_inserted: usize,
    words_deleted: usize,
}

impl Walk<'_> {
    /// Diffs token ranges and records the result.
    fn tokens(
        &mut self,
        old: &Side<'_, '_>,
        old_range: Range<usize>,
        new: &Side<'_, '_>,
        new_range: Range<usize>,
        clock: &mut Clock,
    ) {
        if unrelated(
            Words::new(&old.tokens[old_range.clone()], &old.keys[old_range.clone()]),
            Words::new(&new.tokens[new_range.clone()], &new.keys[new_range.clone()]),
        ) {
            self.record(DiffTag::Replace, old_range, old, new_range, new);
            return;
        }
        let deadline = clock.inline_deadline(old_range.len() + new_range.len());
        let ops = capture_diff_deadline(
            Algorithm::Myers,
            old.keys,
            old_range,
            new.keys,
            new_range,
            deadline,
        );
        clock.finished(deadline);
        for op in &ops {
            self.record(op.tag(), op.old_range(), old, op.new_range(), new);
        }
    }

    /// Aligns chunks first, then diffs the tokens of chunks that differ.
    fn chunked(&mut self, old: &Side<'_, '_>, new: &Side<'_, '_>, clock: &mut Clock) {
        let old_starts = old.chunk_starts();
        let new_starts = new.chunk_starts();
        let mut interner = Interner::with_capacity(old_starts.len() + new_starts.len());
        let old_ids: Vec<u32> = (0..old_starts.len() - 1)
            .map(|c| interner.intern(chunk_text(old, &old_starts, c)))
            .collect();
        let new_ids: Vec<u32> = (0..new_starts.len() - 1)
            .map(|c| interner.intern(chunk_text(new, &new_starts, c)))
            .collect();
        let deadline = clock.inline_deadline(old_ids.len() + new_ids.len());
        let ops = capture_diff_deadline(
            Algorithm::Myers,
            &old_ids,
            0..old_ids.len(),
            &new_ids,
            0..new_ids.len(),
            deadline,
        );
        clock.finished(deadline);
        for op in &ops {
            let old_range = old_starts[op.old_range().start]..old_starts[op.old_range().end];
            let new_range = new_starts[op.new_range().start]..new_starts[op.new_range().end];
            if op.tag() == DiffTag::Replace {
                self.tokens(old, old_range, new, new_range, clock);
            } else {
                self.record(op.tag(), old_range, old, new_range, new);
            }
        }
    }

    /// Records one op over token ranges.
    fn record(
        &mut self,
        tag: DiffTag,
        old_range: Range<usize>,
        old: &Side<'_, '_>,
        new_range: Range<usize>,
        new: &Side<'_, '_>,
    ) {
        let (old_end, new_end) = (old.at(old_range.end), new.at(new_range.end));
        if tag == DiffTag::Equal {
            self.spans.equal(old_end, new_end);
        } else {
            self.words_deleted += old.words(old_range);
            self.words_inserted += new.words(new_range);
            self.spans.change(old_end, new_end);
        }
    }
}

fn chunk_text<'a>(side: &Side<'a, '_>, starts: &[usize], c: usize) -> &'a str {
    &side.text[side.at(starts[c])..side.at(starts[c + 1])]
}

fn ends_sentence(token: &str) -> bool {
    matches!(
        token,
        "." | "!" | "?" | ";" | "。" | "！" | "？" | "；" | "\n" | "\r\n"
    )
}

/// The common prefix length and the ends of the two middles, cut where a token
/// boundary is certain on both sides.
fn trim(old: &str, new: &str) -> (usize, usize, usize) {
    let (ob, nb) = (old.as_bytes(), new.as_bytes());
    let mut prefix = common_prefix(ob, nb);
    while prefix > 0 && !(is_cut(old, prefix) && is_cut(new, prefix)) {
        prefix -= 1;
    }
    let mut suffix = common_suffix(&ob[prefix..], &nb[prefix..]);
    while suffix > 0 && !(is_cut(old, ob.len() - suffix) && is_cut(new, nb.len() - suffix)) {
        suffix -= 1;
    }
    (prefix, ob.len() - suffix, nb.len() - suffix)
}

/// Whether every tokenization puts a boundary at byte `at`: between whitespace
/// and non-whitespace ASCII, or next to a character of an unspaced script that is
/// always a token of its own.
fn is_cut(text: &str, at: usize) -> bool {
    if at == 0 || at == text.len() {
        return true;
    }
    if !text.is_char_boundary(at) {
        return false;
    }
    let before = text[..at].chars().next_back().unwrap_or(' ');
    let after = text[at..].chars().next().unwrap_or(' ');
    match (before.is_ascii(), after.is_ascii()) {
        (true, true) => before.is_ascii_whitespace() != after.is_ascii_whitespace(),
        (true, false) => is_simple_unspaced(after),
        (false, true) => is_simple_unspaced(before),
        (false, false) => is_simple_unspaced(before) && is_simple_unspaced(after),
    }
}

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 16 <= n && a[i..i + 16] == b[i..i + 16] {
        i += 16;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + 16 <= n && a[n - i - 16..n - i] == b[n - i - 16..n - i] {
        i += 16;
    }
    while i < n && a[n - i - 1] == b[n - i - 1] {
        i += 1;
    }
    i
}
