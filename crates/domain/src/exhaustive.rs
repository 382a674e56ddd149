//! Generators of every input of a small kind, for tests that compare a fast path with the
//! general one on all of them.

/// Calls `check` with every text of one to `max` of `pieces` in a row, and returns how many
/// texts that was.
pub(crate) fn each_text(pieces: &[&str], max: u32, mut check: impl FnMut(&str)) -> usize {
    let mut count = 0;
    for len in 1..=max {
        for mut k in 0..pieces.len().pow(len) {
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(pieces[k % pieces.len()]);
                k /= pieces.len();
            }
            check(&text);
            count += 1;
        }
    }
    count
}

/// Calls `check` with every Unicode scalar value followed by each of `after` in turn.
pub(crate) fn each_char_before(after: &[&str], mut check: impl FnMut(&str)) {
    let mut token = String::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        for tail in after {
            token.clear();
            token.push(c);
            token.push_str(tail);
            check(&token);
        }
    }
}
