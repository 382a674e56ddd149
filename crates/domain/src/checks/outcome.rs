//! The checks of one revision as a desk sees them: each finding with its fingerprint and, where
//! an editor dismissed it, the dismissal; and how many errors and warnings are left.

use crate::text::paragraphs;
use crate::{CheckCounts, Dismissal};

use super::{Finding, Severity, Term, check_with};

/// A finding of a revision, named by its fingerprint, and its dismissal if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    pub finding: Finding,
    /// The fingerprint: what a dismissal names.
    pub id: String,
    pub dismissal: Option<Dismissal>,
}

/// The findings of `translation` against `source` with the pair's glossary, each matched with
/// the dismissal of the same fingerprint among `dismissals`.
pub fn review(
    source: &str,
    source_language: &str,
    translation: &str,
    translation_language: &str,
    glossary: &[Term],
    dismissals: &[Dismissal],
) -> Vec<Reviewed> {
    let (sp, tp) = (paragraphs(source), paragraphs(translation));
    check_with(
        source,
        source_language,
        translation,
        translation_language,
        glossary,
    )
    .into_iter()
    .map(|finding| {
        let id = finding.fingerprint(
            sp.get(finding.paragraph).copied().unwrap_or_default(),
            tp.get(finding.paragraph).copied().unwrap_or_default(),
        );
        let dismissal = dismissals.iter().find(|d| d.finding == id).cloned();
        Reviewed {
            finding,
            id,
            dismissal,
        }
    })
    .collect()
}

/// The errors and warnings nobody dismissed, and the dismissed ones.
pub fn counts(reviewed: &[Reviewed]) -> CheckCounts {
    reviewed
        .iter()
        .fold(CheckCounts::default(), |mut counts, r| {
            match (&r.dismissal, r.finding.severity) {
                (Some(_), _) => counts.dismissed += 1,
                (None, Severity::Error) => counts.errors += 1,
                (None, Severity::Warning) => counts.warnings += 1,
            }
            counts
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "全县共有4000多人转移。\n\n损失约2.4万元。";
    const WRONG: &str =
        "More than 4,000 people in the county were moved.\n\nLosses came to about 2,400 yuan.";

    fn dismissal(of: &Reviewed) -> Dismissal {
        Dismissal {
            finding: of.id.clone(),
            code: of.finding.code.to_owned(),
            revision: 2,
            paragraph: 1,
            reason: "The desk rounds these.".to_owned(),
            dismissed_by: "Editor".to_owned(),
            created_at: crate::clock::now(),
        }
    }

    #[test]
    fn a_dismissal_holds_while_the_paragraph_text_is_the_same_wherever_the_paragraph_moves() {
        let found = review(SOURCE, "zh-Hans", WRONG, "en", &[], &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(counts(&found).errors, 1);
        let dismissals = [dismissal(&found[0])];

        let again = review(SOURCE, "zh-Hans", WRONG, "en", &[], &dismissals);
        assert!(again[0].dismissal.is_some());
        assert_eq!(
            counts(&again),
            CheckCounts {
                errors: 0,
                warnings: 0,
                dismissed: 1
            }
        );

        // A paragraph added above: the finding is in paragraph 2 now, and still dismissed.
        let moved_source = format!("新闻提要。\n\n{SOURCE}");
        let moved = format!("In brief.\n\n{WRONG}");
        let later = review(&moved_source, "zh-Hans", &moved, "en", &[], &dismissals);
        assert_eq!(later.len(), 1);
        assert_eq!(later[0].finding.paragraph, 2);
        assert!(later[0].dismissal.is_some());
    }

    #[test]
    fn a_dismissal_ends_when_the_paragraph_is_edited() {
        let found = review(SOURCE, "zh-Hans", WRONG, "en", &[], &[]);
        let dismissals = [dismissal(&found[0])];
        let edited = WRONG.replace("about 2,400 yuan", "about 2,400 yuan in all");
        let later = review(SOURCE, "zh-Hans", &edited, "en", &[], &dismissals);
        assert_eq!(later.len(), 1);
        assert!(later[0].dismissal.is_none());
        assert_eq!(counts(&later).errors, 1);
    }
}
