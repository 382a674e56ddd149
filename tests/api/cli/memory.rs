//! `bitext tm import FILE.tmx`: an archive brought into the translation memory, bad units
//! reported with their line and skipped, a summary at the end, and nothing left behind by a
//! file that stops early.

use super::bitext;
use crate::helpers::TestDb;

/// Three `<tu>`s on lines 4, 8 and 12: good, without a translation, good.
const ARCHIVE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu>
  <tuv xml:lang="zh-CN"><seg>国务院新闻办公室举行发布会。</seg></tuv>
  <tuv xml:lang="en-US"><seg>The State Council Information Office held a press conference.</seg></tuv>
</tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>没有译文。</seg></tuv>
</tu>
<tu>
  <tuv xml:lang="zh-CN"><seg>外交部发言人回答记者提问。</seg></tuv>
  <tuv xml:lang="en-US"><seg>The foreign ministry spokesperson answered questions.</seg></tuv>
</tu>
</body></tmx>
"#;

#[tokio::test]
async fn tm_import_skips_bad_units_by_line_and_ends_with_a_summary() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("archive.tmx");
    std::fs::write(&file, ARCHIVE).unwrap();
    let out = bitext(&db.url)
        .env("LANG", "en_US.UTF-8")
        .args(["tm", "import"])
        .arg(&file)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("3 units read; 2 imported, 0 already in the memory, 1 skipped."),
        "{stdout}"
    );
    assert!(
        stderr.contains("Line 8: the unit has no translation"),
        "{stderr}"
    );
    let store = bitext_store::Store::connect(&db.url).await.unwrap();
    assert_eq!(store.count_rows("tm_units").await.unwrap(), 2);
}

#[tokio::test]
async fn tm_import_of_a_file_cut_short_imports_nothing_and_fails() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cut.tmx");
    let cut = &ARCHIVE[..ARCHIVE.find("外交部").unwrap()];
    std::fs::write(&file, cut).unwrap();
    let out = bitext(&db.url)
        .env("LANG", "en_US.UTF-8")
        .args(["tm", "import"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(stderr.contains("Nothing was imported"), "{stderr}");
    let store = bitext_store::Store::connect(&db.url).await.unwrap();
    assert_eq!(store.count_rows("tm_units").await.unwrap(), 0);
}
