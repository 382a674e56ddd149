//! The publish page at `/articles/{slug}/{lang}/publish`: the credit line the next edition will
//! carry, previewed in every interface language with the reading page's own code; the editors'
//! override of it (`POST …/credits`); publishing (with a correction note when it was published
//! before, and an acknowledgement when the source moved on), refreshing the original's text
//! after minor revisions of it, withdrawing with a reason, reopening; and the editions
//! published so far.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::{AppError, CreditPreview, StoreError};
use bitext_domain::{Action, CreditText, Edition, LanguageTag, Role, Slug, State as Workflow};
use bitext_http::{AppState, error::ApiError};
use bitext_i18n::Locale;
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{self, Notice, Section, csrf_field, with_done},
    pages::{
        actions::document,
        tabs::{self, Tab},
    },
    session::Staff,
    widgets::{seg, time, translation_url},
};

#[derive(Debug, Default, Deserialize)]
pub struct PublishQuery {
    done: Option<String>,
}

/// What the page shows, read through the use cases.
struct Publishing {
    translation: bitext_domain::Translation,
    preview: CreditPreview,
    /// Oldest first; none before the first publication.
    editions: Vec<Edition>,
}

async fn load(
    state: &AppState,
    slug: &Slug,
    language: &LanguageTag,
) -> Result<Publishing, ApiError> {
    let app = &state.app;
    let translation = app.translation(slug, language).await?.translation;
    let preview = app.credit_preview(slug, language).await?;
    let editions = match app.published(slug, language, None).await {
        Ok(p) => p.editions,
        Err(AppError::Store(StoreError::NotPublished { .. })) => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    Ok(Publishing {
        translation,
        preview,
        editions,
    })
}

/// The credit line an edition with these credits shows readers in `locale`: made by the same
/// function the reading page calls, on an edition that carries nothing but the credits.
fn credit_line(p: &Publishing, locale: &Locale) -> String {
    let t = &p.translation;
    let side = |language: &str| bitext_publish::Side {
        language: language.to_owned(),
        title: String::new(),
        body: String::new(),
        revision: 0,
    };
    let edition = bitext_publish::Edition {
        slug: t.slug.clone(),
        number: 0,
        published_at: t.updated_at,
        publisher: String::new(),
        source: side(""),
        translation: side(&t.language),
        translators: p.preview.translators.clone(),
        editors: p.preview.editors.clone(),
        credit_override: p.preview.credit_override.clone(),
        correction_note: None,
        minor: false,
        editions: Vec::new(),
        translations: Vec::new(),
    };
    bitext_publish::credits(&edition, locale)
}

fn credits(staff: &Staff, p: &Publishing, kept: Option<&str>) -> Markup {
    let tr = &staff.tr;
    let t = &p.translation;
    let action = format!("{}/credits", translation_url(&t.slug, &t.language, None));
    let current = kept.or(p.preview.credit_override.as_deref()).unwrap_or("");
    html! {
        section aria-labelledby="credits" {
            h2 #credits { (tr.t("publish-credits")) }
            p { (tr.ta("publish-credits-of", &[("revision", p.preview.revision.into())])) }
            table.list.credit-preview {
                caption.visually-hidden { (tr.t("publish-credits")) }
                thead { tr {
                    th scope="col" { (tr.t("publish-interface-language")) }
                    th scope="col" { (tr.t("publish-credit-line")) }
                } }
                tbody {
                    @for locale in Locale::ALL {
                        @let line = credit_line(p, &locale);
                        tr {
                            th scope="row" lang=(locale.as_str()) { (tr.t(&format!("language-name-{}", locale.as_str()))) }
                            td lang=(locale.as_str()) {
                                @if line.is_empty() { span.empty { (tr.t("publish-no-credits")) } } @else { bdi { (line) } }
                            }
                        }
                    }
                }
            }
            @if staff.user().roles.contains(Role::Editor) {
                form method="post" action=(action) {
                    (csrf_field(&staff.csrf))
                    p {
                        label for="credit-text" { (tr.t("publish-override")) }
                        textarea #credit-text name="text" rows="2" maxlength=(CreditText::MAX_CHARS)
                            aria-describedby="credit-help" dir="auto" { (current) }
                        span.help #credit-help { (tr.t("publish-override-help")) }
                    }
                    p { button type="submit" { (tr.t("publish-override-save")) } }
                }
            } @else if let Some(text) = &p.preview.credit_override {
                p { (tr.t("publish-override")) ": " bdi { (text) } }
            }
        }
    }
}

fn actions(staff: &Staff, p: &Publishing, here: &str) -> Markup {
    let tr = &staff.tr;
    let t = &p.translation;
    let url = format!("{}/actions", translation_url(&t.slug, &t.language, None));
    let may = |a: Action| staff.user().roles.any(a.roles()) && a.target(t.state).is_some();
    let next = p.editions.last().map_or(1, |e| e.number + 1);
    html! {
        section aria-labelledby="publishing" {
            h2 #publishing { (tr.t("publish-actions")) }
            @if let Some(reason) = &t.withdrawn_reason {
                p.notice.error { (tr.ta("publish-withdrawn", &[("reason", reason.as_str().into())])) }
            }
            @if t.state == Workflow::Approved && t.approved_revision.is_some() {
                p { (tr.ta("publish-approved", &[("revision", t.approved_revision.unwrap_or_default().into())])) }
            } @else if matches!(t.state, Workflow::Draft | Workflow::InReview | Workflow::ChangesRequested) {
                p { (tr.ta("publish-waiting", &[("state", tr.state(t.state).into())])) " "
                    a href=(translation_url(&t.slug, &t.language, Some("review"))) { (tr.t("publish-to-review")) } }
            }
            @if may(Action::Publish) {
                form.publish method="post" action=(url) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="publish";
                    input type="hidden" name="next" value=(here);
                    @if !p.editions.is_empty() {
                        p {
                            label for="correction-note" { (tr.t("publish-correction-note")) }
                            textarea #correction-note name="correction_note" rows="3" required dir="auto" {}
                        }
                    }
                    @if t.outdated() {
                        p.check {
                            input #acknowledge-outdated type="checkbox" name="acknowledge_outdated" value="yes";
                            " "
                            label for="acknowledge-outdated" { (tr.ta("publish-acknowledge-outdated", &[
                                ("revision", t.source_revision.into()),
                                ("head", t.article_major_head.into()),
                            ])) }
                        }
                    }
                    p { button.primary type="submit" { (tr.ta("publish-publish", &[("edition", next.into())])) } }
                }
            }
            (super::refresh::form(staff, t, p.editions.last(), here))
            @if may(Action::Withdraw) {
                form.withdraw method="post" action=(url) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="withdraw";
                    input type="hidden" name="next" value=(here);
                    p {
                        label for="withdraw-reason" { (tr.t("publish-withdraw-reason")) }
                        textarea #withdraw-reason name="comment" rows="3" required dir="auto" {}
                    }
                    p { button.danger type="submit" { (tr.t("publish-withdraw")) } }
                }
            }
            @if may(Action::Reopen) {
                form.reopen method="post" action=(url) {
                    (csrf_field(&staff.csrf))
                    input type="hidden" name="action" value="reopen";
                    input type="hidden" name="next" value=(here);
                    p { button type="submit" { (tr.t("publish-reopen")) } " " span.help { (tr.t("publish-reopen-help")) } }
                }
            }
        }
    }
}

