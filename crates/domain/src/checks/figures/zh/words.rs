//! The words around Chinese figures: words that contain a numeral but are not figures, ordinal
//! and weekday prefixes, model names, approximations, magnitudes and currencies.

use super::numerals::unit;
use crate::checks::figures::{Approx, Currency};

/// Words written with numerals that name no figure: 一 in everyday words, idioms, 万一 (in
/// case), 百姓 (the people), 三明治 (sandwich), 两岸 (both sides of the strait), 两会 (the
/// two sessions), 一国两制 (one country, two systems).
const NOT_FIGURES: &[&str] = &[
    "一直",
    "一起",
    "一些",
    "一样",
    "一樣",
    "一般",
    "一定",
    "一切",
    "统一",
    "統一",
    "唯一",
    "万一",
    "萬一",
    "一旦",
    "百姓",
    "三明治",
    "两岸",
    "兩岸",
    "两会",
    "兩會",
    "一国两制",
    "一國兩制",
    "千方百计",
    "千方百計",
    "十字",
    "十足",
    "一下",
    "一再",
    "一致",
    "一成不变",
    "一成不變",
];

/// Words after which a numeral is an ordinal, a weekday or a day of the lunar month, not a
/// figure: 第一, 星期三, 周五, 初一.
const ORDINAL_PREFIXES: &[&str] = &["第", "星期", "礼拜", "禮拜", "周", "週", "初"];

/// Makers whose model numbers follow their name: 波音737.
const MODEL_PREFIXES: &[&str] = &["波音", "空客", "空中客车", "空中客車"];

/// Words before a number saying how exact it is, longest first.
const APPROX_BEFORE: &[(&str, Approx)] = &[
    ("不超过", Approx::LessThan),
    ("不超過", Approx::LessThan),
    ("将近", Approx::Nearly),
    ("將近", Approx::Nearly),
    ("接近", Approx::Nearly),
    ("大约", Approx::About),
    ("大約", Approx::About),
    ("大概", Approx::About),
    ("不到", Approx::LessThan),
    ("不足", Approx::LessThan),
    ("少于", Approx::LessThan),
    ("少於", Approx::LessThan),
    ("低于", Approx::LessThan),
    ("低於", Approx::LessThan),
    ("未满", Approx::LessThan),
    ("未滿", Approx::LessThan),
    ("超过", Approx::MoreThan),
    ("超過", Approx::MoreThan),
    ("高于", Approx::MoreThan),
    ("高於", Approx::MoreThan),
    ("约", Approx::About),
    ("約", Approx::About),
    ("近", Approx::Nearly),
    ("逾", Approx::MoreThan),
];

/// Words after any figure but a magnitude saying how exact it is.
pub(super) const BOUND_AFTER: &[(&str, Approx)] = &[
    ("以上", Approx::MoreThan),
    ("以下", Approx::LessThan),
    ("以内", Approx::LessThan),
    ("以內", Approx::LessThan),
    ("左右", Approx::About),
];

/// Words right after a number or percentage saying it is a little more.
pub(super) const MORE_AFTER: &[(&str, Approx)] = &[
    ("多", Approx::MoreThan),
    ("余", Approx::MoreThan),
    ("餘", Approx::MoreThan),
    ("几", Approx::MoreThan),
    ("幾", Approx::MoreThan),
];

/// Currency words after a number, longest first.
pub(super) const CURRENCIES: &[(&str, Currency)] = &[
    ("美元", Currency::UsDollar),
    ("港元", Currency::HkDollar),
    ("港币", Currency::HkDollar),
    ("港幣", Currency::HkDollar),
    ("人民币", Currency::Yuan),
    ("人民幣", Currency::Yuan),
    ("元", Currency::Yuan),
    ("块", Currency::Yuan),
    ("塊", Currency::Yuan),
];

/// Words the scanner looks for that start with a character that is not itself part of a
/// numeral (besides the lists above): 人民币 before a sum, 零下, magnitudes (几十, 数千, 上万,
/// 成千上万, 数以亿计).
const OTHER_STARTS: &[&str] = &[
    "人民币",
    "人民幣",
    "零下",
    "几",
    "幾",
    "数",
    "數",
    "上",
    "成",
];

/// Whether a figure, or a word the scanner must pass over whole, may start with `c`. Most
/// characters of a Chinese text start neither, and the scanner steps over them at once.
pub(super) fn may_start(c: char) -> bool {
    static FIRSTS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let words = NOT_FIGURES
            .iter()
            .chain(ORDINAL_PREFIXES)
            .chain(MODEL_PREFIXES)
            .chain(OTHER_STARTS)
            .chain(APPROX_BEFORE.iter().map(|(w, _)| w));
        let mut firsts: Vec<char> = words.filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        firsts
    });
    c.is_ascii_alphanumeric() || numeral_char(c) || FIRSTS.binary_search(&c).is_ok()
}

/// Whether `word` is written at `i`.
pub(super) fn starts(chars: &[char], i: usize, word: &str) -> bool {
    // Character by character, stopping at the first difference: this runs at every position.
    let mut here = chars.get(i..).unwrap_or_default().iter();
    word.chars().all(|w| here.next() == Some(&w))
}

