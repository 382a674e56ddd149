//! Choosing the interface language. A signed-in person's choice is saved on their account (and
//! follows them to every browser); a visitor's is kept in the `bitext_lang` cookie.

use axum::{
    extract::State,
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use bitext_http::{AppState, error::ApiError, locale::COOKIE as LANG_COOKIE};
use bitext_i18n::Locale;
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    pages::sign_in::safe_next,
    session::{MaybeStaff, secure, set_cookie},
};

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
    next: Option<String>,
}

/// `POST /language`.
pub async fn choose(
    State(state): State<AppState>,
    MaybeStaff(staff): MaybeStaff,
    CsrfForm(f): CsrfForm<LanguageForm>,
) -> Result<Response, ApiError> {
    let locale = Locale::from_tag(&f.language);
    let mut res = Redirect::to(&safe_next(f.next.as_deref())).into_response();
    let cookie = match (&staff, locale) {
        (Some(staff), _) => {
            state.app.set_language(&staff.actor, locale).await?;
            // The account's setting rules from now on; a cookie from before would override it.
            set_cookie(LANG_COOKIE, "", Some(0), "Lax", secure(&state))
        }
        (None, Some(locale)) => set_cookie(
            LANG_COOKIE,
            locale.as_str(),
            Some(365 * 24 * 3600),
            "Lax",
            secure(&state),
        ),
        (None, None) => set_cookie(LANG_COOKIE, "", Some(0), "Lax", secure(&state)),
    };
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
