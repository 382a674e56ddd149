//! Signing in with a password and the sessions it opens: what authenticates, what is refused
//! alike, and what ends a session. On a temporary SQLite file, or a fresh PostgreSQL database
//! when `BITEXT_TEST_DATABASE_URL` is set.

use bitext_app::{App, AppConfig, AppError, admin::Credential};
use bitext_domain::{Password, Roles};
use chrono::TimeDelta;

mod clock;
mod db;

use clock::TestClock;
use db::Db;

const PASSWORD: &str = "correct horse battery";

/// An app over `db` with a person `mei` whose password is [`PASSWORD`].
async fn app_with_mei(db: &Db, config: AppConfig) -> App {
    let app = App::new(db.store.clone(), config);
    let roles: Roles = "editor".parse().unwrap();
    app.create_user("mei", "Mei", roles).await.unwrap();
    app.set_password("mei", &Password::parse(PASSWORD).unwrap())
        .await
        .unwrap();
    app
}

async fn who(app: &App, secret: &str) -> Option<String> {
    app.authenticate(Credential::Session(secret))
        .await
        .unwrap()
        .map(|u| u.name)
}

#[tokio::test]
async fn signing_in_with_the_right_password_gives_a_session_that_authenticates() {
    let db = Db::new().await;
    let app = app_with_mei(&db, AppConfig::default()).await;
    let (user, secret) = app.sign_in("mei", PASSWORD).await.unwrap();
    assert_eq!(user.name, "mei");
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    // Used again, it still authenticates; a session secret is no API token.
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    let as_token = app
        .authenticate(Credential::Token(secret.as_str()))
        .await
        .unwrap();
    assert!(as_token.is_none());
    db.finish().await;
}

#[tokio::test]
async fn a_wrong_password_an_unknown_name_and_no_password_give_the_same_error() {
    let db = Db::new().await;
    let app = app_with_mei(&db, AppConfig::default()).await;
    app.create_user("lin", "Lin", "translator".parse().unwrap())
        .await
        .unwrap();
    for (name, password) in [
        ("mei", "wrong horse battery"),
        ("nobody", PASSWORD),
        ("lin", PASSWORD),
    ] {
        let err = app.sign_in(name, password).await.unwrap_err();
        assert!(matches!(err, AppError::SignInFailed), "{name}: {err:?}");
    }
    db.finish().await;
}

#[tokio::test]
async fn signing_out_ends_the_session_and_only_that_one() {
    let db = Db::new().await;
    let app = app_with_mei(&db, AppConfig::default()).await;
    let (_, first) = app.sign_in("mei", PASSWORD).await.unwrap();
    let (_, second) = app.sign_in("mei", PASSWORD).await.unwrap();
    app.sign_out(&first).await.unwrap();
    assert_eq!(who(&app, first.as_str()).await, None);
    assert_eq!(who(&app, second.as_str()).await.as_deref(), Some("mei"));
    // Signing out twice is harmless.
    app.sign_out(&first).await.unwrap();
    db.finish().await;
}

#[tokio::test]
async fn a_password_change_ends_every_session_of_that_person() {
    let db = Db::new().await;
    let app = app_with_mei(&db, AppConfig::default()).await;
    app.create_user("lin", "Lin", "translator".parse().unwrap())
        .await
        .unwrap();
    app.set_password("lin", &Password::parse("lin's long password").unwrap())
        .await
        .unwrap();
    let (_, first) = app.sign_in("mei", PASSWORD).await.unwrap();
    let (_, second) = app.sign_in("mei", PASSWORD).await.unwrap();
    let (_, other) = app.sign_in("lin", "lin's long password").await.unwrap();

    let new = Password::parse("a brand new password").unwrap();
    app.set_password("mei", &new).await.unwrap();
    assert_eq!(who(&app, first.as_str()).await, None);
    assert_eq!(who(&app, second.as_str()).await, None);
    assert_eq!(who(&app, other.as_str()).await.as_deref(), Some("lin"));
    // The old password no longer signs in; the new one does.
    assert!(matches!(
        app.sign_in("mei", PASSWORD).await,
        Err(AppError::SignInFailed)
    ));
    assert!(app.sign_in("mei", new.as_str()).await.is_ok());
    db.finish().await;
}

#[tokio::test]
async fn a_session_idle_longer_than_the_limit_does_not_authenticate() {
    let db = Db::new().await;
    let app = app_with_mei(&db, AppConfig::default()).await;
    let (_, secret) = app.sign_in("mei", PASSWORD).await.unwrap();
    // The same database under a zero idle limit: any time since last use is too long.
    let strict = App::new(
        db.store.clone(),
        AppConfig {
            session_idle: chrono::TimeDelta::zero(),
            ..AppConfig::default()
        },
    );
    assert_eq!(who(&strict, secret.as_str()).await, None);
    // Under the default limit the same session is still live.
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    db.finish().await;
}

#[tokio::test]
async fn a_session_used_twice_within_a_minute_is_marked_seen_once() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = clock.drive(app_with_mei(&db, AppConfig::default()).await);
    let (_, secret) = app.sign_in("mei", PASSWORD).await.unwrap();
    let statements = || db.store.statements_executed();
    // Signed in a moment ago: a use only reads.
    clock.advance(TimeDelta::seconds(30));
    let before = statements();
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    let reading = statements() - before;
    // Two minutes after signing in, the first use writes and the next one only reads.
    clock.advance(TimeDelta::seconds(90));
    let before = statements();
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    let first = statements() - before;
    clock.advance(TimeDelta::seconds(30));
    let before = statements();
    assert_eq!(who(&app, secret.as_str()).await.as_deref(), Some("mei"));
    let second = statements() - before;
    assert_eq!(first, reading + 1, "the first use marks the session seen");
    assert_eq!(second, reading, "the second use writes nothing");
    db.finish().await;
}

#[tokio::test]
async fn idle_expiry_counts_from_the_last_recorded_use_at_most_a_minute_early() {
    let idle = AppConfig {
        session_idle: TimeDelta::minutes(10),
        ..AppConfig::default()
    };
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = clock.drive(app_with_mei(&db, idle).await);

    // A use 50 s after signing in is not recorded: ten minutes after signing in, the session
    // has ended, though its last use was only 9 min 20 s before.
    let (_, early) = app.sign_in("mei", PASSWORD).await.unwrap();
    clock.advance(TimeDelta::seconds(50));
    assert_eq!(who(&app, early.as_str()).await.as_deref(), Some("mei"));
    clock.advance(TimeDelta::seconds(560));
    assert_eq!(who(&app, early.as_str()).await, None);

    // A use 70 s after signing in is recorded, and counts.
    let (_, late) = app.sign_in("mei", PASSWORD).await.unwrap();
    clock.advance(TimeDelta::seconds(70));
    assert_eq!(who(&app, late.as_str()).await.as_deref(), Some("mei"));
    clock.advance(TimeDelta::seconds(540));
    assert_eq!(who(&app, late.as_str()).await.as_deref(), Some("mei"));
    db.finish().await;
}
