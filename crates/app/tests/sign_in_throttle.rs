//! Failed sign-ins make further attempts under the same name wait, on every server process
//! alike (the count is in the database), and a refusal never tells whether the name exists.
//! On a temporary SQLite file, or a fresh PostgreSQL database when `BITEXT_TEST_DATABASE_URL`
//! is set.

use bitext_app::{App, AppConfig, AppError};
use bitext_domain::{Password, Roles};
use chrono::TimeDelta;

mod clock;
mod db;

use clock::TestClock;
use db::Db;

const PASSWORD: &str = "correct horse battery";
const WRONG: &str = "wrong horse battery";

/// An app over `db`, on `clock`, with a person `mei` whose password is [`PASSWORD`].
async fn app_with_mei(db: &Db, clock: &TestClock) -> App {
    let app = clock.drive(App::new(db.store.clone(), AppConfig::default()));
    let roles: Roles = "editor".parse().unwrap();
    app.create_user("mei", "Mei", roles).await.unwrap();
    app.set_password("mei", &Password::parse(PASSWORD).unwrap())
        .await
        .unwrap();
    app
}

/// How a sign-in ended: `signed in`, `failed`, or `wait N` seconds.
async fn attempt(app: &App, name: &str, password: &str) -> String {
    match app.sign_in(name, password).await {
        Ok(_) => "signed in".to_owned(),
        Err(AppError::SignInFailed) => "failed".to_owned(),
        Err(AppError::SignInThrottled {
            retry_after_seconds,
        }) => format!("wait {retry_after_seconds}"),
        Err(e) => panic!("{e:?}"),
    }
}

async fn fail_times(app: &App, name: &str, times: usize) {
    for i in 0..times {
        assert_eq!(attempt(app, name, WRONG).await, "failed", "{name}, {i}");
    }
}

#[tokio::test]
async fn five_wrong_passwords_make_even_the_right_one_wait_thirty_seconds() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    fail_times(&app, "mei", 5).await;
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "wait 30");
    // Other names are not held up.
    assert_eq!(attempt(&app, "nobody", WRONG).await, "failed");
    db.finish().await;
}

#[tokio::test]
async fn an_unknown_name_is_counted_and_refused_exactly_like_a_known_one() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    let mut answers = Vec::new();
    for name in ["mei", "nobody"] {
        let mut seen = Vec::new();
        for _ in 0..5 {
            seen.push(attempt(&app, name, WRONG).await);
        }
        seen.push(attempt(&app, name, PASSWORD).await);
        answers.push(seen);
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[1].last().map(String::as_str), Some("wait 30"));
    db.finish().await;
}

#[tokio::test]
async fn a_name_is_counted_as_typed_trimmed_and_lowercased() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    for name in ["mei", "Mei", " MEI", "mei ", "mEi"] {
        assert_eq!(attempt(&app, name, WRONG).await, "failed", "{name:?}");
    }
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "wait 30");
    db.finish().await;
}

#[tokio::test]
async fn once_the_pause_is_over_the_right_password_signs_in() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    fail_times(&app, "mei", 5).await;
    clock.advance(TimeDelta::seconds(29));
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "wait 1");
    clock.advance(TimeDelta::seconds(1));
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    db.finish().await;
}

#[tokio::test]
async fn each_failure_after_a_pause_doubles_the_next_pause() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    fail_times(&app, "nobody", 5).await;
    for pause in [30, 60, 120, 240] {
        assert_eq!(
            attempt(&app, "nobody", WRONG).await,
            format!("wait {pause}")
        );
        clock.advance(TimeDelta::seconds(pause));
        assert_eq!(attempt(&app, "nobody", WRONG).await, "failed");
    }
    db.finish().await;
}

#[tokio::test]
async fn refused_attempts_do_not_lengthen_the_pause() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    fail_times(&app, "mei", 5).await;
    for _ in 0..10 {
        assert_eq!(attempt(&app, "mei", WRONG).await, "wait 30");
    }
    clock.advance(TimeDelta::seconds(30));
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    db.finish().await;
}

#[tokio::test]
async fn a_successful_sign_in_forgets_the_failures_before_it() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    fail_times(&app, "mei", 4).await;
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    // Counted from zero again: four more failures are still free.
    fail_times(&app, "mei", 4).await;
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    db.finish().await;
}

#[tokio::test]
async fn failures_older_than_fifteen_minutes_are_forgotten_and_their_rows_deleted() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    let rows = || db.store.count_rows("sign_in_failures");
    fail_times(&app, "mei", 4).await;
    fail_times(&app, "nobody", 2).await;
    assert_eq!(rows().await.unwrap(), 2);
    clock.advance(TimeDelta::minutes(15));
    // The window has ended: four more failures are free.
    fail_times(&app, "mei", 4).await;
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    // Touching the table deleted the rows whose time had come, of any name.
    assert_eq!(rows().await.unwrap(), 0);

    fail_times(&app, "ghost", 5).await;
    clock.advance(TimeDelta::seconds(30) + TimeDelta::minutes(15));
    assert_eq!(attempt(&app, "mei", PASSWORD).await, "signed in");
    assert_eq!(rows().await.unwrap(), 0, "a pause is forgotten too");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_guesses_under_one_name_are_each_counted() {
    let (db, clock) = (Db::new().await, TestClock::new());
    let app = app_with_mei(&db, &clock).await;
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move { attempt(&app, "mei", WRONG).await })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers.sort();
    let failed = answers.iter().filter(|a| *a == "failed").count();
    // Each attempt counts before its password is verified: only the free ones get that far.
    assert_eq!(failed, 5, "{answers:?}");
    assert!(
        answers
            .iter()
            .all(|a| a == "failed" || a.starts_with("wait"))
    );
    db.finish().await;
}
