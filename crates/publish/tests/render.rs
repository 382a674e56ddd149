//! The rendered outputs of a published edition: pairing, credits, the three HTML
//! layouts, direction marks, escaping of hostile text, subheads, Markdown and Atom, the
//! edition's version line and the editions page, the head's metadata, and the front page.

#[path = "render/editions.rs"]
mod editions;
#[path = "render/formats.rs"]
mod formats;
#[path = "render/front.rs"]
mod front;
#[path = "render/metadata.rs"]
mod metadata;
#[path = "render/subheads.rs"]
mod subheads;
mod support;

use bitext_i18n::Locale;
use bitext_publish::{
    Layout, READER_CSS, Site, credit_line, credits, html, markdown, pairs, withdrawn_html,
};
use support::{PAYLOADS, contents, edition, english, hostile, json_ld, names, side, tags};

const ELEMENTS: &[&str] = &[
    "html", "head", "meta", "title", "link", "body", "div", "nav", "ul", "ol", "li", "a",
    "article", "main", "header", "footer", "h1", "h2", "p", "span", "time", "bdi", "script",
];
const ATTRIBUTES: &[&str] = &[
    "lang",
    "dir",
    "class",
    "id",
    "href",
    "rel",
    "type",
    "title",
    "charset",
    "name",
    "content",
    "datetime",
    "role",
    "aria-current",
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "reversed",
    "hreflang",
    "property",
];

/// The tags are only those this crate writes, with only its attributes, and no
/// link leaves the site: links are relative, or absolute under the site's origin.
fn assert_only_own_markup(page: &str) {
    for tag in tags(page) {
        assert!(ELEMENTS.contains(&tag.name.as_str()), "element {tag:?}");
        if tag.name == "script" {
            assert_eq!(
                tag.attributes,
                [("type".into(), "application/ld+json".into())]
            );
        }
        for (name, value) in &tag.attributes {
            assert!(
                ATTRIBUTES.contains(&name.as_str()),
                "attribute {name} in {tag:?}"
            );
            assert_ne!(value, "auto", "explicit directions only: {tag:?}");
            if name == "href" {
                assert!(
                    value.starts_with('?')
                        || value.starts_with('/')
                        || value.starts_with("https://news.example/")
                        || value.starts_with("https://x&quot;&gt;&lt;script&gt;/"),
                    "link {value}"
                );
                assert!(!value.starts_with("//"), "link {value}");
            }
        }
    }
}

fn site() -> Site {
    Site::new("Riverside Desk", "https://news.example")
}

fn hostile_site() -> Site {
    Site::new("<script>alert(1)</script>", "https://x\"><script>")
}

#[test]
fn paragraphs_pair_by_position_whatever_the_counts() {
    let mut short = english();
    short.translation.body = "One.\n\nTwo.".into();
    let paired = pairs(&short);
    assert_eq!(paired.len(), 3);
    assert_eq!(paired[0].source, Some("第一段。"));
    assert_eq!(paired[0].translation, Some("One."));
    assert_eq!(
        (paired[2].source, paired[2].translation),
        (Some("第三段。"), None)
    );
    short.translation.body = "1\n\n2\n\n3\n\n4".into();
    let paired = pairs(&short);
    assert_eq!(paired.len(), 4);
    assert_eq!((paired[3].index, paired[3].source), (3, None));
    assert_eq!(paired[3].translation, Some("4"));
}

#[test]
fn credit_lines_follow_the_fluent_messages_in_each_language() {
    let line = |locale: Locale, translators: &[&str], editors: &[&str]| {
        credit_line(&locale, &names(translators), &names(editors))
    };
    assert_eq!(
        line(Locale::EN_US, &["Alex Chen"], &["Lin Mei"]),
        "Translated by Alex Chen. Edited by Lin Mei."
    );
    assert_eq!(
        line(Locale::EN_US, &["Ann", "Bo", "Cy"], &["Di", "Ed"]),
        "Translated by Ann, Bo, and Cy. Edited by Di and Ed."
    );
    assert_eq!(
        line(Locale::ZH_CN, &["张三", "李四", "王五"], &["赵六"]),
        "译者：张三、李四和王五；编辑：赵六"
    );
    assert_eq!(
        line(Locale::ZH_TW, &["陳一"], &["林二", "吳三"]),
        "譯者：陳一；編輯：林二和吳三"
    );
    assert_eq!(line(Locale::ZH_TW, &[], &["林二"]), "編輯：林二");
}

