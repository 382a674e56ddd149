//! Fixtures for the rendering tests, and small readers of the output: HTML tags and XML trees.

use bitext_publish::{Edition, EditionSummary, Side};
use chrono::{DateTime, TimeZone, Utc};
use quick_xml::Reader;
use quick_xml::events::Event;

pub fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0)
        .single()
        .expect("valid time")
}

pub fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|name| name.to_string()).collect()
}

pub fn side(language: &str, title: &str, paragraphs: &[&str]) -> Side {
    Side {
        language: language.into(),
        title: title.into(),
        body: paragraphs.join("\n\n"),
        revision: 4,
    }
}

/// Edition 2 (a correction) of a translation from Simplified Chinese into `translation`.
pub fn edition(translation: Side) -> Edition {
    Edition {
        slug: "river-report".into(),
        number: 2,
        published_at: at(9),
        publisher: "Desk".into(),
        source: side("zh-Hans", "河水上涨", &["第一段。", "第二段。", "第三段。"]),
        translation,
        translators: names(&["Alex Chen"]),
        editors: names(&["Lin Mei"]),
        credit_override: None,
        correction_note: Some("Fixed the river's name.".into()),
        minor: false,
        editions: vec![
            EditionSummary {
                number: 1,
                published_at: at(7),
                correction_note: None,
                minor: false,
                publisher: "Desk".into(),
            },
            EditionSummary {
                number: 2,
                published_at: at(9),
                correction_note: Some("Fixed the river's name.".into()),
                minor: false,
                publisher: "Desk".into(),
            },
        ],
        translations: Vec::new(),
    }
}

/// Edition 2 of an English translation, three paragraphs on each side.
pub fn english() -> Edition {
    edition(side(
        "en",
        "The river rises",
        &["First.", "Second.", "Third."],
    ))
}

/// Text that would run or break a page if it were not escaped.
pub const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "</p><iframe src=\"javascript:alert(1)\"></iframe>",
    "javascript:alert(document.cookie) &amp; &lt;b&gt; &#60;script&#62;",
    "{{ 7*7 }} ${7*7} {% raw %}",
    "line\u{2028}separator \u{202E}desrever\u{202C} done",
    "' onmouseover='alert(1)' x='",
];

/// An edition whose every user-supplied string is hostile; edition 3 of 3.
pub fn hostile() -> Edition {
    let mut edition = edition(side("en", "</title><script>alert(1)</script>", PAYLOADS));
    edition.source.title = "\"><svg onload=alert(1)>".into();
    edition.slug = "a\"><script>alert(1)</script>".into();
    edition.translators = names(&["<img src=x onerror=alert(1)>", "\u{202E}evil"]);
    edition.editors = names(&["\" onmouseover=\"alert(1)"]);
    edition.publisher = "<iframe>".into();
    edition.correction_note = Some("</div><script>alert(1)</script>".into());
    edition.editions[0].correction_note = Some("<img src=x onerror=alert(2)>".into());
    edition.number = 3;
    edition
}

/// One tag of an HTML document: its name and attributes (names and raw values).
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

/// Every start tag of `html`. Since user text is escaped, every `<` in the
/// output is markup this crate wrote, and no attribute value holds `>`.
pub fn tags(html: &str) -> Vec<Tag> {
    html.split('<')
        .skip(1)
        .filter(|piece| !piece.starts_with(['/', '!']))
        .map(|piece| {
            let inside = piece.split('>').next().unwrap_or_default();
            let inside = inside.trim_end_matches('/');
            let name_end = inside.find(char::is_whitespace).unwrap_or(inside.len());
            let (name, mut rest) = inside.split_at(name_end);
            let mut attributes = Vec::new();
            loop {
                rest = rest.trim_start();
                if rest.is_empty() {
                    break;
                }
                let end = rest.find(['=', ' ']).unwrap_or(rest.len());
                let attribute = rest[..end].to_string();
                rest = &rest[end..];
                let value = if let Some(quoted) = rest.strip_prefix("=\"") {
                    let close = quoted.find('"').expect("a closing quote");
                    let value = quoted[..close].to_string();
                    rest = &quoted[close + 1..];
                    value
                } else {
                    assert!(!rest.starts_with('='), "unquoted value in <{inside}>");
                    String::new()
                };
                attributes.push((attribute, value));
            }
            Tag {
                name: name.to_string(),
                attributes,
            }
        })
        .collect()
}

