//! Which edition a reader reads, in words: the reading page's version line and the public
//! editions page, with corrections, minor editions (the original's text updated) and who
//! published each.

use bitext_i18n::Locale;
use bitext_publish::{Edition, EditionSummary, Layout, editions_html, html};

use crate::support::{at, contents, english, hostile, tags};
use crate::{assert_only_own_markup, hostile_site, site};

/// Edition 3 of the English fixture: it only updated the original's text, after a correction.
fn refreshed() -> Edition {
    let mut edition = english();
    edition.editions.push(EditionSummary {
        number: 3,
        published_at: at(11),
        correction_note: None,
        minor: true,
        publisher: "Night Desk".into(),
    });
    edition.number = 3;
    edition.published_at = at(11);
    edition.correction_note = None;
    edition.minor = true;
    edition.publisher = "Night Desk".into();
    edition
}

#[test]
fn the_footer_says_which_edition_this_is_and_links_to_every_edition() {
    let page = html(&english(), Layout::SideBySide, &Locale::EN_US, &site());
    assert_eq!(
        contents(&page, "<div class=\"edition-version\""),
        ["Edition 2, first published Mar 7, 2026 · last corrected Mar 9, 2026 All editions"]
    );
    assert!(page.contains(
        "<a class=\"all-editions\" href=\"/read/river-report/en/editions\">All editions</a>"
    ));
    assert!(page.contains("<time datetime=\"2026-03-07T10:00:00Z\">Mar 7, 2026</time>"));
    assert!(!page.contains("revision"), "no internal revision numbers");

    let mut first = english();
    first.number = 1;
    first.editions.truncate(1);
    first.correction_note = None;
    let page = html(&first, Layout::SideBySide, &Locale::EN_US, &site());
    assert_eq!(
        contents(&page, "<div class=\"edition-version\""),
        ["Edition 1, published Mar 7, 2026 All editions"]
    );
}

#[test]
fn a_minor_edition_says_so_in_the_footer_and_shows_no_correction_notice() {
    let edition = refreshed();
    let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &site());
    assert!(!page.contains("class=\"notice correction\""));
    assert!(!page.contains("Correction:"));
    assert_eq!(
        contents(&page, "<div class=\"edition-version\""),
        [
            "Edition 3, first published Mar 7, 2026 · last corrected Mar 9, 2026 · \
             the original's text updated (a minor fix) All editions"
        ]
    );
    let zh = html(&edition, Layout::SideBySide, &Locale::ZH_CN, &site());
    assert_eq!(
        contents(&zh, "<div class=\"edition-version\""),
        [
            "第 3 版，首次发布于 2026年3月7日 · 最近更正于 2026年3月9日 · 仅更新原文文本（小修） 全部版本"
        ]
    );
    // Reading the correction before it, the minor edition is among the later ones only.
    let mut second = refreshed();
    second.number = 2;
    second.minor = false;
    second.correction_note = Some("Fixed the river's name.".into());
    let page = html(&second, Layout::SideBySide, &Locale::ZH_TW, &site());
    assert!(contents(&page, "<div class=\"edition-version\"")[0].starts_with("第 2 版"));
    assert!(!page.contains("小修"));
}

#[test]
fn earlier_minor_editions_are_marked_in_the_footer() {
    let mut edition = refreshed();
    edition.editions.push(EditionSummary {
        number: 4,
        published_at: at(12),
        correction_note: Some("A date.".into()),
        minor: false,
        publisher: "Desk".into(),
    });
    edition.number = 4;
    edition.minor = false;
    edition.correction_note = Some("A date.".into());
    let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &site());
    assert_eq!(
        contents(&page, "<span class=\"edition-note"),
        [
            "Minor: the original's text updated",
            "Fixed the river's name."
        ]
    );
    assert!(
        contents(&page, "<div class=\"edition-version\"")[0]
            .contains("last corrected Mar 12, 2026")
    );
}

#[test]
fn the_editions_page_lists_every_edition_newest_first_with_what_it_changed_and_who_published_it() {
    let page = editions_html(&refreshed(), &Locale::EN_US, &site());
    assert_only_own_markup(&page);
    assert_eq!(page.matches("<main").count(), 1);
    assert!(page.find("class=\"site-header\"") < page.find("<main"));
    assert!(page.find("</main>") < page.find("class=\"site-footer\""));
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://news.example/read/river-report/en/editions\">"
    ));
    assert_eq!(contents(&page, "<div class=\"kicker\""), ["All editions"]);
    assert_eq!(contents(&page, "<h1"), ["The river rises"]);
    let lines = contents(&page, "<div class=\"edition-line\"");
    assert_eq!(
        lines,
        [
            "Edition 3 (current) · Mar 11, 2026",
            "Edition 2 · Mar 9, 2026",
            "Edition 1 · Mar 7, 2026"
        ]
    );
    let links: Vec<String> = tags(&page)
        .iter()
        .filter(|t| t.name == "a")
        .filter_map(|t| t.get("href").map(str::to_owned))
        .filter(|href| href.starts_with("/read/river-report"))
        .collect();
    assert_eq!(
        links,
        [
            "/read/river-report/en",
            "/read/river-report/en",
            "/read/river-report/en?edition=2",
            "/read/river-report/en?edition=1"
        ]
    );
    assert_eq!(
        contents(&page, "<div class=\"edition-minor\""),
        ["Minor: the original's text updated"]
    );
    assert_eq!(
        contents(&page, "<div class=\"edition-correction\""),
        ["Correction: Fixed the river's name."]
    );
    assert_eq!(
        contents(&page, "<div class=\"edition-first\""),
        ["First edition"]
    );
    assert_eq!(
        contents(&page, "<div class=\"edition-publisher\""),
        [
            "Published by Night Desk",
            "Published by Desk",
            "Published by Desk"
        ]
    );
    let zh = editions_html(&refreshed(), &Locale::ZH_TW, &site());
    assert_eq!(contents(&zh, "<div class=\"kicker\""), ["所有版本"]);
    assert_eq!(
        contents(&zh, "<div class=\"edition-minor\""),
        ["小修：更新了原文文字"]
    );
}

#[test]
fn the_editions_page_shows_hostile_names_and_notes_as_text() {
    let mut edition = hostile();
    edition.editions[1].publisher = "<script>alert(1)</script>".into();
    let page = editions_html(&edition, &Locale::EN_US, &hostile_site());
    assert_only_own_markup(&page);
    for needle in ["<script", "<img", "<iframe", "<svg", "onerror=\""] {
        assert!(!page.contains(needle), "{needle}");
    }
    assert_eq!(
        contents(&page, "<div class=\"edition-publisher\"")[0],
        "Published by <script>alert(1)</script>"
    );
    assert_eq!(
        contents(&page, "<div class=\"edition-correction\""),
        [
            "Correction: Fixed the river's name.",
            "Correction: <img src=x onerror=alert(2)>"
        ]
    );
}
