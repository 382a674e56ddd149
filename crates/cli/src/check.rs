//! `bitext check SOURCE TRANSLATION --from TAG --to TAG`: the quality checks on two files, for
//! scripts: findings as text in the language of the environment or as JSON, and an exit status
//! of 1 when any is an error.

use std::io::Write;

use bitext_app::glossary::{Format, read_file};
use bitext_domain::{
    Coded,
    checks::{Finding, Severity, Term, check_with},
};
use bitext_i18n::{Arg, finding_message, severity_name};
use serde_json::json;

use bitext_front::diff::read;

use crate::config::{self, CheckArgs, CheckFormat};

/// Whether an error-level finding was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Errors,
}

fn line(f: &Finding, source: &str, translation: &str) -> String {
    let locale = config::locale();
    config::text(
        "cli-check-line",
        &[
            ("paragraph", Arg::from(f.paragraph as u64)),
            ("severity", Arg::from(severity_name(&locale, f.severity))),
            ("code", Arg::from(f.code)),
            (
                "message",
                Arg::from(finding_message(&locale, f, source, translation)),
            ),
        ],
    )
}

/// The terms of the glossary file at `path`: TBX for `.tbx` and `.xml`, CSV otherwise.
fn glossary(path: &std::path::Path, args: &CheckArgs) -> anyhow::Result<Vec<Term>> {
    let text = read(path)?;
    let tbx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tbx") || e.eq_ignore_ascii_case("xml"));
    let format = if tbx { Format::Tbx } else { Format::Csv };
    read_file(&text, format, &args.from, &args.to).map_err(|e| {
        let locale = config::locale();
        let localizer = bitext_i18n::Localizer::global();
        let detail =
            localizer.error_detail(&locale, e.code(), &localizer.error_args(&locale, &e.args()));
        anyhow::anyhow!(
            "{}",
            config::text(
                "cli-check-glossary",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("error", Arg::from(detail)),
                ],
            )
        )
    })
}

/// Checks the translation file against the source file and prints the findings.
///
/// # Errors
/// When a file cannot be read or is not UTF-8, or the output cannot be written.
pub fn run(args: &CheckArgs) -> anyhow::Result<Outcome> {
    let source = read(&args.source)?;
    let translation = read(&args.translation)?;
    let terms = match &args.glossary {
        Some(path) => glossary(path, args)?,
        None => Vec::new(),
    };
    let findings = check_with(
        &source,
        args.from.as_str(),
        &translation,
        args.to.as_str(),
        &terms,
    );
    let (sp, tp) = (
        bitext_domain::text::paragraphs(&source),
        bitext_domain::text::paragraphs(&translation),
    );
    let mut out = String::new();
    match args.format {
        CheckFormat::Json => {
            let items: Vec<_> = findings
                .iter()
                .map(|f| {
                    json!({
                        "code": f.code,
                        "severity": f.severity.as_str(),
                        "paragraph": f.paragraph,
                        "source": f.source.map(|s| json!({"start": s.start, "end": s.end})),
                        "translation": f.translation.map(|s| json!({"start": s.start, "end": s.end})),
                        "source_value": f.source_value,
                        "translation_value": f.translation_value,
                        "suggestion": f.suggestion,
                        "expected": f.expected,
                    })
                })
                .collect();
            out = serde_json::to_string_pretty(&json!({ "findings": items }))?;
            out.push('\n');
        }
        CheckFormat::Text => {
            for f in &findings {
                let s = sp.get(f.paragraph).copied().unwrap_or("");
                let t = tp.get(f.paragraph).copied().unwrap_or("");
                out.push_str(&line(f, s, t));
                out.push('\n');
            }
        }
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.as_bytes())?;
    lock.flush()?;
    Ok(if findings.iter().any(|f| f.severity == Severity::Error) {
        Outcome::Errors
    } else {
        Outcome::Clean
    })
}
