//! People (admins): everyone who uses Bitext, their roles and tokens. Admins add people, issue
//! a token (its secret shown once, on the page that answers the post, never again), revoke
//! tokens, and reset a password to a generated one, also shown once.

use axum::{
    extract::{Path, Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use bitext_domain::{Role, Roles, User};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{self, Notice, Section, csrf_field, done_notice, with_done},
    session::Staff,
    tr::Tr,
    tr::refused,
    widgets::{seg, time},
};

const PAGE: u64 = 100;

#[derive(Debug, Default, Deserialize)]
pub struct PeopleQuery {
    cursor: Option<i64>,
    done: Option<String>,
}

/// A secret to show once, and what it is.
struct Shown {
    heading: String,
    secret: String,
}

fn roles_text(tr: &Tr, roles: Roles) -> String {
    roles
        .iter()
        .map(|r| tr.role(r))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn person_row(state: &AppState, staff: &Staff, user: &User) -> Result<Markup, ApiError> {
    let tr = &staff.tr;
    let tokens = state.app.tokens_of(&staff.actor, &user.name).await?;
    let base = format!("/people/{}", seg(&user.name));
    Ok(html! {
        section.person aria-labelledby={ "person-" (user.id) } {
            h2 #{ "person-" (user.id) } { (user.display_name) " " span.slug { (user.name) } }
            p { (roles_text(tr, user.roles)) }
            form.roles method="post" action={ (base) "/roles" } {
                (csrf_field(&staff.csrf))
                fieldset {
                    legend { (tr.ta("people-roles-of-person", &[("name", user.name.as_str().into())])) }
                    @for role in Role::ALL {
                        label {
                            input type="checkbox" name="roles" value=(role.as_str()) checked[user.roles.contains(role)];
                            " " (tr.role(role))
                        }
                        " "
                    }
                    button type="submit" { (tr.t("people-roles-save")) }
                }
            }
            table.list {
                caption { (tr.t("people-tokens")) }
                thead { tr {
                    th scope="col" { (tr.t("people-token-label")) }
                    th scope="col" { (tr.t("people-token-created")) }
                    th scope="col" { (tr.t("list-state")) }
                    th scope="col" { span.visually-hidden { (tr.t("people-token-actions")) } }
                } }
                tbody {
                    @for t in &tokens {
                        tr {
                            td { (t.label) }
                            td { (time(tr, t.created_at)) }
                            td { @if t.revoked { (tr.t("people-token-revoked")) } @else { (tr.t("people-token-active")) } }
                            td {
                                @if !t.revoked {
                                    form method="post" action={ (base) "/tokens/" (t.id) "/revoke" } {
                                        (csrf_field(&staff.csrf))
                                        button.danger type="submit" aria-label=(tr.ta("people-revoke-named", &[("label", t.label.as_str().into())])) { (tr.t("people-revoke")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            div.person-actions {
                form method="post" action={ (base) "/tokens" } {
                    (csrf_field(&staff.csrf))
                    label for={ "label-" (user.id) } { (tr.t("people-token-label")) }
                    " "
                    input id={ "label-" (user.id) } type="text" name="label" required;
                    " "
                    button type="submit" { (tr.t("people-new-token")) }
                }
                form method="post" action={ (base) "/password" } {
                    (csrf_field(&staff.csrf))
                    button type="submit" { (tr.t("people-reset-password")) }
                }
            }
        }
    })
}

fn add_form(staff: &Staff) -> Markup {
    let tr = &staff.tr;
    html! {
        details.new-person {
            summary { (tr.t("people-add")) }
            form method="post" action="/people" {
                (csrf_field(&staff.csrf))
                p { label for="new-name" { (tr.t("people-name")) } input #new-name type="text" name="name" required autocomplete="off"; }
                p { label for="new-display" { (tr.t("people-display-name")) } input #new-display type="text" name="display_name" required; }
                fieldset {
                    legend { (tr.t("people-roles")) }
                    @for role in Role::ALL {
                        label { input type="checkbox" name="roles" value=(role.as_str()); " " (tr.role(role)) }
                        " "
                    }
                }
                p { button.primary type="submit" { (tr.t("people-add-submit")) } }
            }
        }
    }
}

async fn render(
    state: &AppState,
    staff: &Staff,
    q: &PeopleQuery,
    notice: Option<Notice>,
    shown: Option<Shown>,
) -> Result<Response, ApiError> {
    let tr = &staff.tr;
    let page = state.app.users(&staff.actor, PAGE, q.cursor).await?;
    let mut rows = Vec::new();
    for user in &page.items {
        rows.push(person_row(state, staff, user).await?);
    }
    let notice = notice.or_else(|| done_notice(tr, q.done.as_deref()));
    let content = html! {
        h1 { (tr.t("shell-people")) }
        @if let Some(shown) = &shown {
            section.shown-once role="alert" {
                h2 { (shown.heading) }
                p { code.secret { (shown.secret) } }
                p { (tr.t("people-shown-once")) }
            }
        }
        (add_form(staff))
        @for row in rows { (row) }
        @if let Some(cursor) = &page.next_cursor {
            p.pager { a rel="next" href={ "/people?cursor=" (cursor) } { (tr.t("list-next-page")) } }
        }
    };
    let mut res = layout::page(
        staff,
        Section::People,
        &tr.t("shell-people"),
        notice.as_ref(),
        "/people",
        content,
    )
    .into_response();
    // A page showing a secret must not be kept by any cache.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// `GET /people`.
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<PeopleQuery>,
) -> Result<Response, ApiError> {
    render(&state, &staff, &q, None, None).await
}

#[derive(Debug, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    roles: Vec<String>,
}

/// Answers a post: the page again, with the secret shown once or the reason it was refused.
async fn answer(
    state: &AppState,
    staff: &Staff,
    result: Result<Shown, bitext_app::AppError>,
) -> Result<Response, ApiError> {
    match result {
        Ok(shown) => render(state, staff, &PeopleQuery::default(), None, Some(shown)).await,
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            let mut res = render(
                state,
                staff,
                &PeopleQuery::default(),
                Some(Notice::Error(message)),
                None,
            )
            .await?;
            *res.status_mut() = status;
            Ok(res)
        }
    }
}

/// `POST /people`.
pub async fn add(
    State(state): State<AppState>,
    staff: Staff,
    CsrfForm(f): CsrfForm<AddForm>,
) -> Result<Response, ApiError> {
    let roles: Roles = match f.roles.join(",").parse() {
        Ok(roles) => roles,
        Err(_) => return Err(ApiError::bad_request()),
    };
    let tr = staff.tr;
    let result = state
        .app
        .add_person(&staff.actor, f.name.trim(), f.display_name.trim(), roles)
        .await
        .map(|(user, secret)| Shown {
            heading: tr.ta("people-added", &[("name", user.name.as_str().into())]),
            secret,
        });
    answer(&state, &staff, result).await
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
}

/// `POST /people/{name}/tokens`.
pub async fn issue_token(
    State(state): State<AppState>,
    staff: Staff,
    Path(name): Path<String>,
    CsrfForm(f): CsrfForm<TokenForm>,
) -> Result<Response, ApiError> {
    let tr = staff.tr;
    let result = state
        .app
        .issue_token(&staff.actor, &name, f.label.trim())
        .await
        .map(|(_, secret)| Shown {
            heading: tr.ta("people-token-issued", &[("name", name.as_str().into())]),
            secret,
        });
    answer(&state, &staff, result).await
}

#[derive(Debug, Deserialize)]
pub struct Empty {}

/// `POST /people/{name}/tokens/{id}/revoke`.
pub async fn revoke_token(
    State(state): State<AppState>,
    staff: Staff,
    Path((_name, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, ApiError> {
    state.app.withdraw_token(&staff.actor, id).await?;
    Ok(Redirect::to(&with_done("/people", "token-revoked")).into_response())
}

#[derive(Debug, Deserialize)]
pub struct RolesForm {
    #[serde(default)]
    roles: Vec<String>,
}

/// `POST /people/{name}/roles`: the ticked roles replace the person's.
pub async fn change_roles(
    State(state): State<AppState>,
    staff: Staff,
    Path(name): Path<String>,
    CsrfForm(f): CsrfForm<RolesForm>,
) -> Result<Response, ApiError> {
    let Ok(roles) = f.roles.join(",").parse::<Roles>() else {
        return Err(ApiError::bad_request());
    };
    match state.app.change_roles(&staff.actor, &name, roles).await {
        Ok(_) => Ok(Redirect::to(&with_done("/people", "roles-changed")).into_response()),
        Err(e) => {
            let (message, status) = refused(&staff.tr, e)?;
            let q = PeopleQuery::default();
            let mut res = render(&state, &staff, &q, Some(Notice::Error(message)), None).await?;
            *res.status_mut() = status;
            Ok(res)
        }
    }
}

/// `POST /people/{name}/password`.
pub async fn reset_password(
    State(state): State<AppState>,
    staff: Staff,
    Path(name): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, ApiError> {
    let tr = staff.tr;
    let result = state
        .app
        .reset_password(&staff.actor, &name)
        .await
        .map(|secret| Shown {
            heading: tr.ta("people-password-reset", &[("name", name.as_str().into())]),
            secret,
        });
    answer(&state, &staff, result).await
}
