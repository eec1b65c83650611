//! What the PostgreSQL benchmarks share: their knobs, and the demo application on a throwaway
//! PostgreSQL cluster (`mod common;` in each bench).

use std::str::FromStr;

use clusterkeep::Application;
use clusterkeep::config::{
    AuthConfig, Config, DatabaseConfig, DemoConfig, JobsConfig, ServerConfig,
};
use clusterkeep::db::throwaway::{self, PgCluster};
use secrecy::SecretString;
use tempfile::TempDir;

/// A knob from the environment, or its default.
pub fn env_or<T: FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The demo (without history) on its own throwaway PostgreSQL; keep the cluster and the data
/// folder alive as long as the application.
pub struct PgDemo {
    pub app: Application,
    pub cluster: PgCluster,
    pub dir: TempDir,
}

/// Starts a throwaway cluster and builds the demo application on it, on a free port, with
/// `jobs`; none (and says so) where PostgreSQL's server binaries are missing.
pub async fn pg_demo(jobs: JobsConfig) -> Option<PgDemo> {
    if throwaway::server_binaries().is_none() {
        println!("PostgreSQL: SKIPPED (no server binaries)");
        return None;
    }
    let cluster = PgCluster::start().unwrap();
    let url = throwaway::create_database(&cluster.admin_url())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = Application::build(Config {
        server: ServerConfig {
            addr: "127.0.0.1:0".into(),
            ..ServerConfig::default()
        },
        database: DatabaseConfig {
            url: Some(SecretString::from(url)),
            data_dir: dir.path().to_path_buf(),
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
        jobs,
        ..Config::default()
    })
    .await
    .unwrap();
    Some(PgDemo { app, cluster, dir })
}
