//! English text cut into the tokens figures are read from: words, numbers written in digits
//! (with their thousands separators and decimals) and single symbols, each with its span in
//! characters.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Word,
    Num,
    Sym,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub class: Class,
    pub text: String,
    pub lower: String,
    pub start: usize,
    pub end: usize,
    /// For a number: its value.
    pub value: f64,
    /// For a number: written without thousands separators or decimals ("2022", not "2,022").
    pub plain: bool,
}

impl Token {
    /// Whether the word starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word has a capital letter after its first ("iPhone", "eBay", "MH").
    pub fn inner_capital(&self) -> bool {
        self.text.chars().skip(1).any(char::is_uppercase)
    }

    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }
}

/// The tokens of `text`, whitespace left out.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    let letter = |k: usize| chars.get(k).is_some_and(|c| c.is_alphabetic());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (class, plain) = if c.is_ascii_digit() {
            while digit(i) {
                i += 1;
            }
            let mut plain = true;
            // Thousands groups: a comma followed by exactly three digits.
            if i - start <= 3 {
                while chars.get(i) == Some(&',') && (1..=3).all(|k| digit(i + k)) && !digit(i + 4) {
                    i += 4;
                    plain = false;
                }
            }
            if chars.get(i) == Some(&'.') && digit(i + 1) {
                i += 1;
                while digit(i) {
                    i += 1;
                }
                plain = false;
            }
            (Class::Num, plain)
        } else if c.is_alphabetic() {
            while letter(i) || (matches!(chars.get(i), Some('\'' | '’')) && letter(i + 1)) {
                i += 1;
            }
            (Class::Word, false)
        } else {
            i += 1;
            (Class::Sym, false)
        };
        let text: String = chars[start..i].iter().collect();
        let value = if class == Class::Num {
            text.replace(',', "").parse().unwrap_or(f64::NAN)
        } else {
            0.0
        };
        out.push(Token {
            class,
            lower: text.to_lowercase(),
            text,
            start,
            end: i,
            value,
            plain,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(Class, String)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.class, t.text))
            .collect()
    }

    #[test]
    fn numbers_keep_their_separators_and_decimals_but_not_a_full_stop() {
        let toks = tokenize("1,600,000 and 2.4. Then 1,2 and 2022.");
        let nums: Vec<(f64, bool)> = toks
            .iter()
            .filter(|t| t.class == Class::Num)
            .map(|t| (t.value, t.plain))
            .collect();
        assert_eq!(
            nums,
            vec![
                (1_600_000.0, false),
                (2.4, false),
                (1.0, true),
                (2.0, true),
                (2022.0, true)
            ]
        );
    }

    #[test]
    fn spans_count_characters_not_bytes() {
        let toks = tokenize("¥24 “two”");
        let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(spans, vec![(0, 1), (1, 3), (4, 5), (5, 8), (8, 9)]);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_symbols_stand_alone() {
        assert_eq!(
            shapes("don't US$5"),
            vec![
                (Class::Word, "don't".to_string()),
                (Class::Word, "US".to_string()),
                (Class::Sym, "$".to_string()),
                (Class::Num, "5".to_string()),
            ]
        );
    }
}
