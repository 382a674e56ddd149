//! The articles list at `/articles`, filterable by source language, translation language,
//! translation state and outdated, a page at a time; the source desk starts an article here.

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use bitext_app::{
    ArticleFilter,
    articles::{Content, NewArticle},
};
use bitext_domain::{Body, LanguageTag, Message, Role, Slug, State as WorkflowState, Title};
use bitext_http::{AppState, error::ApiError};
use maud::{Markup, html};
use serde::Deserialize;

use crate::{
    form::CsrfForm,
    layout::{self, Notice, Section, csrf_field, lang_attrs},
    session::Staff,
    tr::Tr,
    widgets::{article_url, time},
};

const PAGE: u64 = 50;

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    source: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    outdated: String,
    cursor: Option<i64>,
}

impl Filters {
    fn filter(&self) -> ArticleFilter {
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        ArticleFilter {
            language: text(&self.source),
            translation_language: text(&self.language),
            state: self.state.parse::<WorkflowState>().ok(),
            outdated: match self.outdated.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        }
    }

    fn query_after(&self, cursor: &str) -> String {
        let mut q = form_urlencoded(&[
            ("source", &self.source),
            ("language", &self.language),
            ("state", &self.state),
            ("outdated", &self.outdated),
        ]);
        q.push_str("&cursor=");
        q.push_str(cursor);
        q
    }
}

fn form_urlencoded(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::widgets::seg(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn filter_form(tr: &Tr, f: &Filters) -> Markup {
    html! {
        form.filters method="get" action="/articles" role="search" aria-label=(tr.t("articles-filters")) {
            label { (tr.t("articles-source-language")) " " input type="text" name="source" value=(f.source) size="8"; }
            label { (tr.t("articles-translation-language")) " " input type="text" name="language" value=(f.language) size="8"; }
            label { (tr.t("list-state")) " "
                select name="state" {
                    option value="" { (tr.t("articles-any")) }
                    @for s in WorkflowState::ALL {
                        option value=(s.as_str()) selected[f.state == s.as_str()] { (tr.state(s)) }
                    }
                }
            }
            label { (tr.t("list-outdated")) " "
                select name="outdated" {
                    option value="" { (tr.t("articles-any")) }
                    option value="yes" selected[f.outdated == "yes"] { (tr.t("articles-outdated-yes")) }
                    option value="no" selected[f.outdated == "no"] { (tr.t("articles-outdated-no")) }
                }
            }
            button type="submit" { (tr.t("articles-filter")) }
        }
    }
}

fn new_article_form(staff: &Staff) -> Markup {
    let tr = &staff.tr;
    html! {
        details.new-article {
            summary { (tr.t("articles-new")) }
            form method="post" action="/articles" {
                (csrf_field(&staff.csrf))
                p { label for="new-slug" { (tr.t("articles-slug")) } input #new-slug type="text" name="slug" required pattern="[a-z0-9\\-]+"; }
                p { label for="new-language" { (tr.t("articles-source-language")) } input #new-language type="text" name="language" required value="zh-Hans"; }
                p { label for="new-title" { (tr.t("field-title")) } input #new-title type="text" name="title" required; }
                p { label for="new-body" { (tr.t("field-body")) } textarea #new-body name="body" rows="10" required {} }
                p { label for="new-message" { (tr.t("field-message")) } input #new-message type="text" name="message"; }
                p { button.primary type="submit" { (tr.t("articles-create")) } }
            }
        }
    }
}

async fn render(
    state: &AppState,
    staff: &Staff,
    f: &Filters,
    notice: Option<&Notice>,
) -> Result<Response, ApiError> {
    let tr = &staff.tr;
    let page = state.app.list_articles(&f.filter(), PAGE, f.cursor).await?;
    let content = html! {
        h1 { (tr.t("shell-articles")) }
        (filter_form(tr, f))
        @if staff.user().roles.any(bitext_app::articles::SOURCE_DESK) { (new_article_form(staff)) }
        @if page.items.is_empty() {
            p.empty { (tr.t("articles-none")) }
        } @else {
            table.list {
                caption.visually-hidden { (tr.t("shell-articles")) }
                thead { tr {
                    th scope="col" { (tr.t("list-article")) }
                    th scope="col" { (tr.t("articles-source-language")) }
                    th scope="col" { (tr.t("articles-revisions")) }
                    th scope="col" { (tr.t("list-updated")) }
                } }
                tbody {
                    @for a in &page.items {
                        @let (lang, dir) = lang_attrs(&a.article.language);
                        tr {
                            td { a href=(article_url(&a.article.slug)) lang=(lang) dir=(dir) { (a.title) } " " span.slug { (a.article.slug) } }
                            td { (a.article.language) }
                            td.number { (a.article.head) }
                            td { (time(tr, a.article.updated_at)) }
                        }
                    }
                }
            }
        }
        @if let Some(cursor) = &page.next_cursor {
            p.pager { a rel="next" href={ "/articles?" (f.query_after(cursor)) } { (tr.t("list-next-page")) } }
        }
    };
    Ok(layout::page(
        staff,
        Section::Articles,
        &tr.t("shell-articles"),
        notice,
        "/articles",
        content,
    )
    .into_response())
}

/// `GET /articles`.
pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(f): Query<Filters>,
) -> Result<Response, ApiError> {
    render(&state, &staff, &f, None).await
}

#[derive(Debug, Deserialize)]
pub struct NewArticleForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    message: String,
}

fn parse(f: &NewArticleForm) -> Result<NewArticle, bitext_domain::ValidationError> {
    Ok(NewArticle {
        slug: Slug::parse(f.slug.trim())?,
        language: LanguageTag::parse(f.language.trim())?,
        content: Content {
            title: Title::parse(&f.title)?,
            body: Body::parse(&f.body)?,
            message: Message::parse(&f.message)?,
        },
    })
}

/// `POST /articles`.
pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    CsrfForm(f): CsrfForm<NewArticleForm>,
) -> Result<Response, ApiError> {
    staff
        .actor
        .require(&[Role::Editor, Role::Admin])
        .map_err(ApiError::from)?;
    let result = match parse(&f) {
        Ok(new) => state
            .app
            .create_article(&staff.actor, new)
            .await
            .map_err(|e| staff.tr.error(&e)),
        Err(e) => Err(staff.tr.error(&e)),
    };
    match result {
        Ok(detail) => Ok(Redirect::to(&article_url(&detail.article.slug)).into_response()),
        Err(message) => {
            let mut res = render(
                &state,
                &staff,
                &Filters::default(),
                Some(&Notice::Error(message)),
            )
            .await?;
            *res.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(res)
        }
    }
}