#[test]
fn an_override_replaces_the_credit_line_everywhere() {
    let mut edition = english();
    assert_eq!(
        credits(&edition, &Locale::EN_US),
        "Translated by Alex Chen. Edited by Lin Mei."
    );
    edition.credit_override = Some("Translation by the River Desk.".into());
    assert_eq!(
        credits(&edition, &Locale::ZH_CN),
        "Translation by the River Desk."
    );
    let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &site());
    assert!(page.contains("<bdi>Translation by the River Desk.</bdi>"));
    assert!(!page.contains("Alex Chen"));
    assert!(
        markdown(&edition, Layout::default(), &Locale::EN_US)
            .contains("\nTranslation by the River Desk.\n")
    );
}

#[test]
fn the_side_by_side_layout_pairs_every_paragraph_in_a_row() {
    let page = html(&english(), Layout::SideBySide, &Locale::EN_US, &site());
    assert_only_own_markup(&page);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\" dir=\"ltr\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("name=\"viewport\""));
    assert!(page.contains("<link rel=\"stylesheet\" href=\"/assets/read.css\">"));
    assert!(page.contains("<body class=\"layout-side-by-side\">"));
    assert!(page.contains("class=\"column-heads\""));
    assert_eq!(page.matches("<div class=\"pair\"").count(), 3);
    assert_eq!(page.matches("<p ").count(), 6);
    let second = &page[page.find("id=\"p2\"").expect("pair 2")..];
    let second = &second[..second.find("</div>").expect("end of pair 2")];
    assert!(second.find("第二段。") < second.find("Second."));
    assert!(page.contains("<h1 class=\"headline\" lang=\"en\" dir=\"ltr\">The river rises</h1>"));
    assert!(page.contains("lang=\"zh-Hans\" dir=\"ltr\">河水上涨</div>"));
    assert!(page.contains("Translated by <bdi>Alex Chen</bdi>. Edited by <bdi>Lin Mei</bdi>."));
    assert!(page.contains(
        "<time datetime=\"2026-03-09T10:00:00Z\">Published Mar 9, 2026, 10:00\u{202f}AM UTC</time>"
    ));
    assert!(page.contains(">Edition 2</span>"));
    assert!(page.contains(
        "<div class=\"notice correction\" role=\"note\">Correction: <bdi>Fixed the river's name.</bdi></div>"
    ));
    assert!(page.contains(
        "<a href=\"?edition=1&amp;layout=side-by-side\">Edition 1</a> \
         <time datetime=\"2026-03-07T10:00:00Z\">Mar 7, 2026</time>"
    ));
    let (data, page) = json_ld(&page);
    assert_eq!(data["@type"], "NewsArticle");
    assert!(!page.contains("<script"));
}

#[test]
fn dates_on_the_reading_page_are_written_the_way_the_reader_writes_them() {
    let simplified = html(&english(), Layout::SideBySide, &Locale::ZH_CN, &site());
    assert!(simplified.contains(">发布于 2026年3月9日 10:00（UTC）</time>"));
    assert!(simplified.contains(">2026年3月7日</time>"));
    let traditional = html(&english(), Layout::SideBySide, &Locale::ZH_TW, &site());
    assert!(traditional.contains(">發布於 2026年3月9日 上午10:00（UTC）</time>"));
    assert!(traditional.contains(">2026年3月7日</time>"));
}

#[test]
fn the_interleaved_layout_puts_each_translation_after_its_source() {
    let page = html(&english(), Layout::Interleaved, &Locale::EN_US, &site());
    assert_only_own_markup(&page);
    assert!(page.contains("<body class=\"layout-interleaved\">"));
    assert!(!page.contains("column-heads"));
    let page = &page[page.find("<main").expect("main")..];
    let order: Vec<usize> = [
        "第一段。",
        "First.",
        "第二段。",
        "Second.",
        "第三段。",
        "Third.",
    ]
    .iter()
    .map(|text| page.find(text).expect("every paragraph"))
    .collect();
    assert!(order.is_sorted(), "{order:?}");
    assert!(page.contains("<a href=\"?edition=1&amp;layout=interleaved\">"));
}

