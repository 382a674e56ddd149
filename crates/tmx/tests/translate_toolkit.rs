//! translate-toolkit (Python) reads our exports, and we read what it writes. These tests fail,
//! never skip, without `python3` and translate-toolkit: `pip install translate-toolkit`.

mod common;

use common::{unit, units_of, write_all};
use std::path::Path;
use std::process::Command;

const INSTALL: &str = "install it with `pip install translate-toolkit` (and python3 if missing)";

/// Runs a Python script with `path` as its argument; its standard output.
fn python(script: &str, path: &Path) -> String {
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 cannot run ({e}): translate-toolkit is needed; {INSTALL}")
        });
    assert!(
        out.status.success(),
        "translate-toolkit failed; {INSTALL}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn tricky() -> Vec<bitext_tmx::Unit> {
    let mut first = unit(
        "海关总署<b>发布</b> & \"公告\" 'A&B' ]]> 中文",
        "The <b>General Administration</b> of Customs & \"notice\" 'A&B' ]]>",
    );
    first.note = Some("reviewed & <approved>".into());
    first.properties = vec![("x-bitext-article".into(), "customs-reform".into())];
    first.created_by = Some("王芳".into());
    first.created_at = Some(common::at(2026, 11, 30));
    vec![
        first,
        unit("税率：5%；配额 < 100 吨", "Rate: 5%; quota < 100 t"),
        unit("「引号」与 &amp; 实体", "“Quotes” and &amp; entities"),
    ]
}

#[test]
fn translate_toolkit_reads_our_export() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("memory.tmx");
    let units = tricky();
    std::fs::write(&path, write_all(&units)).unwrap();
    let script = r#"
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.source, u.target, u.getnotes()] for u in store.units], ensure_ascii=False))
"#;
    let read: Vec<(String, String, String)> =
        serde_json::from_str(&python(script, &path)).expect("JSON from translate-toolkit");
    let expected: Vec<(String, String, String)> = units
        .iter()
        .map(|u| {
            (
                u.source.clone(),
                u.target.clone(),
                u.note.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(read, expected);
}

#[test]
fn we_read_a_tmx_written_by_translate_toolkit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("written-by-translate-toolkit.tmx");
    let script = r#"
import sys
from translate.storage import tmx
store = tmx.tmxfile(sourcelanguage="zh-CN", targetlanguage="en-US")
for source, target, note in [
    ("海关总署<b>发布</b> & \"公告\" 'A&B' ]]> 中文", "The <b>General Administration</b> of Customs & \"notice\" 'A&B' ]]>", "reviewed & <approved>"),
    ("税率：5%；配额 < 100 吨", "Rate: 5%; quota < 100 t", None),
    ("「引号」与 &amp; 实体", "“Quotes” and &amp; entities", None),
]:
    unit = store.addsourceunit(source)
    unit.target = target
    if note:
        unit.addnote(note)
store.savefile(sys.argv[1])
"#;
    python(script, &path);
    let document = std::fs::read_to_string(&path).unwrap();
    let expected: Vec<_> = tricky()
        .into_iter()
        .map(|u| bitext_tmx::Unit {
            created_by: None,
            created_at: None,
            properties: Vec::new(),
            ..u
        })
        .collect();
    assert_eq!(units_of(&document), expected);
}
