//! Splitting text into diff tokens: Unicode words, with unspaced scripts split per grapheme.
//!
//! Spaced scripts follow the Unicode word boundaries of UAX #29, so a word, a run
//! of spaces, a line break and a punctuation mark are each one token. Scripts
//! written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar and
//! a few more) are split so that every grapheme cluster is a token of its own,
//! which is what "a CJK character counts as a word" means. A token never ends
//! inside a grapheme cluster.
//!
//! Tokens are `&str` slices of the input that, concatenated, give the input back.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use super::ascii_words;

/// Appends the tokens of `text` to `out`.
pub fn tokenize<'a>(text: &'a str, out: &mut Vec<&'a str>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Start of the text not yet handed out: it goes through the word segmenter.
    let mut run_start = 0;
    // Whether a fast-path character at `i` surely starts a grapheme cluster: at the start,
    // after ASCII, after a fast-path token, and after any character that never glues to what
    // follows (only a prepended concatenation mark does).
    let mut safe = true;
    // The character at `i`, when the step before already decoded it.
    let mut known = None;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            match bytes[i..].iter().position(|b| !b.is_ascii()) {
                Some(k) => i += k,
                None => break,
            }
            safe = true;
        }
        let c = known.take().unwrap_or_else(|| char_at(text, i));
        let width = c.len_utf8();
        if !is_simple_unspaced(c) || !(safe || is_grapheme_boundary(text, i)) {
            safe = never_prepends(c);
            i += width;
            continue;
        }
        if run_start < i {
            segment_run(&text[run_start..i], out);
        }
        let mut end = i + width;
        if end < bytes.len() && !bytes[end].is_ascii() {
            let next = char_at(text, end);
            if is_simple_unspaced(next) || never_extends(next) {
                known = Some(next);
            } else {
                // Something that may extend the cluster follows: ask the segmenter.
                end = i + text[i..].graphemes(true).next().map_or(width, str::len);
            }
        }
        out.push(&text[i..end]);
        safe = true;
        i = end;
        // Common ideographs in a row, most of a Chinese text: each is a token of its own, told
        // by its first bytes without decoding, while the character after it is one more of
        // them or ASCII (neither extends a cluster). Anything else goes the way above.
        while common_ideograph_at(bytes, i) && !may_extend_at(bytes, i + 3) {
            out.push(&text[i..i + 3]);
            i += 3;
            known = None;
        }
        run_start = i;
    }
    if run_start < bytes.len() {
        segment_run(&text[run_start..], out);
    }
}

/// Whether a token counts as a word: it holds a letter, a digit or an ideograph.
///
/// Whitespace, punctuation and symbols (emoji included) are tokens but not words.
#[inline]
pub fn is_word(token: &str) -> bool {
    match token.as_bytes() {
        // Most tokens are told by their first byte: a letter or digit starts a word, and a
        // token of one other ASCII byte is whitespace or punctuation.
        [b, ..] if b.is_ascii_alphanumeric() => true,
        [b] if b.is_ascii() => false,
        _ => holds_alphanumeric(token),
    }
}

#[inline(never)]
fn holds_alphanumeric(token: &str) -> bool {
    if token.is_ascii() {
        token.bytes().any(|b| b.is_ascii_alphanumeric())
    } else {
        token.chars().any(char::is_alphanumeric)
    }
}

/// The number of word tokens in `text`.
pub fn count_words(text: &str) -> usize {
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    tokens.iter().filter(|t| is_word(t)).count()
}

/// Splits a run that holds no fast-path character at word boundaries.
///
/// The run is cut first where a boundary is certain whatever surrounds it (between an ASCII
/// space or line feed and another ASCII byte), and the pieces that are all ASCII are split by
/// [`ascii_words`], which gives the same tokens as the Unicode segmenter much faster.
fn segment_run<'a>(run: &'a str, out: &mut Vec<&'a str>) {
    if run.is_ascii() {
        ascii_words::split(run, out);
        return;
    }
    // One character (a `，` between ideographs, say) is one token.
    if run.chars().nth(1).is_none() {
        out.push(run);
        return;
    }
    let bytes = run.as_bytes();
    let mut piece = 0;
    for j in 1..bytes.len() {
        if is_certain_cut(bytes[j - 1], bytes[j]) {
            segment_piece(&run[piece..j], out);
            piece = j;
        }
    }
    segment_piece(&run[piece..], out);
}

