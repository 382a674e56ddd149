//! Reading the staff pages' forms as a browser sends them, and what a request wrote.

use reqwest::header;

use crate::{helpers::TestApp, web_support::Browser};

/// Every table's contents but the sessions' (whose last use each request records).
pub async fn written(app: &TestApp) -> Vec<(String, bitext_store::TableDigest)> {
    let mut tables = app.snapshot().await;
    tables.retain(|(t, _)| t != "sessions");
    tables
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the start tag `tag`.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(unescape(tag[at..].split('"').next()?))
}

/// Whether the start tag `tag` (without its `>`) has the boolean attribute `name`.
fn flag(tag: &str, name: &str) -> bool {
    let tag = tag.trim_end_matches('/');
    tag.ends_with(&format!(" {name}")) || tag.contains(&format!(" {name} "))
}

/// What a browser sends from the form of `page` posting to `action`: its hidden and text
/// fields, checked radios and boxes and text areas, in document order, with the fields placed
/// elsewhere that name the form by its id.
pub fn form_fields(page: &str, action: &str) -> Vec<(String, String)> {
    let start = page
        .find(&format!("action=\"{action}\""))
        .expect("the form is on the page");
    let start = page[..start].rfind("<form").unwrap();
    let end = start + page[start..].find("</form>").unwrap();
    let open = &page[start..start + page[start..].find('>').unwrap()];
    let id = attr(open, "id");
    let mut fields = Vec::new();
    let mut at = 0;
    while let Some(k) = page[at..].find(['<']) {
        let pos = at + k;
        at = pos + 1;
        let rest = &page[pos..];
        let is_input = rest.starts_with("<input");
        let is_area = rest.starts_with("<textarea");
        if !is_input && !is_area {
            continue;
        }
        let tag = &rest[..rest.find('>').unwrap()];
        let owned = (start..end).contains(&pos)
            || id
                .as_deref()
                .is_some_and(|i| attr(tag, "form").as_deref() == Some(i));
        let Some(name) = attr(tag, "name").filter(|_| owned) else {
            continue;
        };
        if is_area {
            let body = &rest[tag.len() + 1..];
            fields.push((name, unescape(&body[..body.find("</textarea>").unwrap()])));
            continue;
        }
        let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
        if matches!(kind.as_str(), "radio" | "checkbox") && !flag(tag, "checked") {
            continue;
        }
        let default = if kind == "checkbox" || kind == "radio" {
            "on"
        } else {
            ""
        };
        fields.push((name, attr(tag, "value").unwrap_or_else(|| default.into())));
    }
    fields
}

/// Posts `fields` as they are, the session's token first.
pub async fn submit(
    browser: &Browser,
    action: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| k != "csrf")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    browser.post_form(action, &borrowed).await
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers()[header::LOCATION].to_str().unwrap().to_owned()
}

/// The part of the page from the element with `id` to the next one of the same kind.
pub fn row<'a>(page: &'a str, id: &str, next: &str) -> &'a str {
    let from = page.find(&format!("id=\"{id}\"")).expect(id);
    let to = page[from..]
        .find(&format!("id=\"{next}\""))
        .map_or(page.len(), |k| from + k);
    &page[from..to]
}
