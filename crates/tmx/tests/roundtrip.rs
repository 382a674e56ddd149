//! What the writer writes comes back through the reader as it was; what XML cannot carry is
//! refused before anything of the unit is written.

mod common;

use bitext_tmx::{Reader, UnitErrorKind, WriteError, Writer};
use common::{at, header, read_all, unit, units_of, write_all};

#[test]
fn chinese_and_english_with_every_markup_character_come_back_as_written() {
    let mut first = unit(
        "海关<总署>发布 & \"公告\" 'A&B' ]]> <![CDATA[x]]> &amp; &#20013;",
        "Customs <b>Administration</b> & \"notice\" 'A&B' ]]> &lt;",
    );
    first.created_by = Some("王 <editor> & \"co\"".into());
    first.created_at = Some(at(2026, 11, 30));
    first.note = Some("first line\nsecond\tline & <note>".into());
    first.properties = vec![
        ("x-bitext-article".into(), "customs-reform".into()),
        ("x-bitext-revision".into(), "3".into()),
        ("x-bitext-kind".into(), "paragraph & <sentence>".into()),
    ];
    let mut second = unit("  前后有空格\r\n换行\r回车  ", " leading\tand trailing\n ");
    second.target_language = "en-GB".into();
    let document = write_all(&[first.clone(), second.clone()]);
    assert_eq!(units_of(&document), [first, second]);
}

#[test]
fn the_export_is_tmx_1_4b_with_the_source_language_on_each_unit() {
    let mut u = unit("海关", "customs");
    u.created_by = Some("wang".into());
    u.created_at = Some(at(2026, 11, 30));
    u.properties = vec![("x-bitext-article".into(), "a".into())];
    u.note = Some("n".into());
    let document = write_all(&[u]);
    assert!(
        document.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">")
    );
    assert!(document.contains(
        "<header creationtool=\"Bitext\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" o-tmf=\"bitext\" adminlang=\"en-US\" srclang=\"zh-CN\" datatype=\"plaintext\" creationdate=\"20261130T064205Z\"/>"
    ));
    assert!(document.contains(
        "<tu srclang=\"zh-CN\" creationid=\"wang\" creationdate=\"20261130T064205Z\">\n      <prop type=\"x-bitext-article\">a</prop>\n      <note>n</note>\n      <tuv xml:lang=\"zh-CN\"><seg>海关</seg></tuv>\n      <tuv xml:lang=\"en-US\"><seg>customs</seg></tuv>\n    </tu>"
    ));
    assert!(document.ends_with("</body>\n</tmx>\n"));
    let reader = Reader::new(document.as_bytes()).unwrap();
    assert_eq!(reader.header().source_language.as_deref(), Some("zh-CN"));
    assert_eq!(reader.header().tool.as_deref(), Some("Bitext"));
    assert_eq!(reader.header().created, Some(at(2026, 11, 30)));
}

#[test]
fn control_characters_xml_cannot_carry_are_refused_and_the_export_goes_on() {
    let mut writer = Writer::new(Vec::new(), &header("zh-CN")).unwrap();
    writer.write(&unit("前", "before")).unwrap();
    for bad in [
        "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
    ] {
        let err = writer.write(&unit(&format!("坏{bad}"), "bad")).unwrap_err();
        let WriteError::Unit(kind) = err else {
            panic!("{err}")
        };
        assert_eq!(
            kind,
            UnitErrorKind::ForbiddenCharacter(bad.chars().next().unwrap() as u32)
        );
        assert_eq!(kind.code(), "tmx-forbidden-character");
    }
    let mut in_note = unit("注", "note");
    in_note.note = Some("bell\u{7}".into());
    assert!(matches!(writer.write(&in_note), Err(WriteError::Unit(_))));
    let mut in_prop = unit("属性", "property");
    in_prop.properties = vec![("x-bitext-kind".into(), "\u{1B}[0m".into())];
    assert!(matches!(writer.write(&in_prop), Err(WriteError::Unit(_))));
    writer.write(&unit("后", "after")).unwrap();
    let document = writer.finish().unwrap();
    assert_eq!(
        units_of(std::str::from_utf8(&document).unwrap()),
        [unit("前", "before"), unit("后", "after")]
    );
}

#[test]
fn empty_segments_and_languages_are_refused_by_the_writer_as_the_reader_would() {
    let mut writer = Writer::new(Vec::new(), &header("zh-CN")).unwrap();
    let empty = writer.write(&unit("", "x")).unwrap_err();
    assert!(matches!(
        empty,
        WriteError::Unit(UnitErrorKind::EmptySegment)
    ));
    let blank = writer.write(&unit("海关", " \n")).unwrap_err();
    assert!(matches!(
        blank,
        WriteError::Unit(UnitErrorKind::EmptySegment)
    ));
    let mut no_language = unit("海关", "customs");
    no_language.target_language = String::new();
    let err = writer.write(&no_language).unwrap_err();
    assert!(matches!(
        err,
        WriteError::Unit(UnitErrorKind::MissingLanguage)
    ));
}

#[test]
fn forbidden_characters_in_a_read_unit_skip_that_unit_only() {
    let body = "<tu><tuv xml:lang=\"zh-CN\"><seg>坏&#1;</seg></tuv><tuv xml:lang=\"en-US\"><seg>bad</seg></tuv></tu>\n<tu><tuv xml:lang=\"zh-CN\"><seg>坏\u{2}</seg></tuv><tuv xml:lang=\"en-US\"><seg>raw</seg></tuv></tu>\n<tu><tuv xml:lang=\"zh-CN\"><seg>好</seg></tuv><tuv xml:lang=\"en-US\"><seg>good</seg></tuv></tu>";
    let read = read_all(common::tmx("zh-CN", body).as_bytes());
    let codes: Vec<_> = read
        .iter()
        .map(|r| {
            r.as_ref()
                .map(|u| u.target.clone())
                .map_err(|e| (e.code(), e.line()))
        })
        .collect();
    assert_eq!(
        codes,
        [
            Err(("tmx-forbidden-character", 5)),
            Err(("tmx-forbidden-character", 6)),
            Ok("good".to_owned())
        ]
    );
}
