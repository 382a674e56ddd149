//! `bitext tm import FILE.tmx`: brings an existing bilingual archive into the translation
//! memory. A progress bar shows on a terminal; units the file gets wrong are reported with
//! their line and skipped; the summary says what was imported. Everything is imported in one
//! transaction, so a file that stops early, or an interrupted import, leaves nothing behind.

use std::{
    fs::File,
    io::{BufReader, IsTerminal},
    path::PathBuf,
    time::Duration,
};

use bitext_app::AppConfig;
use bitext_i18n::Arg;
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{self, DatabaseArgs};

#[derive(Debug, Subcommand)]
pub enum TmCommand {
    /// Import a TMX file (TMX 1.4b, or 1.1) into the translation memory, all or nothing:
    /// units the file gets wrong are reported with their line and skipped.
    Import {
        /// The TMX file.
        file: PathBuf,
    },
}

pub async fn run(db: &DatabaseArgs, cmd: TmCommand) -> anyhow::Result<()> {
    let TmCommand::Import { file } = cmd;
    let path = file.display().to_string();
    let opened = File::open(&file).map_err(|e| {
        anyhow::anyhow!(config::text(
            "cli-tm-unreadable",
            &[
                ("path", Arg::from(path.as_str())),
                ("error", Arg::from(e.to_string()))
            ]
        ))
    })?;
    let size = opened.metadata().map(|m| m.len()).unwrap_or(0);
    let app = config::app(db, AppConfig::default()).await?;
    let bar = ProgressBar::with_draw_target(
        Some(size),
        if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(path.clone());
    bar.enable_steady_tick(Duration::from_millis(200));
    let outcome = app
        .import_memory_unchecked(BufReader::new(opened), |position| {
            bar.set_position(position);
        })
        .await;
    bar.finish_and_clear();
    let report = outcome?;
    for skipped in &report.skipped {
        eprintln!(
            "{path}: {}",
            config::text(
                skipped.code,
                &[
                    ("line", Arg::from(skipped.line)),
                    ("detail", Arg::from(skipped.detail.as_str()))
                ]
            )
        );
    }
    println!(
        "{}",
        config::text(
            "cli-tm-imported",
            &[
                ("path", Arg::from(path.as_str())),
                ("read", Arg::from(report.read)),
                ("recorded", Arg::from(report.recorded)),
                ("already", Arg::from(report.already)),
                ("skipped", Arg::from(report.skipped.len())),
            ]
        )
    );
    Ok(())
}
