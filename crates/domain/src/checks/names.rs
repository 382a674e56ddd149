//! Chinese personal names rendered two ways within one translation: "Wang Ming" in one place,
//! "Wang Min", "Ming Wang" or "Wang Ming-hua" for "Wang Minghua" in another.
//!
//! Names are looked for in a Chinese source: a common surname (one of about a hundred single
//! ones, in simplified and traditional forms, and a few double ones) followed by one or two Han
//! characters. Such a candidate counts only once the translation has it in pinyin (any reading
//! of each character, surname first or last, the given name joined, hyphenated or spaced, words
//! capitalised): that rendering, the first in the translation, is the name's. Every later
//! rendering of the same letters in another form, and every capitalised rendering one letter
//! away from it that begins or ends with the same surname, is a warning pointing at it, with
//! the first as what was expected, in whichever paragraph it is. A rendering that is the pinyin
//! of another candidate of the source, or one the glossary allows, is never one. Names
//! romanised otherwise (Wade–Giles, Cantonese, English names) are never confirmed, so nothing is
//! said of them; nor is anything said of names in a Chinese translation.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pinyin::ToPinyinMulti;

use super::finding::{Finding, Severity, Span};
use super::glossary::{Glossary, is_word_char};
use super::untranslated::{is_han, writes_han};
use crate::text::paragraphs;

/// A name rendered otherwise than where the translation first renders it.
pub const INCONSISTENT: &str = "name-inconsistent";

/// Double surnames, looked for before single ones.
const DOUBLE_SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "夏侯", "皇甫", "令狐",
    "慕容", "尉迟", "尉遲", "宇文", "长孙", "長孫", "公孙", "公孫", "司徒", "端木",
];

/// The most common single surnames, simplified then traditional forms that differ.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁\
    潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史\
    陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温常康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧\
    耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁\
    蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟\
    應张張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾鐘譚陸賈韋鄒閆雷龍賀顧龔萬錢嚴湯溫\
    喬龐顏莊聶魯嶽詹歐關蘭鄺紀畢單裴霍塗蘇駱藍靳鮑華祁饒繆婁竇戚衛";

/// A word of the translation: letters (with inner hyphens and apostrophes), in characters.
#[derive(Debug)]
struct Word<'t> {
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'t str,
    /// Lowercase letters only, "ü" as "u": "Ming-hua" is "minghua".
    letters: String,
    capitalised: bool,
    /// Followed by the next word after a single space.
    joined: bool,
}

/// The letters a rendering is compared by.
fn letters(text: &str) -> String {
    let text = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text);
    text.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ü' { 'u' } else { c })
        .collect()
}

/// The words of a translation, every paragraph's, in order.
fn words(translation: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    for (paragraph, text) in paragraphs(translation).into_iter().enumerate() {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        let first = words.len();
        while i < chars.len() {
            if !is_word_char(chars[i].1) {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len()
                && (is_word_char(chars[i].1)
                    || (matches!(chars[i].1, '-' | '\'' | '’')
                        && chars.get(i + 1).is_some_and(|&(_, c)| is_word_char(c))))
            {
                i += 1;
            }
            let byte_end = chars.get(i).map_or(text.len(), |&(b, _)| b);
            let word = &text[chars[start].0..byte_end];
            let joined = chars
                .get(i)
                .is_some_and(|&(_, c)| matches!(c, ' ' | '\u{a0}'))
                && chars.get(i + 1).is_some_and(|&(_, c)| is_word_char(c));
            words.push(Word {
                paragraph,
                start,
                end: i,
                text: word,
                letters: letters(word),
                capitalised: word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().all(|c| !c.is_numeric()),
                joined,
            });
        }
        if let Some(last) = words[first..].last_mut() {
            last.joined = false;
        }
    }
    words
}

/// Each reading of a Han character in plain pinyin ("ü" as "u", and "lü" also as "lyu").
fn readings(c: char) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let plain = p.plain();
            let mut forms = vec![plain.replace('ü', "u")];
            if plain.contains('ü') {
                forms.push(plain.replace('ü', "yu"));
            }
            for f in forms {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
    }
    out
}

/// Every spelling of a run of characters, one reading of each after another (at most 32).
fn spellings(chars: &[char]) -> Vec<String> {
    let mut out = vec![String::new()];
    for &c in chars {
        let options = readings(c);
        if options.is_empty() {
            return Vec::new();
        }
        out = out
            .iter()
            .flat_map(|s| options.iter().map(move |o| format!("{s}{o}")))
            .take(32)
            .collect();
    }
    out
}

/// Candidate names of the source: (surname, given name), each written once.
fn candidates(source: &str) -> Vec<(Vec<char>, Vec<char>)> {
    static SURNAME_SETS: OnceLock<(HashSet<char>, HashSet<[char; 2]>)> = OnceLock::new();
    let (single, double_set) = SURNAME_SETS.get_or_init(|| {
        let single = SURNAMES.chars().filter(|&c| is_han(c)).collect();
        let double = DOUBLE_SURNAMES
            .iter()
            .filter_map(|d| {
                let mut c = d.chars();
                Some([c.next()?, c.next()?])
            })
            .collect();
        (single, double)
    });
    let chars: Vec<char> = source.chars().collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let double = chars
            .get(i..i + 2)
            .filter(|pair| double_set.contains(&[pair[0], pair[1]]));
        let surname: &[char] = match double {
            Some(pair) => pair,
            None if single.contains(&chars[i]) => &chars[i..=i],
            None => continue,
        };
        let after = i + surname.len();
        for given in 1..=2 {
            let Some(name) = chars.get(after..after + given) else {
                break;
            };
            if !name.iter().all(|&c| is_han(c)) {
                break;
            }
            let key = (surname.to_vec(), name.to_vec());
            if seen.insert(key.clone()) {
                out.push(key);
            }
        }
    }
    out
}

