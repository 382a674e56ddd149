//! Chinese figures (Simplified and Traditional): a scanner that finds where figures are and
//! what they are (number, percentage, fraction, money, date, month, decade) and how exact
//! they claim to be. The numerals themselves are read by [`numerals`]; the words around them
//! (approximations, currencies, words that are not figures) are listed in [`words`].
//!
//! A lone 一 (mostly "a", "one of") and a lone unit character (百, 千, 万, 亿: mostly in names
//! and words) are not read as plain numbers; they are read in a percentage, fraction, date,
//! month or sum of money (百分之一, 三分之一, 一月, 一元).

mod numerals;
mod ranges;
#[cfg(test)]
mod tests;
mod words;

use super::{Approx, Currency, Figure, Kind};
use numerals::Numeral;
use words::{first, starts};

/// The figures of a Chinese text, in order of position.
pub fn figures(text: &str) -> Vec<Figure> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !words::may_start(chars[i]) {
            i += 1;
            continue;
        }
        if let Some(len) = words::not_a_figure(&chars, i) {
            i += len;
            continue;
        }
        // A range, with the approximation before it if any (约三四十人).
        let at = words::approx_before(&chars, i).map_or(i, |(_, len)| i + len);
        if let Some((ends, next)) = ranges::two_digits(&chars, at) {
            found.extend(ends.map(|end| Figure { start: i, ..end }));
            i = next;
            continue;
        }
        let (figure, next) = read_at(&chars, i);
        found.extend(figure);
        i = next.max(i + 1);
    }
    ranges::share_units(&chars, &mut found);
    found
}

/// A figure being read: its value and kind so far.
struct Reading {
    value: f64,
    kind: Kind,
    approx: Approx,
    end: usize,
}

/// Reads the figure that starts at `start`, if any, and where to go on scanning.
fn read_at(c: &[char], start: usize) -> (Option<Figure>, usize) {
    if c[start].is_ascii_alphabetic() {
        return (None, latin_end(c, start));
    }
    let mut i = start;
    let mut approx = Approx::Exact;
    if let Some((a, len)) = words::approx_before(c, i) {
        approx = a;
        i += len;
    }
    let mut yuan_before = false;
    if starts(c, i, "人民币") || starts(c, i, "人民幣") {
        yuan_before = true;
        i += 3;
    }
    let reading = if let Some((value, len)) = words::magnitude(c, i) {
        Some(Reading {
            value,
            kind: Kind::Number,
            approx: Approx::Magnitude,
            end: i + len,
        })
    } else if starts(c, i, "一半") {
        Some(Reading {
            value: 0.5,
            kind: Kind::Fraction,
            approx,
            end: i + 2,
        })
    } else if starts(c, i, "百分之") {
        numerals::parse(c, i + 3)
            .filter(|n| !n.ambiguous)
            .map(|n| Reading {
                value: n.value,
                kind: Kind::Percent,
                approx,
                end: n.end,
            })
    } else {
        match numerals::parse(c, i) {
            None => None,
            Some(n) if n.ambiguous => return (None, n.end),
            Some(n) => match after_numeral(c, i, &n, approx) {
                Ok(reading) => Some(reading),
                Err(skip) => return (None, skip),
            },
        }
    };
    let Some(mut r) = reading else {
        return (None, start + 1);
    };
    suffixes(c, &mut r, yuan_before);
    let figure = Figure {
        value: r.value,
        kind: r.kind,
        approx: r.approx,
        start,
        end: r.end,
    };
    (Some(figure), r.end)
}

/// The end of a Latin word with its digits (COVID-19, H5N1, G7, 737MAX).
fn latin_end(c: &[char], mut i: usize) -> usize {
    while c.get(i).is_some_and(|&ch| {
        ch.is_ascii_alphanumeric() || numerals::ascii_digit(ch).is_some() || ch == '-' || ch == '_'
    }) {
        i += 1;
    }
    i
}

