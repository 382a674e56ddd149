//! A browser-like client for the staff pages: a cookie jar, the session's CSRF token, and
//! redirects left to the test to follow, so that a test can check where a form sends people.

use reqwest::{Client, Response, StatusCode, header, redirect::Policy};

use crate::helpers::TestApp;

/// The password every person signed in by [`Browser::sign_in`] gets.
pub const PASSWORD: &str = "a password long enough";

pub struct Browser {
    pub client: Client,
    pub base: String,
    /// The CSRF token of the session, as the pages' forms carry it.
    pub csrf: String,
}

/// The value of the first hidden `csrf` field in a page.
pub fn csrf_of(page: &str) -> Option<String> {
    let at = page.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(page[at..].split('"').next()?.to_owned())
}

impl Browser {
    /// A browser that has not signed in.
    pub fn anonymous(app: &TestApp) -> Browser {
        Browser {
            client: Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .build()
                .expect("client"),
            base: format!("http://{}", app.addr),
            csrf: String::new(),
        }
    }

    /// Gives `name` a password and signs them in through the sign-in form.
    pub async fn sign_in(app: &TestApp, name: &str) -> Browser {
        let password = bitext_domain::Password::parse(PASSWORD).expect("password");
        app.app
            .set_password(name, &password)
            .await
            .expect("set password");
        let mut browser = Browser::anonymous(app);
        let (status, page) = browser.get("/sign-in").await;
        assert_eq!(status, StatusCode::OK);
        browser.csrf = csrf_of(&page).expect("the sign-in form carries a token");
        let res = browser
            .post_form(
                "/sign-in",
                &[("name", name), ("password", PASSWORD), ("next", "/")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "sign-in of {name}");
        let (status, page) = browser.get("/").await;
        assert_eq!(status, StatusCode::OK);
        browser.csrf = csrf_of(&page).expect("the dashboard's forms carry a token");
        browser
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A page as a browser asks for it: its status and HTML.
    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let res = self
            .client
            .get(self.url(path))
            .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .send()
            .await
            .expect("send");
        let status = res.status();
        (status, res.text().await.expect("body"))
    }

    /// Posts a form from one of this site's pages, with the session's token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let mut all: Vec<(&str, &str)> = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly `fields` (no token added), from this site's origin.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = serde_html_form_encode(fields);
        self.client
            .post(self.url(path))
            .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
            .header(header::ORIGIN, &self.base)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("send")
    }
}

/// `application/x-www-form-urlencoded`, repeated names kept in order.
fn serde_html_form_encode(fields: &[(&str, &str)]) -> String {
    fn enc(s: &str) -> String {
        let mut out = String::new();
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    out.push(b as char)
                }
                b' ' => out.push('+'),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
        out
    }
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}
