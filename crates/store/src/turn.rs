//! SQLite's writers in one process: whose turn it is to write, and the commits they share.
//!
//! SQLite takes one writer at a time. Writers of this process wait for their turn here, first
//! come first served, instead of in SQLite's busy handler, which sleeps in growing steps and
//! wakes them late.
//!
//! And they share commits (group commit). The writer that began a transaction does not commit
//! it as soon as its work is done: it leaves it open and queues again, behind the writers
//! already waiting. Each of those works in the same transaction, in a savepoint of its own, so
//! that one that fails takes back only its own work, and then waits for the commit without
//! queueing again. When the first writer comes round it commits them all: one sync of the log
//! for every writer that was waiting. A writer's commit returns only once the transaction
//! holding its work has committed, and fails if that commit failed: nothing is acknowledged
//! that is not on disk.

use std::sync::{
    Arc,
    atomic::{AtomicU64, AtomicUsize, Ordering},
};

use sea_orm::{DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{Mutex, OwnedMutexGuard, watch};

use crate::StoreError;

/// The writers of one store and its clones.
#[derive(Clone, Debug, Default)]
pub(crate) struct Writers {
    turn: Arc<Mutex<Turn>>,
    /// Writers waiting for their turn (to work or to commit).
    waiting: Arc<AtomicUsize>,
    /// Commits of shared transactions.
    commits: Arc<AtomicU64>,
}

/// What the writer whose turn it is holds.
#[derive(Debug, Default)]
struct Turn {
    /// A transaction with the work of writers waiting for its commit.
    open: Option<Shared>,
}

#[derive(Debug)]
struct Shared {
    txn: DatabaseTransaction,
    /// How its commit went, once it is over, for the writers whose work is in it: `Ok`, or why
    /// it failed. Dropped unsent when the transaction is abandoned.
    outcome: watch::Sender<Option<Result<(), String>>>,
}

/// Where a writer learns how the commit of its work went.
type Outcome = watch::Receiver<Option<Result<(), String>>>;

impl Writers {
    /// Waits for the turn, then works in the open transaction (in a savepoint of its own) or,
    /// when none is open, in a new one that `begin` starts.
    ///
    /// # Errors
    /// When the transaction or the savepoint cannot begin.
    pub(crate) async fn join<F>(&self, begin: F) -> Result<Member, StoreError>
    where
        F: AsyncFnOnce() -> Result<DatabaseTransaction, StoreError>,
    {
        let mut turn = self.wait().await;
        let savepoint = match &turn.open {
            Some(open) => Some(open.txn.begin().await?),
            None => {
                turn.open = Some(Shared {
                    txn: begin().await?,
                    outcome: watch::Sender::new(None),
                });
                None
            }
        };
        let outcome = turn
            .open
            .as_ref()
            .expect("opened just now if it was not")
            .outcome
            .subscribe();
        Ok(Member {
            first: savepoint.is_none(),
            turn: Some(turn),
            savepoint,
            outcome,
            writers: self.clone(),
        })
    }

    /// How many writers wait for their turn now.
    pub(crate) fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    /// How many shared transactions have committed.
    pub(crate) fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }

    async fn wait(&self) -> OwnedMutexGuard<Turn> {
        struct Waiting<'a>(&'a AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::Relaxed);
            }
        }
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let _waiting = Waiting(&self.waiting);
        self.turn.clone().lock_owned().await
    }

    /// The first writer's second turn: commits the transaction it began, with the work of the
    /// writers that joined it meanwhile, unless that transaction was abandoned.
    async fn commit(self, outcome: Outcome) -> Result<(), StoreError> {
        let mut turn = self.wait().await;
        if turn
            .open
            .as_ref()
            .is_some_and(|open| open.outcome.subscribe().same_channel(&outcome))
        {
            let open = turn.open.take().expect("checked just now");
            let done = open.txn.commit().await.map_err(|e| e.to_string());
            if done.is_ok() {
                self.commits.fetch_add(1, Ordering::Relaxed);
            }
            open.outcome.send_replace(Some(done));
        }
        drop(turn);
        settled(outcome).await
    }
}

/// How the commit that `outcome` tells of went, once it is over.
async fn settled(mut outcome: Outcome) -> Result<(), StoreError> {
    let result = match outcome.wait_for(Option::is_some).await {
        Ok(done) => done.clone().expect("waited for it"),
        Err(_) => Err("the transaction was abandoned".to_owned()),
    };
    result.map_err(|why| DbErr::Custom(format!("the commit failed: {why}")).into())
}

