//! Writing from the article's page: the source desk adds a source revision on top of the head it
//! read (a stale one answers with the merge page, nothing lost), and a translator starts a
//! translation with the source beside the form.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::{AppError, StoreError, articles::ArticleDetail, articles::Content};
use bitext_domain::{Body, LanguageTag, Message, Precondition, Title, ValidationError};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use super::{Typed, refused, slug};
use crate::{
    form::CsrfForm,
    layout::{csrf_field, lang_attrs, refusal, with_done},
    pages::{
        edit_form::EditForm,
        merge::{self, MergePage},
    },
    session::Staff,
    widgets::{article_url, translation_url},
};

/// The title, body and message of a form, parsed.
pub fn content(title: &str, body: &str, message: &str) -> Result<Content, ValidationError> {
    Ok(Content {
        title: Title::parse(title.trim())?,
        body: Body::parse(body)?,
        message: Message::parse(message.trim())?,
    })
}

/// Whether a write failed only because someone else saved first.
pub fn is_stale(e: &AppError) -> bool {
    matches!(
        e,
        AppError::Store(StoreError::Stale { .. }) | AppError::TagMismatch { .. }
    )
}

/// The source desk's form: the head's text to edit, on top of the head.
pub fn revise_form(staff: &Staff, detail: &ArticleDetail, typed: Option<&EditForm>) -> Markup {
    let tr = &staff.tr;
    let a = &detail.article;
    let head = &detail.head;
    let (lang, dir) = lang_attrs(&a.language);
    let base = typed.and_then(|f| f.base).unwrap_or(head.number);
    let title = typed.map_or(head.title.as_str(), |f| f.title.as_str());
    let body = typed.map_or_else(|| head.body.clone(), EditForm::body);
    let message = typed.map_or("", |f| f.message.as_str());
    html! {
        section.panel.desk aria-labelledby="desk-heading" {
            h2 #desk-heading { (tr.t("article-revise")) }
            form method="post" action={ (article_url(&a.slug)) "/revisions" }
                data-autosave={ "article/" (a.slug) "/" (base) } {
                (csrf_field(&staff.csrf))
                input type="hidden" name="base" value=(base);
                p.notice.restored data-restored hidden { (tr.t("workspace-restored")) }
                p {
                    label for="revise-title" { (tr.t("field-title")) }
                    input #revise-title type="text" name="title" value=(title) required lang=(lang) dir=(dir);
                }
                p {
                    label for="revise-body" { (tr.t("field-body")) }
                    textarea #revise-body name="body" rows="16" lang=(lang) dir=(dir) { (body) }
                }
                p {
                    label for="revise-message" { (tr.t("field-message")) }
                    input #revise-message type="text" name="message" value=(message);
                }
                p {
                    label.inline {
                        input type="checkbox" name="minor" value="on" checked[typed.is_some_and(|f| f.minor)];
                        " " (tr.t("article-minor-change"))
                    }
                    br;
                    span.hint { (tr.t("article-minor-hint")) }
                }
                p { button.primary type="submit" { (tr.t("article-revise-save")) } }
            }
        }
    }
}