/// Whether every text has a word boundary between these two bytes: they are ASCII (so neither
/// extends what comes before it) and one is a space or a line feed (UAX #29 joins spaces only
/// to spaces, and a line feed only to the carriage return before it).
fn is_certain_cut(before: u8, after: u8) -> bool {
    if !before.is_ascii() || !after.is_ascii() {
        return false;
    }
    let space = (before == b' ') != (after == b' ');
    let line = (before == b'\n' || after == b'\n') && !(before == b'\r' && after == b'\n');
    space || line
}

fn segment_piece<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    if piece.is_ascii() {
        ascii_words::split(piece, out);
    } else {
        segment_unicode(piece, out);
    }
}

/// Splits text at Unicode word boundaries, then makes sure no token ends inside a grapheme
/// cluster and that unspaced scripts are split per grapheme.
fn segment_unicode<'a>(run: &'a str, out: &mut Vec<&'a str>) {
    let bytes = run.as_bytes();
    let mut pending: Option<(usize, usize)> = None;
    for (start, word) in run.split_word_bound_indices() {
        let end = start + word.len();
        if let Some((p_start, p_end)) = pending {
            let plain = bytes[start - 1].is_ascii() && bytes[start].is_ascii();
            if !plain && !is_grapheme_boundary(run, start) {
                pending = Some((p_start, end));
                continue;
            }
            emit(&run[p_start..p_end], out);
        }
        pending = Some((start, end));
    }
    if let Some((p_start, p_end)) = pending {
        emit(&run[p_start..p_end], out);
    }
}

/// Pushes a word-boundary segment, split per grapheme where it holds unspaced script.
fn emit<'a>(segment: &'a str, out: &mut Vec<&'a str>) {
    if segment.is_ascii() || !segment.chars().any(is_unspaced) {
        out.push(segment);
        return;
    }
    let mut group_start: Option<usize> = None;
    for (start, grapheme) in segment.grapheme_indices(true) {
        if grapheme.chars().next().is_some_and(is_unspaced) {
            if let Some(g) = group_start.take() {
                out.push(&segment[g..start]);
            }
            out.push(grapheme);
        } else if group_start.is_none() {
            group_start = Some(start);
        }
    }
    if let Some(g) = group_start {
        out.push(&segment[g..]);
    }
}

/// Characters that never glue to the character after them in a grapheme cluster: no Prepend
/// character (UAX #29) lies between U+0E00 and U+FFFF.
fn never_prepends(c: char) -> bool {
    ('\u{0E00}'..='\u{FFFF}').contains(&c)
}

/// Characters that never extend the grapheme cluster before them (none is Extend, ZWJ or
/// SpacingMark): general punctuation, CJK symbols and punctuation but the tone marks, kana but
/// the combining voicing marks, and the fullwidth and halfwidth forms but the halfwidth voicing
/// marks. Chinese punctuation such as `，` and `：` is among them.
fn never_extends(c: char) -> bool {
    matches!(c,
        '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{3098}'
        | '\u{309B}'..='\u{30FF}'
        | '\u{FF01}'..='\u{FF9D}'
    )
}

/// Whether a character of U+4E00..=U+9FFF (CJK Unified Ideographs, three bytes in UTF-8)
/// starts at byte `i` of a text's bytes: its first byte is 0xE5 to 0xE9, or 0xE4 followed by
/// 0xB8 or more (0xE4 also starts U+4000..U+4DFF, which holds the Yijing hexagrams).
fn common_ideograph_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(0xE5..=0xE9) => true,
        Some(0xE4) => bytes.get(i + 1).is_some_and(|&b| b >= 0xB8),
        _ => false,
    }
}

/// Whether the character at byte `i` (if any) might extend a cluster: it is neither ASCII nor
/// a common ideograph.
fn may_extend_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(|b| !b.is_ascii()) && !common_ideograph_at(bytes, i)
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// Whether byte `i` of `text` is a grapheme cluster boundary, looking back at
/// most [`CONTEXT`] bytes: with a long run of flags or marks before it, the
/// answer is "no", which only makes a token longer and keeps the whole
/// tokenization linear.
fn is_grapheme_boundary(text: &str, i: usize) -> bool {
    let start = text.floor_char_boundary(i.saturating_sub(CONTEXT));
    GraphemeCursor::new(i, text.len(), true)
        .is_boundary(&text[start..], start)
        .unwrap_or(false)
}

/// Bytes of context a grapheme boundary test may look back over.
const CONTEXT: usize = 64;

