//! The `bitext` command as it starts. It runs `bitext diff` itself, with nothing but the diff
//! engine and the messages loaded, and hands every other command (and `diff --help`, or
//! arguments it does not take) to `bitext-full`, the whole command, installed beside it.
//!
//! A process that diffs two files is then small: it maps and relocates none of the server, the
//! store or the web interface, which are most of what a single binary would load at start.

pub mod args;
pub mod diff;
mod hand_over;
pub mod messages;

use std::{ffi::OsString, process::ExitCode};

use clap::Parser;

/// The one command the front runs itself, parsed as the whole command would parse it.
#[derive(Debug, Parser)]
#[command(name = "bitext")]
struct Front {
    #[command(subcommand)]
    command: Only,
}

#[derive(Debug, clap::Subcommand)]
enum Only {
    Diff(args::DiffArgs),
}

/// Runs `bitext`: `diff` here, anything else in `bitext-full`.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "diff") {
        // Help and usage errors are the whole command's, which knows every option.
        if let Ok(Front {
            command: Only::Diff(diff),
        }) = Front::try_parse_from(&args)
        {
            return diff::exit_code(diff::run(&diff));
        }
    }
    hand_over::run(&args)
}