/// Reads what a numeral at `i..n.end` is from the words after it; `Err(next)` when it is no
/// figure and scanning goes on at `next`.
fn after_numeral(c: &[char], i: usize, n: &Numeral, approx: Approx) -> Result<Reading, usize> {
    let j = n.end;
    let text: String = c[i..j].iter().collect();
    let ascii = numerals::ascii_digit(c[i]).is_some();
    // Digits attached to letters (H5N1, 歼-20), or to 型 / 号, name a model or a line, not a
    // figure; so do digits a space after a Latin word (iPhone 15, Windows 11) with nothing
    // after them saying what they count.
    let latin_before = i > 0
        && (c[i - 1].is_ascii_alphabetic()
            || (matches!(c[i - 1], '-' | '－') && i > 1 && c[i - 2].is_alphabetic()));
    let after_latin_word = i > 1 && c[i - 1] == ' ' && c[i - 2].is_ascii_alphabetic();
    let counted = matches!(c.get(j), Some('%' | '％')) || first(c, j, words::CURRENCIES).is_some();
    if ascii
        && (latin_before
            || c.get(j).is_some_and(|ch| ch.is_ascii_alphabetic())
            || (after_latin_word && !counted))
    {
        return Err(latin_end(c, j));
    }
    // A banking numeral alone is a word: 參加 (take part), 大陸 (the mainland), 隊伍 (a team).
    if j == i + 1 && numerals::banking(c[i]) {
        return Err(j);
    }
    if let Some(end) = time_of_day(c, i, j) {
        return Err(end);
    }
    // 增长了2倍 is "tripled" in careful usage and "doubled" in loose usage: no one number.
    if c.get(j) == Some(&'倍') && growth_before(c, i) {
        return Err(j + 1);
    }
    // A model or a number (3号线), and a floor (二楼: the second floor, 12樓).
    if matches!(c.get(j), Some('型' | '号' | '號' | '楼' | '樓')) {
        return Err(j + 1);
    }
    let reading = |value, kind, end| Reading {
        value,
        kind,
        approx,
        end,
    };
    let integer = n.value.fract() == 0.0;
    if starts(c, j, "分之") {
        let num = numerals::parse(c, j + 2).filter(|m| !m.ambiguous && n.value != 0.0);
        return num
            .map(|m| reading(m.value / n.value, Kind::Fraction, m.end))
            .ok_or(j + 2);
    }
    if matches!(c.get(j), Some('%' | '％')) {
        return Ok(reading(n.value, Kind::Percent, j + 1));
    }
    // Percentage points count as percent, as in English.
    if let Some(len) = ["个百分点", "個百分點", "百分点", "百分點"]
        .iter()
        .find(|w| starts(c, j, w))
        .map(|w| w.chars().count())
    {
        return Ok(reading(n.value, Kind::Percent, j + len));
    }
    if starts(c, j, "年代") && integer {
        let decade = match n.value {
            v if v >= 1_000.0 => v,
            v if v == 0.0 || v == 10.0 => 2_000.0 + v,
            v => 1_900.0 + v,
        };
        return Ok(reading(decade, Kind::Decade, j + 2));
    }
    if (starts(c, j, "世纪") || starts(c, j, "世紀"))
        && let Some(m) = numerals::parse(c, j + 2).filter(|m| starts(c, m.end, "年代"))
    {
        let value = (n.value - 1.0) * 100.0 + m.value;
        return Ok(reading(value, Kind::Decade, m.end + 2));
    }
    if c.get(j) == Some(&'年') && integer && n.digits == 4 {
        let (month_day, end) = month_and_day(c, j + 1).unwrap_or((0.0, j + 1));
        return Ok(reading(n.value * 10_000.0 + month_day, Kind::Date, end));
    }
    if c.get(j) == Some(&'月') && integer && (1.0..=12.0).contains(&n.value) {
        if let Some((month_day, end)) = month_and_day(c, i)
            && month_day % 100.0 != 0.0
        {
            return Ok(reading(month_day, Kind::Date, end));
        }
        let end = if c.get(j + 1) == Some(&'份') {
            j + 2
        } else {
            j + 1
        };
        return Ok(reading(n.value, Kind::Month, end));
    }
    if c.get(j) == Some(&'日') && integer && (1.0..=31.0).contains(&n.value) && n.digits > 0 {
        return Ok(reading(n.value, Kind::Date, j + 1));
    }
    // 成 counts tenths: 三成 is 30%.
    if c.get(j) == Some(&'成') && integer && (1.0..=10.0).contains(&n.value) {
        return Ok(reading(n.value * 10.0, Kind::Percent, j + 1));
    }
    let lone =
        text == "一" || (text.chars().count() == 1 && unit(&text).is_some_and(|u| u >= 100.0));
    let money_follows = first(c, skip_more(c, j), words::CURRENCIES).is_some();
    // 一 is read as a number where it starts a range: 一至两成, 一到两年.
    let range_follows = text == "一"
        && c.get(j).is_some_and(|ch| ranges::JOINS.contains(ch))
        && numerals::parse(c, j + 1).is_some();
    if lone
        && !range_follows
        && !(text == "一" && money_follows && !matches!(c.get(j), Some('块' | '塊')))
    {
        return Err(j);
    }
    let approx = if n.more_than {
        Approx::MoreThan
    } else {
        approx
    };
    Ok(Reading {
        value: n.value,
        kind: Kind::Number,
        approx,
        end: j,
    })
}

