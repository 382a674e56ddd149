//! Arguments passed to Fluent messages.

use fluent_bundle::FluentValue;

/// The value of one `{ $variable }` of a message.
///
/// Numbers take part in plural selection (`[one]`, `[other]`); strings are
/// inserted as they are.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text, inserted unchanged.
    Str(String),
    /// An integer, formatted without grouping separators.
    Num(i64),
}

impl Arg {
    pub(crate) fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Str(value.clone())
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Num(value)
    }
}

impl From<i32> for Arg {
    fn from(value: i32) -> Self {
        Arg::Num(value.into())
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Num(value.into())
    }
}

/// Values above `i64::MAX` saturate.
impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// Values above `i64::MAX` saturate.
impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Num(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_become_numbers_and_text_becomes_strings() {
        assert_eq!(Arg::from(3_u64), Arg::Num(3));
        assert_eq!(Arg::from(7_usize), Arg::Num(7));
        assert_eq!(Arg::from(-2_i64), Arg::Num(-2));
        assert_eq!(Arg::from("a"), Arg::Str("a".into()));
        assert_eq!(Arg::from(String::from("b")), Arg::Str("b".into()));
    }

    #[test]
    fn unsigned_values_beyond_i64_saturate() {
        assert_eq!(Arg::from(u64::MAX), Arg::Num(i64::MAX));
    }
}
