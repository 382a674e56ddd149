//! The load test's baseline: a bare axum server answering fixed bytes, so that the cost of
//! Bitext's reading path can be compared with that of HTTP alone on the same machine.
//! `baseline_server ADDR HTML_FILE JSON_FILE` serves the first file at `/read` and the second at
//! `/json`.

use axum::{Router, http::header, routing::get};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, addr, html, json] = args.as_slice() else {
        eprintln!("usage: baseline_server ADDR HTML_FILE JSON_FILE");
        std::process::exit(2);
    };
    let html = axum::body::Bytes::from(std::fs::read(html)?);
    let json = axum::body::Bytes::from(std::fs::read(json)?);
    let app = Router::new()
        .route(
            "/read",
            get(move || {
                let body = html.clone();
                async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body) }
            }),
        )
        .route(
            "/json",
            get(move || {
                let body = json.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], body) }
            }),
        );
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await
}
