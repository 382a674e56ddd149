//! Translation memory units of real newsroom articles, Chinese→English and English→Chinese:
//! every paragraph pair where the paragraphs pair up, the sentence pairs inside them where their
//! alignment is sure (one to one, and one sentence rendered as two), and nothing unsound when a
//! translator left a sentence out or merged two paragraphs.

mod news;

use bitext_domain::memory::{UnitKind, UnitText, units};
use bitext_domain::text::sentences;
use news::{CARMAKER, FLOOD, chinese, english};

/// The (source, target) texts of the sentence units of paragraph `i`.
fn sentence_pairs(found: &[UnitText], i: usize) -> Vec<(&str, &str)> {
    found
        .iter()
        .filter(|u| u.kind == UnitKind::Sentence && u.paragraph == i)
        .map(|u| (u.source.as_str(), u.target.as_str()))
        .collect()
}

/// The indices of the paragraph units, in order.
fn paragraph_indices(found: &[UnitText]) -> Vec<usize> {
    found
        .iter()
        .filter(|u| u.kind == UnitKind::Paragraph)
        .map(|u| u.paragraph)
        .collect()
}

/// The article's bodies in one direction, with the target's paragraph `i` replaced.
fn with_target(article: &[(&str, &str)], zh_to_en: bool, i: usize, text: &str) -> (String, String) {
    let mut target: Vec<&str> = article
        .iter()
        .map(|p| if zh_to_en { p.1 } else { p.0 })
        .collect();
    target[i] = text;
    let source = if zh_to_en {
        chinese(article)
    } else {
        english(article)
    };
    (source, target.join("\n\n"))
}

#[test]
fn a_three_sentence_chinese_paragraph_and_its_three_sentence_english_rendering_give_three_sentence_pairs()
 {
    let found = units(&chinese(FLOOD), &english(FLOOD));
    assert_eq!(
        sentence_pairs(&found, 3),
        [
            (
                "在受灾最严重的河西区，积水一度没过汽车轮胎。",
                "In Hexi district, the worst hit, water at one point rose above car tyres."
            ),
            (
                "当地居民王秀英说，她家一楼的商铺已经进水，损失约2.4万元。",
                "Wang Xiuying, a resident, said the shop on the ground floor of her home had flooded, with losses of about 24,000 yuan."
            ),
            (
                "“水来得太快了，我们只来得及把电脑搬上楼。”",
                "“The water came so fast that we only had time to carry the computers upstairs.”"
            ),
        ]
    );
}

#[test]
fn a_three_sentence_english_paragraph_and_its_chinese_rendering_give_three_sentence_pairs() {
    let found = units(&english(CARMAKER), &chinese(CARMAKER));
    let pairs = sentence_pairs(&found, 9);
    assert_eq!(pairs.len(), 3);
    assert_eq!(
        pairs[1],
        (
            "Berg nonetheless remained upbeat about the long term.",
            "不过，伯格对公司的长期前景仍然乐观。"
        )
    );
}

#[test]
fn a_sentence_rendered_as_two_aligns_one_to_two_and_two_rendered_as_one_two_to_one() {
    // The Chinese quotation is one sentence ("…，”他说，“…。”); the English cuts it after "he said".
    let quote_zh = "“我们最担心的是今晚到明天上午，”他说，“上游水库的泄洪会让江水继续上涨。”";
    let quote_en = "“What worries us most is tonight and tomorrow morning,” he said. “Water released from the reservoirs upstream will keep the river rising.”";
    let found = units(&chinese(FLOOD), &english(FLOOD));
    let pairs = sentence_pairs(&found, 1);
    assert_eq!(pairs.len(), 2);
    assert_eq!(pairs[1], (quote_zh, quote_en));
    let found = units(&english(FLOOD), &chinese(FLOOD));
    let pairs = sentence_pairs(&found, 1);
    assert_eq!(pairs.len(), 2);
    assert_eq!(pairs[1], (quote_en, quote_zh));
}

#[test]
fn a_paragraph_whose_translator_dropped_a_sentence_keeps_only_the_paragraph_pair() {
    for (article, zh_to_en, i) in [(FLOOD, true, 3), (FLOOD, false, 3), (CARMAKER, true, 9)] {
        let rendering = if zh_to_en { article[i].1 } else { article[i].0 };
        let pieces = sentences(rendering);
        for dropped in 0..pieces.len() {
            let kept: String = pieces
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != dropped)
                .map(|(_, s)| *s)
                .collect();
            let (source, target) = with_target(article, zh_to_en, i, kept.trim());
            let found = units(&source, &target);
            assert!(
                paragraph_indices(&found).contains(&i),
                "the paragraph pair stays"
            );
            assert_eq!(
                sentence_pairs(&found, i),
                [],
                "sentence {dropped} of paragraph {i} left out"
            );
        }
    }
}

