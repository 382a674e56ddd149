//! Translations across articles, for the desk's lists: by language, state, assignee and
//! whether they are outdated.

use axum::{Json, extract::State};
use bitext_app::{TranslationFilter, listing::AssigneeFilter};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    dto::documents::{PersonView, direction},
    error::ApiResult,
    extract::{Auth, PageQuery, ValidQuery},
    problem::ProblemBody,
    routes::{language, state as workflow_state},
};

/// Filters for `GET /api/v1/translations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TranslationQuery {
    /// Only translations into this language.
    pub language: Option<String>,
    /// Only translations in this state: `draft`, `in_review`, `changes_requested`,
    /// `approved`, `published` or `withdrawn`.
    pub state: Option<String>,
    /// Only translations held by this person: a user name, or `me` for the caller.
    pub assignee: Option<String>,
    /// Only outdated translations (`true`), or only current ones (`false`).
    pub outdated: Option<bool>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// A translation in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationItem {
    /// The article's slug.
    pub slug: String,
    /// The title of the article's head revision, in the source language.
    pub article_title: String,
    pub language: String,
    pub direction: String,
    pub state: String,
    pub head: i32,
    /// Who it belongs to (`null`: no one; a translator may claim it).
    pub assignee: Option<PersonView>,
    /// Whether the source had a major revision since the revision it renders.
    pub outdated: bool,
    pub updated_at: DateTime<Utc>,
}

/// A page of translations.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationList {
    pub items: Vec<TranslationItem>,
    pub next_cursor: Option<String>,
}

/// Lists translations across articles, in the order they were started.
#[utoipa::path(get, path = "/api/v1/translations", tag = "translations",
    params(TranslationQuery),
    responses(
        (status = 200, description = "a page of translations", body = TranslationList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "invalid language tag", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(q): ValidQuery<TranslationQuery>,
) -> ApiResult<Json<TranslationList>> {
    let (limit, after) = PageQuery {
        limit: q.limit,
        cursor: q.cursor,
    }
    .parse()?;
    let filter = TranslationFilter {
        language: q
            .language
            .as_deref()
            .map(language)
            .transpose()?
            .map(|l| l.as_str().to_owned()),
        state: q.state.as_deref().map(workflow_state).transpose()?,
        assignee: None,
        outdated: q.outdated,
    };
    let assignee = q.assignee.map(|a| match a.as_str() {
        "me" => AssigneeFilter::Me,
        _ => AssigneeFilter::Named(a),
    });
    let page = state
        .app
        .list_translations(&actor, filter, assignee, limit, after)
        .await?;
    let items = page
        .items
        .into_iter()
        .map(|listed| {
            let t = listed.translation;
            TranslationItem {
                direction: direction(&t.language),
                outdated: t.outdated(),
                slug: t.slug,
                article_title: listed.article_title,
                language: t.language,
                state: t.state.as_str().to_owned(),
                head: t.head,
                assignee: t.assignee.map(Into::into),
                updated_at: t.updated_at,
            }
        })
        .collect();
    Ok(Json(TranslationList {
        items,
        next_cursor: page.next_cursor,
    }))
}

/// `/api/v1/translations`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list))
}
