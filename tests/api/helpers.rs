//! `spawn_app()`: a server on port 0 over a fresh database, with typed request helpers.

use std::net::SocketAddr;

use bitext_app::{App, AppConfig};
use bitext_domain::Roles;
use bitext_http::HttpConfig;
use bitext_store::{Store, TableDigest};
use bitext_web::router;
use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

/// An HTTP client for the tests (the process's TLS provider installed first).
pub fn client() -> Client {
    bitext_webhooks::install_tls();
    Client::new()
}

/// The GNU `patch` program on `PATH`, for tests that apply our unified diffs.
///
/// # Panics
/// When there is none, or the `patch` found is not GNU patch: those tests fail, never skip.
pub fn gnu_patch() -> std::path::PathBuf {
    let path = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("patch"))
        .find(|p| p.is_file())
        .expect("GNU patch is required to check that unified diffs apply, and there is no `patch` on PATH; install it (Debian: apt-get install patch)");
    let version = std::process::Command::new(&path)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", path.display()));
    let version = String::from_utf8_lossy(&version.stdout);
    assert!(
        version.starts_with("GNU patch"),
        "{} is not GNU patch (it says {version:?}); install GNU patch",
        path.display()
    );
    path
}

/// Checks that `res` is a complete problem+json (status, title, detail) and returns its status
/// and body.
pub async fn problem(res: Response) -> (StatusCode, Value) {
    let status = res.status();
    assert_eq!(
        res.headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned()),
        Some("application/problem+json".to_owned()),
        "status {status}"
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16());
    assert!(!body["title"].as_str().unwrap().is_empty());
    assert!(!body["detail"].as_str().unwrap().is_empty());
    (status, body)
}

/// A fresh database: a temporary SQLite file, or a new PostgreSQL database dropped afterwards.
pub struct TestDb {
    pub url: String,
    admin_url: Option<String>,
    name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        match std::env::var("BITEXT_TEST_DATABASE_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!("bitext_test_{}", uuid_like());
                let admin = Store::connect(&admin_url).await.expect("reach PostgreSQL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                let (base, _) = admin_url.rsplit_once('/').expect("URL with a database");
                TestDb {
                    url: format!("{base}/{name}"),
                    admin_url: Some(admin_url),
                    name: Some(name),
                    _dir: None,
                }
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                TestDb {
                    url,
                    admin_url: None,
                    name: None,
                    _dir: Some(dir),
                }
            }
        }
    }
}

