//! Flags and `BITEXT_*` environment variables, logging, and opening the store.

use std::{net::SocketAddr, time::Duration};

use bitext_app::{App, AppConfig};
use bitext_domain::LanguageTag;
use bitext_front::args::parse_language;
pub use bitext_front::{
    args::DiffArgs,
    messages::{locale, text},
};
use bitext_http::{HttpConfig, RateLimit};
use bitext_i18n::{Arg, Localizer};
use bitext_store::Store;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Bitext: articles, translations, every revision and its diff, and the editorial workflow.
#[derive(Debug, Parser)]
#[command(name = "bitext", bin_name = "bitext", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Log format.
    #[arg(long, env = "BITEXT_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// The database: `sqlite://PATH` (created if missing) or `postgres://USER@HOST/DB`.
    #[arg(
        long,
        env = "BITEXT_DATABASE_URL",
        default_value = "sqlite://bitext.db",
        global = true
    )]
    pub database_url: String,
    /// SQLite only: when a commit is durable. `full` (the default) syncs every commit to
    /// disk, so an acknowledged write survives power loss; `normal` syncs at checkpoints only,
    /// for faster writes that survive a crash of the process but may lose the last commits
    /// to a power loss.
    #[arg(
        long,
        env = "BITEXT_SQLITE_SYNCHRONOUS",
        value_enum,
        default_value_t = SqliteSynchronous::Full,
        global = true
    )]
    pub sqlite_synchronous: SqliteSynchronous,
}

/// SQLite's `synchronous` setting, as `--sqlite-synchronous` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqliteSynchronous {
    Full,
    Normal,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API (migrations are applied first).
    Serve(ServeArgs),
    /// Apply pending database migrations.
    Migrate,
    /// Manage people.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Load a small bilingual sample: a Chinese article, its English translation, and revisions.
    Demo,
    /// Diff two text files with the server's engine; no database needed.
    ///
    /// Exits with 0 when the files are the same, 1 when they differ and 2 for trouble (a file
    /// missing, unreadable or not UTF-8), as diff(1) does.
    Diff(DiffArgs),
    /// Check a translation against its source (figures across scripts); no database needed.
    ///
    /// Paragraphs are separated by blank lines and counted from 0. Exits with 1 when there is
    /// an error-level finding, 0 when there is none, and 2 for trouble.
    Check(CheckArgs),
    /// The translation memory.
    #[command(subcommand)]
    Tm(crate::memory::TmCommand),
    /// Copy a SQLite database, consistent as of one moment, to a new file, while it serves.
    Backup {
        /// The new file (never overwritten).
        file: std::path::PathBuf,
    },
    /// Copy everything from one database into another, SQLite or PostgreSQL, either way, and
    /// verify it: row counts and content digests, table by table.
    ///
    /// The destination is migrated and must hold none of the copied rows. It is written in one
    /// transaction, so an interrupted copy leaves it empty: run the command again. Run again
    /// after it succeeded, it verifies the copy again and changes nothing. Prints each table's
    /// row count and digest.
    Copy {
        /// The database to copy from (left unchanged; it may go on serving).
        #[arg(long, value_name = "URL")]
        from: String,
        /// The database to copy into (`sqlite://PATH` is created when missing).
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "BITEXT_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The largest request body accepted, in bytes.
    #[arg(long, env = "BITEXT_BODY_LIMIT", default_value_t = 2 * 1024 * 1024)]
    pub body_limit: usize,
    /// Let an editor approve a translation whose every revision since the last approval is
    /// their own (off: a second pair of eyes approves).
    #[arg(long, env = "BITEXT_ALLOW_SELF_APPROVAL", default_value_t = false)]
    pub allow_self_approval: bool,
    /// Send webhook deliveries from this process (`false` leaves them in the outbox for
    /// another process, or for later).
    #[arg(long, env = "BITEXT_DELIVER_WEBHOOKS", default_value_t = true, action = clap::ArgAction::Set)]
    pub deliver_webhooks: bool,
    /// Let webhooks be registered for and delivered to this machine and private networks
    /// (off: public addresses only). For tests and single-machine setups; link-local
    /// addresses such as cloud metadata services stay refused.
    #[arg(long, env = "BITEXT_WEBHOOK_ALLOW_PRIVATE", default_value_t = false)]
    pub webhook_allow_private: bool,
    /// Seconds a server holds a webhook delivery it is sending. Another server sends it once
    /// the lease runs out, so this is how long a delivery waits when its server dies; a
    /// subscriber has at most half of it (and never more than 10 s) to answer.
    #[arg(long, env = "BITEXT_WEBHOOK_LEASE", value_name = "SECONDS", default_value_t = 60,
        value_parser = clap::value_parser!(u64).range(2..=86_400))]
    pub webhook_lease: u64,
    #[command(flatten)]
    pub edge: EdgeArgs,
}

