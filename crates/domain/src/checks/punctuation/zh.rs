//! Chinese typography: half-width punctuation between Chinese characters (`他说,我们` for
//! `他说，我们`; `是吗?` at a sentence's end), each with its full-width mark, and spaces between
//! two Chinese characters, which Chinese does not write. Numbers (`2.4`, `4,000`), times
//! (`10:30`), Latin words and web addresses keep their half-width marks: a mark is only found
//! with a Chinese character before it and, after it, a Chinese character (or, for marks that end
//! a sentence, the end of the paragraph or a closing quote).

use super::{HALF_WIDTH, HAN_SPACE, is_han, warning};
use crate::checks::finding::{Finding, Span};

/// The full-width mark for a half-width one, and whether it may end a paragraph or come before
/// a closing quote or bracket.
fn full_width(c: char) -> Option<(char, bool)> {
    Some(match c {
        ',' => ('，', false),
        ':' => ('：', false),
        ';' => ('；', false),
        '(' => ('（', false),
        '.' => ('。', true),
        '?' => ('？', true),
        '!' => ('！', true),
        ')' => ('）', true),
        _ => return None,
    })
}

/// Whether `c` closes a quote or a bracket, or is a Chinese mark, in Chinese text.
fn closes(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '》' | '）' | '】' | '，' | '。' | '、' | '；' | '：'
    )
}

/// The findings of one Chinese paragraph (as characters) in `paragraph`.
pub(super) fn check(paragraph: usize, chars: &[char], found: &mut Vec<Finding>) {
    let spaces = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|&&c| matches!(c, ' ' | '\u{3000}' | '\u{a0}'))
            .count()
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before = i.checked_sub(1).map(|b| chars[b]);
        if let Some((mark, ends)) = full_width(c) {
            let gap = spaces(i + 1);
            let after = chars.get(i + 1 + gap).copied();
            let fits = match after {
                Some(a) if is_han(a) => true,
                Some(a) => ends && closes(a),
                None => ends,
            };
            if before.is_some_and(is_han) && fits {
                let mut f = warning(
                    HALF_WIDTH,
                    paragraph,
                    Span {
                        start: i,
                        end: i + 1 + gap,
                    },
                );
                f.suggestion = Some(mark.to_string());
                found.push(f);
                i += 1 + gap;
                continue;
            }
        }
        let gap = spaces(i);
        if gap > 0 && before.is_some_and(is_han) && chars.get(i + gap).is_some_and(|&a| is_han(a)) {
            let mut f = warning(
                HAN_SPACE,
                paragraph,
                Span {
                    start: i - 1,
                    end: i + gap + 1,
                },
            );
            f.suggestion = Some([chars[i - 1], chars[i + gap]].iter().collect());
            found.push(f);
        }
        i += gap.max(1);
    }
}

/// Whether a Chinese text reports a question rather than asking it: 问, 质疑, 是否, 不知.
pub(super) fn reports_question(text: &str) -> bool {
    ["问", "問", "质疑", "質疑", "是否", "不知", "疑问", "疑問"]
        .iter()
        .any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, usize, usize, String)> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        check(0, &chars, &mut out);
        out.into_iter()
            .map(|f| {
                let s = f.translation.unwrap();
                (f.code, s.start, s.end, f.suggestion.unwrap())
            })
            .collect()
    }

    #[test]
    fn half_width_marks_between_chinese_characters_are_found() {
        assert_eq!(
            found("他说, 我们明天走.是吗?"),
            [
                (HALF_WIDTH, 2, 4, "，".to_owned()),
                (HALF_WIDTH, 9, 10, "。".to_owned()),
                (HALF_WIDTH, 12, 13, "？".to_owned())
            ]
        );
        assert_eq!(
            found("会议(线上)举行"),
            [
                (HALF_WIDTH, 2, 3, "（".to_owned()),
                (HALF_WIDTH, 5, 6, "）".to_owned())
            ]
        );
    }

    #[test]
    fn numbers_times_latin_words_and_addresses_keep_half_width_marks() {
        for text in [
            "损失约2.4万元，共4,000人。",
            "会议于10:30开始，见example.com/a?b=1。",
            "世界卫生组织(WHO)表示，iPhone 15将上市。",
            "他说……真的吗？！",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn a_space_between_chinese_characters_is_found_with_the_characters_joined() {
        assert_eq!(
            found("我们 的城市　很美，使用 iPhone 手机"),
            [
                (HAN_SPACE, 1, 4, "们的".to_owned()),
                (HAN_SPACE, 5, 8, "市很".to_owned())
            ]
        );
    }
}