/// Where a time of day ends when the numeral at `i..j` is its hour: 下午3点, 10点半,
/// 15时30分, 三点钟, 开放至十点 (an hour after 至, 到 or 于), 晚间开放至十点. A number before 点
/// with none of these is left to be read (5点建议: five proposals).
fn time_of_day(c: &[char], i: usize, j: usize) -> Option<usize> {
    if !matches!(c.get(j), Some('点' | '點' | '时' | '時')) {
        return None;
    }
    const PARTS_OF_DAY: &[&str] = &[
        "上午", "下午", "晚上", "凌晨", "早上", "早晨", "中午", "傍晚", "清晨", "夜间", "夜間",
        "晚间", "晚間", "每晚", "当晚", "當晚", "今晚", "昨晚",
    ];
    let part_of_day = PARTS_OF_DAY
        .iter()
        .any(|w| (i.saturating_sub(8)..i.saturating_sub(1)).any(|k| starts(c, k, w)))
        || (i > 0 && matches!(c[i - 1], '至' | '到' | '于' | '於'));
    let after = j + 1;
    let minutes = numerals::parse(c, after)
        .filter(|m| matches!(c.get(m.end), Some('分')))
        .map(|m| m.end + 1);
    match c.get(after) {
        _ if minutes.is_some() => minutes,
        Some('半' | '整' | '钟' | '鐘' | '许' | '許') => Some(after + 1),
        _ => part_of_day.then_some(after),
    }
}

/// Whether a verb of growth (增长, 增加, 提高, 上涨, 上升, 扩大), with 了 or not, ends right
/// before `i`.
fn growth_before(c: &[char], i: usize) -> bool {
    const GROWTH: &[&str] = &[
        "增长", "增長", "增加", "提高", "上涨", "上漲", "上升", "扩大", "擴大",
    ];
    let end = if i > 0 && c[i - 1] == '了' { i - 1 } else { i };
    end >= 2 && GROWTH.iter().any(|w| starts(c, end - 2, w))
}

fn unit(text: &str) -> Option<f64> {
    text.chars().next().and_then(numerals::unit)
}

/// Past a 多 / 余 right after a number ("4000多元").
fn skip_more(c: &[char], j: usize) -> usize {
    if matches!(c.get(j), Some('多' | '余' | '餘' | '几' | '幾')) {
        j + 1
    } else {
        j
    }
}

/// A month and day at `i` ("5月30日", "5月"): `month * 100 + day` and where it ends.
fn month_and_day(c: &[char], i: usize) -> Option<(f64, usize)> {
    let m = numerals::parse(c, i).filter(|m| !m.ambiguous)?;
    let month_ok = m.value.fract() == 0.0 && (1.0..=12.0).contains(&m.value);
    if !month_ok || c.get(m.end) != Some(&'月') {
        return None;
    }
    let after = m.end + 1;
    let day = numerals::parse(c, after).filter(|d| {
        !d.ambiguous
            && d.value.fract() == 0.0
            && (1.0..=31.0).contains(&d.value)
            && matches!(c.get(d.end), Some('日' | '号' | '號'))
    });
    Some(match day {
        Some(d) => (m.value * 100.0 + d.value, d.end + 1),
        None => (m.value * 100.0, after),
    })
}

/// The words after a figure: 多 / 余 / 几 and a currency after a number or percentage, then
/// 以上 / 以下 / 左右 after any figure but a magnitude.
fn suffixes(c: &[char], r: &mut Reading, yuan_before: bool) {
    if matches!(r.kind, Kind::Number | Kind::Percent)
        && r.approx != Approx::Magnitude
        && let Some((Approx::MoreThan, len)) = first(c, r.end, words::MORE_AFTER)
    {
        r.approx = Approx::MoreThan;
        r.end += len;
    }
    if r.kind == Kind::Number {
        if let Some((currency, len)) = first(c, r.end, words::CURRENCIES) {
            r.kind = Kind::Money(currency);
            r.end += len;
        } else if yuan_before {
            r.kind = Kind::Money(Currency::Yuan);
        }
    }
    if let Some((approx, len)) = first(c, r.end, words::BOUND_AFTER) {
        if r.approx != Approx::Magnitude {
            r.approx = approx;
        }
        r.end += len;
    }
}
