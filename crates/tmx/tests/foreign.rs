//! Documents as other tools write them: Trados, memoQ, OmegaT, Okapi, TMX 1.1.

mod common;

use bitext_tmx::Unit;
use common::{tmx, unit, units_of};

fn pair(source_language: &str, target_language: &str, source: &str, target: &str) -> Unit {
    Unit {
        source_language: source_language.into(),
        target_language: target_language.into(),
        ..unit(source, target)
    }
}

#[test]
fn the_source_comes_from_the_unit_or_else_the_header() {
    let body = r#"<tu srclang="en-US"><tuv xml:lang="zh-CN"><seg>海关</seg></tuv><tuv xml:lang="en-US"><seg>customs</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>海关</seg></tuv><tuv xml:lang="EN-US"><seg>customs</seg></tuv></tu>"#;
    assert_eq!(
        units_of(&tmx("zh-CN", body)),
        [
            pair("en-US", "zh-CN", "customs", "海关"),
            pair("zh-CN", "EN-US", "海关", "customs")
        ]
    );
}

#[test]
fn srclang_all_takes_the_first_variant_as_the_source() {
    let body = r#"<tu><tuv xml:lang="en"><seg>customs</seg></tuv><tuv xml:lang="zh"><seg>海关</seg></tuv></tu>"#;
    assert_eq!(
        units_of(&tmx("*all*", body)),
        [pair("en", "zh", "customs", "海关")]
    );
}

#[test]
fn tmx_1_1_lang_attributes_are_read() {
    let body = r#"<tu><tuv lang="zh-CN"><seg>海关</seg></tuv><tuv lang="en-US"><seg>customs</seg></tuv></tu>"#;
    assert_eq!(units_of(&tmx("zh-CN", body)), [unit("海关", "customs")]);
}

#[test]
fn a_unit_with_three_languages_gives_one_unit_per_translation() {
    let body = r#"<tu creationid="li" creationdate="20250102T030405Z"><prop type="x-domain">trade</prop>
  <tuv xml:lang="zh-CN"><seg>海关</seg></tuv>
  <tuv xml:lang="en-US"><seg>customs</seg></tuv>
  <tuv xml:lang="ug"><seg>تاموژنا</seg></tuv>
</tu>"#;
    let units = units_of(&tmx("zh-CN", body));
    let with = |u: Unit| Unit {
        created_by: Some("li".into()),
        created_at: Some(
            chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2025, 1, 2, 3, 4, 5).unwrap(),
        ),
        properties: vec![("x-domain".into(), "trade".into())],
        ..u
    };
    assert_eq!(
        units,
        [
            with(pair("zh-CN", "en-US", "海关", "customs")),
            with(pair("zh-CN", "ug", "海关", "تاموژنا"))
        ]
    );
}

#[test]
fn inline_codes_are_dropped_and_the_text_around_them_and_in_hi_is_kept() {
    let body = r#"<tu><tuv xml:lang="zh-CN"><seg>点击<bpt i="1" x="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>按钮<ph x="2">&lt;br/&gt;</ph>完成</seg></tuv>
<tuv xml:lang="en-US"><seg>Click <bpt i="1">{\b </bpt><hi type="b">Save</hi><ept i="1">}</ept> <it pos="begin">&lt;i&gt;</it>now<ut>{\u}</ut> <ph>&lt;img alt="<sub>picture</sub>"&gt;</ph>done<ph/></seg></tuv></tu>"#;
    assert_eq!(
        units_of(&tmx("zh-CN", body)),
        [unit("点击保存按钮完成", "Click Save now done")]
    );
}

#[test]
fn entities_character_references_and_cdata_are_read_as_text() {
    let body = r#"<tu><tuv xml:lang="zh-CN"><seg>&#20013;&#x6587; &lt;&amp;&gt;&quot;&apos; <![CDATA[<b>&amp;</b>]]></seg></tuv>
<tuv xml:lang="en-US"><seg>Chinese&#10;second line&#13;</seg></tuv></tu>"#;
    assert_eq!(
        units_of(&tmx("zh-CN", body)),
        [unit("中文 <&>\"' <b>&amp;</b>", "Chinese\nsecond line\r")]
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read() {
    let body = "<tu><tuv xml:lang=\"zh-CN\"><seg>一\n二</seg></tuv><tuv xml:lang=\"en-US\"><seg>one</seg></tuv></tu>";
    let document = format!("\u{FEFF}{}", tmx("zh-CN", body).replace('\n', "\r\n"));
    assert_eq!(units_of(&document), [unit("一\n二", "one")]);
}

#[test]
fn utf_16_documents_are_read_with_or_without_a_byte_order_mark() {
    let body = "<tu>\n<tuv xml:lang=\"zh-CN\"><seg>海关 𠀀</seg></tuv><tuv xml:lang=\"en-US\"><seg>customs</seg></tuv></tu>";
    let document = tmx("zh-CN", body).replace("UTF-8", "UTF-16");
    let le: Vec<u8> = "\u{FEFF}"
        .encode_utf16()
        .chain(document.encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    let be: Vec<u8> = document.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for bytes in [le, be] {
        let read: Vec<_> = common::read_all(&bytes)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(read, [unit("海关 𠀀", "customs")]);
    }
}

#[test]
fn notes_props_and_variant_level_extras_do_not_disturb_the_unit() {
    let body = r#"<!-- memoQ --><tu tuid="7" usagecount="2">
  <note>first</note><note>second</note>
  <prop type="x-context-pre">before</prop><prop type="x-empty"/>
  <tuv xml:lang="zh-CN" creationid="x"><prop type="x-tuv">ignored</prop><note>ignored</note><seg>海关</seg></tuv>
  <tuv xml:lang="en-US"><seg>customs</seg></tuv>
</tu>"#;
    let mut expected = unit("海关", "customs");
    expected.note = Some("first\nsecond".into());
    expected.properties = vec![
        ("x-context-pre".into(), "before".into()),
        ("x-empty".into(), String::new()),
    ];
    assert_eq!(units_of(&tmx("zh-CN", body)), [expected]);
}

#[test]
fn a_doctype_header_children_and_rfc_3339_dates_are_accepted() {
    let document = r##"<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="zh-CN" creationdate="2026-11-30T06:42:05Z"><prop type="x-okapi">1</prop><ude name="x"><map unicode="#xE001" code="#x0021"/></ude></header>
<body><tu creationdate="2026-11-30T06:42:05+00:00"><tuv xml:lang="zh-CN"><seg>海关</seg></tuv><tuv xml:lang="en-US"><seg>customs</seg></tuv></tu></body></tmx>"##;
    let mut expected = unit("海关", "customs");
    expected.created_at = Some(common::at(2026, 11, 30));
    assert_eq!(units_of(document), [expected]);
}
