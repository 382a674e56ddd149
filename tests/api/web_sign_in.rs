//! Signing in to the staff pages: the session cookie, CSRF tokens and origins, sign-out.

use reqwest::{StatusCode, header};

use crate::{
    helpers::spawn_app,
    web_support::{Browser, PASSWORD, csrf_of},
};

#[tokio::test]
async fn an_anonymous_visitor_to_the_front_door_gets_the_sign_in_page_linking_to_the_reading_room()
{
    let app = spawn_app().await;
    let browser = Browser::anonymous(&app);
    let (status, page) = browser.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("action=\"/sign-in\""), "{page}");
    assert!(page.contains("href=\"/read\""));
    assert!(page.contains("type=\"password\""));
}

#[tokio::test]
async fn signing_in_sets_an_http_only_same_site_cookie_and_opens_the_dashboard() {
    let app = spawn_app().await;
    let password = bitext_domain::Password::parse(PASSWORD).unwrap();
    app.app.set_password("tom", &password).await.unwrap();
    let mut browser = Browser::anonymous(&app);
    let (_, page) = browser.get("/sign-in").await;
    browser.csrf = csrf_of(&page).unwrap();
    let res = browser
        .post_form(
            "/sign-in",
            &[
                ("name", "tom"),
                ("password", PASSWORD),
                ("next", "/articles"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/articles");
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("bitext_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let (status, page) = browser.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("TOM"),
        "the dashboard names the person: {page}"
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_name_get_the_same_answer() {
    let app = spawn_app().await;
    let password = bitext_domain::Password::parse(PASSWORD).unwrap();
    app.app.set_password("tom", &password).await.unwrap();
    let mut answers = Vec::new();
    for name in ["tom", "nobody-here"] {
        let mut browser = Browser::anonymous(&app);
        let (_, page) = browser.get("/sign-in").await;
        browser.csrf = csrf_of(&page).unwrap();
        let res = browser
            .post_form(
                "/sign-in",
                &[("name", name), ("password", "not the password at all")],
            )
            .await;
        let status = res.status();
        let page = res.text().await.unwrap();
        let message = page
            .split("role=\"alert\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .unwrap_or_default()
            .to_owned();
        answers.push((status, message));
    }
    assert_eq!(answers[0].0, StatusCode::UNAUTHORIZED);
    assert!(!answers[0].1.is_empty());
    assert_eq!(answers[0], answers[1]);
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused_and_nothing_is_written() {
    let app = spawn_app().await;
    let browser = Browser::sign_in(&app, "ed").await;
    let before = app.count("articles").await;
    let fields = [
        ("slug", "no-token"),
        ("language", "en"),
        ("title", "T"),
        ("body", "Body."),
    ];
    let res = browser.post_raw("/articles", &fields).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = browser
        .post_raw(
            "/articles",
            &[&[("csrf", "0123456789abcdef0123456789abcdef")][..], &fields].concat(),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("articles").await, before);
    // The same form with the token goes through.
    let res = browser.post_form("/articles", &fields).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("articles").await, before + 1);
}

#[tokio::test]
async fn a_form_posted_from_another_origin_is_refused_even_with_the_token() {
    let app = spawn_app().await;
    let browser = Browser::sign_in(&app, "ed").await;
    let res = browser
        .client
        .post(browser.url("/articles"))
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!(
            "csrf={}&slug=cross&language=en&title=T&body=B",
            browser.csrf
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("articles").await, 0);
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server_so_a_copied_cookie_no_longer_works() {
    let app = spawn_app().await;
    let password = bitext_domain::Password::parse(PASSWORD).unwrap();
    app.app.set_password("tom", &password).await.unwrap();
    let mut browser = Browser::anonymous(&app);
    let (_, page) = browser.get("/sign-in").await;
    browser.csrf = csrf_of(&page).unwrap();
    let res = browser
        .post_form("/sign-in", &[("name", "tom"), ("password", PASSWORD)])
        .await;
    let secret = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("bitext_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let base = browser.base.clone();
    let copied = |path: &'static str| {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let url = format!("{base}{path}");
        let cookie = format!("bitext_session={secret}");
        async move {
            client
                .get(url)
                .header(header::COOKIE, cookie)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(copied("/articles").await, StatusCode::OK);
    let (_, page) = browser.get("/").await;
    browser.csrf = csrf_of(&page).unwrap();
    let res = browser.post_form("/sign-out", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        copied("/articles").await,
        StatusCode::SEE_OTHER,
        "sent to sign in"
    );
}

#[tokio::test]
async fn pages_for_staff_send_anonymous_visitors_to_sign_in_and_back() {
    let app = spawn_app().await;
    let browser = Browser::anonymous(&app);
    let res = browser
        .client
        .get(browser.url("/articles?state=draft"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers()[header::LOCATION],
        "/sign-in?next=%2Farticles%3Fstate%3Ddraft"
    );
}

#[tokio::test]
async fn the_language_chosen_is_saved_on_the_account_and_used_on_every_page() {
    let app = spawn_app().await;
    let browser = Browser::sign_in(&app, "tom").await;
    let res = browser
        .post_form("/language", &[("language", "zh-CN"), ("next", "/articles")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = browser.get("/articles").await;
    assert!(page.contains("<html lang=\"zh-CN\""), "{page}");
    // A second browser, signed in afresh, gets the saved language without choosing.
    let other = Browser::sign_in(&app, "tom").await;
    let (_, page) = other.get("/").await;
    assert!(page.contains("<html lang=\"zh-CN\""));
}

#[tokio::test]
async fn behind_an_https_public_url_the_session_cookie_is_secure_and_posts_must_come_from_it() {
    let app = crate::helpers::spawn_app_with(bitext_http::HttpConfig {
        public_url: Some("https://news.example".to_owned()),
        ..crate::helpers::test_config()
    })
    .await;
    let password = bitext_domain::Password::parse(PASSWORD).unwrap();
    app.app.set_password("tom", &password).await.unwrap();
    let mut browser = Browser::anonymous(&app);
    let (_, page) = browser.get("/sign-in").await;
    browser.csrf = csrf_of(&page).unwrap();
    let body = format!(
        "csrf={}&name=tom&password={}",
        browser.csrf,
        PASSWORD.replace(' ', "+")
    );
    let post = |origin: &'static str| {
        browser
            .client
            .post(browser.url("/sign-in"))
            .header(header::ORIGIN, origin)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body.clone())
            .send()
    };
    // The server's own address is not the origin people use: refused.
    let res = post("http://127.0.0.1").await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post("https://news.example").await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("bitext_session="))
        .unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn after_five_failures_a_name_is_slowed_even_with_the_right_password_and_unknown_names_alike()
{
    let app = spawn_app().await;
    let password = bitext_domain::Password::parse(PASSWORD).unwrap();
    app.app.set_password("tom", &password).await.unwrap();
    let mut answers = Vec::new();
    for name in ["tom", "nobody-by-that-name"] {
        let mut browser = Browser::anonymous(&app);
        let (_, page) = browser.get("/sign-in").await;
        browser.csrf = csrf_of(&page).unwrap();
        for _ in 0..5 {
            let res = browser
                .post_form(
                    "/sign-in",
                    &[("name", name), ("password", "a wrong password here")],
                )
                .await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        }
        let res = browser
            .post_form("/sign-in", &[("name", name), ("password", PASSWORD)])
            .await;
        let status = res.status();
        let page = res.text().await.unwrap();
        assert!(page.contains("role=\"alert\""), "{page}");
        answers.push(status);
    }
    assert_eq!(answers, [StatusCode::TOO_MANY_REQUESTS; 2]);
    // Nobody was signed in by the right password during the pause.
    let browser = Browser::anonymous(&app);
    let (status, _) = browser.get("/articles").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_pages_are_kept_by_no_cache_and_the_assets_are_kept_long() {
    let app = spawn_app().await;
    let browser = Browser::sign_in(&app, "tom").await;
    let res = browser
        .client
        .get(browser.url("/articles"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[header::CACHE_CONTROL], "private, no-store");
    let page = res.text().await.unwrap();
    let css = page
        .split("href=\"/assets/app.css")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    let res = browser
        .client
        .get(browser.url(&format!("/assets/app.css{css}")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
}