/// Limits on what clients may hold or send, and the public address.
#[derive(Debug, Args)]
pub struct EdgeArgs {
    /// Seconds a request's headers may take to arrive (also the longest wait for the next
    /// request on a kept-alive connection).
    #[arg(long, env = "BITEXT_HEADER_TIMEOUT", value_name = "SECONDS",
        default_value_t = defaults().header_timeout.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,
    /// Seconds a whole request body may take to arrive after its headers (then 408).
    #[arg(long, env = "BITEXT_BODY_TIMEOUT", value_name = "SECONDS",
        default_value_t = defaults().body_timeout.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout: u64,
    /// Seconds a kept-alive connection may sit idle before it is closed.
    #[arg(long, env = "BITEXT_IDLE_TIMEOUT", value_name = "SECONDS",
        default_value_t = defaults().idle_timeout.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    pub idle_timeout: u64,
    /// Connections served at once; one more is answered 503 with Retry-After.
    #[arg(long, env = "BITEXT_MAX_CONNECTIONS",
        default_value_t = defaults().max_connections, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// Where people reach the service, e.g. https://news.example (https turns on HSTS).
    #[arg(long, env = "BITEXT_PUBLIC_URL", value_name = "URL", value_parser = parse_public_url)]
    pub public_url: Option<String>,
    /// The reading room's name, shown on every public page and in the feeds.
    #[arg(long, env = "BITEXT_SITE_NAME", value_name = "NAME", default_value_t = defaults().site_name,
        value_parser = parse_site_name)]
    pub site_name: String,
    /// API writes a client address may make per minute on average (0: no limit).
    #[arg(long, env = "BITEXT_WRITE_RATE", value_name = "PER_MINUTE",
        default_value_t = defaults().write_limit.per_minute)]
    pub write_rate: u32,
    /// API writes a client address may make at once, above the rate.
    #[arg(long, env = "BITEXT_WRITE_BURST", default_value_t = defaults().write_limit.burst)]
    pub write_burst: u32,
    /// Sign-in attempts a client address may make per minute on average (0: no limit).
    #[arg(long, env = "BITEXT_SIGN_IN_RATE", value_name = "PER_MINUTE",
        default_value_t = defaults().sign_in_limit.per_minute)]
    pub sign_in_rate: u32,
    /// Sign-in attempts a client address may make at once, above the rate.
    #[arg(long, env = "BITEXT_SIGN_IN_BURST", default_value_t = defaults().sign_in_limit.burst)]
    pub sign_in_burst: u32,
    /// The most bytes of rendered public pages kept in memory; the least recently used make
    /// room (0: no page cache).
    #[arg(long, env = "BITEXT_PAGE_CACHE_BYTES", value_name = "BYTES",
        default_value_t = defaults().page_cache_bytes)]
    pub page_cache_bytes: u64,
}

fn defaults() -> HttpConfig {
    HttpConfig::default()
}

fn parse_public_url(url: &str) -> Result<String, String> {
    match url.split_once("://") {
        Some((scheme, rest))
            if !rest.is_empty()
                && (scheme.eq_ignore_ascii_case("http")
                    || scheme.eq_ignore_ascii_case("https")) =>
        {
            Ok(url.trim_end_matches('/').to_owned())
        }
        _ => Err(text("cli-invalid-public-url", &[("url", Arg::from(url))])),
    }
}