/// A writer at work, holding the turn.
#[derive(Debug)]
pub(crate) struct Member {
    /// Held until its work is done.
    turn: Option<OwnedMutexGuard<Turn>>,
    /// Where its work goes when it joined an open transaction.
    savepoint: Option<DatabaseTransaction>,
    /// Whether it began the open transaction: then its work is all the transaction holds, and
    /// it is the one to commit it.
    first: bool,
    outcome: Outcome,
    writers: Writers,
}

impl Member {
    pub(crate) fn conn(&self) -> &DatabaseTransaction {
        match (&self.savepoint, &self.turn) {
            (Some(savepoint), _) => savepoint,
            (None, Some(turn)) => {
                &turn
                    .open
                    .as_ref()
                    .expect("the turn holds the transaction its writer works in")
                    .txn
            }
            (None, None) => unreachable!("a member works only while it holds the turn"),
        }
    }

    /// Adds its work to the open transaction, hands the turn on, and returns once that
    /// transaction has committed.
    ///
    /// # Errors
    /// When its work cannot be kept, or the commit fails.
    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        if let Some(savepoint) = self.savepoint.take()
            && let Err(e) = savepoint.commit().await
        {
            // Whether its work is in the transaction or not is unknown: none of it is kept.
            self.abandon(&e);
            return Err(e.into());
        }
        drop(self.turn.take());
        let outcome = self.outcome.clone();
        if !self.first {
            return settled(outcome).await;
        }
        // A task of its own, so that the transaction is committed even if this caller stops
        // waiting: the writers that joined it wait for that commit.
        tokio::spawn(self.writers.clone().commit(outcome))
            .await
            .map_err(|e| StoreError::from(DbErr::Custom(e.to_string())))?
    }

    /// Rolls back the open transaction, failing every writer whose work is in it.
    fn abandon(&mut self, why: &DbErr) {
        if let Some(open) = self.turn.as_mut().and_then(|turn| turn.open.take()) {
            open.outcome.send_replace(Some(Err(why.to_string())));
        }
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        // Not committed. A savepoint rolls back when dropped, and must be dropped while this
        // writer still holds the turn: the next writer uses the same connection, and a
        // transaction dropped while its connection is in use panics. The first writer's work is
        // all the open transaction holds, so it goes with it.
        drop(self.savepoint.take());
        if self.first
            && let Some(turn) = self.turn.as_mut()
        {
            turn.open = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

    use super::*;

    /// Rounds of each of eight writers: the drop races another thread's next write, so it
    /// takes many to meet it.
    const ROUNDS: usize = 1_000;

    /// A file database with one connection, as the writers of a SQLite store share one.
    async fn database(dir: &tempfile::TempDir) -> DatabaseConnection {
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let mut options = ConnectOptions::new(url);
        options.max_connections(1).sqlx_logging(false);
        let db = Database::connect(options).await.unwrap();
        db.execute_unprepared("CREATE TABLE t (n INTEGER)")
            .await
            .unwrap();
        db
    }

    /// Writers on several threads, half of them giving up after their work: the next writer
    /// uses the shared connection only once the one before has rolled its work back, so no
    /// transaction is ever dropped while another writer holds its connection (which panics).
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn writers_that_give_up_never_drop_a_transaction_another_is_using() {
        let dir = tempfile::tempdir().unwrap();
        let db = database(&dir).await;
        let writers = Writers::default();
        let tasks: Vec<_> = (0..8)
            .map(|task| {
                let (db, writers) = (db.clone(), writers.clone());
                tokio::spawn(async move {
                    let mut gave_up = 0;
                    for round in 0..ROUNDS {
                        let member = writers.join(async || Ok(db.begin().await?)).await.unwrap();
                        member
                            .conn()
                            .execute_unprepared("INSERT INTO t (n) VALUES (1)")
                            .await
                            .unwrap();
                        if (task + round) % 2 == 0 {
                            drop(member);
                            gave_up += 1;
                        } else {
                            // The commit fails when the writer that began it gave up.
                            let _ = member.commit().await;
                        }
                    }
                    gave_up
                })
            })
            .collect();
        let mut gave_up = 0;
        for task in tasks {
            gave_up += tokio::time::timeout(Duration::from_secs(60), task)
                .await
                .expect("the writers finish")
                .expect("no writer panics");
        }
        assert_eq!(gave_up, 8 * ROUNDS / 2, "half the writers gave up");
        assert!(writers.commits() > 0, "some shared commits went through");
    }
}
