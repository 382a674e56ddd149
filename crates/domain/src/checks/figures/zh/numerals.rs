//! Chinese numerals read as values: ASCII and full-width digits (with thousands separators and
//! decimals), Chinese digits and units in everyday and banking forms, Simplified and
//! Traditional, and the two mixed ("2.4万", "3万5千", "40余万").

/// A numeral read from a text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Numeral {
    pub value: f64,
    /// Where the numeral ends, in characters.
    pub end: usize,
    /// Whether a 多 / 余 / 几 between the number and its unit says "more than" ("40余万").
    pub more_than: bool,
    /// How many integer digits were written one by one with no unit ("2022", "二〇二二": 4);
    /// 0 when a unit is written.
    pub digits: usize,
    /// Whether the numeral reads as no single value: two Chinese digits side by side name a
    /// range ("三四十", "一两天"), not a number.
    pub ambiguous: bool,
}

/// The value of a Chinese digit (everyday and banking forms, with 两 / 兩 for two).
pub(super) fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is a numeral only in its banking form (壹, 參, 陸, 伍, 拾...): alone, it is
/// mostly a word (參加, 大陸, 隊伍, 收拾).
pub(super) fn banking(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// The value of a Chinese unit character.
pub(super) fn unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1_000.0,
        '万' | '萬' => 10_000.0,
        '亿' | '億' => 100_000_000.0,
        _ => return None,
    })
}

/// The value of an ASCII or full-width digit.
pub(super) fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn at(chars: &[char], i: usize) -> Option<char> {
    chars.get(i).copied()
}

/// Reads digits at `i`: "4,000", "4，000" (a separator only before exactly three digits), "2.4",
/// "１２.５". Returns the value, the number of integer digits and where the digits end.
fn literal(chars: &[char], mut i: usize) -> (f64, usize, usize) {
    let mut int = String::new();
    while let Some(d) = at(chars, i).and_then(ascii_digit) {
        int.push(char::from_digit(d, 10).unwrap_or('0'));
        i += 1;
        let separator = matches!(at(chars, i), Some(',' | '，'));
        let three = (1..=3).all(|k| at(chars, i + k).and_then(ascii_digit).is_some())
            && at(chars, i + 4).and_then(ascii_digit).is_none();
        if separator && three {
            i += 1;
        }
    }
    let digits = int.len();
    if matches!(at(chars, i), Some('.' | '．')) && at(chars, i + 1).and_then(ascii_digit).is_some()
    {
        int.push('.');
        i += 1;
        while let Some(d) = at(chars, i).and_then(ascii_digit) {
            int.push(char::from_digit(d, 10).unwrap_or('0'));
            i += 1;
        }
    }
    (int.parse().unwrap_or(0.0), digits, i)
}

/// Whether a unit at `i` belongs to a word rather than to the number: 千克 (kilogram), 千米,
/// 千瓦, 百分 (as in 百分点).
fn unit_of_measure(chars: &[char], i: usize) -> bool {
    let next = at(chars, i + 1);
    match at(chars, i) {
        Some('千' | '仟') => matches!(next, Some('克' | '米' | '瓦' | '卡' | '兆')),
        Some('百' | '佰') => next == Some('分') && at(chars, i + 2) != Some('之'),
        _ => false,
    }
}

