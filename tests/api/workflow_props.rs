//! Random sequences of actions by random people, checked against the workflow's invariants:
//! nothing is published but the revision last approved, by someone who wrote none of it since
//! the approval before; every state change has its event; a refused step writes nothing; every
//! edition after the first carries a correction note. Steps mostly pick an action allowed in
//! the current state, taken by someone whose role allows it, so that runs reach the workflow's
//! far states; the run fails unless some case publishes, corrects, withdraws and reopens.

use std::cell::{Cell, RefCell};

use bitext_app::{AppError, StoreError};
use bitext_store::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::helpers::TestDb;
use crate::workflow_steps::{Step, World, apply, names, start, step, world};

/// How many cases reached each far state (and how many steps were refused) over the run; each
/// must be reached at least once.
#[derive(Debug, Default)]
struct Coverage {
    published: u32,
    corrected: u32,
    withdrawn: u32,
    reopened: u32,
    refused: u32,
}

impl Coverage {
    fn complete(&self) -> bool {
        [
            self.published,
            self.corrected,
            self.withdrawn,
            self.reopened,
            self.refused,
        ]
        .iter()
        .all(|n| *n > 0)
    }
}

async fn rows(store: &Store) -> Vec<i64> {
    let mut out = Vec::new();
    for table in store.tables() {
        out.push(store.count_rows(table).await.unwrap());
    }
    out
}

async fn run(
    w: &World,
    slug: &str,
    steps: &[Step],
    seen: &mut Coverage,
) -> Result<(), TestCaseError> {
    let (app, store) = (&w.app, w.app.store());
    start(w, slug).await;
    let (case, en) = names(slug);

    let (mut withdrawn, mut reopened) = (false, false);
    let mut before = app.translation(&case, &en).await.unwrap().translation;
    let mut rows_before = rows(store).await;
    let mut last_event = app
        .translation_events(&case, &en, 1000, None)
        .await
        .unwrap()
        .items
        .last()
        .map(|e| e.id);
    for (i, step) in steps.iter().enumerate() {
        let result = apply(w, slug, &before, i, step).await;
        let after = app.translation(&case, &en).await.unwrap().translation;
        let rows_after = rows(store).await;
        let new_events = app
            .translation_events(&case, &en, 100, last_event)
            .await
            .unwrap()
            .items;
        match result {
            Err(AppError::Store(StoreError::Database(e))) => {
                return Err(TestCaseError::fail(format!("database error: {e}")));
            }
            Err(_) => {
                seen.refused += 1;
                prop_assert_eq!(&after, &before, "a refused step changed the translation");
                prop_assert_eq!(&rows_after, &rows_before, "a refused step wrote rows");
            }
            Ok(()) if after.state != before.state => {
                let e = new_events
                    .iter()
                    .find(|e| e.to_state.as_deref() == Some(after.state.as_str()));
                prop_assert!(
                    e.is_some(),
                    "no event for {:?} -> {:?}",
                    before.state,
                    after.state
                );
                let e = e.unwrap();
                prop_assert_eq!(e.from_state.as_deref(), Some(before.state.as_str()));
                withdrawn |= e.action == "withdraw";
                reopened |= e.action == "reopen";
            }
            Ok(()) => {}
        }
        last_event = new_events.last().map(|e| e.id).or(last_event);
        before = after;
        rows_before = rows_after;
    }

    // Every publication was of the revision last approved, with no revision in between, by an
    // editor who wrote no revision since the approval before it (none, with nothing new).
    let events = app
        .translation_events(&case, &en, 1000, None)
        .await
        .unwrap()
        .items;
    let revisions = app
        .translation_history(&case, &en, 1000, None)
        .await
        .unwrap()
        .items;
    let mut last_approval: Option<i32> = None;
    let mut previous_approved_revision = 0;
    let mut published = Vec::new();
    for e in &events {
        match e.action.as_str() {
            "translation.revise" | "reopen" => last_approval = None,
            "approve" => {
                let r = e.revision.unwrap();
                let wrote = revisions
                    .iter()
                    .filter(|x| x.number > previous_approved_revision && x.number <= r)
                    .any(|x| x.author == e.actor);
                prop_assert!(
                    !wrote,
                    "{} approved revision {} they had written in",
                    e.actor,
                    r
                );
                previous_approved_revision = r;
                last_approval = Some(r);
            }
            "publish" => {
                prop_assert!(last_approval.is_some(), "published without approval");
                prop_assert_eq!(
                    last_approval,
                    e.revision,
                    "published a revision other than the approved one"
                );
                published.push(e.revision.unwrap());
            }
            _ => {}
        }
    }
    // Each publication made an edition of that revision; every edition after the first is a
    // correction with a note for readers.
    if !published.is_empty() {
        seen.published += 1;
        let editions = app.published(&case, &en, None).await.unwrap().editions;
        let revisions: Vec<i32> = editions.iter().map(|e| e.translation_revision).collect();
        prop_assert_eq!(&revisions, &published);
        for (n, edition) in editions.iter().enumerate() {
            prop_assert_eq!(edition.number, n as i32 + 1);
            let has_note = edition
                .correction_note
                .as_deref()
                .is_some_and(|n| !n.is_empty());
            prop_assert_eq!(
                has_note,
                n > 0,
                "edition {} and its correction note",
                edition.number
            );
        }
        seen.corrected += u32::from(editions.len() > 1);
    }
    seen.withdrawn += u32::from(withdrawn);
    seen.reopened += u32::from(reopened);
    Ok(())
}

#[test]
fn random_action_sequences_keep_the_workflow_invariants_and_reach_every_far_state() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = rt.block_on(TestDb::new());
    let w = rt.block_on(world(&db));
    let seen = RefCell::new(Coverage::default());
    let case = Cell::new(0_u32);
    let mut runner = TestRunner::new(Config {
        cases: 128,
        max_shrink_iters: 256,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&prop::collection::vec(step(), 1..60), |steps| {
        case.set(case.get() + 1);
        let slug = format!("a{}", case.get());
        rt.block_on(run(&w, &slug, &steps, &mut seen.borrow_mut()))
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let seen = seen.into_inner();
    assert!(
        seen.complete(),
        "the run never reached some of the workflow's far states: {seen:?}"
    );
    rt.block_on(w.app.store().clone().close()).ok();
}
