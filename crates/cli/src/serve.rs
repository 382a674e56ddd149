//! `bitext serve`: migrate, listen, and shut down gracefully on SIGINT or SIGTERM.

use bitext_app::AppConfig;
use bitext_domain::Destinations;
use bitext_i18n::Arg;
use bitext_web::router;
use tokio::net::TcpListener;

use crate::config::{self, DatabaseArgs, ServeArgs};

pub async fn run(db: &DatabaseArgs, args: ServeArgs) -> anyhow::Result<()> {
    // Every language's messages are parsed before the first request, not during it.
    bitext_i18n::Localizer::global().load_all();
    let destinations = if args.webhook_allow_private {
        Destinations::AlsoPrivate
    } else {
        Destinations::Public
    };
    let app = config::app(
        db,
        AppConfig {
            allow_self_approval: args.allow_self_approval,
            webhook_destinations: destinations,
            ..AppConfig::default()
        },
    )
    .await?;
    let store = app.store().clone();
    let http = args.http_config();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let until_stopped = move || {
        let mut stopped = stopped.clone();
        async move {
            let _ = stopped.wait_for(|&s| s).await;
        }
    };
    // Memory units approvals leave waiting are indexed beside the server, right after each
    // approval commits; those of other servers on the same database within a second.
    let indexer = {
        let app = app.clone();
        let stopped = until_stopped();
        tokio::spawn(async move {
            app.run_memory_indexer(std::time::Duration::from_secs(1), stopped)
                .await;
        })
    };
    // Revised documents are indexed for search every second, once each however often they
    // were revised (and before every search, which so finds them all).
    let search_indexer = {
        let app = app.clone();
        let stopped = until_stopped();
        tokio::spawn(async move {
            app.run_search_indexer(std::time::Duration::from_secs(1), stopped)
                .await;
        })
    };
    // Other servers of a PostgreSQL database announce their publishing changes; each drops
    // this server's cached public pages at once.
    let announcements = {
        let app = app.clone();
        let stopped = until_stopped();
        tokio::spawn(async move { app.run_published_listener(stopped).await })
    };
    let routes = router(app, &http);
    // Webhook deliveries run beside the server and stop with it; pending ones stay in the
    // outbox for the next start.
    let worker = if args.deliver_webhooks {
        let deliverer = bitext_webhooks::Deliverer::new(store.clone())?
            .destinations(destinations)?
            .lease(std::time::Duration::from_secs(args.webhook_lease))?;
        Some(tokio::spawn(
            deliverer.run(std::time::Duration::from_secs(1), until_stopped()),
        ))
    } else {
        None
    };
    let listener = TcpListener::bind(args.addr).await?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, backend = store.backend(), "listening");
    eprintln!(
        "{}",
        config::text("cli-serving", &[("addr", Arg::from(addr.to_string()))])
    );
    bitext_http::serve_with(listener, routes, &http, shutdown_signal()).await?;
    let _ = stop.send(true);
    if let Some(worker) = worker {
        let _ = worker.await;
    }
    let _ = indexer.await;
    let _ = search_indexer.await;
    let _ = announcements.await;
    store.close().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
