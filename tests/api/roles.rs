//! Who may take which workflow action, over HTTP: every action against every kind of caller,
//! each from a state that allows the action, checked against the "Workflow rules" table of the
//! design (written out here, not read from the implementation).

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, spawn_app};

/// The kinds of caller: one person each, with exactly these roles.
const CALLERS: [(&str, &str); 5] = [
    ("translator", "translator"),
    ("editor", "editor"),
    ("publisher", "publisher"),
    ("admin-only", "admin"),
    ("no-role", ""),
];

/// The design's table: action, a state it is allowed from, the state it leads to, the request
/// body, and the kinds of caller allowed to take it.
const RULES: [(&str, &str, &str, &str, &[&str]); 7] = [
    ("submit", "draft", "in_review", "{}", &["translator"]),
    (
        "approve",
        "in_review",
        "approved",
        r#"{"revision": 1}"#,
        &["editor"],
    ),
    (
        "request_changes",
        "in_review",
        "changes_requested",
        r#"{"comment": "Recheck."}"#,
        &["editor"],
    ),
    ("publish", "approved", "published", "{}", &["publisher"]),
    (
        "withdraw",
        "published",
        "withdrawn",
        r#"{"comment": "Legal hold."}"#,
        &["publisher"],
    ),
    (
        "reopen",
        "withdrawn",
        "draft",
        "{}",
        &["translator", "editor"],
    ),
    (
        "reopen",
        "published",
        "draft",
        "{}",
        &["translator", "editor"],
    ),
];

fn actions(slug: &str) -> String {
    format!("/api/v1/articles/{slug}/translations/en/actions")
}

/// A translation of a new article `slug`, moved to `state` by the people whose job it is.
async fn translation_in(app: &TestApp, slug: &str, state: &str) {
    app.create_article(slug, "zh-Hans", "下雨", "今天下雨。")
        .await;
    app.create_translation(slug, "en", "It rains today.").await;
    let path = ["in_review", "approved", "published", "withdrawn"];
    let steps = [
        (&app.translator, json!({"action": "submit"})),
        (&app.editor, json!({"action": "approve", "revision": 1})),
        (&app.publisher, json!({"action": "publish"})),
        (
            &app.publisher,
            json!({"action": "withdraw", "comment": "Hold."}),
        ),
    ];
    let depth = path.iter().position(|s| *s == state).map_or(0, |i| i + 1);
    for (token, body) in steps.iter().take(depth) {
        let res = app.post(&actions(slug), token, body).await;
        assert_eq!(res.status(), StatusCode::OK, "setting up {slug}: {body}");
    }
    let t: Value = app
        .get(
            &format!("/api/v1/articles/{slug}/translations/en"),
            &app.editor,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(t["state"], state, "setting up {slug}");
}

#[tokio::test]
async fn each_workflow_action_is_open_to_exactly_the_roles_the_rules_name() {
    let app = spawn_app().await;
    let mut tokens = Vec::new();
    for (kind, roles) in CALLERS {
        let token = match kind {
            "translator" => app.translator.clone(),
            "editor" => app.editor2.clone(), // an editor and nothing else
            "publisher" => app.publisher.clone(),
            _ => {
                let roles = roles.parse().expect("roles");
                app.app
                    .create_user(kind, kind, roles)
                    .await
                    .expect("user")
                    .1
            }
        };
        tokens.push((kind, token));
    }

    let mut wrong = Vec::new();
    for (i, (action, from, to, body, allowed)) in RULES.iter().enumerate() {
        for (kind, token) in &tokens {
            let slug = format!("case-{i}-{kind}");
            translation_in(&app, &slug, from).await;
            let mut body: Value = serde_json::from_str(body).expect("body");
            body["action"] = json!(action);
            let before = app.snapshot().await;
            let res = app.post(&actions(&slug), token, &body).await;
            let case = format!("{kind} {action} from {from}");
            if allowed.contains(kind) {
                let status = res.status();
                let t: Value = res.json().await.expect("json");
                if (status, t["state"].as_str()) != (StatusCode::OK, Some(*to)) {
                    wrong.push(format!("{case}: expected 200 and {to}, got {status} {t}"));
                }
            } else if res.status() != StatusCode::FORBIDDEN {
                let status = res.status();
                wrong.push(format!(
                    "{case}: expected 403, got {status} {}",
                    res.text().await.unwrap_or_default()
                ));
            } else {
                let (_, p) = problem(res).await;
                if p["code"] != "forbidden" {
                    wrong.push(format!("{case}: 403 with code {}", p["code"]));
                }
                if app.snapshot().await != before {
                    wrong.push(format!("{case}: refused but wrote"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases disagree with the rules:\n{}",
        wrong.len(),
        RULES.len() * CALLERS.len(),
        wrong.join("\n")
    );
}
