//! `bitext diff OLD NEW`: the server's diff engine on two files, with the exit codes of diff(1):
//! 0 when the files are the same, 1 when they differ, 2 for trouble.

use std::{io::Write, path::Path, process::ExitCode};

use bitext_domain::{LanguageTag, diff, lang::direction_of};
use bitext_i18n::{Arg, Localizer};

use crate::{
    args::{DiffArgs, DiffFormat},
    messages::{locale, text},
};

/// Whether the two files differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    Same,
    Different,
}

/// The exit status of diff(1): 0 for the same files, 1 for different ones, 2 for trouble (said
/// on standard error).
pub fn exit_code(result: anyhow::Result<Compared>) -> ExitCode {
    match result {
        Ok(Compared::Same) => ExitCode::SUCCESS,
        Ok(Compared::Different) => ExitCode::from(1),
        Err(e) => {
            eprintln!("bitext: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Prints the diff of the two files in the chosen format.
///
/// # Errors
/// When a file cannot be read or is not UTF-8, or the output cannot be written.
pub fn run(args: &DiffArgs) -> anyhow::Result<Compared> {
    let (old, new) = (read_bytes(&args.old)?, read_bytes(&args.new)?);
    let (old, new) = (text_of(&old, &args.old)?, text_of(&new, &args.new)?);
    let (old_name, new_name) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    match args.format {
        DiffFormat::Unified => {
            out.write_all(diff::unified(old, new, &old_name, &new_name).as_bytes())?
        }
        // The bytes `serde_json` would write, escaped faster.
        DiffFormat::Json => {
            out.write_all(diff::to_json(&diff::diff(old, new)).as_bytes())?;
            out.write_all(b"\n")?;
        }
        DiffFormat::Html => page(
            &mut out,
            &diff::diff(old, new),
            &old_name,
            &new_name,
            args.language.as_ref(),
        )?,
    }
    out.flush()?;
    Ok(if old == new {
        Compared::Same
    } else {
        Compared::Different
    })
}

/// A text file's contents.
///
/// # Errors
/// When it cannot be read or is not UTF-8.
pub fn read(path: &Path) -> anyhow::Result<String> {
    String::from_utf8(read_bytes(path)?).map_err(|_| not_utf8(path))
}

fn read_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        anyhow::anyhow!(text(
            "cli-diff-cannot-read",
            &[
                ("path", Arg::from(path.display().to_string())),
                ("error", Arg::from(e.to_string())),
            ],
        ))
    })
}

/// The bytes of a file as text, checked to be UTF-8 with SIMD instructions: several times
/// faster than the standard library's check on scripts outside ASCII.
fn text_of<'a>(bytes: &'a [u8], path: &Path) -> anyhow::Result<&'a str> {
    simdutf8::basic::from_utf8(bytes).map_err(|_| not_utf8(path))
}

fn not_utf8(path: &Path) -> anyhow::Error {
    anyhow::anyhow!(text(
        "cli-diff-not-utf8",
        &[("path", Arg::from(path.display().to_string()))],
    ))
}

/// A whole HTML page, written as it is made: its chrome in the language of the environment,
/// the diff marked with the texts' own language.
fn page(
    out: &mut impl Write,
    d: &diff::Diff,
    old: &str,
    new: &str,
    language: Option<&LanguageTag>,
) -> std::io::Result<()> {
    // The page's messages are all in one small file: the others are not parsed.
    let localizer = Localizer::lazy(Some(&["diff.ftl"]));
    let locale = locale();
    let title = localizer.format(
        &locale,
        "cli-diff-title",
        &[("old", Arg::from(old)), ("new", Arg::from(new))],
    );
    let escape = |s: &str| html_escape::encode_text(s).into_owned();
    let folded =
        |count: usize| localizer.format(&locale, "diff-folded", &[("count", Arg::from(count))]);
    let labels = diff::Labels {
        language: locale.as_str(),
        folded: &folded,
    };
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n\
         <p class=\"legend\"><ins>{ins}</ins> <del>{del}</del></p>\n",
        lang = locale.as_str(),
        dir = direction_of(locale.as_str()).as_str(),
        title = escape(&title),
        ins = escape(&localizer.format(&locale, "diff-legend-inserted", &[])),
        del = escape(&localizer.format(&locale, "diff-legend-deleted", &[])),
    )?;
    out.write_all(diff::to_html_in(d, language, &labels).as_bytes())?;
    out.write_all(b"</body>\n</html>\n")
}

const CSS: &str = "body{font:16px/1.6 system-ui,sans-serif;max-width:48rem;margin:2rem auto;\
padding:0 1rem}ins{background:#d7f5dd;text-decoration:none}del{background:#fbd9d9}\
.legend{color:#555}summary{color:#555;cursor:pointer}";