/// Characters of unspaced scripts (and their punctuation) that are always a
/// grapheme cluster's first character and never extend the one before: the fast
/// path takes them one by one without asking the segmenters.
pub(crate) fn is_simple_unspaced(c: char) -> bool {
    // The common ideographs first: most characters of a Chinese text are among them.
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return true;
    }
    matches!(c,
        '\u{3001}'..='\u{3003}'
        | '\u{3005}'..='\u{3011}'
        | '\u{3014}'..='\u{301F}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3041}'..='\u{3096}'
        | '\u{309D}'..='\u{309F}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{30FC}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF01}'..='\u{FF06}'
        | '\u{FF08}'..='\u{FF0B}'
        | '\u{FF0D}'
        | '\u{FF0F}'
        | '\u{FF1C}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF3E}'
        | '\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        | '\u{201C}'
        | '\u{201D}'
        | '\u{2014}'
        | '\u{2026}'
        | '\u{20000}'..='\u{323AF}'
    )
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{1950}'..='\u{19FF}'   // Tai Le, New Tai Lue, Khmer symbols
        | '\u{1A20}'..='\u{1AAF}'   // Tai Tham
        | '\u{2E80}'..='\u{2FDF}'   // CJK radicals
        | '\u{3005}'..='\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3100}'..='\u{312F}'   // Bopomofo
        | '\u{31A0}'..='\u{31BF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'   // Yi
        | '\u{A9E0}'..='\u{A9FF}'   // Myanmar extended-B
        | '\u{AA60}'..='\u{AADF}'   // Myanmar extended-A, Tai Viet
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'   // halfwidth Katakana
        | '\u{16FE0}'..='\u{16FFF}'
        | '\u{1B000}'..='\u{1B16F}' // kana supplements
        | '\u{20000}'..='\u{323AF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exhaustive::{each_char_before, each_text};

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        assert_eq!(out.concat(), text, "tokens must rebuild the text");
        out
    }

    #[test]
    fn each_han_character_is_a_token() {
        assert_eq!(tokens("我们今天"), ["我", "们", "今", "天"]);
    }

    #[test]
    fn latin_words_punctuation_and_spaces_are_separate_tokens() {
        assert_eq!(tokens("hello, world"), ["hello", ",", " ", "world"]);
        assert_eq!(
            tokens("can't stop  now."),
            ["can't", " ", "stop", "  ", "now", "."]
        );
    }

    #[test]
    fn thai_is_split_per_grapheme_cluster() {
        // "ภาษาไทย": the vowel sign above stays with its consonant.
        assert_eq!(tokens("ภาษาไทย"), ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"]);
        assert_eq!(tokens("กำลัง"), ["กำ", "ลั", "ง"]);
    }

    #[test]
    fn katakana_runs_are_split_per_character() {
        assert_eq!(tokens("カタカナ"), ["カ", "タ", "カ", "ナ"]);
    }

    #[test]
    fn an_emoji_zwj_sequence_stays_one_token() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(
            tokens(&format!("a {family} b")),
            ["a", " ", family, " ", "b"]
        );
        assert_eq!(tokens(&format!("我{family}你")), ["我", family, "你"]);
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        assert_eq!(tokens("我\u{0301}们"), ["我\u{0301}", "们"]);
        assert_eq!(tokens("e\u{0301}te"), ["e\u{0301}te"]);
    }

    #[test]
    fn a_prepended_mark_is_not_cut_from_what_follows() {
        // U+0600 joins the following character into one grapheme cluster.
        for text in [" \u{0600}\u{0661}", "x\u{0600}我", "\u{0600}我"] {
            let toks = tokens(text);
            for t in &toks {
                let start = t.as_ptr() as usize - text.as_ptr() as usize;
                assert!(is_grapheme_boundary(text, start), "{toks:?}");
            }
        }
    }

    #[test]
    fn mixed_chinese_and_latin() {
        assert_eq!(
            tokens("用Rust写，好。"),
            ["用", "Rust", "写", "，", "好", "。"]
        );
    }

    #[test]
    fn cutting_a_run_at_certain_boundaries_gives_the_unicode_segmenters_tokens() {
        // Every string of up to four of these: ASCII of each kind next to accented letters,
        // marks that extend or prepend, joiners, emoji, a Thai vowel sign and a curly quote.
        const PIECES: [&str; 16] = [
            " ", "\n", "\r", "\t", "a", "1", ".", "'", "é", "\u{301}", "\u{600}", "\u{200D}", "👍",
            "ก", "\u{E33}", "’",
        ];
        let mut cut_and_mixed = 0;
        each_text(&PIECES, 4, |run| {
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            segment_run(run, &mut fast);
            segment_unicode(run, &mut reference);
            assert_eq!(fast, reference, "{run:?}");
            let bytes = run.as_bytes();
            if !run.is_ascii() && (1..bytes.len()).any(|j| is_certain_cut(bytes[j - 1], bytes[j])) {
                cut_and_mixed += 1;
            }
        });
        assert!(
            cut_and_mixed > 1000,
            "only {cut_and_mixed} mixed runs were cut"
        );
    }

    #[test]
    fn what_the_fast_path_assumes_of_neighbours_holds_for_every_character_it_assumes_it_of() {
        for c in ('\u{0E00}'..='\u{FFFF}').filter(|&c| never_prepends(c)) {
            let text = format!("{c}我");
            assert_eq!(
                text.graphemes(true).next_back(),
                Some("我"),
                "U+{:04X}",
                c as u32
            );
        }
        let mut checked = 0;
        for c in ('\u{2000}'..='\u{FFFF}').filter(|&c| never_extends(c)) {
            let text = format!("我{c}");
            assert_eq!(
                text.graphemes(true).next(),
                Some("我"),
                "U+{:04X}",
                c as u32
            );
            checked += 1;
        }
        assert!(checked > 400, "only {checked} characters checked");
    }

    #[test]
    fn a_word_is_told_by_its_first_byte_as_by_all_its_characters() {
        let slow = |t: &str| t.chars().any(char::is_alphanumeric);
        let mut words = 0;
        each_char_before(&["", "a", "-", "中"], |token| {
            assert_eq!(is_word(token), slow(token), "{token:?}");
            words += usize::from(slow(token));
        });
        // After `a` or `中` every token is a word; alone or before `-`, only letters and digits.
        let alphanumeric = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_alphanumeric())
            .count();
        assert_eq!(words, 2 * 1_112_064 + 2 * alphanumeric);
        assert!(!is_word(""));
    }

    #[test]
    fn the_ideograph_loop_takes_exactly_the_common_ideographs() {
        let mut taken = 0;
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let common = ('\u{4E00}'..='\u{9FFF}').contains(&c);
            assert_eq!(common_ideograph_at(bytes, 0), common, "U+{:04X}", c as u32);
            assert!(!common || is_simple_unspaced(c), "U+{:04X}", c as u32);
            taken += usize::from(common);
        }
        assert_eq!(taken, 0x9FFF - 0x4E00 + 1);
    }

    #[test]
    fn the_fast_path_gives_the_general_segmenters_tokens() {
        // Every string of up to four of these: ideographs (one outside the BMP) and kana beside
        // Chinese punctuation, digits, and marks that extend (a tone mark, a halfwidth voicing
        // mark, an accent) or prepend. (After an ideograph or `。`, a joiner ends its cluster,
        // where the word segmenter would join an emoji to it: see
        // `an_emoji_zwj_sequence_stays_one_token`.)
        // The first and last common ideographs, and a hexagram, which starts with the same
        // byte as the first but is not one, stand beside them.
        const PIECES: [&str; 18] = [
            "我",
            "\u{4E00}",
            "\u{9FFF}",
            "\u{4DC0}",
            "\u{20000}",
            "カ",
            "，",
            "。",
            "：",
            "1",
            "a",
            " ",
            "\u{302A}",
            "\u{FF9E}",
            "\u{301}",
            "\u{600}",
            "“",
            "、",
        ];
        each_text(&PIECES, 4, |text| {
            let mut general = Vec::new();
            segment_unicode(text, &mut general);
            assert_eq!(tokens(text), general, "{text:?}");
        });
    }

    #[test]
    fn chinese_punctuation_is_a_token_of_its_own() {
        assert_eq!(
            tokens("我们，今天：好。"),
            ["我", "们", "，", "今", "天", "：", "好", "。"]
        );
        assert_eq!(tokens("1，000元"), ["1，000", "元"]);
    }

    #[test]
    fn words_are_counted_without_whitespace_or_punctuation() {
        assert_eq!(count_words("hello, world"), 2);
        assert_eq!(count_words("我们今天。"), 4);
        assert_eq!(count_words("  \n\n "), 0);
        assert_eq!(count_words("3.14 is π 😀"), 3);
    }
}
