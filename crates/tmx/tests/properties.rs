//! Property: whatever units the writer accepts, the reader gives back exactly.

mod common;

use bitext_tmx::{Reader, Unit, Writer, xml_allows};
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn text() -> impl Strategy<Value = String> {
    let picked = prop::sample::select(vec![
        'a', 'Z', ' ', '\t', '\n', '\r', '<', '>', '&', '"', '\'', ']', ';', '#', '海', '关', '中',
        '。', '，', '𠀀', 'é', 'ئ', '\u{200B}', '\u{FEFF}',
    ]);
    let any_allowed = any::<char>().prop_filter("XML 1.0 carries it", |c| xml_allows(*c));
    prop::collection::vec(prop_oneof![4 => picked, 1 => any_allowed], 0..24)
        .prop_map(|chars| chars.into_iter().collect::<String>())
}

fn segment() -> impl Strategy<Value = String> {
    text().prop_filter("not blank", |s| !s.trim().is_empty())
}

fn language() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["zh-CN", "zh-Hant-TW", "en-US", "en", "ug", "fr-CA"])
        .prop_map(str::to_owned)
}

fn unit() -> impl Strategy<Value = Unit> {
    let date = (0i64..4_102_444_800).prop_map(|s| DateTime::<Utc>::from_timestamp(s, 0).unwrap());
    let property = ("x-[a-z-]{1,12}", text());
    (
        (language(), language(), segment(), segment()),
        prop::option::of(text()),
        prop::option::of(date),
        prop::option::of(text()),
        prop::collection::vec(property, 0..4),
    )
        .prop_filter("two languages", |((s, t, _, _), ..)| s != t)
        .prop_map(
            |(
                (source_language, target_language, source, target),
                created_by,
                created_at,
                note,
                properties,
            )| Unit {
                source_language,
                target_language,
                source,
                target,
                created_by,
                created_at,
                note,
                properties,
            },
        )
}

#[test]
fn units_written_then_read_come_back_unchanged() {
    let mut runner = TestRunner::new(Config::with_cases(300));
    let seen = std::cell::Cell::new([0usize; 5]);
    runner
        .run(&prop::collection::vec(unit(), 1..8), |units| {
            let mut writer = Writer::new(Vec::new(), &common::header("zh-CN")).unwrap();
            for unit in &units {
                writer.write(unit).unwrap();
            }
            let document = writer.finish().unwrap();
            let read: Vec<Unit> = Reader::new(&document[..])
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            prop_assert_eq!(&read, &units);
            let mut counts = seen.get();
            for u in &units {
                let all = format!("{}{}", u.source, u.target);
                counts[0] += usize::from(!all.is_ascii());
                counts[1] += usize::from(all.contains(['<', '>', '&', '"', '\'']));
                counts[2] += usize::from(u.note.is_some());
                counts[3] += usize::from(!u.properties.is_empty());
                counts[4] += usize::from(all.contains('\r'));
            }
            seen.set(counts);
            Ok(())
        })
        .unwrap();
    let [non_ascii, markup, notes, properties, carriage_returns] = seen.get();
    assert!(non_ascii > 100, "non-ASCII text in {non_ascii} units");
    assert!(markup > 100, "markup characters in {markup} units");
    assert!(notes > 100, "notes in {notes} units");
    assert!(properties > 100, "properties in {properties} units");
    assert!(
        carriage_returns > 20,
        "carriage returns in {carriage_returns} units"
    );
}
