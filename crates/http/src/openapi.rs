//! The OpenAPI 3.1 document, generated from the handlers' annotations, served at
//! `/api/openapi.json`.

use axum::{extract::State, http::header, response::IntoResponse};
use utoipa::{
    Modify, OpenApi,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use crate::AppState;

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
    modifiers(&BearerAuth),
)]
pub struct ApiDoc;

/// Documents on every write what the server's edge may answer before a handler runs: 408 when
/// the body is too slow, 413 when it is too large, 429 past the rate limit.
pub fn add_edge_responses(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let problem = || {
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("ProblemBody")))
            .build()
    };
    let answers = [
        ("408", "the request body did not arrive in time"),
        ("413", "the request body is larger than the limit"),
        ("429", "too many writes from this address; see Retry-After"),
    ];
    for item in doc.paths.paths.values_mut() {
        for operation in [
            &mut item.post,
            &mut item.put,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            for (status, description) in answers {
                operation
                    .responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| {
                        RefOr::T(
                            ResponseBuilder::new()
                                .description(description)
                                .content("application/problem+json", problem())
                                .build(),
                        )
                    });
            }
        }
    }
}

/// The document, built from the routes themselves (see [`crate::api_routes`]).
pub async fn serve(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi.to_string(),
    )
}
