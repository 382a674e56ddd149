//! What a quality-check finding says to a person: its `check-<code>` message, with the text it
//! points at cut from the two paragraphs and the figures it read in the locale's own forms.

use bitext_domain::checks::{Finding, Severity, Span};

use crate::{Arg, Locale, Localizer, format_decimal};

/// The characters `span` covers in `text`, or "-" where there is no span.
fn cut(text: &str, span: Option<Span>) -> String {
    span.map_or_else(
        || "-".to_owned(),
        |s| {
            text.chars()
                .skip(s.start)
                .take(s.end.saturating_sub(s.start))
                .collect()
        },
    )
}

/// The message of `finding` in `locale`, given the source and translation paragraphs it is in
/// (empty where a side has no such paragraph).
pub fn finding_message(
    locale: &Locale,
    finding: &Finding,
    source_paragraph: &str,
    translation_paragraph: &str,
) -> String {
    let value = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), |v| format_decimal(locale, v));
    let text = |t: &Option<String>| t.clone().unwrap_or_else(|| "-".to_owned());
    Localizer::global().format(
        locale,
        &format!("check-{}", finding.code),
        &[
            ("source", Arg::from(cut(source_paragraph, finding.source))),
            (
                "translation",
                Arg::from(cut(translation_paragraph, finding.translation)),
            ),
            ("source_value", Arg::from(value(finding.source_value))),
            (
                "translation_value",
                Arg::from(value(finding.translation_value)),
            ),
            ("suggestion", Arg::from(text(&finding.suggestion))),
            ("expected", Arg::from(text(&finding.expected))),
            ("paragraph", Arg::from(finding.paragraph as u64)),
        ],
    )
}

/// "error" or "warning" in `locale`.
pub fn severity_name(locale: &Locale, severity: Severity) -> String {
    Localizer::global().format(locale, &format!("severity-{}", severity.as_str()), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_mismatch_quotes_both_figures_and_their_values_grouped() {
        let mut finding = Finding::new("figure-mismatch", Severity::Error, 0);
        finding.source = Some(Span { start: 2, end: 6 });
        finding.translation = Some(Span { start: 4, end: 9 });
        finding.source_value = Some(24_000.0);
        finding.translation_value = Some(2_400.0);
        let text = finding_message(&Locale::EN_US, &finding, "出口2.4万吨", "Its 2,400 tonnes");
        assert_eq!(
            text,
            "“2.4万” (read as 24,000) has no equal in the translation, which has “2,400” (read as 2,400)"
        );
    }

    #[test]
    fn a_fraction_is_shown_to_three_places_and_a_missing_side_as_a_dash() {
        let mut finding = Finding::new("figure-mismatch", Severity::Error, 3);
        finding.source = Some(Span { start: 0, end: 5 });
        finding.source_value = Some(2.0 / 3.0);
        let text = finding_message(&Locale::ZH_CN, &finding, "三分之二的人", "");
        assert!(text.contains("0.667"), "{text}");
        assert!(text.contains("“-”"), "{text}");
        assert_eq!(severity_name(&Locale::ZH_TW, Severity::Warning), "警告");
    }
}
