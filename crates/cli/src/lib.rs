//! The `bitext` command: serve the API, migrate the database, manage people and tokens, load the
//! demo, diff two files with the same engine as the server, check a translation, and import a
//! TMX archive into the translation memory.

mod backup;
mod check;
mod config;
mod copy;
mod demo;
mod memory;
mod serve;
mod users;

use std::process::ExitCode;

use clap::Parser;

pub use config::{Cli, Command};

/// Runs the command line; the exit code says whether it worked.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // `diff` (run here when `bitext-full` is run by itself; `bitext` runs it without this
    // program) needs neither a runtime nor a database; like diff(1), it exits with 0 for the
    // same files, 1 for different ones, 2 for trouble.
    if let Command::Diff(args) = &cli.command {
        return bitext_front::diff::exit_code(bitext_front::diff::run(args));
    }
    if let Command::Check(args) = &cli.command {
        return match check::run(args) {
            Ok(check::Outcome::Clean) => ExitCode::SUCCESS,
            Ok(check::Outcome::Errors) => ExitCode::from(1),
            Err(e) => {
                eprintln!("bitext: {e:#}");
                ExitCode::from(2)
            }
        };
    }
    config::init_tracing(&cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "bitext: {}",
                config::text(
                    "cli-no-runtime",
                    &[("error", bitext_i18n::Arg::from(e.to_string()))]
                )
            );
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bitext: {}", config::describe(&e));
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve::run(&cli.database, args).await,
        Command::Migrate => {
            let store = config::open(&cli.database).await?;
            store.migrate().await?;
            println!("{}", config::text("cli-migrated", &[]));
            Ok(())
        }
        Command::Backup { file } => backup::run(&cli.database, &file).await,
        Command::Copy { from, to } => copy::run(&from, &to).await,
        Command::User(cmd) => users::user(&cli.database, cmd).await,
        Command::Token(cmd) => users::token(&cli.database, cmd).await,
        Command::Demo => demo::run(&cli.database).await,
        Command::Tm(cmd) => memory::run(&cli.database, cmd).await,
        Command::Diff(_) | Command::Check(_) => {
            unreachable!("handled before the runtime starts")
        }
    }
}
