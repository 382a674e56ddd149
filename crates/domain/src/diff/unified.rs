//! A line-based unified diff that GNU `patch` applies to rebuild the newer body exactly.
//!
//! Lines keep their terminators, so a line that lost or gained its final newline
//! differs, and a last line without one is followed by `\ No newline at end of
//! file`. `\r\n` line endings are ordinary bytes of the lines. The line alignment
//! has a deadline like every other diff here; when it passes, hunks are larger
//! than needed but still apply exactly.

use std::fmt::Write;

use similar::{Algorithm, DiffOp, DiffTag, capture_diff_deadline, group_diff_ops};

use super::clock::{Clock, DiffLimits};
use super::intern::Interner;

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// Renders a unified diff from `old` to `new` with `--- a/OLD_LABEL` and
/// `+++ b/NEW_LABEL` headers, or an empty string when the texts are equal.
///
/// Whitespace and control characters in labels become `_`, so that `patch`
/// reads each label as one file name.
pub fn unified(old: &str, new: &str, old_label: &str, new_label: &str) -> String {
    if old == new {
        return String::new();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let mut interner = Interner::with_capacity(old_lines.len() + new_lines.len());
    let old_ids = interner.intern_all(old_lines.iter().copied());
    let new_ids = interner.intern_all(new_lines.iter().copied());
    let clock = Clock::new(&DiffLimits::default());
    let deadline = clock.align_deadline(old_ids.len() + new_ids.len());
    let ops = capture_diff_deadline(
        Algorithm::Myers,
        &old_ids,
        0..old_ids.len(),
        &new_ids,
        0..new_ids.len(),
        deadline,
    );

    let mut out = String::with_capacity(old.len().min(new.len()) / 4 + 256);
    let _ = writeln!(out, "--- a/{}", label(old_label));
    let _ = writeln!(out, "+++ b/{}", label(new_label));
    for group in group_diff_ops(ops, CONTEXT) {
        write_hunk(&group, &old_lines, &new_lines, &mut out);
    }
    out
}

fn write_hunk(group: &[DiffOp], old_lines: &[&str], new_lines: &[&str], out: &mut String) {
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return;
    };
    let old_start = first.old_range().start;
    let new_start = first.new_range().start;
    let old_len = last.old_range().end - old_start;
    let new_len = last.new_range().end - new_start;
    let _ = writeln!(
        out,
        "@@ -{} +{} @@",
        hunk_range(old_start, old_len),
        hunk_range(new_start, new_len)
    );
    for op in group {
        match op.tag() {
            DiffTag::Equal => lines(' ', &old_lines[op.old_range()], out),
            DiffTag::Delete => lines('-', &old_lines[op.old_range()], out),
            DiffTag::Insert => lines('+', &new_lines[op.new_range()], out),
            DiffTag::Replace => {
                lines('-', &old_lines[op.old_range()], out);
                lines('+', &new_lines[op.new_range()], out);
            }
        }
    }
}

/// `start,len` as GNU diff writes it: 1-based, `,1` left out, and for an empty
/// range the number of the line before it.
fn hunk_range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{len}", start + 1),
    }
}

fn lines(prefix: char, lines: &[&str], out: &mut String) {
    for line in lines {
        out.push(prefix);
        out.push_str(line);
        if !line.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    }
}

fn label(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_give_an_empty_diff() {
        assert_eq!(unified("a\nb\n", "a\nb\n", "x", "y"), "");
    }

    #[test]
    fn a_changed_line_with_context_and_headers() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assert_eq!(
            unified(old, new, "doc@1", "doc@2"),
            "--- a/doc@1\n+++ b/doc@2\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn a_missing_final_newline_is_marked() {
        assert_eq!(
            unified("a\nb", "a\nb\n", "x", "x"),
            "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"
        );
        assert_eq!(
            unified("", "new", "x y", "x\ty"),
            "--- a/x_y\n+++ b/x_y\n@@ -0,0 +1 @@\n+new\n\\ No newline at end of file\n"
        );
    }
}
