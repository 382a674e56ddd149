//! Figures as a reader understands them: every number, percentage, fraction, sum of money, date
//! and period in a text, read as a value with its kind and how exact it claims to be, so that a
//! figure in a source paragraph can be matched with the same value in its translation whatever
//! the script ("2.4万" and "24,000"; "4000多" and "more than 4,000").
//!
//! Each language's number grammar is its own module ([`zh`] for Chinese, Simplified and
//! Traditional; [`en`] for English); adding a language is adding a module and a line in
//! [`read`].

pub mod en;
pub mod matching;
pub mod zh;

/// What a figure counts or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A plain number or count ("4,000", "两千", "six quarters", "12个月": 12).
    Number,
    /// A percentage: the value is the number of percent ("40%", "百分之四十": 40).
    Percent,
    /// A fraction: the value is the fraction itself ("三分之二", "two-thirds": 0.666…).
    Fraction,
    /// A sum of money in a currency: the value is the amount ("2.4万元": 24,000 yuan).
    Money(Currency),
    /// A calendar date: the value is `year * 10_000 + month * 100 + day`, with 0 for a part
    /// not given ("2022年5月30日", "May 30, 2022": 20,220,530; "2022年5月": 20,220,500).
    Date,
    /// A month without a year ("9月份", "September": 9).
    Month,
    /// A decade: the value is its first year ("90年代", "the 1990s": 1990).
    Decade,
}

/// The currencies told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    /// 元, 人民币, yuan, RMB.
    Yuan,
    /// 美元, US$, U.S.$, $.
    UsDollar,
    /// 港元, 港币, HK$.
    HkDollar,
}

/// How exact a figure says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Approx {
    Exact,
    /// 多, 余, 以上, "more than", "over".
    MoreThan,
    /// 近, 将近, "nearly", "almost".
    Nearly,
    /// 约, 大约, 左右, "about", "around", "some".
    About,
    /// 不到, 不足, 以下, "less than", "fewer than", "under", "below".
    LessThan,
    /// An order of magnitude, not a number: 几十 / "dozens" (10), 数千 / "thousands"
    /// (1,000), 数以亿计 / "hundreds of millions" (100,000,000). The value is the magnitude.
    Magnitude,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value read (see [`Kind`] for what it means for each kind).
    pub value: f64,
    pub kind: Kind,
    pub approx: Approx,
    /// Where it is, in characters (not bytes) from the start of the text: `start..end`.
    pub start: usize,
    pub end: usize,
}

impl Figure {
    /// Whether two figures name the same value of the same kind (values compared with a
    /// relative tolerance, since fractions and decimals are read as floating point).
    pub fn same_value(&self, other: &Figure) -> bool {
        self.kind == other.kind && close(self.value, other.value)
    }
}

impl Approx {
    /// Whether a figure qualified by `self` may render one qualified by `other` of the same
    /// value. A bound may be dropped or added ("4000多" and "4,000"), but not turned round
    /// ("不到300" is not "more than 300"; "近3000" is not "more than 3,000"), and an order of
    /// magnitude is not one exact number ("几十" is not "ten", though 上千 is "over a
    /// thousand").
    pub fn compatible(self, other: Approx) -> bool {
        use Approx::*;
        !matches!(
            (self, other),
            (MoreThan, LessThan | Nearly)
                | (LessThan | Nearly, MoreThan)
                | (Magnitude, Exact | Nearly | LessThan)
                | (Exact | Nearly | LessThan, Magnitude)
        )
    }
}

/// Whether `a` and `b` are equal up to floating-point error: a relative tolerance far below
/// one unit of any count a text writes (80,000,000,010 is not 80 billion).
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-13 * a.abs().max(b.abs()).max(1.0)
}

/// The figures of `text`, written in `language` (a BCP 47 tag), in order of position. A
/// language without a grammar of its own is read as English, whose digits most scripts share.
pub fn read(text: &str, language: &str) -> Vec<Figure> {
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match primary.as_str() {
        "zh" | "yue" | "cmn" => zh::figures(text),
        _ => en::figures(text),
    }
}

/// A figure a table test expects: value, kind, approximation and the text it spans.
#[cfg(test)]
pub(crate) type Expected<'a> = (f64, Kind, Approx, &'a str);

/// The table tests' one assertion, shared by every language's reader.
#[cfg(test)]
pub(crate) fn assert_reads(read: fn(&str) -> Vec<Figure>, cases: &[(&str, &[Expected<'_>])]) {
    for (text, expected) in cases {
        let chars: Vec<char> = text.chars().collect();
        let found: Vec<(f64, Kind, Approx, String)> = read(text)
            .into_iter()
            .map(|f| {
                (
                    f.value,
                    f.kind,
                    f.approx,
                    chars[f.start..f.end].iter().collect(),
                )
            })
            .collect();
        let same = found.len() == expected.len()
            && found
                .iter()
                .zip(expected.iter())
                .all(|(f, e)| close(f.0, e.0) && f.1 == e.1 && f.2 == e.2 && f.3 == e.3);
        assert!(
            same,
            "{text:?}\n found:    {found:?}\n expected: {expected:?}"
        );
    }
}

#[cfg(test)]
mod close_tests {
    use super::close;

    #[test]
    fn values_equal_up_to_rounding_are_close_but_a_changed_digit_is_not() {
        assert!(close(2.4 * 10_000.0, 24_000.0));
        assert!(close(30.0 + 0.1, 30.1));
        assert!(close(2.0 / 3.0, 1.0 - 1.0 / 3.0));
        assert!(!close(80_000_000_010.0, 8e10));
        assert!(!close(1_000_000_000_001.0, 1e12));
        assert!(!close(12.5, 12.6));
    }
}
