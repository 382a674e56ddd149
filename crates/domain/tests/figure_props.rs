//! Figures rendered at random in both scripts: a value (a count of every magnitude, a decimal,
//! a percentage, a sum in yuan, US or Hong Kong dollars, a date, an approximate count) is
//! written in a Chinese sentence and an English one, each in one of the forms a newsroom
//! uses (digits, 万 and 亿, Chinese numerals, "2.4 million", number words...). The pair must
//! raise nothing; with one digit changed on one side it must raise an error.

use std::cell::RefCell;
use std::collections::BTreeMap;

use bitext_domain::checks::figures::matching::FIGURE_MISMATCH;
use bitext_domain::checks::{Severity, check};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// One generated pair: the Chinese and English sentences and the forms they were written in.
#[derive(Debug, Clone)]
struct Pair {
    zh: String,
    en: String,
    zh_form: &'static str,
    en_form: &'static str,
}

const ZH_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese numerals for `n`: 二十三, 一百零五, 一万二千, 一亿零二百万.
fn zh_numeral(n: u64) -> String {
    fn section(n: u64, leading: bool) -> String {
        let mut out = String::new();
        let mut zero = false;
        for (unit, div) in [("千", 1000), ("百", 100), ("十", 10), ("", 1)] {
            let d = (n / div % 10) as usize;
            if d == 0 {
                zero = !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(leading && out.is_empty() && d == 1 && unit == "十") {
                out.push(ZH_DIGITS[d]);
            }
            out.push_str(unit);
        }
        out
    }
    if n == 0 {
        return "零".into();
    }
    let parts = [
        (n / 100_000_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut out = String::new();
    let mut gap = false;
    for (part, unit) in parts {
        if part == 0 {
            gap = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (gap || part < 1000) {
            out.push('零');
        }
        gap = false;
        out.push_str(&section(part, out.is_empty()));
        out.push_str(unit);
    }
    out
}

/// Digits grouped by thousands: 12,450.
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A decimal without trailing zeros: 2.4, 16, 0.25.
fn decimal(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `n` with 万 or 亿 (2.4万, 1600亿), when it reads so with at most two decimals.
fn wan_yi(n: u64) -> Option<String> {
    for (unit, div) in [("亿", 100_000_000), ("万", 10_000)] {
        if n >= div && (n * 100).is_multiple_of(div) {
            return Some(format!("{}{unit}", decimal(n as f64 / div as f64)));
        }
    }
    None
}

/// `n` with a scale word (2.4 million, 160 billion), when it reads so with two decimals.
fn scaled(n: u64) -> Option<String> {
    for (word, div) in [("billion", 1_000_000_000), ("million", 1_000_000)] {
        if n >= div && (n * 100).is_multiple_of(div) {
            return Some(format!("{} {word}", decimal(n as f64 / div as f64)));
        }
    }
    None
}

/// English words for `n` below a thousand: "twenty-three", "one hundred and five".
fn words(n: u64) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let below_100 = |n: u64| match n {
        0..=19 => UNITS[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]),
    };
    match (n / 100, n % 100) {
        (0, r) => below_100(r),
        (h, 0) => format!("{} hundred", UNITS[h as usize]),
        (h, r) => format!("{} hundred and {}", UNITS[h as usize], below_100(r)),
    }
}

/// Full-width digits: １２４５０.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32('０' as u32 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// A count from 2 up to the billions: two or three significant digits times a power of ten.
fn count(mantissa: u64, exponent: u32) -> u64 {
    (mantissa % 998 + 2) * 10u64.pow(exponent % 10)
}

/// Picks one of `options` (label and text) with `seed`, skipping those that do not apply.
fn pick(seed: u64, options: Vec<(&'static str, Option<String>)>) -> (&'static str, String) {
    let open: Vec<(&'static str, String)> = options
        .into_iter()
        .filter_map(|(label, text)| text.map(|t| (label, t)))
        .collect();
    open[(seed % open.len() as u64) as usize].clone()
}

/// The ways to write a count in Chinese and in English.
fn counts(n: u64, seed: u64) -> ((&'static str, String), (&'static str, String)) {
    let zh = pick(
        seed,
        vec![
            ("zh digits", Some(n.to_string())),
            ("zh grouped digits", Some(grouped(n))),
            ("zh full-width digits", Some(full_width(&n.to_string()))),
            ("zh numerals", Some(zh_numeral(n))),
            ("zh 万/亿", wan_yi(n)),
        ],
    );
    let en = pick(
        seed / 7,
        vec![
            ("en digits", Some(grouped(n))),
            ("en scale word", scaled(n)),
            ("en words", (n < 1000).then(|| words(n))),
        ],
    );
    (zh, en)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A pair rendering a value chosen by `kind` from the seeds.
fn pair(kind: u8, a: u64, b: u32, seed: u64) -> Pair {
    let n = count(a, b);
    let ((zh_form, zh), (en_form, en), zh_text, en_text): ((_, String), (_, String), _, _) =
        match kind % 6 {
            0 => {
                let (zh, en) = counts(n, seed);
                (
                    zh,
                    en,
                    "据统计，共有{}名工人参加了培训。",
                    "Officials said {} workers took part in the training.",
                )
            }
            1 => {
                let x = (a % 999 + 1) as f64 / 10.0 + 1.0;
                let zh = pick(
                    seed,
                    vec![
                        ("zh decimal", Some(decimal(x))),
                        ("zh decimal in numerals", {
                            let (int, frac) =
                                (x.trunc() as u64, ((x.fract() * 10.0).round()) as usize);
                            Some(format!("{}点{}", zh_numeral(int), ZH_DIGITS[frac]))
                                .filter(|_| frac != 0)
                        }),
                    ],
                );
                (
                    zh,
                    ("en decimal", decimal(x)),
                    "调查显示，平均每户有{}人。",
                    "The survey found an average of {} people per household.",
                )
            }
            2 => {
                let p = if seed.is_multiple_of(3) {
                    (a % 98 + 2) as f64
                } else {
                    (a % 990 + 10) as f64 / 10.0
                };
                let zh = pick(
                    seed,
                    vec![
                        ("zh percent sign", Some(format!("{}%", decimal(p)))),
                        ("zh 百分之", {
                            let int = zh_numeral(p.trunc() as u64);
                            let frac = ((p.fract() * 10.0).round()) as usize;
                            Some(if frac == 0 {
                                format!("百分之{int}")
                            } else {
                                format!("百分之{int}点{}", ZH_DIGITS[frac])
                            })
                        }),
                    ],
                );
                let en = pick(
                    seed / 5,
                    vec![
                        ("en percent sign", Some(format!("{}%", decimal(p)))),
                        ("en percent word", Some(format!("{} percent", decimal(p)))),
                        ("en per cent", Some(format!("{} per cent", decimal(p)))),
                    ],
                );
                (zh, en, "今年出口增长了{}。", "Exports grew {} this year.")
            }
            3 => {
                // Sums are written in digits or with a scale word in English, never in words.
                let ((zh_form, zh), (en_form, en)) = counts(n, seed);
                let en_money = if en_form == "en words" {
                    grouped(n)
                } else {
                    en
                };
                let currency = seed / 11 % 3;
                let (zh_unit, en_form, en_text) = match currency {
                    0 => ("元", "en yuan", format!("{en_money} yuan")),
                    1 => {
                        let sign = ["US$", "$", "U.S.$"][(seed / 13 % 3) as usize];
                        ("美元", "en US dollars", format!("{sign}{en_money}"))
                    }
                    _ => ("港元", "en HK dollars", format!("HK${en_money}")),
                };
                let zh_form = match (zh_form, currency) {
                    (_, 1) => "zh 美元",
                    (_, 2) => "zh 港元",
                    ("zh numerals", _) => "zh 元 in numerals",
                    _ => "zh 元",
                };
                (
                    (zh_form, format!("{zh}{zh_unit}")),
                    (en_form, en_text),
                    "该公司去年的利润为{}。",
                    "The company made a profit of {} last year.",
                )
            }
            4 => {
                let (y, m, d) = (1990 + a % 41, (b % 12 + 1) as usize, seed % 28 + 1);
                let month = MONTHS[m - 1];
                if seed.is_multiple_of(4) {
                    (
                        ("zh year and month", format!("{y}年{m}月")),
                        ("en month and year", format!("in {month} {y}")),
                        "该工厂于{}投产。",
                        "The factory opened {}.",
                    )
                } else {
                    let en = if seed.is_multiple_of(2) {
                        ("en month day, year", format!("on {month} {d}, {y}"))
                    } else {
                        ("en day month year", format!("on {d} {month} {y}"))
                    };
                    (
                        ("zh full date", format!("{y}年{m}月{d}日")),
                        en,
                        "该工厂于{}投产。",
                        "The factory opened {}.",
                    )
                }
            }
            _ => {
                let (zh_count, en_count) = counts(n, seed);
                let en_count = if en_count.0 == "en words" {
                    ("en digits", grouped(n))
                } else {
                    en_count
                };
                let (zh, en) = match seed / 17 % 3 {
                    0 => (
                        format!("近{}", zh_count.1),
                        format!("nearly {}", en_count.1),
                    ),
                    1 => (format!("约{}", zh_count.1), format!("about {}", en_count.1)),
                    _ => (
                        format!("{}多", zh_count.1),
                        format!("more than {}", en_count.1),
                    ),
                };
                let zh_form = match seed / 17 % 3 {
                    0 => "zh 近",
                    1 => "zh 约",
                    _ => "zh 多",
                };
                (
                    (zh_form, zh),
                    ("en approximation", en),
                    "已有{}人被安置。",
                    "So far {} people have been given shelter.",
                )
            }
        };
    Pair {
        zh: zh_text.replace("{}", &zh),
        en: en_text.replace("{}", &en),
        zh_form,
        en_form,
    }
}

/// Whether `c` is an ASCII or full-width digit.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// `text` with one digit changed to another (`seed` picks which and to what), or `None` when it
/// has no digit: ASCII and full-width digits first, then Chinese digits, then a 十 standing
/// for one ten.
fn change_a_digit(text: &str, seed: u64) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let chinese = |c: char| "一二两三四五六七八九".contains(c);
    let mut at: Vec<usize> = (0..chars.len()).filter(|&i| is_digit(chars[i])).collect();
    if at.is_empty() {
        at = (0..chars.len()).filter(|&i| chinese(chars[i])).collect();
    }
    // 十 alone (十, 十万) stands for one ten: change it to another digit.
    if at.is_empty() {
        at = (0..chars.len()).filter(|&i| chars[i] == '十').collect();
    }
    let i = *at.get((seed % at.len().max(1) as u64) as usize)?;
    let shift = (seed / 31 % 8 + 1) as u32;
    let c = chars[i];
    let changed = if c.is_ascii_digit() {
        char::from_digit((c.to_digit(10)? + shift) % 10, 10)?
    } else if is_digit(c) {
        char::from_u32('０' as u32 + (c as u32 - '０' as u32 + shift) % 10)?
    } else {
        let nine: Vec<char> = "一二三四五六七八九".chars().collect();
        let value = match c {
            '两' => 1,
            '十' => 0,
            _ => nine.iter().position(|&d| d == c)?,
        };
        nine[(value + shift as usize) % 9]
    };
    let mut out = chars;
    out[i] = changed;
    Some(out.into_iter().collect())
}

fn alarms(zh: &str, en: &str) -> bool {
    check(zh, "zh-Hans", en, "en")
        .iter()
        .any(|f| f.code == FIGURE_MISMATCH && f.severity == Severity::Error)
}

#[test]
fn a_value_written_in_any_form_in_both_scripts_raises_nothing_and_a_changed_digit_always_alarms() {
    let forms: RefCell<BTreeMap<&'static str, usize>> = RefCell::default();
    let mut runner = TestRunner::new(Config {
        cases: 2_000,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (
        any::<u8>(),
        any::<u64>(),
        any::<u32>(),
        any::<u64>(),
        any::<u64>(),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(kind, a, b, seed, change, on_zh_side)| {
            let p = pair(kind, a, b, seed);
            let mut f = forms.borrow_mut();
            *f.entry(p.zh_form).or_default() += 1;
            *f.entry(p.en_form).or_default() += 1;
            drop(f);
            prop_assert!(!alarms(&p.zh, &p.en), "correct pair alarmed: {p:?}");
            prop_assert!(
                check(&p.en, "en", &p.zh, "zh-Hans").is_empty(),
                "en→zh alarmed: {p:?}"
            );
            // Change a digit on the side that has digits (the Chinese side always has some).
            let en_digits = p.en.chars().any(is_digit);
            let (zh, en) = if on_zh_side || !en_digits {
                (
                    change_a_digit(&p.zh, change).unwrap_or_else(|| panic!("no digit in {p:?}")),
                    p.en.clone(),
                )
            } else {
                (
                    p.zh.clone(),
                    change_a_digit(&p.en, change).expect("a digit in English"),
                )
            };
            prop_assert!(
                alarms(&zh, &en),
                "changed digit unnoticed: {zh} | {en} ({p:?})"
            );
            Ok(())
        })
        .unwrap();
    let forms = forms.into_inner();
    for form in [
        "zh digits",
        "zh grouped digits",
        "zh full-width digits",
        "zh numerals",
        "zh 万/亿",
        "en digits",
        "en scale word",
        "en words",
        "zh decimal",
        "zh decimal in numerals",
        "en decimal",
        "zh percent sign",
        "zh 百分之",
        "en percent sign",
        "en percent word",
        "en per cent",
        "zh 元",
        "zh 元 in numerals",
        "zh 美元",
        "zh 港元",
        "en yuan",
        "en US dollars",
        "en HK dollars",
        "zh year and month",
        "zh full date",
        "en month and year",
        "en month day, year",
        "en day month year",
        "zh 近",
        "zh 约",
        "zh 多",
        "en approximation",
    ] {
        assert!(
            forms.get(form).copied().unwrap_or(0) >= 5,
            "the form {form:?} was generated fewer than 5 times: {forms:?}"
        );
    }
}
