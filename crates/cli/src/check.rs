//! `bitext check SOURCE TRANSLATION --from TAG --to TAG`: the quality checks on two files, for
//! scripts: findings as text in the language of the environment or as JSON, and an exit status
//! of 1 when any is an error.

use std::io::Write;

use bitext_domain::checks::{Finding, Severity, check};
use bitext_i18n::{Arg, finding_message, severity_name};
use serde_json::json;

use crate::{
    config::{self, CheckArgs, CheckFormat},
    diff::read,
};

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

/// Checks the translation file against the source file and prints the findings.
///
/// # Errors
/// When a file cannot be read or is not UTF-8, or the output cannot be written.
pub fn run(args: &CheckArgs) -> anyhow::Result<Outcome> {
    let source = read(&args.source)?;
    let translation = read(&args.translation)?;
    let findings = check(&source, args.from.as_str(), &translation, args.to.as_str());
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
