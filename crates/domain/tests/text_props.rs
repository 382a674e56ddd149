//! Properties of the text model over random Unicode texts: paragraphs with their separators,
//! sentences and tokens each give back exactly the text they were cut from.

use bitext_domain::text::{layout, paragraphs, sentences, tokenize};
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces that texts are built from: words of spaced and unspaced scripts, sentence ends of
/// both (with closing and opening quotes and brackets), titles and initials, emoji and marks,
/// and every kind of whitespace that matters to paragraphs, sentences and lines.
const PIECES: &[&str] = &[
    "the",
    "Fox",
    "3.14",
    "e.g.",
    "U.S.",
    "Mr.",
    "Dr.",
    "F.",
    "I.",
    "e\u{301}",
    ".",
    "!",
    "?",
    "?!",
    ",",
    "\"",
    "'",
    "(",
    ")",
    "“",
    "”",
    "我们",
    "今天",
    "。",
    "！",
    "？",
    "，",
    "「",
    "」",
    "『",
    "』",
    "（",
    "）",
    "……",
    "カタカナ",
    "ภาษาไทย",
    "مرحبا",
    "👨\u{200D}👩\u{200D}👧",
    "\u{301}",
    "\u{600}",
    " ",
    "  ",
    "\t",
    "\u{3000}",
    "\u{A0}",
    "\u{85}",
    "\u{2029}",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    " \n \n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(select(PIECES), 0..64).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn paragraphs_with_their_separators_rebuild_the_body(body in text()) {
        let cut = layout(&body);
        let mut rebuilt = cut.leading.to_owned();
        for (i, p) in cut.paragraphs.iter().enumerate() {
            prop_assert!(!p.text.is_empty());
            prop_assert_eq!(p.text, p.text.trim());
            prop_assert!(p.separator.chars().all(char::is_whitespace));
            if i + 1 < cut.paragraphs.len() {
                prop_assert!(p.separator.matches('\n').count() >= 2, "{:?}", p.separator);
            }
            // A paragraph holds no blank line: cut again, it is one paragraph.
            prop_assert_eq!(paragraphs(p.text), [p.text]);
            rebuilt.push_str(p.text);
            rebuilt.push_str(p.separator);
        }
        prop_assert_eq!(rebuilt, body.as_str());
        prop_assert!(cut.leading.chars().all(char::is_whitespace));
    }

    #[test]
    fn the_sentences_of_a_paragraph_rebuild_it(body in text()) {
        for p in paragraphs(&body) {
            let found = sentences(p);
            prop_assert!(found.iter().all(|s| !s.is_empty()), "{:?}", found);
            prop_assert_eq!(found.concat(), p);
        }
        // Any text at all, blank lines and surrounding whitespace included.
        prop_assert_eq!(sentences(&body).concat(), body.as_str());
    }

    #[test]
    fn tokens_rebuild_the_text(body in text()) {
        let mut tokens = Vec::new();
        tokenize(&body, &mut tokens);
        prop_assert!(tokens.iter().all(|t| !t.is_empty()));
        prop_assert_eq!(tokens.concat(), body.as_str());
    }
}
