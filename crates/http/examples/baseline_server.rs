//! The load test's baseline: a bare axum server answering fixed bytes, so that the cost of
//! Bitext's public paths can be compared with that of HTTP alone on the same machine.
//! `baseline_server ADDR PATH=FILE=CONTENT_TYPE...` serves each file at its path with its
//! content type.

use axum::{Router, body::Bytes, http::header, routing::get};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some((addr, routes)) = args.get(1).zip(args.get(2..)) else {
        eprintln!("usage: baseline_server ADDR PATH=FILE=CONTENT_TYPE...");
        std::process::exit(2);
    };
    let mut app = Router::new();
    for route in routes {
        let mut parts = route.splitn(3, '=');
        let (Some(path), Some(file), Some(content_type)) =
            (parts.next(), parts.next(), parts.next())
        else {
            eprintln!("not PATH=FILE=CONTENT_TYPE: {route}");
            std::process::exit(2);
        };
        let body = Bytes::from(std::fs::read(file)?);
        let content_type = content_type.to_owned();
        app = app.route(
            path,
            get(move || {
                let (body, content_type) = (body.clone(), content_type.clone());
                async move { ([(header::CONTENT_TYPE, content_type)], body) }
            }),
        );
    }
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await
}