#[test]
fn the_translation_only_layout_leaves_the_source_paragraphs_out() {
    let page = html(&english(), Layout::TranslationOnly, &Locale::ZH_TW, &site());
    assert_only_own_markup(&page);
    assert_eq!(page.matches("<p ").count(), 3);
    assert!(!page.contains("<p class=\"source\""));
    assert!(!page.contains("第二段。"));
    assert!(
        page.contains("河水上涨"),
        "the source title stays as the subtitle"
    );
    assert!(page.contains("<html lang=\"zh-TW\" dir=\"ltr\">"));
    assert!(page.contains("譯者：<bdi>Alex Chen</bdi>；編輯：<bdi>Lin Mei</bdi>"));
    assert!(page.contains("第 2 版"));
}

#[test]
fn the_current_layout_is_marked_and_the_others_are_links() {
    for layout in Layout::ALL {
        let page = html(&english(), layout, &Locale::EN_US, &site());
        let links: Vec<_> = tags(&page)
            .into_iter()
            .filter(|tag| {
                tag.name == "a" && tag.get("href").is_some_and(|h| h.starts_with("?layout="))
            })
            .collect();
        assert_eq!(links.len(), 3);
        for link in links {
            let target = link.get("href").expect("href");
            let current = target == format!("?layout={layout}");
            assert_eq!(
                link.get("aria-current").is_some(),
                current,
                "{target} on {layout}"
            );
        }
    }
}

#[test]
fn a_superseded_edition_points_to_the_latest_and_keeps_its_number_in_links() {
    let mut first = english();
    first.number = 1;
    first.correction_note = None;
    let page = html(&first, Layout::Interleaved, &Locale::EN_US, &site());
    assert!(page.contains(
        "You are reading edition 1. It has been superseded by edition 2. \
         <a href=\"?layout=interleaved\">Read the latest edition</a>"
    ));
    assert!(page.contains("href=\"?edition=1&amp;layout=side-by-side\""));
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://news.example/read/river-report/en?edition=1\">"
    ));
    assert!(!page.contains("Earlier editions"));
    assert!(!page.contains("correction"));
}

#[test]
fn every_text_carries_its_own_language_and_direction() {
    let uyghur = edition(side("ug", "دەريا ئۆرلىدى", &["بىرىنچى.", "ئىككىنچى."]));
    let page = html(&uyghur, Layout::SideBySide, &Locale::ZH_CN, &site());
    assert_only_own_markup(&page);
    assert!(page.contains("<html lang=\"zh-CN\" dir=\"ltr\">"));
    assert!(page.contains("<title lang=\"ug\" dir=\"rtl\">"));
    assert!(page.contains("<h1 class=\"headline\" lang=\"ug\" dir=\"rtl\">دەريا ئۆرلىدى</h1>"));
    assert!(page.contains("<div class=\"headline-source\" lang=\"zh-Hans\" dir=\"ltr\">"));
    assert_eq!(
        page.matches("<p class=\"translation\" lang=\"ug\" dir=\"rtl\">")
            .count(),
        2
    );
    assert_eq!(
        page.matches("<p class=\"source\" lang=\"zh-Hans\" dir=\"ltr\">")
            .count(),
        3
    );
    assert!(!page.contains("auto"));
    let pair3 = &page[page.find("id=\"p3\"").expect("pair 3")..];
    assert!(!pair3[..pair3.find("</div>").expect("end")].contains("translation"));
    let arabic = edition(side("ar", "عنوان", &["فقرة"]));
    let page = html(&arabic, Layout::TranslationOnly, &Locale::EN_US, &site());
    assert!(page.contains("<p class=\"translation\" lang=\"ar\" dir=\"rtl\">فقرة</p>"));
}