/// `POST /articles/{slug}/revisions`.
pub async fn revise(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug_text): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let slug = slug(&slug_text)?;
    let form = EditForm::from_pairs(pairs);
    let back = article_url(slug.as_str());
    let typed = Typed {
        revision: Some(form.clone()),
        translation: None,
    };
    let Some(base) = form.base else {
        let message = staff.tr.t("workspace-no-base");
        let body = form.body();
        return Ok(refusal(
            &staff,
            StatusCode::BAD_REQUEST,
            &message,
            &back,
            Some(&body),
        ));
    };
    let content = match content(&form.title, &form.body(), &form.message) {
        Ok(c) => c,
        Err(e) => {
            let message = staff.tr.error(&e);
            let status = ApiError::from(AppError::from(e)).status();
            return refused(&state, &staff, &slug, status, message, &typed).await;
        }
    };
    let result = state
        .app
        .revise_article(
            &staff.actor,
            &slug,
            Precondition::head(base),
            content,
            form.minor,
        )
        .await;
    match result {
        Ok(_) => Ok(Redirect::to(&with_done(&back, "revised")).into_response()),
        Err(e) if is_stale(&e) => {
            let detail = state.app.article(&slug).await?;
            let Ok(base_revision) = state.app.article_revision(&slug, base).await else {
                let body = form.body();
                let message = staff.tr.error(&e);
                return Ok(refusal(
                    &staff,
                    StatusCode::CONFLICT,
                    &message,
                    &back,
                    Some(&body),
                ));
            };
            let mut hidden = Vec::new();
            if form.minor {
                hidden.push(("minor", "on".to_owned()));
            }
            Ok(merge::render(
                &staff,
                MergePage {
                    action: format!("{back}/revisions"),
                    back: back.clone(),
                    language: &detail.article.language,
                    base: &base_revision,
                    head: &detail.head,
                    form: &form,
                    hidden,
                    autosave: format!("merge/article/{}/{}", slug, detail.head.number),
                },
            ))
        }
        Err(e) => {
            let (message, status) = crate::tr::refused(&staff.tr, e)?;
            refused(&state, &staff, &slug, status, message, &typed).await
        }
    }
}

/// A new translation's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StartForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    message: String,
}

/// A translator's form to start a translation, beside the source.
pub fn start_form(staff: &Staff, detail: &ArticleDetail, typed: Option<&StartForm>) -> Markup {
    let tr = &staff.tr;
    let empty = StartForm::default();
    let f = typed.unwrap_or(&empty);
    html! {
        section.article-start aria-labelledby="start-heading" {
            h2 #start-heading { (tr.t("article-start")) }
            p.hint { (tr.t("article-start-hint")) }
            form method="post" action={ (article_url(&detail.article.slug)) "/translations" } {
                (csrf_field(&staff.csrf))
                p {
                    label for="start-language" { (tr.t("article-start-language")) }
                    input #start-language type="text" name="language" value=(f.language) required size="10" autocomplete="off";
                }
                p {
                    label for="start-title" { (tr.t("field-title")) }
                    input #start-title type="text" name="title" value=(f.title) required dir="auto";
                }
                p {
                    label for="start-body" { (tr.t("field-body")) }
                    textarea #start-body name="body" rows="14" dir="auto" { (f.body) }
                }
                p {
                    label for="start-message" { (tr.t("field-message")) }
                    input #start-message type="text" name="message" value=(f.message);
                }
                p { button.primary type="submit" { (tr.t("article-start-save")) } }
            }
        }
    }
}

fn parse_start(f: &StartForm) -> Result<(LanguageTag, Content), ValidationError> {
    let language = LanguageTag::parse(f.language.trim())?;
    let body = EditForm {
        pieces: vec![f.body.clone()],
        ..EditForm::default()
    }
    .body();
    Ok((language, content(&f.title, &body, &f.message)?))
}

/// `POST /articles/{slug}/translations`.
pub async fn start_translation(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug_text): Path<String>,
    CsrfForm(f): CsrfForm<StartForm>,
) -> Result<Response, ApiError> {
    let slug = slug(&slug_text)?;
    let result = match parse_start(&f) {
        Ok((language, content)) => {
            state
                .app
                .create_translation(&staff.actor, &slug, &language, content)
                .await
        }
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(detail) => {
            let t = detail.translation;
            let url = translation_url(&t.slug, &t.language, None);
            Ok(Redirect::to(&with_done(&url, "translation-started")).into_response())
        }
        Err(e) => {
            let (message, status) = crate::tr::refused(&staff.tr, e)?;
            let typed = Typed {
                revision: None,
                translation: Some(f),
            };
            refused(&state, &staff, &slug, status, message, &typed).await
        }
    }
}