/// Reads the numeral starting at `start`, or `None` when none starts there.
pub(super) fn parse(chars: &[char], start: usize) -> Option<Numeral> {
    let (mut high, mut mid, mut section) = (0.0_f64, 0.0_f64, 0.0_f64);
    let mut cur: Option<f64> = None;
    let mut cur_ascii = false;
    // Chinese digits written one after the other since the last unit.
    let mut run = String::new();
    let mut last_unit = 0.0_f64;
    let (mut more_than, mut ambiguous, mut units, mut digits) = (false, false, 0, 0);
    let mut i = start;
    let check_run = |run: &str, ambiguous: &mut bool| {
        let n = run.chars().count();
        if n == 2 && !run.contains(['零', '〇']) {
            *ambiguous = true;
        }
    };
    while let Some(c) = at(chars, i) {
        if ascii_digit(c).is_some() {
            if cur.is_some() {
                break;
            }
            let (v, d, end) = literal(chars, i);
            cur = Some(v);
            cur_ascii = true;
            digits = d;
            i = end;
        } else if let Some(d) = digit(c) {
            if cur_ascii {
                break;
            }
            cur = Some(cur.unwrap_or(0.0) * 10.0 + f64::from(d));
            run.push(c);
            i += 1;
        } else if matches!(c, '点' | '點')
            && (!run.is_empty() || (units > 0 && last_unit < 10_000.0))
            && at(chars, i + 1).and_then(digit).is_some()
        {
            let mut j = i + 1;
            let mut scale = 0.1;
            let mut fraction = 0.0;
            while let Some(d) = at(chars, j).and_then(digit) {
                fraction += f64::from(d) * scale;
                scale /= 10.0;
                j += 1;
            }
            // "十点三十分" is a time of day, not 10.3.
            if matches!(at(chars, j), Some('十' | '分' | '百')) {
                break;
            }
            check_run(&run, &mut ambiguous);
            run.clear();
            cur = Some(cur.unwrap_or(0.0) + fraction);
            i = j;
        } else if matches!(c, '多' | '余' | '餘' | '几' | '幾')
            && (cur.is_some() || units > 0)
            && at(chars, i + 1).and_then(unit).is_some()
        {
            more_than = true;
            i += 1;
        } else if let Some(u) = unit(c) {
            if unit_of_measure(chars, i) {
                break;
            }
            check_run(&run, &mut ambiguous);
            run.clear();
            let n = cur.take();
            if u < 10_000.0 {
                section += n.unwrap_or(1.0) * u;
            } else {
                let lone = if section == 0.0 && mid == 0.0 && high == 0.0 {
                    1.0
                } else {
                    0.0
                };
                let here = section + n.unwrap_or(lone);
                if u == 10_000.0 {
                    mid += here * u;
                } else {
                    high = (high + mid + here) * u;
                    mid = 0.0;
                }
                section = 0.0;
            }
            cur_ascii = false;
            last_unit = u;
            units += 1;
            i += 1;
        } else {
            break;
        }
    }
    if i == start {
        return None;
    }
    check_run(&run, &mut ambiguous);
    // "一万二", "两千五", "3万5": a last digit right after a unit counts in the next unit down.
    let single = if cur_ascii {
        digits == 1 && cur.is_some_and(|v| v.fract() == 0.0)
    } else {
        run.chars().count() == 1 && !run.contains(['零', '〇'])
    };
    if let Some(v) = cur.as_mut()
        && single
        && last_unit >= 100.0
    {
        *v *= last_unit / 10.0;
    }
    if units > 0 {
        digits = 0;
    } else if !cur_ascii {
        digits = run.chars().count();
    }
    Some(Numeral {
        value: high + mid + section + cur.unwrap_or(0.0),
        end: i,
        more_than,
        digits,
        ambiguous,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::figures::close;

    fn read(text: &str) -> Option<(f64, usize)> {
        let chars: Vec<char> = text.chars().collect();
        parse(&chars, 0)
            .filter(|n| !n.ambiguous)
            .map(|n| (n.value, n.end))
    }

    #[test]
    fn numerals_in_every_written_form_read_as_their_value() {
        let cases: &[(&str, f64)] = &[
            ("12", 12.0),
            ("１２", 12.0),
            ("4,000", 4_000.0),
            ("4，000", 4_000.0),
            ("1,234,567", 1_234_567.0),
            ("2.4", 2.4),
            ("１２.５", 12.5),
            ("１２．５", 12.5),
            ("两千", 2_000.0),
            ("兩千", 2_000.0),
            ("二十三", 23.0),
            ("十五", 15.0),
            ("一百零五", 105.0),
            ("三千零二十", 3_020.0),
            ("一万二千", 12_000.0),
            ("一萬二千", 12_000.0),
            ("一亿五千万", 150_000_000.0),
            ("一億五千萬", 150_000_000.0),
            ("壹佰贰拾叁", 123.0),
            ("貳仟參佰", 2_300.0),
            ("陆拾", 60.0),
            ("2.4万", 24_000.0),
            ("1600亿", 160_000_000_000.0),
            ("3万5千", 35_000.0),
            ("一万二", 12_000.0),
            ("两千五", 2_500.0),
            ("五十五点五", 55.5),
            ("三十点一", 30.1),
            ("一百二十点五", 120.5),
            ("一点五亿", 150_000_000.0),
            ("二〇二二", 2_022.0),
            ("一九九〇", 1_990.0),
            ("十万", 100_000.0),
            ("一万亿", 1e12),
            ("百", 100.0),
        ];
        for (text, value) in cases {
            let (got, end) = read(text).unwrap_or_else(|| panic!("{text}: no numeral"));
            assert!(close(got, *value), "{text}: read {got}, expected {value}");
            assert_eq!(end, text.chars().count(), "{text}: stopped early");
        }
    }

    #[test]
    fn more_than_between_a_number_and_its_unit_is_kept() {
        let chars: Vec<char> = "40余万人".chars().collect();
        let n = parse(&chars, 0).expect("a numeral");
        assert!(close(n.value, 400_000.0) && n.more_than && n.end == 4);
    }

    #[test]
    fn a_separator_before_other_than_three_digits_ends_the_number() {
        assert_eq!(read("1,23"), Some((1.0, 1)));
        assert_eq!(read("4，0000"), Some((4.0, 1)));
    }

    #[test]
    fn units_of_measure_and_times_of_day_end_the_number() {
        assert_eq!(read("5千克"), Some((5.0, 1)));
        assert_eq!(read("十点三十分"), Some((10.0, 1)));
    }

    #[test]
    fn two_chinese_digits_side_by_side_are_a_range_not_a_number() {
        assert_eq!(read("三四十"), None);
        assert_eq!(read("一两天"), None);
    }

    #[test]
    fn digits_written_one_by_one_are_counted() {
        let chars: Vec<char> = "二〇二二年".chars().collect();
        assert_eq!(parse(&chars, 0).map(|n| n.digits), Some(4));
        let chars: Vec<char> = "两千年".chars().collect();
        assert_eq!(parse(&chars, 0).map(|n| n.digits), Some(0));
    }

    #[test]
    fn text_without_a_numeral_reads_nothing() {
        assert_eq!(read("年"), None);
        assert_eq!(read(""), None);
    }
}