#[test]
fn hostile_text_is_shown_as_text_and_never_becomes_markup() {
    let edition = hostile();
    for layout in Layout::ALL {
        let page = html(&edition, layout, &Locale::EN_US, &hostile_site());
        assert_only_own_markup(&page);
        let (data, page) = json_ld(&page);
        assert_eq!(data["headline"], edition.translation.title);
        for needle in [
            "<script",
            "<img",
            "<iframe",
            "<svg",
            "<title>",
            "onerror=\"",
        ] {
            assert!(!page.contains(needle), "{needle} in {layout}");
        }
        let sources = if layout == Layout::TranslationOnly {
            0
        } else {
            3
        };
        assert_eq!(
            page.matches("<p ").count(),
            PAYLOADS.len() + sources,
            "{layout}"
        );
        assert_eq!(contents(&page, "<p class=\"translation\""), PAYLOADS);
        assert_eq!(contents(&page, "<h1"), [edition.translation.title.as_str()]);
        assert_eq!(
            contents(&page, "<title"),
            [edition.translation.title.as_str()]
        );
        assert_eq!(
            contents(&page, "<div class=\"headline-source\""),
            [edition.source.title.as_str()]
        );
        assert_eq!(
            contents(&page, "<div class=\"credits\""),
            [
                "Translated by <img src=x onerror=alert(1)> and \u{202E}evil. Edited by \" onmouseover=\"alert(1)."
            ]
        );
    }
}

#[test]
fn the_withdrawn_notice_escapes_the_reason_and_the_title() {
    let page = withdrawn_html(
        "a/b\"",
        "ug",
        Some("<script>alert(1)</script>"),
        "</div><img src=x onerror=alert(1)>",
        &Locale::ZH_TW,
        &site(),
    );
    assert_only_own_markup(&page);
    assert!(!page.contains("<script") && !page.contains("<img"));
    assert!(page.contains("<html lang=\"zh-TW\" dir=\"ltr\">"));
    assert!(page.contains("<h1 class=\"headline\" lang=\"ug\" dir=\"rtl\">"));
    assert_eq!(
        contents(&page, "<div class=\"notice withdrawn-notice\""),
        ["本譯文已撤回：</div><img src=x onerror=alert(1)>"]
    );
    assert!(page.contains("href=\"https://news.example/read/a%2Fb%22/ug\""));
    let untitled = withdrawn_html("s", "en", None, "gone", &Locale::EN_US, &site());
    assert!(untitled.contains("<h1 class=\"headline\">Withdrawn</h1>"));
    assert!(untitled.contains("This translation has been withdrawn: <bdi>gone</bdi>"));
}

#[test]
fn the_style_sheet_is_responsive_printable_and_self_contained() {
    for needle in [
        "@media (max-width: 48rem)",
        "@media print",
        "grid-template-columns",
        "[dir=\"rtl\"] { text-align: right; }",
        ":lang(zh)",
        "system-ui",
    ] {
        assert!(READER_CSS.contains(needle), "{needle}");
    }
    for banned in ["@import", "@font-face", "url(", "http"] {
        assert!(!READER_CSS.contains(banned), "{banned}");
    }
    let print = &READER_CSS[READER_CSS.find("@media print").expect("print rules")..];
    assert!(print.contains(".layouts, .editions { display: none; }"));
    assert!(print.contains("color: #000 !important"));
}

#[test]
fn every_page_has_the_site_masthead_linking_to_the_front_page_and_one_main() {
    let withdrawn = withdrawn_html("s", "en", None, "gone", &Locale::ZH_CN, &site());
    for page in [
        html(&english(), Layout::SideBySide, &Locale::ZH_CN, &site()),
        withdrawn,
    ] {
        assert!(page.contains("<a class=\"site-name\" href=\"/read\">Riverside Desk</a>"));
        assert!(page.contains("<a href=\"/read\">首页</a>"));
        assert_eq!(page.matches("<main").count(), 1);
        assert!(page.find("class=\"site-header\"") < page.find("<main"));
        assert!(page.find("</main>") < page.find("class=\"site-footer\""));
    }
    let hostile = html(
        &english(),
        Layout::SideBySide,
        &Locale::EN_US,
        &hostile_site(),
    );
    assert!(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>"));
}
