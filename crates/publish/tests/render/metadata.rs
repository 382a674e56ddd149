//! What other sites read in an article page's head: its canonical address, the article in
//! every other language (`hreflang`), Open Graph, and JSON-LD that no text can break out of;
//! the original's page; and the sitemap.

use bitext_i18n::Locale;
use bitext_publish::{
    Alternate, Edition, Layout, Original, SitemapArticle, SitemapPart, SitemapTranslation, html,
    original_html, sitemap, sitemap_index,
};
use serde_json::Value;

use crate::support::{at, english, hostile, json_ld, parse_xml, side, tags};

fn alternate(language: &str, title: &str) -> Alternate {
    Alternate {
        language: language.into(),
        title: title.into(),
    }
}

/// The English edition, with a French translation published beside it.
fn with_french() -> Edition {
    let mut edition = english();
    edition.translations = vec![
        alternate("en", "The river rises"),
        alternate("fr", "La rivière monte"),
    ];
    edition
}

fn original() -> Original {
    Original {
        slug: "river-report".into(),
        source: side("zh-Hans", "河水上涨", &["## 水位", "第一段。", "第二段。"]),
        translations: vec![
            alternate("en", "The river rises"),
            alternate("fr", "La rivière monte"),
        ],
        published_at: at(7),
        modified_at: at(9),
    }
}

