//! Content negotiation from `Accept`, shared by every resource served in several formats.

use axum::http::{HeaderMap, StatusCode, header};
use bitext_domain::ErrorCode;

use crate::error::ApiError;

/// Picks among `offers` (media range, value; wildcard ranges listed explicitly, e.g.
/// `("text/*", Html)`) the first one the client accepts, in its order of preference (q-values,
/// then order). No header, or an empty one, gets the first offer.
///
/// # Errors
/// 406 naming `offered` when the client accepts none of them.
pub fn negotiate<T: Copy>(
    headers: &HeaderMap,
    offers: &[(&str, T)],
    offered: &'static str,
) -> Result<T, ApiError> {
    let default = offers[0].1;
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .trim();
    if accept.is_empty() {
        return Ok(default);
    }
    let mut ranges: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, range)| {
            let mut parts = range.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0 && !media.is_empty()).then_some((q, i, media))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .iter()
        .find_map(|(_, _, media)| offers.iter().find(|(m, _)| m == media).map(|(_, v)| *v))
        .ok_or_else(|| {
            ApiError::new(StatusCode::NOT_ACCEPTABLE, ErrorCode::NotAcceptable)
                .arg("accepted", offered)
        })
}