#[test]
fn a_correct_article_gives_every_paragraph_pair_in_order_each_followed_by_its_sentences() {
    for (source, target, paragraphs) in [
        (chinese(FLOOD), english(FLOOD), FLOOD.len()),
        (english(FLOOD), chinese(FLOOD), FLOOD.len()),
        (chinese(CARMAKER), english(CARMAKER), CARMAKER.len()),
        (english(CARMAKER), chinese(CARMAKER), CARMAKER.len()),
    ] {
        let found = units(&source, &target);
        assert_eq!(
            paragraph_indices(&found),
            (0..paragraphs).collect::<Vec<_>>()
        );
        let mut current = None;
        for u in &found {
            match u.kind {
                UnitKind::Paragraph => current = Some(u.paragraph),
                UnitKind::Sentence => assert_eq!(Some(u.paragraph), current),
            }
        }
    }
}

#[test]
fn one_sentence_paragraphs_give_no_sentence_units() {
    let found = units(&chinese(FLOOD), &english(FLOOD));
    for i in [0, 2, 4, 8, 9, 10] {
        assert_eq!(sentence_pairs(&found, i), [], "paragraph {i}");
    }
}

#[test]
fn paragraphs_from_where_a_translation_merges_two_are_not_recorded() {
    let mut target: Vec<String> = FLOOD.iter().map(|p| p.1.to_owned()).collect();
    let next = target.remove(5);
    target[4] = format!("{} {next}", target[4]);
    let found = units(&chinese(FLOOD), &target.join("\n\n"));
    assert_eq!(paragraph_indices(&found), [0, 1, 2, 3]);
    assert!(found.iter().all(|u| u.paragraph < 4));
}

#[test]
fn an_empty_translation_gives_no_units() {
    assert_eq!(units(&chinese(FLOOD), ""), []);
    assert_eq!(units("", ""), []);
}

#[test]
fn two_sentences_a_translator_merged_into_one_align_two_to_one() {
    let merged = "In Hexi district, the worst hit, water at one point rose above car tyres, and \
                  Wang Xiuying, a resident, said the shop on the ground floor of her home had \
                  flooded, with losses of about 24,000 yuan. “The water came so fast that we \
                  only had time to carry the computers upstairs.”";
    let (source, target) = with_target(FLOOD, true, 3, merged);
    let found = units(&source, &target);
    let pairs = sentence_pairs(&found, 3);
    assert_eq!(pairs.len(), 2);
    assert_eq!(
        pairs[0].0,
        "在受灾最严重的河西区，积水一度没过汽车轮胎。当地居民王秀英说，她家一楼的商铺已经进水，损失约2.4万元。"
    );
    assert!(pairs[0].1.ends_with("24,000 yuan."));
    assert_eq!(
        pairs[1],
        (
            "“水来得太快了，我们只来得及把电脑搬上楼。”",
            "“The water came so fast that we only had time to carry the computers upstairs.”"
        )
    );
}

/// The correct Chinese→English sentence pairs of the figure corpus: one sentence on each side,
/// many with figures written out in words on one side and in digits on the other.
fn corpus_pairs() -> Vec<(&'static str, &'static str)> {
    include_str!("corpus/figures.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.len() == 6 && c[1].starts_with("zh") && c[2] == "en" && c[3] == "ok")
        .map(|c| (c[4].trim(), c[5].trim()))
        .collect()
}

#[test]
fn the_figure_corpus_in_paragraphs_of_five_gives_back_every_sentence_pair_and_nothing_else() {
    let pairs = corpus_pairs();
    let chunks: Vec<_> = pairs.chunks(5).collect();
    assert!(chunks.len() > 20, "the corpus has {} rows", pairs.len());
    let zh: Vec<String> = chunks
        .iter()
        .map(|c| c.iter().map(|p| p.0).collect())
        .collect();
    let en: Vec<String> = chunks
        .iter()
        .map(|c| c.iter().map(|p| p.1).collect::<Vec<_>>().join(" "))
        .collect();
    let (zh, en) = (zh.join("\n\n"), en.join("\n\n"));
    // Every paragraph of more than one pair gives its pairs back, in order, in both directions.
    let expected: Vec<(&str, &str)> = chunks
        .iter()
        .filter(|c| c.len() > 1)
        .flat_map(|c| c.iter().copied())
        .collect();
    for (source, target, zh_to_en) in [(&zh, &en, true), (&en, &zh, false)] {
        let found: Vec<(&str, &str)> = units(source, target)
            .iter()
            .filter(|u| u.kind == UnitKind::Sentence)
            .map(|u| {
                let (s, t) = (u.source.as_str(), u.target.as_str());
                let pair = if zh_to_en { (s, t) } else { (t, s) };
                *expected
                    .iter()
                    .find(|p| **p == pair)
                    .unwrap_or_else(|| panic!("not a corpus pair: {pair:?}"))
            })
            .collect();
        assert_eq!(found, expected);
    }
}

#[test]
fn a_paragraph_of_hundreds_of_sentences_is_recorded_quickly_without_sentence_pairs() {
    let zh = "南江市的降雨量达到286毫米。".repeat(400);
    let en = "Rainfall in Nanjiang reached 286 millimetres. ".repeat(400);
    let started = std::time::Instant::now();
    let found = units(&zh, en.trim());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, UnitKind::Paragraph);
    assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
}
