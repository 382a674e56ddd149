//! `bitext user` (adding people, setting passwords) and `bitext token`: secrets go to stdout alone so that scripts can capture them;
//! everything else goes to stderr.

use bitext_app::AppConfig;
use std::io::{BufRead, IsTerminal, Write};

use bitext_domain::{Password, Roles};
use bitext_i18n::Arg;

use crate::config::{self, DatabaseArgs, TokenCommand, UserCommand};

pub async fn user(db: &DatabaseArgs, cmd: UserCommand) -> anyhow::Result<()> {
    let app = config::app(db, AppConfig::default()).await?;
    match cmd {
        UserCommand::Add {
            name,
            role,
            display_name,
        } => {
            let roles: Roles = role.parse()?;
            anyhow::ensure!(!roles.is_empty(), config::text("cli-roles-required", &[]));
            anyhow::ensure!(
                !name.trim().is_empty() && name.chars().count() <= 100,
                config::text("cli-user-name-length", &[("max", Arg::from(100_i64))])
            );
            let display = display_name.unwrap_or_else(|| name.clone());
            let (user, secret) = app.create_user(&name, &display, roles).await?;
            println!("{secret}");
            eprintln!(
                "{}",
                config::text(
                    "cli-user-created",
                    &[
                        ("name", Arg::from(user.name)),
                        ("roles", Arg::from(user.roles.to_string())),
                    ],
                )
            );
        }
        UserCommand::Passwd { name } => {
            let password = Password::parse(&read_password()?)?;
            let user = app.set_password(&name, &password).await?;
            eprintln!(
                "{}",
                config::text("cli-password-set", &[("name", Arg::from(user.name))])
            );
        }
    }
    Ok(())
}

/// One line from standard input, without its line ending; on a terminal, asks for it first.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("{}", config::text("cli-password-prompt", &[]));
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(line.strip_suffix('\r').unwrap_or(line).to_owned())
}

pub async fn token(db: &DatabaseArgs, cmd: TokenCommand) -> anyhow::Result<()> {
    let app = config::app(db, AppConfig::default()).await?;
    match cmd {
        TokenCommand::Create { user, label } => {
            let (id, secret) = app.create_token(&user, &label).await?;
            println!("{secret}");
            eprintln!(
                "{}",
                config::text("cli-token-created", &[("id", Arg::from(id))])
            );
        }
        TokenCommand::Revoke { id } => {
            app.revoke_token(id).await?;
            eprintln!(
                "{}",
                config::text("cli-token-revoked", &[("id", Arg::from(id))])
            );
        }
        TokenCommand::List { user } => {
            for t in app.tokens(&user).await? {
                let state = if t.revoked {
                    config::text("cli-token-state-revoked", &[])
                } else {
                    config::text("cli-token-state-active", &[])
                };
                println!(
                    "{}\t{}\t{}\t{}",
                    t.id,
                    t.label,
                    t.created_at.to_rfc3339(),
                    state
                );
            }
        }
    }
    Ok(())
}
