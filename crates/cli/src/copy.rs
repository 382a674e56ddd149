//! `bitext copy --from URL --to URL`: moves a whole database, SQLite or PostgreSQL, into
//! another, in either direction, and verifies it.
//!
//! The source must have this build's schema; the destination is migrated to it, and must hold
//! none of the copied rows. Everything is read from one snapshot of the source (which may go on
//! serving) and written in one transaction of the destination, so an interrupted copy leaves
//! the destination empty and can simply be run again. Each table's row count and content digest
//! are then read back from the destination and compared with the source's. Last, the memory's
//! index is rebuilt in the destination.
//!
//! Run again over a destination that holds the copy already, it verifies the two again and
//! finishes indexing the memory, changing nothing else; over one that holds other rows, it
//! refuses and changes nothing.

use std::{io::IsTerminal, time::Duration, time::Instant};

use anyhow::bail;
use bitext_app::{App, AppConfig};
use bitext_i18n::Arg;
use bitext_store::{Store, copy::Step};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config;

pub async fn run(from: &str, to: &str) -> anyhow::Result<()> {
    if same_database(from, to) {
        bail!(config::text("cli-copy-same", &[]));
    }
    let source = Store::connect(from).await?;
    let state = source.schema_state().await?;
    if !state.is_current() {
        bail!(config::text(
            "cli-copy-source-schema",
            &[
                ("applied", Arg::from(state.applied.len())),
                ("known", Arg::from(state.known)),
            ]
        ));
    }
    let destination = Store::connect(to).await?;
    destination.migrate().await?;
    let start = Instant::now();
    let total: i64 = source.copied_counts().await?.iter().map(|(_, n)| n).sum();
    let held: Vec<_> = destination
        .copied_counts()
        .await?
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect();

    // A destination with rows must hold this very copy, made before: it is verified, not
    // written.
    let already = !held.is_empty();
    let read = if already {
        with_bar(total, "cli-copy-verifying-source", async |step| {
            source.copied_digests(step).await
        })
        .await?
    } else {
        with_bar(total, "cli-copy-copying", async |step| {
            source.copy_into(&destination, step).await
        })
        .await?
    };
    let written = with_bar(total, "cli-copy-verifying", async |step| {
        destination.copied_digests(step).await
    })
    .await?;
    let mismatched: Vec<&str> = read
        .iter()
        .zip(&written)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((table, _), _)| *table)
        .collect();
    if !mismatched.is_empty() {
        if let Some(&(table, rows)) = held.first() {
            bail!(config::text(
                "cli-copy-destination-not-empty",
                &[("table", Arg::from(table)), ("rows", Arg::from(rows))]
            ));
        }
        bail!(config::text(
            "cli-copy-mismatch",
            &[("tables", Arg::from(mismatched.join(", ")))]
        ));
    }
    source.close().await?;

    // The memory's index is the destination's own: every unit copied waits for it.
    let app = App::new(destination, AppConfig::default());
    let spinner = bar(None);
    spinner.set_message(config::text("cli-copy-indexing", &[]));
    let indexed = app.index_memory().await;
    spinner.finish_and_clear();
    let indexed = indexed?;
    for (table, digest) in &written {
        println!("{table}\t{}\t{}", digest.rows, digest.sha256);
    }
    eprintln!(
        "{}",
        config::text(
            if already {
                "cli-copy-already"
            } else {
                "cli-copy-done"
            },
            &[
                ("rows", Arg::from(total)),
                ("tables", Arg::from(written.len())),
                ("indexed", Arg::from(indexed)),
                (
                    "seconds",
                    Arg::from(i64::try_from(start.elapsed().as_secs()).unwrap_or(i64::MAX))
                ),
            ],
        )
    );
    app.store().clone().close().await?;
    Ok(())
}

/// Runs `work` with a progress bar of `total` rows, labelled by the message `id` and the table
/// at hand.
async fn with_bar<T>(
    total: i64,
    id: &str,
    work: impl AsyncFnOnce(&mut dyn FnMut(Step)) -> Result<T, bitext_store::StoreError>,
) -> anyhow::Result<T> {
    let bar = bar(Some(u64::try_from(total).unwrap_or(0)));
    let label = config::text(id, &[]);
    let mut step = |s: Step| match s {
        Step::Table(table) => bar.set_message(format!("{label} {table}")),
        Step::Rows(n) => bar.inc(n),
    };
    let out = work(&mut step).await;
    bar.finish_and_clear();
    Ok(out?)
}

/// A bar of `total` rows (a spinner without one) on standard error when it is a terminal,
/// hidden otherwise.
fn bar(total: Option<u64>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(
        total,
        if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    let template = if total.is_some() {
        "{bar:40} {pos}/{len} {elapsed_precise} {msg}"
    } else {
        "{spinner} {elapsed_precise} {msg}"
    };
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Whether two URLs name the same database, written the same way.
fn same_database(a: &str, b: &str) -> bool {
    let trim = |u: &str| {
        u.split('?')
            .next()
            .unwrap_or(u)
            .trim_end_matches('/')
            .to_owned()
    };
    trim(a) == trim(b)
}
