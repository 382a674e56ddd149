//! Generated texts for benchmarks and tests: deterministic, no external data.
//!
//! A small PRNG (SplitMix64) drives word and character choices, so every run
//! diffs the same inputs.

/// SplitMix64: tiny, fast and good enough to generate test texts.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &str = "the of and to in a is that for it as was with be by on not he this are or his from at \
which but have an had they you were their one all we can her has there been if more when \
will would who so no city river council report minister budget election market village \
school hospital harbour railway festival museum library winter summer storm flood \
harvest farmers workers students teachers doctors officials residents visitors reporters \
editors translators readers announced approved rejected delayed opened closed reported \
argued suggested confirmed denied explained described promised warned expected planned \
finished started returned visited measured counted new old large small local national \
public private early late quiet busy difficult simple important recent annual second \
final northern southern eastern western coastal rural urban historic bridge road station \
tower square garden factory office street plan vote law tax price wage rent loan fund \
grant fee week month year morning evening night day season decade water power bread rice \
tea coal steel paper cloth salt about after before during under over between through \
against without within across behind beyond despite toward along around";

const HAN: &str = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生\
自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分\
此心前面又定见只主没公从已向动手头外全起城市河流议会报告部长预算选举市场村庄学校医院港口铁路节日\
博物馆图书冬夏风暴洪水收获农民工人学生教师医生官员居民游客记者编辑译者读宣布批准拒绝推迟开放关闭\
报道认为建议确认否认解释描述承诺警告预计计划完成开始返回访问测量统计新旧大小地方全国公共私人早晚\
安静繁忙困难简单重要最近每第二最终北南东西沿海农村城镇历史桥路站塔广场花园工厂办公街道投票法律税\
价格工资租金贷款基金费用周月年早晨傍晚夜季节十年水电面包米茶煤钢纸布盐";

/// An English article of about `words` words: paragraphs of 60–150 words
/// separated by blank lines, ending with a newline.
pub fn english_article(seed: u64, words: usize) -> String {
    let vocabulary = vocabulary();
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(words * 7);
    let mut left = words;
    while left > 0 {
        let len = rng.between(60, 150).min(left);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        sentences(&mut rng, &vocabulary, len, &mut out);
        left -= len;
    }
    out.push('\n');
    out
}

/// One paragraph of about `words` English words, with no blank line in it.
pub fn english_words(seed: u64, words: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(words * 7);
    sentences(&mut rng, &vocabulary(), words, &mut out);
    out
}

fn vocabulary() -> Vec<&'static str> {
    WORDS.split_whitespace().collect()
}

fn sentences(rng: &mut Rng, vocabulary: &[&str], words: usize, out: &mut String) {
    let mut in_sentence = 0;
    let mut sentence_len = rng.between(8, 24);
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        let word = rng.pick(vocabulary);
        if in_sentence == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
        in_sentence += 1;
        if in_sentence == sentence_len || i + 1 == words {
            out.push('.');
            in_sentence = 0;
            sentence_len = rng.between(8, 24);
        } else if rng.chance(0.06) {
            out.push(',');
        }
    }
}

/// A Chinese article of about `chars` characters: paragraphs of 100–300
/// characters separated by blank lines, ending with a newline.
pub fn chinese_article(seed: u64, chars: usize) -> String {
    let han: Vec<char> = HAN.chars().collect();
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(chars * 3);
    let mut left = chars;
    while left > 0 {
        let len = rng.between(100, 300).min(left);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let mut clause = 0;
        for i in 0..len {
            if i + 1 == len {
                out.push('。');
            } else if clause >= 4 && rng.chance(0.12) {
                out.push(if rng.chance(0.3) { '。' } else { '，' });
                clause = 0;
            } else {
                out.push(han[rng.below(han.len())]);
                clause += 1;
            }
        }
        left -= len;
    }
    out.push('\n');
    out
}

/// Edits about `fraction` of the ASCII words of `text`: each edit replaces,
/// deletes or inserts a word. Everything else is kept byte for byte.
pub fn edit_words(text: &str, seed: u64, fraction: f64) -> String {
    let vocabulary = vocabulary();
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_alphabetic()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let mut skip = end;
        if rng.chance(fraction) {
            match rng.below(3) {
                0 => out.push_str(replacement(&mut rng, &vocabulary, word)),
                1 => {
                    // Drop the word and one following space.
                    if rest[end..].starts_with(' ') {
                        skip += 1;
                    }
                }
                _ => {
                    out.push_str(word);
                    out.push(' ');
                    out.push_str(rng.pick(&vocabulary));
                }
            }
        } else {
            out.push_str(word);
        }
        rest = &rest[skip..];
    }
    out.push_str(rest);
    out
}

fn replacement<'a>(rng: &mut Rng, vocabulary: &[&'a str], word: &str) -> &'a str {
    loop {
        let w = rng.pick(vocabulary);
        if w != word {
            return w;
        }
    }
}

/// Edits about `fraction` of the non-ASCII, non-punctuation characters of `text`:
/// each edit replaces, deletes or inserts a character.
pub fn edit_chars(text: &str, seed: u64, fraction: f64) -> String {
    let han: Vec<char> = HAN.chars().collect();
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for c in text.chars() {
        let editable = !c.is_ascii() && !matches!(c, '。' | '，');
        if editable && rng.chance(fraction) {
            match rng.below(3) {
                0 => loop {
                    let r = han[rng.below(han.len())];
                    if r != c {
                        out.push(r);
                        break;
                    }
                },
                1 => {}
                _ => {
                    out.push(c);
                    out.push(han[rng.below(han.len())]);
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generators_are_deterministic_and_sized() {
        let a = english_article(1, 10_000);
        assert_eq!(a, english_article(1, 10_000));
        assert_eq!(a.split_whitespace().count(), 10_000);
        let zh = chinese_article(2, 20_000);
        assert_eq!(zh.chars().filter(|c| !c.is_whitespace()).count(), 20_000);
        let edited = edit_words(&a, 3, 0.01);
        assert_ne!(a, edited);
        let diff_words = a
            .split_whitespace()
            .count()
            .abs_diff(edited.split_whitespace().count());
        assert!(diff_words < 100);
    }
}
