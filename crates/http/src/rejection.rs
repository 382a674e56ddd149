//! What exactly is wrong with a body, a query string or a path that does not parse, as typed
//! problem arguments (which field, which parameter, which value) rather than the parsers' own
//! English sentences, which never reach the client.

use axum::{
    extract::{Query, rejection::PathRejection},
    http::{StatusCode, Uri},
};
use bitext_domain::ErrorCode;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON body that did not parse into the endpoint's type: 400 for a syntax error, 422 for a
/// body of the wrong shape, with the kind of mistake, the field (if serde names one) and where
/// the parser stopped.
pub fn invalid_json(err: &serde_json::Error) -> ApiError {
    let (status, (problem, name)) = match err.classify() {
        serde_json::error::Category::Data => (
            StatusCode::UNPROCESSABLE_ENTITY,
            data_problem(&err.to_string()),
        ),
        _ => (StatusCode::BAD_REQUEST, ("syntax", String::new())),
    };
    ApiError::new(status, ErrorCode::InvalidJson)
        .arg("problem", problem)
        .arg("name", name)
        .arg("line", err.line())
        .arg("column", err.column())
}

/// The kind of a data error and the name it is about. serde words these errors itself
/// (`missing field `title``, `unknown variant `fly`, expected ...`); its fixed openings are
/// the only place the kind and the name can be read from. Anything else is a wrong type.
fn data_problem(message: &str) -> (&'static str, String) {
    const KINDS: [(&str, &str); 4] = [
        ("missing field `", "missing-field"),
        ("unknown field `", "unknown-field"),
        ("duplicate field `", "duplicate-field"),
        ("unknown variant `", "unknown-value"),
    ];
    KINDS
        .iter()
        .find_map(|(opening, kind)| {
            let name = message.strip_prefix(opening)?.split('`').next()?;
            Some((*kind, name.to_owned()))
        })
        .unwrap_or(("wrong-type", String::new()))
}

/// A query string that does not parse into `T`: the parameter at fault and its value. That is
/// the first parameter that does not parse alone; failing that (a parameter given twice), the
/// first one without which the rest parses; failing that, the first one.
pub fn invalid_query<T: DeserializeOwned>(query: &str) -> ApiError {
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let parses = |query: &str| {
        Uri::try_from(format!("/?{query}"))
            .ok()
            .is_some_and(|uri| Query::<T>::try_from_uri(&uri).is_ok())
    };
    let culprit = pairs
        .iter()
        .position(|pair| !parses(pair))
        .or_else(|| {
            (0..pairs.len()).find(|&skip| {
                let rest: Vec<&str> = pairs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, pair)| *pair)
                    .collect();
                parses(&rest.join("&"))
            })
        })
        .unwrap_or(0);
    let (name, value) = pairs.get(culprit).map(|p| decode(p)).unwrap_or_default();
    ApiError::invalid_query(&name, &value)
}

/// One `name=value` pair, percent-decoded.
fn decode(pair: &str) -> (String, String) {
    Uri::try_from(format!("/?{pair}"))
        .ok()
        .and_then(|uri| Query::<Vec<(String, String)>>::try_from_uri(&uri).ok())
        .and_then(|q| q.0.into_iter().next())
        .unwrap_or_else(|| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_owned(), value.to_owned())
        })
}

/// Path parameters that do not parse: the value at fault, when the rejection names one.
pub fn invalid_path(rejection: &PathRejection) -> ApiError {
    use axum::extract::path::ErrorKind;
    if let PathRejection::FailedToDeserializePathParams(e) = rejection
        && let ErrorKind::ParseErrorAtKey { value, .. }
        | ErrorKind::ParseErrorAtIndex { value, .. }
        | ErrorKind::ParseError { value, .. }
        | ErrorKind::DeserializeError { value, .. } = e.kind()
    {
        return ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidPath)
            .arg("value", value.as_str());
    }
    ApiError::bad_request()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        title: String,
        action: Option<Act>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Act {
        Submit,
    }

    fn json_problem(body: &str) -> (&'static str, String) {
        let err = serde_json::from_str::<Body>(body).expect_err("does not parse");
        match err.classify() {
            serde_json::error::Category::Data => data_problem(&err.to_string()),
            _ => ("syntax", String::new()),
        }
    }

    #[test]
    fn json_data_errors_name_their_kind_and_field() {
        let cases = [
            (r#"{}"#, ("missing-field", "title")),
            (r#"{"title": "T", "extra": 1}"#, ("unknown-field", "extra")),
            (
                r#"{"title": "T", "title": "U"}"#,
                ("duplicate-field", "title"),
            ),
            (
                r#"{"title": "T", "action": "fly"}"#,
                ("unknown-value", "fly"),
            ),
            (r#"{"title": 5}"#, ("wrong-type", "")),
            (r#"{"title": "#, ("syntax", "")),
        ];
        for (body, (kind, name)) in cases {
            assert_eq!(json_problem(body), (kind, name.to_owned()), "{body}");
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Page {
        limit: Option<u64>,
        outdated: Option<bool>,
    }

    fn culprit(query: &str) -> (String, String) {
        let err = invalid_query::<Page>(query);
        assert_eq!(err.code(), ErrorCode::InvalidQuery);
        let args = err.args();
        let text = |name: &str| match args.iter().find(|(n, _)| *n == name) {
            Some((_, bitext_domain::ErrorArg::Text(value))) => value.clone(),
            other => panic!("{name}: {other:?}"),
        };
        (text("name"), text("value"))
    }

    #[test]
    fn the_query_parameter_at_fault_is_named_with_its_decoded_value() {
        assert_eq!(culprit("limit=ten"), ("limit".into(), "ten".into()));
        assert_eq!(
            culprit("limit=5&outdated=s%C3%AD"),
            ("outdated".into(), "sí".into())
        );
        assert_eq!(culprit("limit=5&limit=6"), ("limit".into(), "5".into()));
    }
}