fn editions(staff: &Staff, p: &Publishing) -> Markup {
    let tr = &staff.tr;
    let t = &p.translation;
    let read = |n: i32| format!("/read/{}/{}?edition={n}", seg(&t.slug), seg(&t.language));
    html! {
        section aria-labelledby="editions" {
            h2 #editions { (tr.t("publish-editions")) }
            @if p.editions.is_empty() {
                p.empty { (tr.t("publish-no-editions")) }
            } @else {
                table.list {
                    caption.visually-hidden { (tr.t("publish-editions")) }
                    thead { tr {
                        th scope="col" { (tr.t("publish-edition")) }
                        th scope="col" { (tr.t("publish-published-at")) }
                        th scope="col" { (tr.t("publish-publisher")) }
                        th scope="col" { (tr.t("publish-revisions")) }
                        th scope="col" { (tr.t("publish-correction")) }
                    } }
                    tbody {
                        @for e in p.editions.iter().rev() {
                            tr {
                                th scope="row" { a href=(read(e.number)) { (tr.ta("publish-edition-number", &[("number", e.number.into())])) } }
                                td { (time(tr, e.created_at)) }
                                td { (e.publisher) }
                                td { (tr.ta("publish-revisions-of", &[
                                    ("translation", e.translation_revision.into()),
                                    ("source", e.source_revision.into()),
                                ])) }
                                @if e.minor {
                                    td { (tr.t("publish-minor")) }
                                } @else {
                                    td dir="auto" { @if let Some(n) = &e.correction_note { (n) } @else { "—" } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn render(
    state: &AppState,
    staff: &Staff,
    slug: &Slug,
    language: &LanguageTag,
    notice: Option<&Notice>,
    kept: Option<&str>,
) -> Result<Response, ApiError> {
    let p = load(state, slug, language).await?;
    let tr = &staff.tr;
    let t = &p.translation;
    let here = translation_url(&t.slug, &t.language, Some("publish"));
    let title = tr.ta("publish-title", &[("language", t.language.as_str().into())]);
    let content = html! {
        h1 { (title) " " span.slug { (t.slug) } }
        (tabs::tabs(tr, t, Tab::Publish))
        (tabs::status(tr, t))
        (actions(staff, &p, &here))
        (credits(staff, &p, kept))
        (editions(staff, &p))
    };
    Ok(layout::page(staff, Section::Articles, &title, notice, &here, content).into_response())
}

/// `GET /articles/{slug}/{lang}/publish`.
pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    Query(q): Query<PublishQuery>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let notice = layout::done_notice(&staff.tr, q.done.as_deref());
    render(&state, &staff, &slug, &language, notice.as_ref(), None).await
}

#[derive(Debug, Deserialize)]
pub struct CreditsForm {
    #[serde(default)]
    text: String,
}

/// `POST /articles/{slug}/{lang}/credits`: sets the credit line of the next editions, or, empty,
/// goes back to the generated one. Refused, the page comes back with the text kept.
pub async fn set_credits(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(f): CsrfForm<CreditsForm>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let result = match CreditText::parse(&f.text) {
        Ok(text) => {
            let cleared = text.is_none();
            state
                .app
                .set_credits(&staff.actor, &slug, &language, text)
                .await
                .map(|()| cleared)
        }
        Err(e) => Err(AppError::from(e)),
    };
    match result {
        Ok(cleared) => {
            let back = translation_url(slug.as_str(), language.as_str(), Some("publish"));
            let done = if cleared {
                "credits-cleared"
            } else {
                "credits"
            };
            Ok(Redirect::to(&with_done(&back, done)).into_response())
        }
        Err(e) if e.is_internal() => Err(e.into()),
        Err(e) => {
            let notice = Notice::Error(staff.tr.error(&e));
            let status = ApiError::from(e).status();
            let mut res = render(
                &state,
                &staff,
                &slug,
                &language,
                Some(&notice),
                Some(&f.text),
            )
            .await?;
            *res.status_mut() = if status.is_client_error() {
                status
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            Ok(res)
        }
    }
}
