//! The same problem a JSON client gets, as a page for a person with a browser: chosen when the
//! request's `Accept` prefers HTML. Every text is escaped; the page names its language.

use axum::http::{HeaderMap, StatusCode};
use bitext_i18n::{Arg, Locale, Localizer};

use crate::routes::accept;

/// Whether the client prefers an HTML page to problem+json.
pub fn wants_html(headers: &HeaderMap) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Json,
        Html,
    }
    accept::negotiate(
        headers,
        &[
            ("application/problem+json", Kind::Json),
            ("application/json", Kind::Json),
            ("application/*", Kind::Json),
            ("*/*", Kind::Json),
            ("text/html", Kind::Html),
            ("application/xhtml+xml", Kind::Html),
            ("text/*", Kind::Html),
        ],
        "",
    )
    .is_ok_and(|k| k == Kind::Html)
}

/// The problem as a whole HTML page in `locale`.
pub fn render(
    locale: &Locale,
    status: StatusCode,
    title: &str,
    detail: &str,
    code: &str,
    request_id: Option<&str>,
) -> String {
    let localizer = Localizer::global();
    let esc = |s: &str| html_escape::encode_text(s).into_owned();
    let reference = localizer.format(
        locale,
        "error-page-reference",
        &[
            ("status", Arg::from(i64::from(status.as_u16()))),
            ("code", Arg::from(code)),
            ("request_id", Arg::from(request_id.unwrap_or("-"))),
        ],
    );
    let home = localizer.format(locale, "error-page-home", &[]);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{css}</style></head><body><main>\
         <h1>{title}</h1><p>{detail}</p><p><a href=\"/\">{home}</a></p>\
         <p class=\"reference\">{reference}</p></main></body></html>\n",
        home = esc(&home),
        lang = locale.as_str(),
        title = esc(title),
        detail = esc(detail),
        reference = esc(&reference),
        css = CSS,
    )
}

pub(crate) const CSS: &str = "body{font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;\
padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}.reference{color:#555;font-size:.875rem}";

#[cfg(test)]
mod tests {
    use axum::http::{HeaderValue, header};

    use super::*;

    fn accept(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn browsers_get_a_page_and_api_clients_json() {
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assert!(wants_html(&accept(browser)));
        assert!(!wants_html(&accept("application/json")));
        assert!(!wants_html(&accept("*/*")));
        assert!(!wants_html(&HeaderMap::new()));
        assert!(!wants_html(&accept(
            "application/problem+json, text/html;q=0.5"
        )));
    }

    #[test]
    fn the_page_escapes_and_names_its_language() {
        let page = render(
            &Locale::ZH_CN,
            StatusCode::NOT_FOUND,
            "<b>未找到</b>",
            "a & b",
            "not-found",
            Some("r1"),
        );
        assert!(page.contains("<html lang=\"zh-CN\">"));
        assert!(page.contains("&lt;b&gt;未找到&lt;/b&gt;"));
        assert!(page.contains("a &amp; b"));
        assert!(page.contains("not-found"));
        assert!(!page.contains("<b>"));
    }
}
