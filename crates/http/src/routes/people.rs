//! People: who the caller is and their interface language, and the people admins manage.

use axum::{Json, extract::State};
use bitext_domain::{ErrorCode, User, plain_text};
use bitext_i18n::Locale;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{
    AppState,
    error::{ApiError, ApiResult},
    extract::{Auth, JsonBody, PageQuery, ValidQuery},
    problem::ProblemBody,
};

/// A person, their roles and their interface language.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonDetail {
    /// The user name.
    pub name: String,
    pub display_name: String,
    /// `translator`, `editor`, `publisher`, `admin`.
    pub roles: Vec<String>,
    /// The interface language they chose (`en-US`, `zh-CN` or `zh-TW`); `null` to follow the
    /// browser's `Accept-Language`.
    pub language: Option<String>,
}

impl From<User> for PersonDetail {
    fn from(u: User) -> Self {
        Self {
            roles: u.roles.iter().map(|r| r.as_str().to_owned()).collect(),
            name: u.name,
            display_name: u.display_name,
            language: u.language,
        }
    }
}

/// A page of people.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonList {
    pub items: Vec<PersonDetail>,
    pub next_cursor: Option<String>,
}

/// `PUT /api/v1/me/language`
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageBody {
    /// `en-US`, `zh-CN` or `zh-TW` (any case); `null` to follow the browser's
    /// `Accept-Language`. Required: leaving it out does not clear it.
    #[schema(required = true, example = "zh-CN")]
    #[serde(deserialize_with = "required_nullable")]
    pub language: Option<String>,
}

fn required_nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(d)
}

/// Who the caller is: name, display name, roles and interface language.
#[utoipa::path(get, path = "/api/v1/me", tag = "people",
    responses(
        (status = 200, description = "the caller", body = PersonDetail),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn me(Auth(actor): Auth) -> Json<PersonDetail> {
    Json(actor.user.into())
}

/// Saves the caller's interface language, one of the supported locales, or clears it.
#[utoipa::path(put, path = "/api/v1/me/language", tag = "people",
    request_body = LanguageBody,
    responses(
        (status = 200, description = "saved; the caller as they now are", body = PersonDetail),
        (status = 400, description = "malformed request", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 413, description = "body too large", body = ProblemBody, content_type = "application/problem+json"),
        (status = 415, description = "not JSON", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "not a supported interface language", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn set_language(
    State(state): State<AppState>,
    Auth(actor): Auth,
    JsonBody(body): JsonBody<LanguageBody>,
) -> ApiResult<Json<PersonDetail>> {
    let language = match body.language.as_deref() {
        None => None,
        Some(tag) => {
            plain_text(tag)?;
            Some(Locale::from_tag(tag.trim()).ok_or_else(|| {
                let supported: Vec<&str> = Locale::ALL.iter().map(Locale::as_str).collect();
                ApiError::new(
                    axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                    ErrorCode::UnsupportedLanguage,
                )
                .arg("language", tag.chars().take(40).collect::<String>())
                .arg("supported", supported.join(", "))
            })?)
        }
    };
    let user = state.app.set_language(&actor, language).await?;
    Ok(Json(user.into()))
}

/// The people who use Bitext with their roles, in the order they were added (admins).
#[utoipa::path(get, path = "/api/v1/users", tag = "people",
    params(PageQuery),
    responses(
        (status = 200, description = "a page of people", body = PersonList),
        (status = 400, description = "bad query", body = ProblemBody, content_type = "application/problem+json"),
        (status = 401, description = "no valid token", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "admins only", body = ProblemBody, content_type = "application/problem+json"),
    ),
    security(("bearer" = [])))]
pub async fn users(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ValidQuery(page): ValidQuery<PageQuery>,
) -> ApiResult<Json<PersonList>> {
    let (limit, after) = page.parse()?;
    let page = state.app.users(&actor, limit, after).await?;
    Ok(Json(PersonList {
        items: page.items.into_iter().map(Into::into).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// `/api/v1/me…` and `/api/v1/users`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(me))
        .routes(routes!(set_language))
        .routes(routes!(users))
}
