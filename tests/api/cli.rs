//! The `bitext` command as a newcomer and a script use it: real processes.

mod backup;
mod check;
mod copy;
mod diff;
mod front;
mod memory;
mod messages;
mod passwords;
mod tokens;

use std::{
    io::Read,
    net::TcpListener,
    process::{Child, Command, ExitStatus, Stdio},
    thread::JoinHandle,
    time::{Duration, Instant},
};

use bitext_app::{App, AppConfig, AppError};
use bitext_domain::Password;
use bitext_store::Store;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::TestDb;

/// The `bitext` binary over `db`, logging only warnings.
pub(crate) fn bitext(db: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bitext"));
    // The tests' webhook receivers listen on this machine.
    cmd.env("BITEXT_DATABASE_URL", db)
        .env("RUST_LOG", "warn")
        .env("BITEXT_WEBHOOK_ALLOW_PRIVATE", "true");
    cmd
}

/// `binary` in an environment of `lang` (`LANG`, with `LC_ALL` and `LC_MESSAGES` unset) whose
/// database is nowhere: for the commands that need none.
pub(crate) fn offline(binary: &str, lang: &str) -> Command {
    let mut cmd = Command::new(binary);
    cmd.env("BITEXT_DATABASE_URL", "postgres://nowhere.invalid/none")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    cmd
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// What a reader thread collects from one of a process's pipes.
type Captured = JoinHandle<Vec<u8>>;

/// A `bitext serve` process, killed on drop.
pub(crate) struct Server {
    child: Child,
    pub(crate) base: String,
    /// Readers of stdout and stderr, when they are captured.
    output: Option<(Captured, Captured)>,
}

impl Server {
    pub(crate) async fn start(db: &str) -> Server {
        Server::serve(bitext(db), &[], false).await
    }

    /// Runs `cmd` (`bitext` with its environment) as `serve ARGS` on a free port, its output
    /// captured or discarded, and waits until it answers `/readyz`.
    pub(crate) async fn serve(mut cmd: Command, args: &[&str], capture: bool) -> Server {
        let port = free_port();
        let stdio = || {
            if capture {
                Stdio::piped()
            } else {
                Stdio::null()
            }
        };
        let mut child = cmd
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .args(args)
            .stdout(stdio())
            .stderr(stdio())
            .spawn()
            .unwrap();
        // Read the pipes as the server writes, so that it never blocks on a full one.
        let drain = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                pipe.read_to_end(&mut buf).unwrap();
                buf
            })
        };
        let output = capture.then(|| {
            (
                drain(Box::new(child.stdout.take().unwrap())),
                drain(Box::new(child.stderr.take().unwrap())),
            )
        });
        let base = format!("http://127.0.0.1:{port}");
        let client = crate::helpers::client();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = client.get(format!("{base}/readyz")).send().await
                && r.status() == StatusCode::OK
            {
                break;
            }
            assert!(
                child.try_wait().unwrap().is_none(),
                "the server exited early"
            );
            assert!(Instant::now() < deadline, "server did not become ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Server {
            child,
            base,
            output,
        }
    }

    /// Sends SIGTERM and waits (at most 15 s) for the process to exit; returns its status and,
    /// when captured, what it printed on stdout and on stderr.
    pub(crate) async fn stop(mut self) -> (ExitStatus, Vec<u8>, Vec<u8>) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let deadline = Instant::now() + Duration::from_secs(15);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "did not stop");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let (stdout, stderr) = match self.output.take() {
            Some((out, err)) => (out.join().unwrap(), err.join().unwrap()),
            None => (Vec::new(), Vec::new()),
        };
        (status, stdout, stderr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn add_user(db: &str, name: &str, roles: &str) -> String {
    let out = bitext(db)
        .args(["user", "add", name, "--role", roles])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    stdout.trim_end().to_owned()
}

#[tokio::test]
async fn user_add_prints_only_the_token_on_stdout() {
    let db = TestDb::new().await;
    let token = add_user(&db.url, "mei", "editor,translator");
    assert!(token.starts_with("btx_") && token.len() == 68, "{token:?}");
    assert!(!token.contains('\n'));
    let out = bitext(&db.url)
        .args(["user", "add", "bad", "--role", "chief"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let out = bitext(&db.url)
        .args(["token", "create", "mei"])
        .output()
        .unwrap();
    let second = String::from_utf8(out.stdout).unwrap();
    assert!(second.trim().starts_with("btx_") && second.trim() != token);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_serve_processes_on_one_database_never_lose_a_revision() {
    let db = TestDb::new().await;
    assert!(
        bitext(&db.url)
            .arg("migrate")
            .output()
            .unwrap()
            .status
            .success()
    );
    let token = add_user(&db.url, "ed", "editor");
    let a = Server::start(&db.url).await;
    let b = Server::start(&db.url).await;
    let client = crate::helpers::client();
    let res = client
        .post(format!("{}/api/v1/articles", a.base))
        .bearer_auth(&token)
        .json(&json!({"slug": "race", "language": "en", "title": "T", "body": "0"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    for round in 1..=4 {
        let mut tasks = Vec::new();
        for i in 0..6 {
            let base = if i % 2 == 0 {
                a.base.clone()
            } else {
                b.base.clone()
            };
            let (client, token) = (client.clone(), token.clone());
            tasks.push(tokio::spawn(async move {
                client
                    .post(format!("{base}/api/v1/articles/race/revisions"))
                    .bearer_auth(token)
                    .header("If-Match", format!("\"{round}\""))
                    .json(&json!({"title": "T", "body": format!("{round}/{i}")}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            }));
        }
        let mut won = 0;
        for t in tasks {
            let s = t.await.unwrap();
            assert!(
                s == StatusCode::CREATED || s == StatusCode::PRECONDITION_FAILED,
                "{s}"
            );
            won += usize::from(s == StatusCode::CREATED);
        }
        assert_eq!(won, 1, "round {round}");
    }
    let a_view: serde_json::Value = client
        .get(format!("{}/api/v1/articles/race", b.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(a_view["head"], 5);
}

#[tokio::test]
async fn serve_stops_cleanly_on_sigterm() {
    let db = TestDb::new().await;
    let server = Server::start(&db.url).await;
    let (status, _, _) = server.stop().await;
    assert!(status.success(), "{status:?}");
}

#[tokio::test]
async fn the_demo_loads_once_and_serves_its_diffs() {
    let db = TestDb::new().await;
    let out = bitext(&db.url).arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    // One line per person on stdout: name, roles, token, password.
    let people: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    let names: Vec<&str> = people.iter().map(|p| p[0]).collect();
    assert_eq!(names, ["ming", "alex", "jordan", "sam"], "{stdout}");
    assert!(people.iter().all(|p| p.len() == 4), "{stdout}");
    assert_eq!(people[0][1], "editor,admin");
    let token = people[0][2].to_owned();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("http://127.0.0.1:8080/"), "{stderr}");
    // Each printed password signs its person in, and no two are alike.
    let app = App::new(Store::connect(&db.url).await.unwrap(), AppConfig::default());
    for person in &people {
        let (name, password) = (person[0], person[3]);
        assert!(Password::parse(password).is_ok(), "{password}");
        let (user, _) = app.sign_in(name, password).await.unwrap();
        assert_eq!(user.name, name);
        assert!(!stderr.contains(password), "a password went to stderr");
    }
    let mut passwords: Vec<&str> = people.iter().map(|p| p[3]).collect();
    passwords.sort_unstable();
    passwords.dedup();
    assert_eq!(passwords.len(), 4);
    assert!(matches!(
        app.sign_in("ming", people[1][3]).await,
        Err(AppError::SignInFailed)
    ));
    assert!(
        !bitext(&db.url)
            .arg("demo")
            .output()
            .unwrap()
            .status
            .success(),
        "a second demo must refuse"
    );
    let server = Server::start(&db.url).await;
    let client = crate::helpers::client();
    let t: serde_json::Value = client
        .get(format!(
            "{}/api/v1/articles/chengnan-library-hours/translations/en",
            server.base
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(t["outdated"], true);
    let d = client
        .get(format!(
            "{}/api/v1/articles/chengnan-library-hours/translations/en/source-diff",
            server.base
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(d.status(), StatusCode::OK);
}

#[tokio::test]
async fn logs_written_to_a_pipe_carry_no_colour_codes() {
    let db = TestDb::new().await;
    let mut cmd = bitext(&db.url);
    // Colour must depend on the output, not on these.
    cmd.env("RUST_LOG", "info")
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color");
    let server = Server::serve(cmd, &[], true).await;
    let client = crate::helpers::client();
    for path in ["/healthz", "/api/v1/articles", "/no/such/page"] {
        client
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
    }
    let (status, stdout, stderr) = server.stop().await;
    assert!(status.success(), "{status:?}");
    let log = String::from_utf8_lossy(&stderr);
    // Not vacuous: the log is there, at info level.
    assert!(log.contains("listening") && log.contains("INFO"), "{log}");
    assert!(!stderr.contains(&0x1b), "colour codes in the log: {log:?}");
    assert!(!stdout.contains(&0x1b), "colour codes on stdout");
}

#[tokio::test]
async fn serve_refuses_to_start_against_a_schema_newer_than_it_knows() {
    let db = TestDb::new().await;
    let store = Store::connect(&db.url).await.unwrap();
    store.migrate().await.unwrap();
    store
        .execute_unprepared(
            "INSERT INTO seaql_migrations (version, applied_at) \
             VALUES ('m29990101_000001_from_the_future', 0)",
        )
        .await
        .unwrap();
    let mut child = bitext(&db.url)
        .env("LANG", "en_US.UTF-8")
        .args(["serve", "--addr", &format!("127.0.0.1:{}", free_port())])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            panic!("the server started against a newer schema");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(!status.success());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains("migrated by a newer version of Bitext")
            && stderr.contains("m29990101_000001_from_the_future"),
        "{stderr}"
    );
    // Nothing was migrated or changed.
    let state = store.schema_state().await.unwrap();
    assert_eq!(state.unknown, ["m29990101_000001_from_the_future"]);
    assert!(state.pending.is_empty());
}