impl TestDb {
    /// The PostgreSQL database's name; `None` for SQLite.
    pub fn postgres_name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// A connection to the PostgreSQL server's administrative database.
    ///
    /// # Panics
    /// On SQLite, or when the server cannot be reached.
    pub async fn admin(&self) -> Store {
        let url = self
            .admin_url
            .as_deref()
            .expect("a PostgreSQL test database");
        Store::connect(url).await.expect("reach PostgreSQL")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let (Some(admin_url), Some(name)) = (self.admin_url.take(), self.name.take()) {
            // Drop runs outside any runtime we may block; use a thread with its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                rt.block_on(async {
                    if let Ok(admin) = Store::connect(&admin_url).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "{}_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// A running server and the people in it.
#[allow(dead_code)] // every test uses some of the people
pub struct TestApp {
    pub addr: SocketAddr,
    pub client: Client,
    /// The use cases the server runs on, for setting up what a test needs.
    pub app: App,
    pub store: Store,
    /// editor + admin: the source desk.
    pub editor: String,
    /// A second editor, for a second pair of eyes.
    pub editor2: String,
    pub translator: String,
    pub publisher: String,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<()>>,
    pub db: TestDb,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn request(&self, method: Method, path: &str, token: &str) -> RequestBuilder {
        self.client
            .request(method, self.url(path))
            .bearer_auth(token)
    }

    pub async fn get(&self, path: &str, token: &str) -> Response {
        self.request(Method::GET, path, token)
            .send()
            .await
            .expect("send")
    }

    pub async fn post(&self, path: &str, token: &str, body: &Value) -> Response {
        self.request(Method::POST, path, token)
            .json(body)
            .send()
            .await
            .expect("send")
    }

    pub async fn post_if_match(
        &self,
        path: &str,
        token: &str,
        etag: &str,
        body: &Value,
    ) -> Response {
        self.request(Method::POST, path, token)
            .header("If-Match", etag)
            .json(body)
            .send()
            .await
            .expect("send")
    }

    /// Creates an article as the editor and returns its JSON.
    pub async fn create_article(
        &self,
        slug: &str,
        language: &str,
        title: &str,
        body: &str,
    ) -> Value {
        let res = self
            .post(
                "/api/v1/articles",
                &self.editor,
                &json!({"slug": slug, "language": language, "title": title, "body": body}),
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::CREATED,
            "{}",
            res.text().await.unwrap_or_default()
        );
        res.json().await.expect("json")
    }

    /// Adds a source revision on top of `base` as the editor.
    pub async fn revise_article(&self, slug: &str, base: i32, body: &str, minor: bool) -> Response {
        self.post_if_match(
            &format!("/api/v1/articles/{slug}/revisions"),
            &self.editor,
            &format!("\"{base}\""),
            &json!({"title": "Title", "body": body, "minor": minor}),
        )
        .await
    }

    /// Creates a translation as the translator.
    pub async fn create_translation(&self, slug: &str, language: &str, body: &str) -> Value {
        let res = self
            .post(
                &format!("/api/v1/articles/{slug}/translations"),
                &self.translator,
                &json!({"language": language, "title": "A title", "body": body}),
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::CREATED,
            "{}",
            res.text().await.unwrap_or_default()
        );
        res.json().await.expect("json")
    }

    /// Dismisses, as the editor, every finding the checks report on the head of a translation,
    /// for tests about something else whose texts are no faithful translation.
    pub async fn dismiss_findings(&self, slug: &str, language: &str) {
        let path = format!("/api/v1/articles/{slug}/translations/{language}/checks");
        let checks: Value = self
            .get(&path, &self.editor)
            .await
            .json()
            .await
            .expect("json");
        for f in checks["findings"].as_array().expect("findings") {
            let res = self
                .post(
                    &format!("{path}/dismissals"),
                    &self.editor,
                    &json!({"finding": f["id"], "reason": "Not what this test is about."}),
                )
                .await;
            assert!(
                res.status().is_success(),
                "{}",
                res.text().await.unwrap_or_default()
            );
        }
    }

    /// A count of rows, to show that a refused request wrote nothing.
    pub async fn count(&self, table: &str) -> i64 {
        self.store.count_rows(table).await.expect("count")
    }

    /// The contents of every table that requests write to, as a digest per table: equal
    /// snapshots mean no row was added, removed or changed in between.
    pub async fn snapshot(&self) -> Vec<(String, TableDigest)> {
        let mut out = Vec::new();
        for t in self.store.tables() {
            let digest = self.store.table_digest(t).await.expect("digest");
            out.push((t.to_owned(), digest));
        }
        out
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
    }
}

/// The settings of test servers: the defaults, with a small body limit.
pub fn test_config() -> HttpConfig {
    HttpConfig {
        body_limit: 64 * 1024,
        ..HttpConfig::default()
    }
}

/// Starts a server over `db` and returns its address and a way to stop it.
pub async fn serve_on(db_url: &str) -> (SocketAddr, App, oneshot::Sender<()>, JoinHandle<()>) {
    serve_on_with(db_url, test_app_config(), test_config()).await
}

/// The use cases' settings of test servers: the defaults, with webhooks allowed to reach this
/// machine, where the tests' receivers listen.
pub fn test_app_config() -> AppConfig {
    AppConfig {
        webhook_destinations: bitext_domain::Destinations::AlsoPrivate,
        ..AppConfig::default()
    }
}

/// Starts a server over `db` with these settings and returns its address and a way to stop it.
pub async fn serve_on_with(
    db_url: &str,
    app_config: AppConfig,
    config: HttpConfig,
) -> (SocketAddr, App, oneshot::Sender<()>, JoinHandle<()>) {
    let store = Store::connect(db_url).await.expect("connect");
    store.migrate().await.expect("migrate");
    let app = App::new(store, app_config);
    let routes = router(app.clone(), &config);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        let _ = bitext_http::serve_with(listener, routes, &config, async {
            let _ = rx.await;
        })
        .await;
    });
    (addr, app, tx, server)
}

/// A fresh database, a server on port 0, and four people with tokens.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_config()).await
}

/// [`spawn_app`] with `config`.
pub async fn spawn_app_with(config: HttpConfig) -> TestApp {
    let db = TestDb::new().await;
    let (addr, app, tx, server) = serve_on_with(&db.url, test_app_config(), config).await;
    let token = |name: &'static str, roles: &'static str| {
        let app = app.clone();
        async move {
            let roles: Roles = roles.parse().expect("roles");
            app.create_user(name, &name.to_uppercase(), roles)
                .await
                .expect("user")
                .1
        }
    };
    let editor = token("ed", "editor,admin").await;
    let editor2 = token("eve", "editor").await;
    let translator = token("tom", "translator").await;
    let publisher = token("pat", "publisher").await;
    TestApp {
        addr,
        client: client(),
        store: app.store().clone(),
        app,
        editor,
        editor2,
        translator,
        publisher,
        shutdown: Some(tx),
        server: Some(server),
        db,
    }
}
