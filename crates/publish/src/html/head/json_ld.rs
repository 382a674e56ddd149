//! schema.org's `NewsArticle` as JSON-LD: what search engines read of an article's page, with
//! the translation it is of, or the translations it has.

use serde_json::{Value, json};

use super::Page;
use crate::credits::override_text;
use crate::labels::rfc3339;
use crate::site::Site;

/// The `<script type="application/ld+json">` element describing `page`.
///
/// A translation names its translators and editors (or carries the credit line that replaces
/// them on the page as `creditText`), the original it is a translation of
/// (`translationOfWork`) and its correction, when the edition has a note; the original lists
/// its translations (`workTranslation`).
pub(super) fn news_article(page: &Page<'_>, description: Option<&str>, site: &Site) -> String {
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": page.canonical,
        "url": page.canonical,
        "mainEntityOfPage": page.canonical,
        "headline": page.title,
        "inLanguage": page.language,
        "datePublished": rfc3339(page.published),
        "dateModified": rfc3339(page.modified),
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "url": site.url("/read"),
        },
    });
    let fields = article
        .as_object_mut()
        .unwrap_or_else(|| unreachable!("json! of an object is an object"));
    if let Some(description) = description {
        fields.insert("description".into(), description.into());
    }
    match page.edition {
        Some(edition) => {
            // An override replaces the names on the page; the description names no one else.
            if let Some(credits) = override_text(edition) {
                fields.insert("creditText".into(), credits.into());
            } else {
                if !edition.translators.is_empty() {
                    fields.insert("translator".into(), people(&edition.translators));
                }
                if !edition.editors.is_empty() {
                    fields.insert("editor".into(), people(&edition.editors));
                }
            }
            let (language, title) = page.original;
            fields.insert(
                "translationOfWork".into(),
                work(&page.original_url, language, title),
            );
            if let Some(note) = &edition.correction_note {
                fields.insert(
                    "correction".into(),
                    json!({
                        "@type": "CorrectionComment",
                        "text": note,
                        "datePublished": rfc3339(edition.published_at),
                    }),
                );
            }
        }
        None => {
            let translations: Vec<Value> = page
                .pages
                .iter()
                .filter(|(language, ..)| *language != page.language)
                .map(|(language, title, url)| work(url, language, title))
                .collect();
            fields.insert("workTranslation".into(), translations.into());
        }
    }
    format!(
        "<script type=\"application/ld+json\">{}</script>\n",
        script_json(&article)
    )
}

/// Another language's page of the article, by its address, language and headline.
fn work(url: &str, language: &str, title: &str) -> Value {
    json!({
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "inLanguage": language,
        "headline": title,
    })
}

fn people(names: &[String]) -> Value {
    names
        .iter()
        .map(|name| json!({"@type": "Person", "name": name}))
        .collect()
}

/// `value` as JSON that can sit inside a `<script>` element: every `<`, `>` and `&` is written
/// as a `\u` escape (they occur only inside strings, where JSON allows it), so that no text can
/// end the element (`</script>`) or open a comment in it (`<!--`); U+2028 and U+2029 are
/// escaped too, for readers that take them for line ends.
pub(crate) fn script_json(value: &Value) -> String {
    let json = match serde_json::to_string(value) {
        Ok(json) => json,
        Err(error) => unreachable!("a JSON value always serializes: {error}"),
    };
    let mut escaped = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => escaped.push_str("\\u003c"),
            '>' => escaped.push_str("\\u003e"),
            '&' => escaped.push_str("\\u0026"),
            '\u{2028}' => escaped.push_str("\\u2028"),
            '\u{2029}' => escaped.push_str("\\u2029"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_strings_is_escaped_and_reads_back_the_same() {
        let hostile = "</script><script>alert(1)</script> <!-- & \u{2028}";
        let value = json!({"headline": hostile, "<key>": 1});
        let json = script_json(&value);
        for banned in ['<', '>', '&', '\u{2028}'] {
            assert!(!json.contains(banned), "{banned:?} in {json}");
        }
        assert_eq!(serde_json::from_str::<Value>(&json).expect("JSON"), value);
    }
}
