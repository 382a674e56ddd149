//! The people page: admins add people, issue and revoke tokens, reset passwords; secrets are
//! shown once; nobody else sees the page.

use reqwest::StatusCode;

use crate::{helpers::spawn_app, web_support::Browser};

fn shown_secret(page: &str) -> String {
    page.split("<code class=\"secret\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("a secret shown on the page")
        .to_owned()
}

#[tokio::test]
async fn an_admin_adds_a_person_whose_token_is_shown_once_and_works() {
    let app = spawn_app().await;
    let admin = Browser::sign_in(&app, "ed").await;
    let res = admin
        .post_form(
            "/people",
            &[
                ("name", "lin"),
                ("display_name", "Lin Wei"),
                ("roles", "translator"),
                ("roles", "editor"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = res.text().await.unwrap();
    let token = shown_secret(&page);
    let res = app.get("/api/v1/review-queue", &token).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "the shown token signs in to the API"
    );
    let (_, again) = admin.get("/people").await;
    assert!(again.contains("Lin Wei"));
    assert!(!again.contains(&token), "never shown again");
}

#[tokio::test]
async fn a_revoked_token_no_longer_works() {
    let app = spawn_app().await;
    let admin = Browser::sign_in(&app, "ed").await;
    let page = admin
        .post_form("/people/tom/tokens", &[("label", "laptop")])
        .await
        .text()
        .await
        .unwrap();
    let token = shown_secret(&page);
    assert_eq!(
        app.get("/api/v1/review-queue", &token).await.status(),
        StatusCode::OK
    );
    let id = app
        .app
        .tokens("tom")
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.label == "laptop")
        .unwrap()
        .id;
    let res = admin
        .post_form(&format!("/people/tom/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/api/v1/review-queue", &token).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_reset_password_signs_in_and_ends_the_old_sessions() {
    let app = spawn_app().await;
    let admin = Browser::sign_in(&app, "ed").await;
    let tom = Browser::sign_in(&app, "tom").await;
    let page = admin
        .post_form("/people/tom/password", &[])
        .await
        .text()
        .await
        .unwrap();
    let password = shown_secret(&page);
    let (status, _) = tom.get("/articles").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the old session ended");
    assert!(app.app.sign_in("tom", &password).await.is_ok());
}

#[tokio::test]
async fn only_admins_see_the_people_page() {
    let app = spawn_app().await;
    let editor = Browser::sign_in(&app, "eve").await;
    let (status, page) = editor.get("/people").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("<html"), "a page, not JSON");
    let res = editor.post_form("/people/tom/password", &[]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_admin_changes_a_persons_roles_but_not_away_from_their_own_admin_role() {
    let app = spawn_app().await;
    let admin = Browser::sign_in(&app, "ed").await;
    let res = admin
        .post_form(
            "/people/tom/roles",
            &[("roles", "translator"), ("roles", "editor")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = admin.get("/people").await;
    let row = page.split("TOM").nth(1).unwrap_or_default();
    assert!(row.contains("value=\"editor\" checked"), "{row}");
    // Taking away one's own admin role is refused, and nothing changes.
    let res = admin
        .post_form("/people/ed/roles", &[("roles", "editor")])
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let (status, _) = admin.get("/people").await;
    assert_eq!(status, StatusCode::OK, "still an admin");
}
