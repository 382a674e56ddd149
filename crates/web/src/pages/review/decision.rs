//! The decision on the revision shown: approve it (the form names that revision, so a newer
//! head makes the approval refused rather than approving text nobody read; open threads must
//! be acknowledged), or request changes with a comment saying what to change.

use bitext_domain::{Action, State};
use maud::{Markup, html};

use crate::{layout::csrf_field, session::Staff, widgets::translation_url};

use super::Review;

/// The decision forms, or why there is nothing to decide.
pub(super) fn panel(staff: &Staff, r: &Review, here: &str) -> Markup {
    let tr = &staff.tr;
    let t = &r.translation;
    let shown = r.comparison.new.number;
    let url = format!("{}/actions", translation_url(&t.slug, &t.language, None));
    let decides = staff.user().roles.any(Action::Approve.roles());
    let open = r.threads.open();
    html! {
        section.decision aria-labelledby="decision" {
            h2 #decision { (tr.t("review-decision")) }
            @if let (Some(revision), Some(by)) = (t.approved_revision, &t.approved_by) {
                p { (tr.ta("review-approved-by", &[("revision", revision.into()), ("name", by.as_str().into())])) }
            }
            @if t.state != State::InReview {
                p { (tr.ta("review-not-in-review", &[("state", tr.state(t.state).into())])) }
            } @else if !decides {
                p { (tr.t("review-editors-decide")) }
            } @else {
                @if r.checks.counts.errors > 0 {
                    p.notice.error {
                        (tr.ta("checks-hold-approval", &[("count", r.checks.counts.errors.into())]))
                        (tr.sentence_gap())
                        a href="#checks" { (tr.t("checks-see")) }
                    }
                }
                form.approve method="post" action=(url) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="approve";
                    input type="hidden" name="revision" value=(shown);
                    input type="hidden" name="next" value=(here);
                    @if open > 0 {
                        p.check {
                            input #acknowledge-threads type="checkbox" name="acknowledge_open_threads" value="yes";
                            " "
                            label for="acknowledge-threads" { (tr.ta("review-acknowledge-threads", &[("count", open.into())])) }
                        }
                    }
                    p { button.primary type="submit" { (tr.ta("review-approve", &[("revision", shown.into())])) } }
                }
                form.request-changes method="post" action=(url) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="request_changes";
                    input type="hidden" name="next" value=(here);
                    p {
                        label for="request-comment" { (tr.t("review-request-comment")) }
                        textarea #request-comment name="comment" rows="4" required {}
                    }
                    p { button type="submit" { (tr.t("review-request-changes")) } }
                }
            }
        }
    }
}
