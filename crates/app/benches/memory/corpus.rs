//! A seeded generator of a newsroom's Chinese→English memory: sentences of 10–60 Han
//! characters made of words drawn from a Zipf-distributed vocabulary (so common characters and
//! words are very common), paragraphs of 2–5 sentences, a few hundred stock phrases that recur
//! everywhere, and a pseudo-English translation word for word.
//!
//! Everything is a function of a seed: paragraph `i` of the archive is the same in every run,
//! so a database filled once can be reused, and lookups can be built from texts it holds.

use bitext_domain::diff::fixtures::Rng;

/// Distinct Han characters in use.
const CHARS: usize = 3_500;
/// Distinct Chinese words.
const WORDS: usize = 40_000;
/// Stock phrases (短句 that recur across the archive).
const STOCK: usize = 300;
/// How often a sentence of a paragraph is a stock phrase.
const STOCK_SHARE: f64 = 0.06;

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "on",
    "was",
    "with",
    "as",
    "by",
    "at",
    "from",
    "said",
    "it",
    "an",
    "be",
    "has",
    "have",
    "are",
    "were",
    "will",
    "this",
    "not",
    "its",
    "but",
    "after",
    "new",
    "city",
    "year",
    "people",
    "government",
    "police",
    "report",
];
const ONSETS: &[&str] = &[
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "st",
    "tr", "pl", "gr", "ch", "sh", "br",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ea", "ou", "ai"];
const CODAS: &[&str] = &["", "", "n", "r", "s", "t", "l", "nd", "ck", "ng"];

/// Draws ranks `0..n` with probability proportional to `1 / (rank + 1)`.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Self {
        let mut total = 0.0;
        let cumulative = (0..n)
            .map(|r| {
                total += 1.0 / (r as f64 + 1.0);
                total
            })
            .collect();
        Self { cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> usize {
        let total = *self.cumulative.last().unwrap_or(&1.0);
        let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        self.cumulative
            .partition_point(|&c| c < u)
            .min(self.cumulative.len() - 1)
    }
}

/// A sentence pair.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub zh: String,
    pub en: String,
    /// One of the stock phrases.
    pub stock: bool,
}

/// The vocabulary and the stock phrases, built once from a fixed seed.
pub struct Corpus {
    chars: Vec<char>,
    char_ranks: Zipf,
    words: Vec<(String, String)>,
    word_ranks: Zipf,
    stock: Vec<Sentence>,
    stock_ranks: Zipf,
}

impl Corpus {
    pub fn new() -> Self {
        // CJK Unified Ideographs, in a scrambled order so rank and code point are unrelated.
        let mut chars: Vec<char> = (0..CHARS as u32)
            .filter_map(|i| char::from_u32(0x4E00 + (i * 7919) % 20_000))
            .collect();
        chars.dedup();
        let char_ranks = Zipf::new(chars.len());
        let mut rng = Rng::new(0x7A11);
        let words = (0..WORDS)
            .map(|rank| {
                let len = match rank {
                    0..500 => 1,
                    _ if rng.chance(0.75) => 2,
                    _ if rng.chance(0.8) => 3,
                    _ => 4,
                };
                let zh: String = (0..len).map(|_| chars[char_ranks.draw(&mut rng)]).collect();
                (zh, english_word(rank, &mut rng))
            })
            .collect();
        let mut corpus = Self {
            chars,
            char_ranks,
            words,
            word_ranks: Zipf::new(WORDS),
            stock: Vec::new(),
            stock_ranks: Zipf::new(STOCK),
        };
        let common = Zipf::new(2_000);
        corpus.stock = (0..STOCK)
            .map(|_| {
                let n = rng.between(4, 7);
                let ranks: Vec<usize> = (0..n).map(|_| common.draw(&mut rng)).collect();
                let mut s = corpus.sentence_of(&ranks, &[]);
                s.stock = true;
                s
            })
            .collect();
        corpus
    }

    /// Paragraph `index` of the archive: 2–5 sentences.
    pub fn paragraph(&self, index: u64) -> Vec<Sentence> {
        let mut rng = Rng::new(index.wrapping_mul(0x9E37_79B9) ^ 0x5EED);
        let n = rng.between(2, 5);
        (0..n)
            .map(|_| {
                if rng.chance(STOCK_SHARE) {
                    self.stock[self.stock_ranks.draw(&mut rng)].clone()
                } else {
                    self.sentence(&mut rng)
                }
            })
            .collect()
    }

    /// A new sentence of 10–60 Han characters.
    pub fn sentence(&self, rng: &mut Rng) -> Sentence {
        let target = rng.between(10, 60);
        let mut ranks = Vec::new();
        let mut commas = Vec::new();
        let (mut len, mut clause) = (0, 0);
        while len < target {
            let rank = self.word_ranks.draw(rng);
            let n = self.words[rank].0.chars().count();
            len += n;
            clause += n;
            ranks.push(rank);
            if clause >= 6 && len < target && rng.chance(0.15) {
                commas.push(ranks.len() - 1);
                clause = 0;
            }
        }
        self.sentence_of(&ranks, &commas)
    }

    /// Stock phrase `index`, the most common first.
    pub fn stock(&self, index: usize) -> &Sentence {
        &self.stock[index % STOCK]
    }

    fn sentence_of(&self, ranks: &[usize], commas: &[usize]) -> Sentence {
        let (mut zh, mut en) = (String::new(), String::new());
        for (i, &rank) in ranks.iter().enumerate() {
            let (z, e) = &self.words[rank];
            zh.push_str(z);
            if i == 0 {
                let mut c = e.chars();
                if let Some(first) = c.next() {
                    en.extend(first.to_uppercase());
                    en.push_str(c.as_str());
                }
            } else {
                en.push(' ');
                en.push_str(e);
            }
            if commas.contains(&i) {
                zh.push('，');
                en.push(',');
            }
        }
        zh.push('。');
        en.push('.');
        Sentence {
            zh,
            en,
            stock: false,
        }
    }

    /// `text` with `edits` of its Han characters replaced, deleted or followed by another.
    pub fn edit(&self, text: &str, edits: usize, rng: &mut Rng) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..edits {
            let han: Vec<usize> = (0..chars.len())
                .filter(|&i| !matches!(chars[i], '，' | '。'))
                .collect();
            if han.is_empty() {
                break;
            }
            let at = han[rng.below(han.len())];
            let other = self.chars[self.char_ranks.draw(rng)];
            match rng.below(3) {
                0 if other != chars[at] => chars[at] = other,
                1 if han.len() > 1 => {
                    chars.remove(at);
                }
                _ => chars.insert(at + 1, other),
            }
        }
        chars.into_iter().collect()
    }
}

/// The English word of Chinese word `rank`: a function word for the commonest, else a
/// pronounceable made-up word.
fn english_word(rank: usize, rng: &mut Rng) -> String {
    if let Some(w) = FUNCTION_WORDS.get(rank) {
        return (*w).to_owned();
    }
    let syllables = rng.between(1, 3);
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
        w.push_str(CODAS[rng.below(CODAS.len())]);
    }
    w
}

/// A paragraph's texts: the sentences joined (no space in Chinese, a space in English).
pub fn joined(sentences: &[Sentence]) -> (String, String) {
    let zh = sentences.iter().map(|s| s.zh.as_str()).collect::<String>();
    let en = sentences
        .iter()
        .map(|s| s.en.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    (zh, en)
}
