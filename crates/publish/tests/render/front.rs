//! The reading room's front page: items newest first with both titles, languages, credits and
//! dates; filters, pages and feeds; the reader's language; hostile text kept as text.

use bitext_i18n::Locale;
use bitext_publish::{FrontItem, FrontPage, Site, front_page};

use crate::support::{PAYLOADS, at, contents, names, tags};
use crate::{assert_only_own_markup, hostile_site, site};

fn item(slug: &str, language: &str, title: &str, day: u32) -> FrontItem {
    FrontItem {
        slug: slug.into(),
        language: language.into(),
        title: title.into(),
        source_language: "zh-Hans".into(),
        source_title: "河水上涨".into(),
        edition: 1,
        published_at: at(day),
        translators: names(&["Alex Chen"]),
        editors: names(&["Lin Mei"]),
        credit_override: None,
    }
}

fn page() -> FrontPage {
    let mut uyghur = item("river", "ug", "دەريا ئۆرلىدى", 8);
    uyghur.edition = 2;
    uyghur.credit_override = Some("The River Desk".into());
    FrontPage {
        items: vec![item("river", "en", "The river rises", 9), uyghur],
        languages: vec!["en".into(), "ug".into()],
        ..FrontPage::default()
    }
}

#[test]
fn the_front_page_lists_each_translation_with_both_titles_languages_credits_and_date() {
    let html = front_page(&page(), &Locale::EN_US, &site());
    assert_only_own_markup(&html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\" dir=\"ltr\">"));
    assert!(html.contains("<title>Latest translations · Riverside Desk</title>"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/read\">"));
    assert!(html.contains("<a class=\"site-name\" href=\"/read\">Riverside Desk</a>"));
    assert_eq!(html.matches("<main").count(), 1);
    assert!(html.find("class=\"site-header\"") < html.find("<main"));
    assert!(html.find("</main>") < html.find("class=\"site-footer\""));
    assert_eq!(
        contents(&html, "<h2 class=\"front-headline\""),
        ["The river rises", "دەريا ئۆرلىدى"],
        "in the order given: newest first"
    );
    assert!(html.contains(
        "<h2 class=\"front-headline\" lang=\"en\" dir=\"ltr\"><a href=\"/read/river/en\">The river rises</a></h2>"
    ));
    assert!(html.contains(
        "<h2 class=\"front-headline\" lang=\"ug\" dir=\"rtl\"><a href=\"/read/river/ug\">"
    ));
    assert_eq!(
        html.matches("<p class=\"front-source\" lang=\"zh-Hans\" dir=\"ltr\">河水上涨</p>")
            .count(),
        2
    );
    assert!(html.contains(
        "<span class=\"front-languages\"><a href=\"/read?source=zh-Hans\">zh-Hans</a> → \
         <a href=\"/read?lang=en\">en</a></span>"
    ));
    assert!(html.contains("Translated by <bdi>Alex Chen</bdi>. Edited by <bdi>Lin Mei</bdi>."));
    assert!(html.contains("<span class=\"credits\"><bdi>The River Desk</bdi></span>"));
    assert!(html.contains("<time datetime=\"2026-03-09T10:00:00Z\">Mar 9, 2026</time>"));
    assert!(html.contains("<span class=\"edition-number\">Edition 2</span>"));
    assert_eq!(
        html.matches("Edition ").count(),
        1,
        "a first edition says nothing"
    );
    assert!(
        !html.contains("front-filter"),
        "no filter, nothing to clear"
    );
    assert!(!html.contains("class=\"pager\""), "one page only");
}

