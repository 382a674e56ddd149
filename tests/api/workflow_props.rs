//! Random sequences of actions by random people, checked against the workflow's invariants:
//! nothing is published that was not approved at that exact revision by someone other than its
//! only author; every state change has its event; a refused action writes nothing.

use bitext_domain::{Action, Roles, User};
use bitext_store::{NewRevision, Store, StoreError, WriteContext, workflow::ActionInput};
use proptest::prelude::*;

use crate::helpers::TestDb;

#[derive(Debug, Clone)]
enum Step {
    Revise,
    SourceRevise {
        minor: bool,
    },
    Act {
        action: Action,
        approve_head: bool,
        comment: bool,
        ack: bool,
    },
}

fn step() -> impl Strategy<Value = (usize, Step)> {
    let action = prop::sample::select(Action::ALL.to_vec());
    let s = prop_oneof![
        2 => Just(Step::Revise),
        1 => any::<bool>().prop_map(|minor| Step::SourceRevise { minor }),
        6 => (action, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(action, h, c, a)| Step::Act {
            action,
            approve_head: h,
            comment: c,
            ack: a,
        }),
    ];
    (0..5usize, s)
}

fn rev(body: String, source: Option<i32>) -> NewRevision {
    NewRevision {
        title: "T".into(),
        body,
        message: String::new(),
        minor: false,
        source_revision: source,
    }
}

async fn run(steps: Vec<(usize, Step)>) -> Result<(), TestCaseError> {
    let db = TestDb::new().await;
    let store = Store::connect(&db.url).await.unwrap();
    store.migrate().await.unwrap();
    let mut people: Vec<User> = Vec::new();
    for (name, roles) in [
        ("t1", "translator"),
        ("t2", "translator"),
        ("e1", "editor"),
        ("e2", "editor,translator"),
        ("p1", "publisher,editor"),
    ] {
        let roles: Roles = roles.parse().unwrap();
        people.push(store.create_user(name, name, roles).await.unwrap().0);
    }
    let ctx = |u: &User| WriteContext {
        actor_id: u.id,
        request_id: None,
    };
    store
        .create_article(&ctx(&people[2]), "a", "zh-Hans", rev("源。".into(), None))
        .await
        .unwrap();
    store
        .create_translation(&ctx(&people[0]), "a", "en", rev("Source.".into(), None))
        .await
        .unwrap();

    let mut i = 0;
    for (who, step) in steps {
        i += 1;
        let actor = &people[who];
        let before = store.translation("a", "en").await.unwrap();
        let events_before = store
            .translation_events("a", "en", 200, None)
            .await
            .unwrap()
            .items
            .len();
        let result: Result<(), StoreError> = match step {
            Step::Revise => {
                let art = store.article("a").await.unwrap();
                let may = actor
                    .roles
                    .any(&[bitext_domain::Role::Translator, bitext_domain::Role::Editor]);
                if !may {
                    continue;
                }
                store
                    .add_translation_revision(
                        &ctx(actor),
                        "a",
                        "en",
                        before.head,
                        rev(format!("Text {i}."), Some(art.head)),
                    )
                    .await
                    .map(|_| ())
            }
            Step::SourceRevise { minor } => {
                let art = store.article("a").await.unwrap();
                let mut r = rev(format!("源 {i}。"), None);
                r.minor = minor;
                store
                    .add_article_revision(&ctx(&people[2]), "a", art.head, r)
                    .await
                    .map(|_| ())
            }
            Step::Act {
                action,
                approve_head,
                comment,
                ack,
            } => store
                .apply_action(
                    &ctx(actor),
                    actor,
                    "a",
                    "en",
                    &ActionInput {
                        action,
                        revision: Some(if approve_head {
                            before.head
                        } else {
                            before.head - 1
                        }),
                        comment: comment.then(|| "A reason.".to_owned()),
                        correction_note: None,
                        acknowledge_outdated: ack,
                        acknowledge_open_threads: false,
                    },
                    false,
                )
                .await
                .map(|_| ()),
        };
        let after = store.translation("a", "en").await.unwrap();
        let events = store
            .translation_events("a", "en", 200, None)
            .await
            .unwrap()
            .items;
        match result {
            Err(StoreError::Database(e)) => {
                return Err(TestCaseError::fail(format!("database error: {e}")));
            }
            Err(_) => {
                prop_assert_eq!(
                    &after.state,
                    &before.state,
                    "a refused step changed the state"
                );
                prop_assert_eq!(after.head, before.head, "a refused step added a revision");
                prop_assert_eq!(events.len(), events_before, "a refused step wrote an event");
            }
            Ok(()) => {
                if after.state != before.state {
                    let e = events[events_before..]
                        .iter()
                        .find(|e| e.to_state.as_deref() == Some(after.state.as_str()));
                    prop_assert!(
                        e.is_some(),
                        "no event for {:?} -> {:?}",
                        before.state,
                        after.state
                    );
                    prop_assert_eq!(
                        e.unwrap().from_state.as_deref(),
                        Some(before.state.as_str())
                    );
                }
            }
        }
    }

    // Every publication was of a revision approved, with no revision in between, by someone
    // who was not the only author since the previous approval.
    let events = store
        .translation_events("a", "en", 500, None)
        .await
        .unwrap()
        .items;
    let revisions = store
        .list_translation_revisions("a", "en", 200, None)
        .await
        .unwrap()
        .items;
    let mut last_approval: Option<(i32, String)> = None;
    let mut previous_approved_revision = 0;
    for e in &events {
        match e.action.as_str() {
            "translation.revise" => last_approval = None,
            "approve" => {
                let r = e.revision.unwrap();
                let authors: Vec<&str> = revisions
                    .iter()
                    .filter(|x| x.number > previous_approved_revision && x.number <= r)
                    .map(|x| x.author.as_str())
                    .collect();
                prop_assert!(
                    authors.iter().any(|a| *a != e.actor),
                    "{} approved only their own work",
                    e.actor
                );
                previous_approved_revision = r;
                last_approval = Some((r, e.actor.clone()));
            }
            "publish" => {
                let (approved, _) = last_approval.clone().expect("published without approval");
                prop_assert_eq!(
                    Some(approved),
                    e.revision,
                    "published a revision other than the approved one"
                );
            }
            "reopen" | "withdraw" => {}
            _ => {}
        }
    }
    store.close().await.ok();
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_action_sequences_keep_the_workflow_invariants(steps in prop::collection::vec(step(), 1..40)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(run(steps))?;
    }
}
