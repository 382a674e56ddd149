//! `bitext check SOURCE TRANSLATION --from TAG --to TAG`: the quality checks on two files, for
//! scripts: findings as text in the language of the environment or as JSON, and an exit status
//! of 1 when any is an error.

use std::io::Write;

use bitext_domain::checks::{Finding, Severity, check};
use bitext_i18n::Arg;
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

/// A value as a person reads it: no trailing ".0", fractions to three places.
fn value(v: Option<f64>) -> String {
    match v {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Some(v) => format!("{v:.3}"),
        None => "-".to_owned(),
    }
}

fn line(f: &Finding, source: &[char], translation: &[char]) -> String {
    let cut = |text: &[char], span: Option<bitext_domain::checks::Span>| {
        span.map(|s| {
            text[s.start.min(text.len())..s.end.min(text.len())]
                .iter()
                .collect::<String>()
        })
        .unwrap_or_else(|| "-".to_owned())
    };
    config::text(
        &format!("cli-check-{}", f.code),
        &[
            ("paragraph", Arg::from(f.paragraph as u64)),
            (
                "severity",
                Arg::from(config::text(
                    &format!("cli-check-{}", f.severity.as_str()),
                    &[],
                )),
            ),
            ("source", Arg::from(cut(source, f.source))),
            ("source_value", Arg::from(value(f.source_value))),
            ("translation", Arg::from(cut(translation, f.translation))),
            ("translation_value", Arg::from(value(f.translation_value))),
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
    let paragraphs = |text: &str| -> Vec<Vec<char>> {
        bitext_domain::text::paragraphs(text)
            .into_iter()
            .map(|p| p.chars().collect())
            .collect()
    };
    let (sp, tp) = (paragraphs(&source), paragraphs(&translation));
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
                    })
                })
                .collect();
            out = serde_json::to_string_pretty(&json!({ "findings": items }))?;
            out.push('\n');
        }
        CheckFormat::Text => {
            for f in &findings {
                let empty = Vec::new();
                let s = sp.get(f.paragraph).unwrap_or(&empty);
                let t = tp.get(f.paragraph).unwrap_or(&empty);
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
