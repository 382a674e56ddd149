//! The OpenAPI 3.1 document, generated from the handlers' annotations, served at
//! `/api/openapi.json`.

use std::sync::OnceLock;

use axum::{http::header, response::IntoResponse};
use utoipa::{
    Modify, OpenApi, ToSchema,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use crate::routes::{
    admin, articles, diff::TitleChange, health, published, translations, workflow,
};

/// The JSON form of a diff (documentation of `bitext_domain::diff::Diff` as served).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DiffDoc {
    from: i32,
    to: i32,
    /// Present when the title changed.
    title: Option<TitleChange>,
    stats: DiffStatsDoc,
    /// Whitespace before the first paragraph of the newer body.
    leading: String,
    /// Whitespace before the first paragraph of the older body, when it differs.
    old_leading: Option<String>,
    paragraphs: Vec<ParagraphDoc>,
}

/// Counts over a diff.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DiffStatsDoc {
    paragraphs_equal: u64,
    paragraphs_inserted: u64,
    paragraphs_deleted: u64,
    paragraphs_changed: u64,
    words_inserted: u64,
    words_deleted: u64,
    /// A time limit made part of the diff coarser (never wrong).
    coarsened: bool,
}

/// One aligned paragraph. `equal` has `text`; `insert` and `delete` have `text`; `change` has
/// `spans`. `separator` is the whitespace after the paragraph.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ParagraphDoc {
    op: ParagraphOp,
    old_index: Option<u64>,
    new_index: Option<u64>,
    text: Option<String>,
    spans: Option<Vec<SpanDoc>>,
    separator: String,
    old_separator: Option<String>,
}

#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum ParagraphOp {
    Equal,
    Insert,
    Delete,
    Change,
}

/// A run of words inside a changed paragraph.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct SpanDoc {
    op: SpanOpDoc,
    text: String,
}

#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
pub enum SpanOpDoc {
    Equal,
    Insert,
    Delete,
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Bitext", description = "Multilingual translation and editorial workflow service"),
    paths(
        health::healthz,
        health::readyz,
        crate::metrics::serve,
        articles::create,
        articles::list,
        articles::get,
        articles::revise,
        articles::history,
        articles::revision,
        articles::diff,
        translations::create,
        translations::get,
        translations::revise,
        translations::history,
        translations::revision,
        translations::diff,
        translations::source_diff,
        translations::events,
        workflow::act,
        workflow::comments,
        workflow::add_comment,
        workflow::resolve,
        workflow::reopen,
        workflow::queue,
        workflow::credits,
        admin::create,
        admin::list,
        admin::deactivate,
        admin::deliveries,
        published::json,
        published::page,
        published::feed,
        published::css,
    ),
    modifiers(&BearerAuth),
)]
pub struct ApiDoc;

/// The document as JSON, built once.
pub fn document() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

pub async fn serve() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], document())
}