#[test]
fn each_language_narrows_the_page_and_has_its_two_feeds() {
    let html = front_page(&page(), &Locale::EN_US, &site());
    let feeds: Vec<_> = tags(&html)
        .into_iter()
        .filter(|tag| tag.get("class") == Some("feed"))
        .map(|tag| {
            (
                tag.get("href").unwrap_or_default().to_owned(),
                tag.get("aria-label").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        feeds,
        [
            ("/feed/en.atom", "Atom feed of translations into en"),
            ("/feed/en.json", "JSON Feed of translations into en"),
            ("/feed/ug.atom", "Atom feed of translations into ug"),
            ("/feed/ug.json", "JSON Feed of translations into ug"),
        ]
        .map(|(href, label)| (href.to_owned(), label.to_owned()))
    );
    assert!(html.contains("<a href=\"/read?lang=ug\">ug</a>"));
}

#[test]
fn an_active_filter_is_named_kept_in_every_link_and_can_be_cleared() {
    let mut filtered = page();
    filtered.items.truncate(1);
    filtered.language = Some("en".into());
    filtered.source = Some("zh-Hans".into());
    filtered.older = Some("1772359200000000000-7".into());
    let html = front_page(&filtered, &Locale::EN_US, &site());
    assert_only_own_markup(&html);
    assert!(html.contains("<h1 class=\"front-heading\">Translations from zh-Hans into en</h1>"));
    assert!(html.contains("<title>Translations from zh-Hans into en · Riverside Desk</title>"));
    assert!(html.contains("<p class=\"front-filter\"><a href=\"/read\">Show all translations</a>"));
    assert!(html.contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed/en.atom\" \
         title=\"Riverside Desk: translations into en\">"
    ));
    assert!(html.contains(
        "<a rel=\"next\" href=\"/read?lang=en&amp;source=zh-Hans&amp;before=1772359200000000000-7\">Older translations</a>"
    ));
    assert!(!html.contains("Newest translations"), "the first page");
    assert!(
        html.contains("<a href=\"/read?lang=en&amp;source=zh-Hans\" aria-current=\"page\">en</a>")
    );
    assert!(html.contains("<a href=\"/read?lang=ug&amp;source=zh-Hans\">ug</a>"));

    filtered.before = filtered.older.take();
    let later = front_page(&filtered, &Locale::EN_US, &site());
    assert!(later.contains(
        "<link rel=\"canonical\" href=\"https://news.example/read?lang=en&amp;source=zh-Hans&amp;before=1772359200000000000-7\">"
    ));
    assert!(later.contains("<a href=\"/read?lang=en&amp;source=zh-Hans\">Newest translations</a>"));
    assert!(!later.contains("rel=\"next\""), "the last page");
}

#[test]
fn an_empty_page_says_why_it_is_empty() {
    let empty = |page: FrontPage| {
        contents(
            &front_page(&page, &Locale::EN_US, &site()),
            "<p class=\"front-empty\"",
        )
    };
    assert_eq!(
        empty(FrontPage::default()),
        ["Nothing has been published yet."]
    );
    let filtered = FrontPage {
        source: Some("fr".into()),
        ..FrontPage::default()
    };
    assert_eq!(
        empty(filtered),
        ["No published translation matches this filter."]
    );
    let past_the_end = FrontPage {
        before: Some("1-1".into()),
        ..FrontPage::default()
    };
    assert_eq!(empty(past_the_end), ["There are no older translations."]);
    let html = front_page(&FrontPage::default(), &Locale::EN_US, &site());
    assert!(!html.contains("<ol") && !html.contains("front-by-language"));
}

#[test]
fn the_chrome_is_in_the_readers_language_and_the_titles_in_their_own() {
    let mut filtered = page();
    filtered.language = Some("ug".into());
    let simplified = front_page(&filtered, &Locale::ZH_CN, &site());
    assert!(simplified.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\" dir=\"ltr\">"));
    assert!(simplified.contains("<title>ug 译文 - Riverside Desk</title>"));
    assert!(simplified.contains(">显示全部译文</a>"));
    assert!(simplified.contains("译者：<bdi>Alex Chen</bdi>；编辑：<bdi>Lin Mei</bdi>"));
    assert!(simplified.contains(">2026年3月9日</time>"));
    assert!(simplified.contains(">首页</a>"));
    assert!(simplified.contains("lang=\"ug\" dir=\"rtl\""));
    let traditional = front_page(&page(), &Locale::ZH_TW, &site());
    assert!(traditional.contains("<h1 class=\"front-heading\">最新譯文</h1>"));
    assert!(traditional.contains(">依語言瀏覽</h2>"));
}

#[test]
fn hostile_titles_names_tags_and_site_names_stay_text() {
    let hostile: Vec<FrontItem> = PAYLOADS
        .iter()
        .map(|payload| FrontItem {
            slug: (*payload).into(),
            language: (*payload).into(),
            title: (*payload).into(),
            source_language: (*payload).into(),
            source_title: (*payload).into(),
            translators: names(&[payload]),
            editors: names(&[payload]),
            ..item("x", "en", "x", 1)
        })
        .collect();
    let page = FrontPage {
        items: hostile,
        language: Some(PAYLOADS[1].into()),
        source: Some(PAYLOADS[0].into()),
        before: Some(PAYLOADS[2].into()),
        older: Some(PAYLOADS[6].into()),
        languages: PAYLOADS.iter().map(|p| (*p).into()).collect(),
    };
    for site in [
        site(),
        hostile_site(),
        Site::new("\"><img src=x>", "https://news.example"),
    ] {
        let html = front_page(&page, &Locale::EN_US, &site);
        assert_only_own_markup(&html);
        for needle in ["<script", "<img", "<iframe", "onerror=\""] {
            assert!(!html.contains(needle), "{needle}");
        }
        assert_eq!(contents(&html, "<h2 class=\"front-headline\""), PAYLOADS);
        assert_eq!(contents(&html, "<p class=\"front-source\""), PAYLOADS);
        assert_eq!(
            contents(&html, "<a class=\"site-name\""),
            [site.name.as_str()]
        );
        assert_eq!(
            html.matches("<li class=\"front-item\">").count(),
            PAYLOADS.len()
        );
    }
}