fn parse_site_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(text("cli-invalid-site-name", &[("name", Arg::from(name))]));
    }
    Ok(name.to_owned())
}

impl ServeArgs {
    /// The HTTP layer's settings.
    pub fn http_config(&self) -> HttpConfig {
        let e = &self.edge;
        HttpConfig {
            body_limit: self.body_limit,
            header_timeout: Duration::from_secs(e.header_timeout),
            body_timeout: Duration::from_secs(e.body_timeout),
            idle_timeout: Duration::from_secs(e.idle_timeout),
            max_connections: e.max_connections,
            public_url: e.public_url.clone(),
            site_name: e.site_name.clone(),
            write_limit: RateLimit {
                per_minute: e.write_rate,
                burst: e.write_burst,
            },
            sign_in_limit: RateLimit {
                per_minute: e.sign_in_rate,
                burst: e.sign_in_burst,
            },
            page_cache_bytes: e.page_cache_bytes,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a person and print their first token (only the token, on stdout).
    Add {
        name: String,
        /// Comma-separated: translator, editor, publisher, admin.
        #[arg(long)]
        role: String,
        /// The name shown in credits (default: NAME).
        #[arg(long)]
        display_name: Option<String>,
    },
    /// Set a person's password, read as one line from standard input.
    Passwd { name: String },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create another token for a person and print it (only the token, on stdout).
    Create {
        user: String,
        #[arg(long, default_value = "cli")]
        label: String,
    },
    /// Revoke a token by id.
    Revoke { id: i64 },
    /// List a person's tokens (ids and labels, never secrets).
    List { user: String },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    pub source: std::path::PathBuf,
    pub translation: std::path::PathBuf,
    /// The source's BCP 47 language (`zh-Hans`, `en` ...).
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    pub from: LanguageTag,
    /// The translation's BCP 47 language.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    pub to: LanguageTag,
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// A glossary of the pair to check terms against: CSV (`term,translation,variants,
    /// forbidden,note`) or TBX, told apart by the file's extension.
    #[arg(long, value_name = "FILE")]
    pub glossary: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// Logs to stderr; `RUST_LOG` overrides the default filter. Text logs are coloured only on a
/// terminal (and not when `NO_COLOR` is set), so that files and pipes get plain text.
pub fn init_tracing(format: &LogFormat) {
    use std::io::IsTerminal;
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(colour)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Opens the store, turning a bare `sqlite://file` into one that is created when missing.
///
/// # Errors
/// When the database cannot be reached.
pub async fn open(db: &DatabaseArgs) -> anyhow::Result<Store> {
    let sync = match db.sqlite_synchronous {
        SqliteSynchronous::Full => bitext_store::SqliteSync::Full,
        SqliteSynchronous::Normal => bitext_store::SqliteSync::Normal,
    };
    Ok(Store::connect_with(&db.database_url, sync).await?)
}

/// Opens the store, applies pending migrations, and gives the use cases over it.
///
/// # Errors
/// When the database cannot be reached or a migration fails.
pub async fn app(db: &DatabaseArgs, config: AppConfig) -> anyhow::Result<App> {
    let store = open(db).await?;
    store.migrate().await?;
    Ok(App::new(store, config))
}

/// An error for the person at the terminal: a use case's or a value's in their language (as the
/// API would word it), anything else as it describes itself.
pub fn describe(err: &anyhow::Error) -> String {
    use bitext_domain::Coded;
    let coded: Option<&dyn Coded> = err
        .downcast_ref::<bitext_app::AppError>()
        .map(|e| e as &dyn Coded)
        .or_else(|| {
            err.downcast_ref::<bitext_domain::ValidationError>()
                .map(|e| e as &dyn Coded)
        })
        .or_else(|| {
            err.downcast_ref::<bitext_store::StoreError>()
                .map(|e| e as &dyn Coded)
        });
    match coded {
        Some(e) if !matches!(e.code(), bitext_domain::ErrorCode::Internal) => {
            let localizer = Localizer::global();
            let locale = locale();
            let args = e.args();
            let args = localizer.error_args(&locale, &args);
            localizer.error_detail(&locale, e.code(), &args)
        }
        _ => format!("{err:#}"),
    }
}
