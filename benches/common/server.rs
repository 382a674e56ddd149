//! A `bitext serve` process for the benches: started on a free port, waited for, killed when
//! dropped; and the percentiles they report.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Server {
    /// The process's resident memory, in MiB.
    pub fn rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `bitext` binary, on database `db`: this build's, or the one `BITEXT_BENCH_BINARY` names
/// (an earlier build, to compare with).
pub fn bitext(db: &str) -> Command {
    let binary = crate::env::env_or("BITEXT_BENCH_BINARY", env!("CARGO_BIN_EXE_bitext"));
    let mut cmd = Command::new(binary);
    cmd.env("BITEXT_DATABASE_URL", db).env("RUST_LOG", "warn");
    cmd
}

/// A server on database `db`, started with `args` besides its address.
pub async fn serve(db: &str, args: &[&str]) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = bitext(db)
        .args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--write-rate",
            "0",
            "--deliver-webhooks=false",
        ])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
    {
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Server { child, base }
}

/// p50 and p95 of `times`, in milliseconds.
pub fn percentiles(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1000.0
    };
    (at(0.50), at(0.95))
}

/// How many of the archive plan's articles (`plan.rs`) the server at `base` has, of at most
/// `rows`: the first index whose article is missing, found by bisection (0 when the database
/// holds no archive). Articles written after the archive (a soak's) follow its own.
pub async fn archive_size(base: &str, token: &str, rows: u64) -> u64 {
    let client = reqwest::Client::new();
    let exists = async |index: u64| {
        let url = format!(
            "{base}/api/v1/articles/{}",
            crate::plan::article(index).slug
        );
        let res = client.get(&url).bearer_auth(token).send().await;
        res.expect("the server answers").status().is_success()
    };
    if rows == 0 || !exists(0).await {
        return 0;
    }
    if exists(rows - 1).await {
        return rows;
    }
    // Article `present` exists and article `missing` does not.
    let (mut present, mut missing) = (0, rows - 1);
    while present + 1 < missing {
        let mid = present + (missing - present) / 2;
        if exists(mid).await {
            present = mid;
        } else {
            missing = mid;
        }
    }
    missing
}
