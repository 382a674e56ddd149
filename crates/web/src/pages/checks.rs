//! What the quality checks found, on the pages that show a translation revision: a summary
//! with a link to each finding, each finding in the margin beside its paragraph, and dismissing
//! one with a reason (editors). A dismissed finding stays shown, with who dismissed it and why.

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::checks::{DISMISSERS, RevisionChecks};
use bitext_domain::checks::{Reviewed, Severity};
use bitext_http::{AppState, error::ApiError};
use bitext_i18n::{finding_message, severity_name};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{csrf_field, refusal, with_done},
    pages::actions::document,
    session::Staff,
    tr::{Tr, back_to, refused},
    widgets::translation_url,
};

/// Where the findings are shown, and for whom.
pub struct Shown<'a> {
    pub tr: &'a Tr,
    pub checks: &'a RevisionChecks,
    pub slug: &'a str,
    pub language: &'a str,
    /// The page to come back to after a dismissal.
    pub back: &'a str,
    /// The CSRF token, when the reader may dismiss findings.
    pub dismiss_with: Option<&'a str>,
    /// The fragment of paragraph `i`'s row on the page: `#p-0` on the review page.
    pub anchor: fn(usize) -> String,
}

impl Shown<'_> {
    /// Whether `staff` may dismiss findings.
    pub fn may_dismiss(staff: &Staff) -> bool {
        staff.user().roles.any(DISMISSERS)
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn message(shown: &Shown<'_>, r: &Reviewed) -> String {
    let (source, translation) = shown.checks.paragraphs_of(r);
    finding_message(&shown.tr.locale, &r.finding, source, translation)
}

/// The counts, and a list of every finding linked to its paragraph's row.
pub fn summary(shown: &Shown<'_>) -> Markup {
    let tr = shown.tr;
    let c = shown.checks.counts;
    let clean = shown.checks.findings.is_empty();
    html! {
        section.checks aria-labelledby="checks" {
            h2 #checks { (tr.t("checks-title")) }
            p.checks-counts {
                @if clean {
                    (tr.ta("checks-clean", &[("revision", shown.checks.revision.into())]))
                } @else {
                    (tr.ta("checks-counts", &[
                        ("errors", c.errors.into()),
                        ("warnings", c.warnings.into()),
                        ("dismissed", c.dismissed.into()),
                    ]))
                }
            }
            @if !clean {
                ol.checks-list {
                    @for r in &shown.checks.findings {
                        li class={ "finding-item " (severity_class(r.finding.severity)) @if r.dismissal.is_some() { " dismissed" } } {
                            a href=((shown.anchor)(r.finding.paragraph)) {
                                (tr.ta("checks-paragraph", &[("number", (r.finding.paragraph + 1).into())]))
                            }
                            " · "
                            strong { (severity_name(&tr.locale, r.finding.severity)) }
                            @if r.dismissal.is_some() { " · " (tr.t("checks-dismissed")) }
                            " · " (message(shown, r))
                        }
                    }
                }
            }
        }
    }
}

/// The findings on paragraph `index`, for the margin beside it.
pub fn beside(shown: &Shown<'_>, index: usize) -> Markup {
    let tr = shown.tr;
    html! {
        @for r in shown.checks.findings.iter().filter(|r| r.finding.paragraph == index) {
            div class={ "finding " (severity_class(r.finding.severity)) @if r.dismissal.is_some() { " dismissed" } }
                id={ "finding-" (r.id) } {
                p.finding-head {
                    strong { (severity_name(&tr.locale, r.finding.severity)) }
                    " " code { (r.finding.code) }
                }
                p { (message(shown, r)) }
                @if let Some(s) = &r.finding.suggestion {
                    p.finding-suggestion { (tr.ta("checks-suggestion", &[("suggestion", s.as_str().into())])) }
                }
                @if let Some(d) = &r.dismissal {
                    p.finding-dismissal {
                        (tr.ta("checks-dismissed-by", &[
                            ("name", d.dismissed_by.as_str().into()),
                            ("revision", d.revision.into()),
                        ]))
                        " " q { (d.reason) }
                    }
                } @else if let Some(csrf) = shown.dismiss_with {
                    details.dismiss {
                        summary { (tr.t("checks-dismiss")) }
                        form method="post" action=(format!("{}/checks/dismiss", translation_url(shown.slug, shown.language, None))) {
                            (csrf_field(csrf))
                            input type="hidden" name="finding" value=(r.id);
                            input type="hidden" name="revision" value=(shown.checks.revision);
                            input type="hidden" name="next" value=(shown.back);
                            p {
                                label for={ "reason-" (r.id) } { (tr.t("checks-reason")) }
                                textarea id={ "reason-" (r.id) } name="reason" rows="2" required {}
                            }
                            p { button type="submit" { (tr.t("checks-dismiss-button")) } }
                        }
                    }
                }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct DismissForm {
    #[serde(default)]
    finding: String,
    revision: Option<i32>,
    #[serde(default)]
    reason: String,
    next: Option<String>,
}

/// `POST /articles/{slug}/{lang}/checks/dismiss`.
pub async fn dismiss(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<DismissForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let back = back_to(f.next.as_deref(), || {
        translation_url(slug.as_str(), language.as_str(), Some("review"))
    });
    match state
        .app
        .dismiss_finding(
            &staff.actor,
            &slug,
            &language,
            f.revision,
            &f.finding,
            &f.reason,
        )
        .await
    {
        Ok((d, _)) => Ok(Redirect::to(&format!(
            "{}#finding-{}",
            with_done(&back, "dismissed"),
            d.finding
        ))
        .into_response()),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            Ok(refusal(&staff, status, &message, &back, Some(&f.reason)))
        }
    }
}