impl Tag {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(attribute, _)| attribute == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The text of every element that starts with `start` (such as
/// `<p class="translation"`), up to its end tag, with inner tags removed and
/// entities decoded. Elements of the same name must not nest.
pub fn contents(html: &str, start: &str) -> Vec<String> {
    let name = start
        .trim_start_matches('<')
        .split(' ')
        .next()
        .expect("an element name");
    let end = format!("</{name}>");
    html.split(start)
        .skip(1)
        .map(|rest| {
            let after = &rest[rest.find('>').expect("end of the start tag") + 1..];
            let inner = &after[..after.find(&end).expect("the end tag")];
            let text: String = inner
                .split('<')
                .enumerate()
                .map(|(i, piece)| {
                    if i == 0 {
                        piece
                    } else {
                        piece.split_once('>').map_or("", |(_, t)| t)
                    }
                })
                .collect();
            html_escape::decode_html_entities(&text).into_owned()
        })
        .collect()
}

/// A parsed XML element.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(attribute, _)| attribute == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&Element> {
        self.children
            .iter()
            .filter(|child| child.name == name)
            .collect()
    }

    pub fn one(&self, name: &str) -> &Element {
        let found = self.all(name);
        assert_eq!(found.len(), 1, "exactly one <{name}> in <{}>", self.name);
        found[0]
    }
}

fn element(start: &quick_xml::events::BytesStart<'_>) -> Element {
    Element {
        name: String::from_utf8(start.name().as_ref().to_vec()).expect("UTF-8 name"),
        attributes: start
            .attributes()
            .map(|attribute| {
                let attribute = attribute.expect("a well-formed attribute");
                (
                    String::from_utf8(attribute.key.as_ref().to_vec()).expect("UTF-8 key"),
                    attribute
                        .unescape_value()
                        .expect("a valid value")
                        .into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    }
}

/// Parses a whole XML document into its root element, failing on any error
/// (mismatched end tags, unknown entities, text after the root).
pub fn parse_xml(xml: &str) -> Element {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => {
                let empty = element(&start);
                stack.last_mut().expect("a parent").children.push(empty);
            }
            Event::End(_) => {
                let done = stack.pop().expect("an open element");
                stack.last_mut().expect("a parent").children.push(done);
            }
            Event::Text(text) => {
                let text = text.xml10_content().expect("UTF-8 text");
                stack.last_mut().expect("an element").text.push_str(&text);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().expect("a valid reference") {
                    Some(c) => c.to_string(),
                    None => match reference.decode().expect("UTF-8").as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("undeclared entity &{other};"),
                    },
                };
                stack
                    .last_mut()
                    .expect("an element")
                    .text
                    .push_str(&resolved);
            }
            Event::Eof => break,
            Event::Decl(_) => {}
            other => panic!("unexpected XML event {other:?}"),
        }
    }
    let mut document = stack.pop().expect("the document");
    assert!(stack.is_empty(), "unclosed elements");
    assert!(document.text.trim().is_empty(), "text outside the root");
    assert_eq!(document.children.len(), 1, "one root element");
    document.children.pop().expect("the root")
}

/// The page's one script, its JSON-LD element, parsed, and the page without it. Its text has
/// no `<` or `>` at all, so nothing in it can end the element or open a comment.
pub fn json_ld(page: &str) -> (serde_json::Value, String) {
    const OPEN: &str = "<script type=\"application/ld+json\">";
    const CLOSE: &str = "</script>";
    assert_eq!(
        page.matches("<script").count(),
        1,
        "one script: the JSON-LD"
    );
    let start = page.find(OPEN).expect("a JSON-LD element");
    let rest = &page[start + OPEN.len()..];
    let end = rest.find(CLOSE).expect("the end of the JSON-LD element");
    let json = &rest[..end];
    assert!(!json.contains(['<', '>']), "markup characters in {json}");
    let value = serde_json::from_str(json).expect("the JSON-LD is JSON");
    (
        value,
        format!("{}{}", &page[..start], &rest[end + CLOSE.len()..]),
    )
}
