//! `POST /articles/{slug}/{lang}/save`: the workspace's paragraphs saved as one revision on top
//! of the head they were read from, rendering the source revision shown beside them. A stale
//! save answers with the merge page; a refused one shows the workspace again with the text as
//! typed. Nothing typed is lost either way.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::AppError;
use bitext_domain::Precondition;
use bitext_http::{AppState, error::ApiError};

use super::{View, render};
use crate::{
    form::CsrfForm,
    layout::{Notice, refusal, with_done},
    pages::{
        actions::document,
        article::desk::{content, is_stale},
        edit_form::EditForm,
        merge::{self, MergePage},
    },
    session::Staff,
    widgets::translation_url,
};

/// `POST /articles/{slug}/{lang}/save`.
pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, language)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let (slug, language) = document(&slug, &language)?;
    let form = EditForm::from_pairs(pairs);
    let here = translation_url(slug.as_str(), language.as_str(), None);
    let Some(base) = form.base else {
        let message = staff.tr.t("workspace-no-base");
        let body = form.body();
        return Ok(refusal(
            &staff,
            StatusCode::BAD_REQUEST,
            &message,
            &here,
            Some(&body),
        ));
    };
    let result = match content(&form.title, &form.body(), &form.message) {
        Ok(content) => {
            state
                .app
                .revise_translation(
                    &staff.actor,
                    &slug,
                    &language,
                    Precondition::head(base),
                    content,
                    form.source,
                )
                .await
        }
        Err(e) => Err(AppError::from(e)),
    };
    match result {
        Ok(_) => Ok(Redirect::to(&with_done(&here, "saved")).into_response()),
        Err(e) if is_stale(&e) => {
            let detail = state.app.translation(&slug, &language).await?;
            let Ok(base_revision) = state.app.translation_revision(&slug, &language, base).await
            else {
                let message = staff.tr.error(&e);
                let body = form.body();
                return Ok(refusal(
                    &staff,
                    StatusCode::CONFLICT,
                    &message,
                    &here,
                    Some(&body),
                ));
            };
            let hidden = form
                .source
                .map(|s| vec![("source", s.to_string())])
                .unwrap_or_default();
            let t = &detail.translation;
            Ok(merge::render(
                &staff,
                MergePage {
                    action: format!("{here}/save"),
                    back: here.clone(),
                    language: &t.language,
                    base: &base_revision,
                    head: &detail.head,
                    form: &form,
                    hidden,
                    autosave: format!("merge/{}/{}/{}", t.slug, t.language, t.head),
                },
            ))
        }
        Err(e) if e.is_internal() => Err(e.into()),
        Err(e) => {
            let notice = Notice::Error(staff.tr.error(&e));
            let status = ApiError::from(e).status();
            let view = View {
                notice: Some(&notice),
                typed: Some(&form),
                comment_on: None,
            };
            let mut res = render(&state, &staff, &slug, &language, view).await?;
            *res.status_mut() = status;
            Ok(res)
        }
    }
}