/// `hreflang` → `href` of every alternate link in the head, in order.
fn hreflangs(page: &str) -> Vec<(String, String)> {
    tags(page)
        .into_iter()
        .filter(|tag| tag.name == "link" && tag.get("hreflang").is_some())
        .map(|tag| {
            assert_eq!(tag.get("rel"), Some("alternate"));
            (
                tag.get("hreflang").unwrap_or_default().to_owned(),
                tag.get("href").unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Every value of `<meta property="…">` (or `name`) equal to `key`.
fn meta(page: &str, key: &str) -> Vec<String> {
    tags(page)
        .into_iter()
        .filter(|tag| tag.name == "meta")
        .filter(|tag| tag.get("property").or(tag.get("name")) == Some(key))
        .map(|tag| {
            let content = tag.get("content").unwrap_or_default();
            html_escape::decode_html_entities(content).into_owned()
        })
        .collect()
}

fn canonical(page: &str) -> String {
    let links: Vec<_> = tags(page)
        .into_iter()
        .filter(|tag| tag.name == "link" && tag.get("rel") == Some("canonical"))
        .collect();
    assert_eq!(links.len(), 1);
    links[0].get("href").unwrap_or_default().to_owned()
}

fn site() -> bitext_publish::Site {
    bitext_publish::Site::new("Riverside Desk", "https://news.example")
}

const GROUP: [(&str, &str); 4] = [
    ("zh-Hans", "https://news.example/read/river-report/zh-Hans"),
    ("en", "https://news.example/read/river-report/en"),
    ("fr", "https://news.example/read/river-report/fr"),
    (
        "x-default",
        "https://news.example/read/river-report/zh-Hans",
    ),
];

fn group() -> Vec<(String, String)> {
    GROUP
        .iter()
        .map(|(l, h)| (l.to_string(), h.to_string()))
        .collect()
}

#[test]
fn every_page_of_an_article_links_to_the_same_pages_in_each_language() {
    let translation = html(&with_french(), Layout::SideBySide, &Locale::EN_US, &site());
    let mut french = with_french();
    french.translation = side("fr", "La rivière monte", &["Premier.", "Deuxième."]);
    let french = html(&french, Layout::Interleaved, &Locale::ZH_CN, &site());
    let original = original_html(&original(), &Locale::ZH_TW, &site());
    for page in [&translation, &french, &original] {
        assert_eq!(hreflangs(page), group());
    }
    assert_eq!(canonical(&translation), GROUP[1].1);
    assert_eq!(canonical(&french), GROUP[2].1);
    assert_eq!(canonical(&original), GROUP[0].1);
    // A page not among the translations given still links to itself.
    let mut alone = english();
    alone.translations = vec![alternate("fr", "La rivière monte")];
    let page = html(&alone, Layout::SideBySide, &Locale::EN_US, &site());
    let languages: Vec<_> = hreflangs(&page).into_iter().map(|(l, _)| l).collect();
    assert_eq!(languages, ["zh-Hans", "fr", "en", "x-default"]);
}

#[test]
fn an_earlier_edition_is_no_language_version_and_links_to_none() {
    let mut first = with_french();
    first.number = 1;
    let page = html(&first, Layout::SideBySide, &Locale::EN_US, &site());
    assert!(hreflangs(&page).is_empty());
    assert_eq!(canonical(&page), format!("{}?edition=1", GROUP[1].1));
    assert_eq!(meta(&page, "og:url"), [format!("{}?edition=1", GROUP[1].1)]);
    assert!(meta(&page, "og:locale:alternate").is_empty());
}

#[test]
fn open_graph_describes_the_translation() {
    let mut edition = with_french();
    edition.translation.body = format!("## A subhead\n\n{}\n\nSecond.", "Word ".repeat(60));
    let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &site());
    let one = |key: &str| {
        let values = meta(&page, key);
        assert_eq!(values.len(), 1, "{key}: {values:?}");
        values[0].clone()
    };
    assert_eq!(one("og:type"), "article");
    assert_eq!(one("og:title"), "The river rises");
    assert_eq!(one("og:url"), GROUP[1].1);
    assert_eq!(one("og:site_name"), "Riverside Desk");
    assert_eq!(one("og:locale"), "en");
    assert_eq!(meta(&page, "og:locale:alternate"), ["zh_Hans", "fr"]);
    assert_eq!(one("article:published_time"), "2026-03-07T10:00:00Z");
    assert_eq!(one("article:modified_time"), "2026-03-09T10:00:00Z");
    let description = one("og:description");
    assert_eq!(one("description"), description);
    assert!(description.starts_with("Word Word"), "{description}");
    assert!(description.ends_with('…') && description.chars().count() <= 200);
    let original = original_html(&original(), &Locale::EN_US, &site());
    assert_eq!(meta(&original, "og:locale"), ["zh_Hans"]);
    assert_eq!(meta(&original, "og:locale:alternate"), ["en", "fr"]);
    assert_eq!(
        meta(&original, "og:description"),
        ["第一段。"],
        "a subhead sums up nothing"
    );
}

#[test]
fn the_json_ld_of_a_translation_names_its_people_its_original_and_its_correction() {
    let page = html(&with_french(), Layout::SideBySide, &Locale::ZH_CN, &site());
    let (data, _) = json_ld(&page);
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["headline"], "The river rises");
    assert_eq!(data["inLanguage"], "en");
    assert_eq!(data["url"], GROUP[1].1);
    assert_eq!(data["datePublished"], "2026-03-07T10:00:00Z");
    assert_eq!(data["dateModified"], "2026-03-09T10:00:00Z");
    assert_eq!(data["publisher"]["@type"], "Organization");
    assert_eq!(data["publisher"]["name"], "Riverside Desk");
    let names = |key: &str| -> Vec<Value> {
        data[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} is a list"))
            .iter()
            .map(|person| {
                assert_eq!(person["@type"], "Person");
                person["name"].clone()
            })
            .collect()
    };
    assert_eq!(names("translator"), ["Alex Chen"]);
    assert_eq!(names("editor"), ["Lin Mei"]);
    let original = &data["translationOfWork"];
    assert_eq!(original["@id"], GROUP[0].1);
    assert_eq!(original["inLanguage"], "zh-Hans");
    assert_eq!(original["headline"], "河水上涨");
    assert_eq!(data["correction"]["@type"], "CorrectionComment");
    assert_eq!(data["correction"]["text"], "Fixed the river's name.");
    assert_eq!(data["correction"]["datePublished"], "2026-03-09T10:00:00Z");
    assert!(data.get("workTranslation").is_none());

    let mut first = with_french();
    first.correction_note = None;
    first.credit_override = Some("The River Desk".into());
    let (data, _) = json_ld(&html(&first, Layout::SideBySide, &Locale::EN_US, &site()));
    assert!(data.get("correction").is_none());
    assert_eq!(data["creditText"], "The River Desk");
    assert!(data.get("translator").is_none() && data.get("editor").is_none());
}

#[test]
fn the_json_ld_of_the_original_lists_its_translations() {
    let page = original_html(&original(), &Locale::EN_US, &site());
    let (data, _) = json_ld(&page);
    assert_eq!(data["@id"], GROUP[0].1);
    assert_eq!(data["headline"], "河水上涨");
    assert_eq!(data["inLanguage"], "zh-Hans");
    assert_eq!(data["datePublished"], "2026-03-07T10:00:00Z");
    assert_eq!(data["dateModified"], "2026-03-09T10:00:00Z");
    let translations: Vec<_> = data["workTranslation"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|t| {
            (
                t["@id"].as_str().unwrap_or_default(),
                t["inLanguage"].as_str().unwrap_or_default(),
                t["headline"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        translations,
        [
            (GROUP[1].1, "en", "The river rises"),
            (GROUP[2].1, "fr", "La rivière monte")
        ]
    );
    assert!(data.get("translationOfWork").is_none() && data.get("translator").is_none());
}

#[test]
fn no_text_can_break_out_of_the_json_ld() {
    let mut edition = hostile();
    edition.number = 2;
    for title in [
        "</script><script>alert(1)</script>",
        "</SCRIPT ><img src=x onerror=alert(1)>",
        "<!--<script>",
        "]]> & \u{2028}\u{2029} \" \\",
    ] {
        edition.translation.title = title.into();
        edition.source.title = title.into();
        edition.translations = vec![alternate("fr", title)];
        let site = bitext_publish::Site::new(title, "https://news.example");
        let page = html(&edition, Layout::SideBySide, &Locale::EN_US, &site);
        let (data, rest) = json_ld(&page);
        assert!(
            !rest.contains("<script") && !rest.contains("<img"),
            "{title}"
        );
        assert_eq!(data["headline"], title);
        assert_eq!(data["translationOfWork"]["headline"], title);
        assert_eq!(data["publisher"]["name"], title);
        let names: Vec<_> = data["translator"]
            .as_array()
            .expect("translators")
            .iter()
            .map(|p| p["name"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(names, edition.translators);
        let mut original = original();
        original.source.title = title.into();
        original.translations = vec![alternate("en", title)];
        let page = original_html(&original, &Locale::EN_US, &site);
        let (data, _) = json_ld(&page);
        assert_eq!(data["workTranslation"][0]["headline"], title);
    }
}

#[test]
fn the_original_page_shows_the_source_and_links_to_each_translation() {
    let page = original_html(&original(), &Locale::EN_US, &site());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\" dir=\"ltr\">"));
    assert!(page.contains("<title lang=\"zh-Hans\" dir=\"ltr\">河水上涨</title>"));
    assert!(page.contains("<h1 class=\"headline\" lang=\"zh-Hans\" dir=\"ltr\">河水上涨</h1>"));
    assert!(page.contains("<h2 class=\"source\" lang=\"zh-Hans\" dir=\"ltr\">水位</h2>"));
    assert_eq!(page.matches("<p class=\"source\"").count(), 2);
    assert!(page.contains(
        "Read in: <a href=\"/read/river-report/en\" hreflang=\"en\">en</a> and \
         <a href=\"/read/river-report/fr\" hreflang=\"fr\">fr</a>"
    ));
    assert_eq!(page.matches("<main").count(), 1);
    assert!(page.find("class=\"site-header\"") < page.find("<main"));
    assert!(page.find("</main>") < page.find("class=\"site-footer\""));
    let simplified = original_html(&original(), &Locale::ZH_CN, &site());
    assert!(simplified.contains("阅读译文："), "{simplified}");
    let mut none = original();
    none.translations.clear();
    assert!(!original_html(&none, &Locale::EN_US, &site()).contains("Read in"));
    let mut hostile = original();
    hostile.slug = "a\"><b>".into();
    hostile.source.title = "<script>alert(1)</script>".into();
    hostile.source.body = "<img src=x onerror=alert(1)>".into();
    let (_, page) = json_ld(&original_html(&hostile, &Locale::EN_US, &site()));
    assert!(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>"));
    assert!(page.contains("href=\"/read/a%22%3E%3Cb%3E/en\""));
}

#[test]
fn the_sitemap_lists_every_page_with_the_others_as_alternates() {
    let articles = [
        SitemapArticle {
            slug: "river-report".into(),
            language: "zh-Hans".into(),
            translations: vec![
                SitemapTranslation {
                    language: "en".into(),
                    updated_at: at(9),
                },
                SitemapTranslation {
                    language: "fr".into(),
                    updated_at: at(8),
                },
            ],
        },
        SitemapArticle {
            slug: "a&b<c>".into(),
            language: "ug".into(),
            translations: Vec::new(),
        },
    ];
    let xml = sitemap(&articles, &site());
    let root = parse_xml(&xml);
    assert_eq!(root.name, "urlset");
    assert_eq!(
        root.attribute("xmlns"),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    assert_eq!(
        root.attribute("xmlns:xhtml"),
        Some("http://www.w3.org/1999/xhtml")
    );
    let urls = root.all("url");
    let listed: Vec<_> = urls
        .iter()
        .map(|url| (url.one("loc").text.clone(), url.one("lastmod").text.clone()))
        .collect();
    assert_eq!(
        listed,
        [
            (GROUP[0].1.to_owned(), "2026-03-09T10:00:00Z".to_owned()),
            (GROUP[1].1.to_owned(), "2026-03-09T10:00:00Z".to_owned()),
            (GROUP[2].1.to_owned(), "2026-03-08T10:00:00Z".to_owned()),
        ],
        "an article with no translation has no page"
    );
    for url in urls {
        let alternates: Vec<_> = url
            .all("xhtml:link")
            .iter()
            .map(|link| {
                assert_eq!(link.attribute("rel"), Some("alternate"));
                (
                    link.attribute("hreflang").unwrap_or_default().to_owned(),
                    link.attribute("href").unwrap_or_default().to_owned(),
                )
            })
            .collect();
        assert_eq!(alternates, group());
    }
    let escaped = sitemap(
        &[SitemapArticle {
            slug: "a&b<c>".into(),
            language: "ug".into(),
            translations: vec![SitemapTranslation {
                language: "en".into(),
                updated_at: at(1),
            }],
        }],
        &bitext_publish::Site::new("Desk", "https://x.example/?a=1&b=<2>"),
    );
    let root = parse_xml(&escaped);
    assert_eq!(
        root.all("url")[0].one("loc").text,
        "https://x.example/?a=1&b=<2>/read/a%26b%3Cc%3E/ug"
    );
}

#[test]
fn the_sitemap_index_lists_each_sitemap_with_its_time() {
    let parts = [
        SitemapPart {
            path: "/sitemaps/1.xml".into(),
            updated_at: at(9),
        },
        SitemapPart {
            path: "/sitemaps/3.xml".into(),
            updated_at: at(8),
        },
    ];
    let root = parse_xml(&sitemap_index(&parts, &site()));
    assert_eq!(root.name, "sitemapindex");
    assert_eq!(
        root.attribute("xmlns"),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let listed: Vec<_> = root
        .all("sitemap")
        .iter()
        .map(|s| (s.one("loc").text.clone(), s.one("lastmod").text.clone()))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "https://news.example/sitemaps/1.xml".to_owned(),
                "2026-03-09T10:00:00Z".to_owned()
            ),
            (
                "https://news.example/sitemaps/3.xml".to_owned(),
                "2026-03-08T10:00:00Z".to_owned()
            ),
        ]
    );
    let escaped = sitemap_index(
        &parts[..1],
        &bitext_publish::Site::new("Desk", "https://x.example/?a=1&b=<2>"),
    );
    assert_eq!(
        parse_xml(&escaped).all("sitemap")[0].one("loc").text,
        "https://x.example/?a=1&b=<2>/sitemaps/1.xml"
    );
    let empty = parse_xml(&sitemap_index(&[], &site()));
    assert_eq!(
        (empty.name.as_str(), empty.all("sitemap").len()),
        ("sitemapindex", 0)
    );
}
