//! Handing a command to `bitext-full`, the whole command, installed beside `bitext`.

use std::{
    ffi::OsString,
    io,
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

use bitext_i18n::Arg;

use crate::messages::text;

/// The whole command's file name (without the platform's suffix).
pub const FULL: &str = "bitext-full";

/// Where the whole command is for a `bitext` at `exe`: in the same folder.
pub fn full_beside(exe: &Path) -> PathBuf {
    exe.with_file_name(format!("{FULL}{}", std::env::consts::EXE_SUFFIX))
}

/// Runs `args` (the front's own, its name first) as `bitext-full`. On Unix the process
/// becomes it, so its id, signals, standard streams and exit code are the command's own;
/// elsewhere the front waits for it and exits as it did.
pub(crate) fn run(args: &[OsString]) -> ExitCode {
    let full = match std::env::current_exe() {
        Ok(exe) => full_beside(&exe),
        Err(e) => return cannot_start(Path::new(FULL), &e),
    };
    let mut command = Command::new(&full);
    command.args(args.iter().skip(1));
    become_or_wait(&mut command, args.first(), &full)
}

#[cfg(unix)]
fn become_or_wait(command: &mut Command, name: Option<&OsString>, full: &Path) -> ExitCode {
    use std::os::unix::process::CommandExt;
    // Usage lines and process listings keep the name it was started by.
    if let Some(name) = name {
        command.arg0(name);
    }
    // `exec` returns only when it failed.
    let error = command.exec();
    cannot_start(full, &error)
}

#[cfg(not(unix))]
fn become_or_wait(command: &mut Command, _name: Option<&OsString>, full: &Path) -> ExitCode {
    match command.status() {
        Ok(status) => status
            .code()
            .and_then(|c| u8::try_from(c).ok())
            .map_or(ExitCode::FAILURE, ExitCode::from),
        Err(e) => cannot_start(full, &e),
    }
}

/// Says why, and exits as a shell does for a command it cannot run: 127 when it is missing,
/// 126 when it is there but cannot be started.
fn cannot_start(full: &Path, error: &io::Error) -> ExitCode {
    eprintln!(
        "bitext: {}",
        text(
            "cli-full-missing",
            &[
                ("path", Arg::from(full.display().to_string())),
                ("error", Arg::from(error.to_string())),
            ],
        )
    );
    ExitCode::from(if error.kind() == io::ErrorKind::NotFound {
        127
    } else {
        126
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_command_is_looked_for_beside_the_front() {
        let full = full_beside(Path::new("/opt/bitext/bin/bitext"));
        assert_eq!(
            full,
            PathBuf::from(format!(
                "/opt/bitext/bin/bitext-full{}",
                std::env::consts::EXE_SUFFIX
            ))
        );
    }
}
