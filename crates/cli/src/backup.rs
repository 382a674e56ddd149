//! `bitext backup FILE`: a consistent copy of a SQLite database, taken while it serves.
//!
//! The copy is written next to `FILE` as `FILE.partial` (one read transaction, `VACUUM INTO`,
//! so writers go on meanwhile), checked with `PRAGMA integrity_check`, synced to disk, then
//! renamed to `FILE`: `FILE` is either a whole, sound backup or absent, and an existing file is
//! never overwritten.

use std::{
    fs::File,
    path::{Path, PathBuf},
    time::Instant,
};

use anyhow::bail;
use bitext_i18n::Arg;

use crate::config::{self, DatabaseArgs};

pub async fn run(db: &DatabaseArgs, file: &Path) -> anyhow::Result<()> {
    let store = config::open(db).await?;
    if store.backend() != "sqlite" {
        bail!(config::text("cli-backup-sqlite-only", &[]));
    }
    let shown = || Arg::from(file.display().to_string());
    if file.exists() {
        bail!(config::text("cli-backup-exists", &[("file", shown())]));
    }
    let folder = file.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = folder
        && !dir.is_dir()
    {
        bail!(config::text(
            "cli-backup-no-folder",
            &[("folder", Arg::from(dir.display().to_string()))]
        ));
    }
    let partial = partial_path(file);
    // Left by a backup that was interrupted.
    if partial.exists() {
        std::fs::remove_file(&partial)?;
    }
    let start = Instant::now();
    store.backup_into(&partial).await?;
    let copy = bitext_store::Store::connect(&format!("sqlite://{}", partial.display())).await?;
    let problems = copy.integrity_problems().await?;
    copy.close().await?;
    if !problems.is_empty() {
        std::fs::remove_file(&partial)?;
        bail!(config::text(
            "cli-backup-unsound",
            &[("problems", Arg::from(problems.join("; ")))]
        ));
    }
    File::open(&partial)?.sync_all()?;
    std::fs::rename(&partial, file)?;
    if let Some(dir) = folder {
        File::open(dir)?.sync_all()?;
    }
    let bytes = std::fs::metadata(file)?.len();
    eprintln!(
        "{}",
        config::text(
            "cli-backup-done",
            &[
                ("file", shown()),
                (
                    "kilobytes",
                    Arg::from(i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX))
                ),
                (
                    "milliseconds",
                    Arg::from(i64::try_from(start.elapsed().as_millis()).unwrap_or(i64::MAX))
                ),
            ],
        )
    );
    store.close().await?;
    Ok(())
}

/// `FILE.partial`, beside `FILE`.
fn partial_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}
