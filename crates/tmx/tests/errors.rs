//! Bad units are reported with the line of their `<tu>` and skipped; documents that are not
//! XML, not TMX or cut short stop reading with one fatal error.

mod common;

use bitext_tmx::{FatalErrorKind, ReadError, Reader, UnitErrorKind};
use common::{read_all, unit, write_all};

/// Each item as `Ok(source)` or `Err((code, line))`.
fn outline(document: &[u8]) -> Vec<Result<String, (&'static str, u64)>> {
    read_all(document)
        .into_iter()
        .map(|r| r.map(|u| u.source).map_err(|e| (e.code(), e.line())))
        .collect()
}

#[test]
fn bad_units_are_reported_at_their_line_and_the_good_ones_after_them_are_read() {
    let document = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header srclang="zh-CN"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>一</seg></tuv><tuv xml:lang="en-US"><seg>one</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>no source</seg></tuv><tuv xml:lang="fr"><seg>pas de source</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>只有源文</seg></tuv></tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>  </seg></tuv>
  <tuv xml:lang="en-US"><seg>blank source</seg></tuv>
</tu>
<tu
    creationdate="yesterday">
  <tuv xml:lang="zh-CN"><seg>昨天</seg></tuv><tuv xml:lang="en-US"><seg>yesterday</seg></tuv>
</tu>
<tu><tuv><seg>无语言</seg></tuv><tuv xml:lang="en-US"><seg>no language</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"></tuv><tuv xml:lang="en-US"><seg>no seg</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>二</seg></tuv><tuv xml:lang="en-us"><seg>a</seg></tuv><tuv xml:lang="en-US"><seg>b</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>&nbsp;三</seg></tuv><tuv xml:lang="en-US"><seg>three</seg></tuv></tu>
<tu/>
<tu><tuv xml:lang="zh-CN"><seg>四</seg></tuv><tuv xml:lang="en-US"><seg>four</seg></tuv></tu>
</body>
</tmx>
"#;
    assert_eq!(
        outline(document.as_bytes()),
        [
            Ok("一".to_owned()),
            Err(("tmx-missing-source", 6)),
            Err(("tmx-missing-target", 7)),
            Err(("tmx-empty-segment", 8)),
            Err(("tmx-bad-date", 12)),
            Err(("tmx-missing-language", 16)),
            Err(("tmx-missing-segment", 17)),
            Err(("tmx-duplicate-language", 18)),
            Err(("tmx-unknown-entity", 19)),
            Err(("tmx-missing-target", 20)),
            Ok("四".to_owned()),
        ]
    );
    let kinds: Vec<_> = read_all(document.as_bytes())
        .into_iter()
        .filter_map(|r| match r {
            Err(ReadError::Unit(e)) => Some(e.kind),
            _ => None,
        })
        .collect();
    assert_eq!(kinds[0], UnitErrorKind::MissingSource("zh-CN".into()));
    assert_eq!(kinds[3], UnitErrorKind::BadDate("yesterday".into()));
    assert_eq!(kinds[6], UnitErrorKind::DuplicateLanguage("en-US".into()));
    assert_eq!(kinds[7], UnitErrorKind::UnknownEntity("nbsp".into()));
}

#[test]
fn unit_errors_are_not_fatal_and_fatal_errors_end_the_reading() {
    let good = write_all(&[unit("一", "one"), unit("二", "two")]);
    let truncated = &good.as_bytes()[..good
        .find("<tu srclang=\"zh-CN\">\n      <tuv xml:lang=\"zh-CN\"><seg>二")
        .unwrap()
        + 30];
    let mut reader = Reader::new(truncated).unwrap();
    assert_eq!(reader.next().unwrap().unwrap().source, "一");
    let err = reader.next().unwrap().unwrap_err();
    assert!(err.is_fatal(), "{err}");
    assert_eq!(err.code(), "tmx-truncated");
    assert_eq!(err.line(), 10);
    assert!(reader.next().is_none());
    assert!(reader.next().is_none());
}

#[test]
fn a_document_cut_anywhere_ends_in_a_fatal_error_never_in_silence() {
    let good = write_all(&[unit("一", "one"), unit("二 & <三>", "two")]);
    let bytes = good.as_bytes();
    let end = good.rfind("</tmx>").unwrap();
    for cut in (0..end).filter(|i| good.is_char_boundary(*i)) {
        let read = read_all(&bytes[..cut]);
        let last = read.last().expect("something is yielded");
        assert!(
            matches!(last, Err(ReadError::Fatal(_))),
            "cut at {cut}: {:?}",
            &read
        );
        assert_eq!(
            read.iter().filter(|r| r.is_err()).count(),
            1,
            "cut at {cut}"
        );
        if cut > good.find("<tmx").unwrap() {
            let code = last.as_ref().unwrap_err().code();
            assert_eq!(
                code,
                "tmx-truncated",
                "cut at {cut}: {:?} {:?}",
                &good[cut.saturating_sub(20)..cut],
                last
            );
        }
    }
}

fn fatal_of(document: &[u8]) -> (FatalErrorKind, u64) {
    match Reader::new(document) {
        Err(e) => (e.kind, e.line),
        Ok(reader) => match reader.last() {
            Some(Err(ReadError::Fatal(e))) => (e.kind, e.line),
            other => panic!("no fatal error: {other:?}"),
        },
    }
}

#[test]
fn inputs_that_are_not_tmx_stop_with_a_fatal_error() {
    let not_xml = |document: &[u8]| fatal_of(document).0.code();
    assert_eq!(not_xml(b""), "tmx-not-xml");
    assert_eq!(
        not_xml(b"source,target\n\xe6\xb5\xb7\xe5\x85\xb3,customs\n"),
        "tmx-not-xml"
    );
    assert_eq!(not_xml(b"{\"units\": []}"), "tmx-not-xml");
    assert_eq!(
        not_xml(b"<tmx><header/><body><tu></tuv></body></tmx>"),
        "tmx-not-xml"
    );
    assert_eq!(not_xml(b"<tmx version=\"1.4\"><body></tmx>"), "tmx-not-xml");
    assert_eq!(
        not_xml(b"<xliff version=\"1.2\"><file/></xliff>"),
        "tmx-not-tmx"
    );
    assert_eq!(
        not_xml(b"<tmx version=\"1.4\"><header/></tmx>"),
        "tmx-not-tmx"
    );
    assert_eq!(
        not_xml(b"<tmx version=\"1.4\"><header/><body>"),
        "tmx-truncated"
    );
    assert_eq!(
        not_xml(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx/>"),
        "tmx-encoding"
    );
    let broken_utf8 = b"<tmx><header srclang=\"zh\"/><body><tu><tuv xml:lang=\"zh\"><seg>\xff\xfe</seg></tuv></tu></body></tmx>";
    assert_eq!(not_xml(broken_utf8), "tmx-encoding");
}

#[test]
fn a_fatal_error_names_the_line_where_it_was_found() {
    let document = b"<tmx version=\"1.4\">\n<header srclang=\"zh\"/>\n<body>\n<tu>\n<tuv xml:lang=\"zh\"><seg>x</tuv>\n</tu></body></tmx>";
    let (kind, line) = fatal_of(document);
    assert!(matches!(kind, FatalErrorKind::NotXml(_)), "{kind:?}");
    assert_eq!(line, 5);
}