/// One place a name is rendered: words `first..last` of the translation.
#[derive(Debug, Clone, Copy)]
struct Rendering {
    first: usize,
    last: usize,
}

/// Levenshtein distance of two short strings, stopping early past 1.
fn within_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(prev + usize::from(ca != cb));
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()] <= 1
}

/// The letters of words `first..=last`, if they are all capitalised and joined.
fn window(words: &[Word<'_>], first: usize, len: usize) -> Option<String> {
    let last = first + len - 1;
    let run = words.get(first..=last)?;
    let ok = run.iter().all(|w| w.capitalised) && run[..len - 1].iter().all(|w| w.joined);
    ok.then(|| run.iter().map(|w| w.letters.as_str()).collect())
}

/// The findings of names rendered in more than one way across the whole translation.
pub(super) fn check(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
    glossary: &Glossary<'_>,
) -> Vec<Finding> {
    if !writes_han(source_language) || writes_han(translation_language) {
        return Vec::new();
    }
    let words = words(translation);
    let capitalised: HashSet<&str> = words
        .iter()
        .filter(|w| w.capitalised)
        .map(|w| w.letters.as_str())
        .collect();
    // Every spelling of every candidate whose surname the translation has, either way round.
    let mut spelled: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (id, (surname, given)) in candidates(source).into_iter().enumerate() {
        let surnames: Vec<String> = spellings(&surname)
            .into_iter()
            .filter(|s| capitalised.contains(s.as_str()))
            .collect();
        if surnames.is_empty() {
            continue;
        }
        for g in spellings(&given) {
            for s in &surnames {
                for key in [format!("{s}{g}"), format!("{g}{s}")] {
                    spelled.entry(key).or_default().push((id, s.clone()));
                }
            }
        }
    }
    if spelled.is_empty() {
        return Vec::new();
    }
    const LONGEST: usize = 4;
    // Exact renderings, longest first at each word: (candidate, its surname) per rendering.
    let mut exact: Vec<(Rendering, &Vec<(usize, String)>)> = Vec::new();
    let mut taken = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let hit = (2..=LONGEST).rev().find_map(|len| {
            let letters = window(&words, i, len)?;
            spelled.get(&letters).map(|c| (len, c))
        });
        match hit {
            Some((len, found)) => {
                exact.push((
                    Rendering {
                        first: i,
                        last: i + len - 1,
                    },
                    found,
                ));
                taken[i..i + len].iter_mut().for_each(|t| *t = true);
                i += len;
            }
            None => i += 1,
        }
    }
    // Each name's first rendering: its letters, its surname and how it is written.
    let mut first: HashMap<usize, (String, String, String)> = HashMap::new();
    let mut found = Vec::new();
    let flag = |r: Rendering, expected: &str, found: &mut Vec<Finding>| {
        let (a, b) = (&words[r.first], &words[r.last]);
        if glossary.allows(&shown(&words, r)) {
            return;
        }
        let mut f = Finding::new(INCONSISTENT, Severity::Warning, a.paragraph);
        f.translation = Some(Span {
            start: a.start,
            end: b.end,
        });
        f.expected = Some(expected.to_owned());
        found.push(f);
    };
    for &(r, candidates) in &exact {
        let form = shown(&words, r).to_lowercase();
        let letters: String = words[r.first..=r.last]
            .iter()
            .map(|w| w.letters.as_str())
            .collect();
        let mut flagged = false;
        for (id, surname) in candidates {
            match first.get(id) {
                None => {
                    first.insert(*id, (letters.clone(), surname.clone(), shown(&words, r)));
                }
                Some((_, _, shown_first)) if !flagged && shown_first.to_lowercase() != form => {
                    flag(r, shown_first, &mut found);
                    flagged = true;
                }
                Some(_) => {}
            }
        }
    }
    // Near misses of a name's first rendering, among the words not already a name.
    let mut i = 0;
    while i < words.len() {
        let near = (2..=LONGEST).rev().find_map(|len| {
            if taken.get(i..i + len)?.iter().any(|&t| t) {
                return None;
            }
            let letters = window(&words, i, len)?;
            let (edge_first, edge_last) = (&words[i].letters, &words[i + len - 1].letters);
            first
                .values()
                .find(|(name, surname, _)| {
                    (surname == edge_first || surname == edge_last)
                        && name.len() >= 5
                        && within_one(name, &letters)
                })
                .map(|(_, _, shown)| (len, shown.clone()))
        });
        match near {
            Some((len, shown)) => {
                flag(
                    Rendering {
                        first: i,
                        last: i + len - 1,
                    },
                    &shown,
                    &mut found,
                );
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// Words as written, joined by single spaces, without a possessive ending.
fn words_text(words: &[Word<'_>]) -> String {
    let text: Vec<&str> = words.iter().map(|w| w.text).collect();
    let text = text.join(" ");
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(&text)
        .to_owned()
}

/// A rendering as the translation writes it, for the message.
fn shown(words: &[Word<'_>], r: Rendering) -> String {
    words_text(&words[r.first..=r.last])
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
