//! Sign-in benchmarks on SQLite and PostgreSQL: `me` query throughput with a valid token,
//! login latency, and the time from start to ready on an existing database.
//!
//! `cargo bench -p clusterkeep --bench auth` (PostgreSQL from a throwaway cluster; skipped
//! without server binaries). Knobs: `BENCH_SECONDS` (default 10), `BENCH_CONCURRENCY` (16),
//! `BENCH_LOGINS` (40).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use clusterkeep::Application;
use clusterkeep::config::{AuthConfig, Config, DatabaseConfig, DemoConfig, ServerConfig};
use clusterkeep::db::throwaway::{self, PgCluster};
use secrecy::SecretString;
use serde_json::{Value, json};

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn config(database_url: String, data_dir: &std::path::Path) -> Config {
    Config {
        server: ServerConfig {
            addr: "127.0.0.1:0".into(),
            ..ServerConfig::default()
        },
        database: DatabaseConfig {
            url: Some(SecretString::from(database_url)),
            data_dir: data_dir.to_path_buf(),
        },
        demo: DemoConfig {
            seed: Some(true),
            history: Some(false),
        },
        auth: AuthConfig {
            jwt_secret: Some(SecretString::from(
                "bench-signing-key-that-is-long-enough-0000".to_owned(),
            )),
            ..AuthConfig::default()
        },
        ..Config::default()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

async fn login(client: &reqwest::Client, base: &str) -> String {
    let body: Value = client
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": "mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"]["login"]["accessToken"]
        .as_str()
        .expect("login works")
        .to_owned()
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    loop {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

async fn run(name: &str, database_url: String) {
    let dir = tempfile::tempdir().unwrap();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();

    // First start: migrations and demo. Then a second start on the now-existing database.
    let first = Application::build(config(database_url.clone(), dir.path()))
        .await
        .unwrap();
    let base = format!("http://127.0.0.1:{}", first.port());
    tokio::spawn(first.run_until_stopped());
    wait_ready(&client, &base).await;
    let started = Instant::now();
    let second = Application::build(config(database_url, dir.path()))
        .await
        .unwrap();
    let second_base = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());
    wait_ready(&client, &second_base).await;
    let startup = started.elapsed();

    // Login latency, one at a time (argon2id dominates by design).
    let logins = env_or("BENCH_LOGINS", 40);
    let mut login_times = Vec::new();
    for _ in 0..logins {
        let t = Instant::now();
        login(&client, &base).await;
        login_times.push(t.elapsed());
    }
    login_times.sort();

    // `me` throughput: N clients in a closed loop for a fixed time.
    let token = login(&client, &base).await;
    let seconds = env_or("BENCH_SECONDS", 10);
    let concurrency = env_or("BENCH_CONCURRENCY", 16);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let client = client.clone();
        let base = base.clone();
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                let body: Value = client
                    .post(format!("{base}/graphql"))
                    .bearer_auth(&token)
                    .json(&json!({ "query": "{ me { email role tenant { id name } } }" }))
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                assert_eq!(body["data"]["me"]["email"], "ops@dongsoc.example");
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut me_times = Vec::new();
    for task in tasks {
        me_times.extend(task.await.unwrap());
    }
    me_times.sort();
    let throughput = me_times.len() as f64 / seconds as f64;

    println!("\n## {name}");
    println!("start to ready, existing database: {}", ms(startup));
    println!(
        "login latency ({logins} sequential): p50 {}  p95 {}  max {}",
        ms(percentile(&login_times, 0.5)),
        ms(percentile(&login_times, 0.95)),
        ms(percentile(&login_times, 1.0))
    );
    println!(
        "me throughput: {throughput:.0} req/s with {concurrency} clients over {seconds} s; latency p50 {}  p95 {}  p99 {}",
        ms(percentile(&me_times, 0.5)),
        ms(percentile(&me_times, 0.95)),
        ms(percentile(&me_times, 0.99))
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        run(
            "SQLite",
            format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("bench.db").display()
            ),
        )
        .await;
        if throwaway::server_binaries().is_some() {
            let cluster = PgCluster::start().unwrap();
            let url = throwaway::create_database(&cluster.admin_url())
                .await
                .unwrap();
            run("PostgreSQL", url).await;
        } else {
            println!("\nPostgreSQL: SKIPPED (no server binaries)");
        }
    });
}
