//! `bitext diff OLD NEW`: the server's diff engine on two files.

use std::io::Write;

use anyhow::Context;
use bitext_domain::diff;

use crate::config::{DiffArgs, DiffFormat};

pub fn run(args: &DiffArgs) -> anyhow::Result<()> {
    let read = |p: &std::path::Path| {
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
    };
    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let out = match args.format {
        DiffFormat::Unified => diff::unified(
            &old,
            &new,
            &args.old.display().to_string(),
            &args.new.display().to_string(),
        ),
        DiffFormat::Json => {
            let mut s = serde_json::to_string(&diff::diff(&old, &new))?;
            s.push('\n');
            s
        }
        DiffFormat::Html => {
            let mut s = diff::to_html(&diff::diff(&old, &new));
            s.push('\n');
            s
        }
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.as_bytes())?;
    lock.flush()?;
    Ok(())
}