/// The first of `words` written at `i`, with its length in characters.
pub(super) fn first<T: Copy>(chars: &[char], i: usize, words: &[(&str, T)]) -> Option<(T, usize)> {
    words
        .iter()
        .find(|(w, _)| starts(chars, i, w))
        .map(|(w, t)| (*t, w.chars().count()))
}

/// How many characters from `i` to pass over because they are a word that names no figure,
/// or a prefix (ordinal, weekday, model name) together with the numeral after it.
pub(super) fn not_a_figure(chars: &[char], i: usize) -> Option<usize> {
    if let Some(w) = NOT_FIGURES.iter().find(|w| starts(chars, i, w)) {
        return Some(w.chars().count());
    }
    // 十分 means "very", unless minutes are counted (十分钟).
    if starts(chars, i, "十分") && !matches!(chars.get(i + 2), Some('钟' | '鐘' | '之')) {
        return Some(2);
    }
    // 千万 means "must" before an order (千万不要, 千萬別).
    if (starts(chars, i, "千万") || starts(chars, i, "千萬"))
        && matches!(
            chars.get(i + 2),
            Some('不' | '别' | '別' | '要' | '莫' | '勿' | '记' | '記')
        )
    {
        return Some(2);
    }
    // 零下 (below zero) is a sign, not a zero: the temperature after it is read.
    if starts(chars, i, "零下") {
        return Some(2);
    }
    if let Some(len) = group_of_countries(chars, i) {
        return Some(len);
    }
    let prefix = ORDINAL_PREFIXES
        .iter()
        .chain(MODEL_PREFIXES)
        .find(|w| starts(chars, i, w))?;
    let mut end = i + prefix.chars().count();
    while chars
        .get(end)
        .is_some_and(|&c| numeral_char(c) || c.is_ascii_alphanumeric())
    {
        end += 1;
    }
    if matches!(*prefix, "周" | "週") && counted_weeks(chars, i, end) {
        return None;
    }
    Some(end - i)
}

/// A group named by its number of countries (七国集团, 二十國集團: the G7, the G20), which
/// English names with a code.
fn group_of_countries(chars: &[char], i: usize) -> Option<usize> {
    let mut end = i;
    while chars.get(end).is_some_and(|&c| numeral_char(c)) {
        end += 1;
    }
    (end > i && (starts(chars, end, "国集团") || starts(chars, end, "國集團")))
        .then_some(end + 3 - i)
}

/// Whether 周 and the numeral after it (`start..end`) count weeks or times rather than name a
/// weekday: 每周三次 (three times a week), 每周三天 (three days a week), but 周三 (Wednesday)
/// and 每周三上午 (every Wednesday morning); 晚 is left a weekday's evening (周三晚间).
fn counted_weeks(chars: &[char], start: usize, end: usize) -> bool {
    let every = start > 0 && chars[start - 1] == '每';
    let count_word = matches!(
        chars.get(end),
        Some('次' | '回' | '趟' | '遍' | '场' | '場' | '节' | '節' | '个' | '個')
    ) || starts(chars, end, "小时")
        || starts(chars, end, "小時");
    let days = chars.get(end) == Some(&'天') && !matches!(chars.get(end + 1), Some('气' | '氣'));
    end > start + 1 && (count_word || (every && days))
}

/// Whether `c` can be part of a numeral.
fn numeral_char(c: char) -> bool {
    super::numerals::digit(c).is_some()
        || unit(c).is_some()
        || super::numerals::ascii_digit(c).is_some()
}

/// An approximation word before a number at `i` (近 not when it means "recent": 最近).
pub(super) fn approx_before(chars: &[char], i: usize) -> Option<(Approx, usize)> {
    let (approx, len) = first(chars, i, APPROX_BEFORE)?;
    let recent = len == 1
        && i > 0
        && matches!(
            chars[i - 1],
            '最' | '附' | '靠' | '临' | '臨' | '将' | '將' | '接'
        );
    (!recent).then_some((approx, len))
}

/// An order of magnitude written at `i`, with its length: 几十 (10), 数千 (1,000), 上万
/// (10,000), 成千上万 (1,000), 数以亿计 (100,000,000).
pub(super) fn magnitude(chars: &[char], i: usize) -> Option<(f64, usize)> {
    for (word, value) in [
        ("成千上万", 1_000.0),
        ("成千上萬", 1_000.0),
        ("成百上千", 100.0),
    ] {
        if starts(chars, i, word) {
            return Some((value, 4));
        }
    }
    let units = |from: usize| {
        let mut value = 1.0;
        let mut end = from;
        while let Some(u) = chars.get(end).and_then(|&c| unit(c)) {
            value *= u;
            end += 1;
        }
        (end > from).then_some((value, end))
    };
    if starts(chars, i, "数以") || starts(chars, i, "數以") {
        let (value, end) = units(i + 2)?;
        return matches!(chars.get(end), Some('计' | '計')).then_some((value, end + 1 - i));
    }
    match chars.get(i) {
        Some('几' | '幾' | '数' | '數') => {}
        Some('上') if chars.get(i + 1) != Some(&'十') => {}
        _ => return None,
    }
    let (value, end) = units(i + 1)?;
    Some((value, end - i))
}
