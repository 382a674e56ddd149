//! The shell every staff page shares: the document head, a skip link, the banner with the
//! navigation, the language switcher and sign-out, one `<main>` landmark, and a notice when an
//! action just succeeded or failed.

use bitext_domain::Role;
use bitext_i18n::Locale;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::{assets, form::CSRF_FIELD, session::Staff, tr::Tr};

/// Which part of the navigation a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Articles,
    People,
    None,
}

/// A message shown above a page's content.
#[derive(Debug, Clone)]
pub enum Notice {
    /// Something was done.
    Done(String),
    /// Something was refused, and why.
    Error(String),
}

/// The hidden CSRF field every form carries.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(token); }
}

/// The languages of the interface, each named in itself.
fn language_options(current: Locale, tr: &Tr) -> Markup {
    html! {
        @for locale in [Locale::EN_US, Locale::ZH_CN, Locale::ZH_TW] {
            option value=(locale.as_str()) lang=(locale.as_str()) selected[locale == current] {
                (tr.t(&format!("language-name-{}", locale.as_str())))
            }
        }
    }
}

/// The language switcher: a form, so it works without a script; for a signed-in person the
/// choice is saved on their account too.
pub fn language_switcher(tr: &Tr, csrf: &str, next: &str) -> Markup {
    html! {
        form.language method="post" action="/language" {
            (csrf_field(csrf))
            input type="hidden" name="next" value=(next);
            label for="interface-language" { (tr.t("shell-language")) }
            " "
            select id="interface-language" name="language" { (language_options(tr.locale, tr)) }
            " "
            button type="submit" { (tr.t("shell-language-apply")) }
        }
    }
}

/// The head and the opening of a page, for any visitor.
pub fn document(tr: &Tr, title: &str, banner: Markup, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(tr.lang()) dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Bitext" }
                link rel="icon" href="/assets/icon.svg" type="image/svg+xml";
                link rel="stylesheet" href=(assets::css_url());
                script src=(assets::js_url()) defer {}
            }
            body {
                a.skip href="#main" { (tr.t("shell-skip")) }
                (banner)
                main #main tabindex="-1" { (content) }
            }
        }
    }
}

/// A whole staff page.
pub fn page(
    staff: &Staff,
    section: Section,
    title: &str,
    notice: Option<&Notice>,
    here: &str,
    content: Markup,
) -> Markup {
    let tr = &staff.tr;
    let user = staff.user();
    let current = |s: Section| (s == section).then_some("page");
    let banner = html! {
        header.banner {
            a.brand href="/" { "Bitext" }
            nav aria-label=(tr.t("shell-nav")) {
                ul {
                    li { a href="/" aria-current=[current(Section::Dashboard)] { (tr.t("shell-dashboard")) } }
                    li { a href="/articles" aria-current=[current(Section::Articles)] { (tr.t("shell-articles")) } }
                    @if user.roles.contains(Role::Admin) {
                        li { a href="/people" aria-current=[current(Section::People)] { (tr.t("shell-people")) } }
                    }
                }
            }
            form.search method="get" action="/search" role="search" {
                label.visually-hidden for="site-search" { (tr.t("shell-search-label")) }
                input #site-search type="search" name="q" maxlength="200"
                    placeholder=(tr.t("shell-search-label"));
                " "
                button type="submit" { (tr.t("shell-search")) }
            }
            div.account {
                span.who { (user.display_name) }
                (language_switcher(tr, &staff.csrf, here))
                form method="post" action="/sign-out" {
                    (csrf_field(&staff.csrf))
                    button type="submit" { (tr.t("shell-sign-out")) }
                }
            }
        }
    };
    document(
        tr,
        title,
        banner,
        html! {
            @if let Some(notice) = notice { (notice_box(notice)) }
            (content)
        },
    )
}

/// The notice, announced to screen readers as it appears.
pub fn notice_box(notice: &Notice) -> Markup {
    match notice {
        Notice::Done(text) => html! { p.notice.done role="status" { (text) } },
        Notice::Error(text) => html! { p.notice.error role="alert" { (text) } },
    }
}

/// A text with its language and direction marked, for content in a language other than the
/// interface's.
pub fn lang_attrs(language: &str) -> (String, &'static str) {
    (
        language.to_owned(),
        bitext_domain::lang::direction_of(language).as_str(),
    )
}

/// Pre-rendered, already escaped HTML (the diff renderer's output).
pub fn trusted(html: String) -> Markup {
    PreEscaped(html)
}

/// The notice a page shows after a redirect from a successful action: `?done=<id>` names a
/// `done-<id>` message; anything else shows nothing.
pub fn done_notice(tr: &Tr, done: Option<&str>) -> Option<Notice> {
    let id = format!("done-{}", done?);
    let known = done?
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'_')
        && bitext_i18n::Localizer::global().has(&tr.locale, &id);
    known.then(|| Notice::Done(tr.t(&id)))
}

/// `path` with `done=<id>` added to its query, for the redirect after an action.
pub fn with_done(path: &str, id: &str) -> String {
    let path = path.split('#').next().unwrap_or(path);
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}done={id}")
}

/// A refused action as a page of its own, in the shell: what was refused and why, and the way
/// back to the page it came from (whose form still holds nothing the person typed: actions
/// that carry text keep it here, below the message).
pub fn refusal(
    staff: &Staff,
    status: axum::http::StatusCode,
    message: &str,
    back: &str,
    kept_text: Option<&str>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let tr = &staff.tr;
    let content = html! {
        h1 { (tr.t("refusal-title")) }
        (notice_box(&Notice::Error(message.to_owned())))
        @if let Some(text) = kept_text.filter(|t| !t.trim().is_empty()) {
            p { label for="kept-text" { (tr.t("refusal-kept-text")) } }
            textarea #kept-text readonly rows="6" { (text) }
        }
        p { a href=(back) { (tr.t("refusal-back")) } }
    };
    (
        status,
        page(
            staff,
            Section::None,
            &tr.t("refusal-title"),
            None,
            back,
            content,
        ),
    )
        .into_response()
}
