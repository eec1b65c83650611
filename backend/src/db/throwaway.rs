//! A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temporary folder,
//! `postgres` on a free loopback port, removed when dropped. Nothing is assumed to be running.
//!
//! PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user
//! (via `runuser`) in a folder it owns.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// Where PostgreSQL's server binaries are looked for, before `PATH`.
const SERVER_BIN_DIRS: [&str; 3] = [
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/17/bin",
];

/// Finds the folder holding `initdb` and `postgres`, if any.
pub fn server_binaries() -> Option<PathBuf> {
    for dir in SERVER_BIN_DIRS {
        let dir = Path::new(dir);
        if dir.join("initdb").exists() && dir.join("postgres").exists() {
            return Some(dir.to_path_buf());
        }
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .find(|dir| dir.join("initdb").exists() && dir.join("postgres").exists())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false)
}

/// A running throwaway cluster. Dropping it stops the server and removes its folder.
pub struct PgCluster {
    dir: PathBuf,
    port: u16,
    server: Child,
}

impl PgCluster {
    /// Creates and starts a new cluster.
    pub fn start() -> anyhow::Result<Self> {
        let bin =
            server_binaries().context("PostgreSQL server binaries (initdb, postgres) not found")?;
        let root = is_root();
        let dir =
            std::env::temp_dir().join(format!("clusterkeep-pg-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).context("creating the cluster folder")?;
        if root {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)
                .status()
                .context("chown of the cluster folder")?;
            if !status.success() {
                bail!("could not give {} to the postgres user", dir.display());
            }
        }
        let data = dir.join("data");
        let as_server_user = |program: &Path| {
            if root {
                let mut cmd = Command::new("runuser");
                cmd.args(["-u", "postgres", "--"]).arg(program);
                cmd
            } else {
                Command::new(program)
            }
        };
        let out = as_server_user(&bin.join("initdb"))
            .arg("-D")
            .arg(&data)
            .args([
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ])
            .stdin(Stdio::null())
            .output()
            .context("running initdb")?;
        if !out.status.success() {
            bail!("initdb failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        let port = free_port()?;
        let server = as_server_user(&bin.join("postgres"))
            .arg("-D")
            .arg(&data)
            .args(["-p", &port.to_string(), "-k"])
            .arg(&dir)
            .args([
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=300",
                "-c",
                "shared_buffers=128MB",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting postgres")?;
        let cluster = Self { dir, port, server };
        cluster.wait_until_accepting()?;
        Ok(cluster)
    }

    fn wait_until_accepting(&self) -> anyhow::Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                // The port opens a moment before the server accepts sessions; give it that moment.
                std::thread::sleep(Duration::from_millis(200));
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        bail!("postgres did not start listening on port {}", self.port)
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The URL of the cluster's `postgres` database, as the superuser.
    pub fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// Creates a fresh, empty database in the cluster behind `admin_url` and returns its URL.
pub async fn create_database(admin_url: &str) -> anyhow::Result<String> {
    use sea_orm::{ConnectionTrait, Database};
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(admin_url)
        .await
        .context("connecting to the cluster")?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .context("creating a test database")?;
    admin.close().await?;
    let base = admin_url
        .rsplit_once('/')
        .map(|(base, _)| base)
        .context("malformed admin url")?;
    Ok(format!("{base}/{name}"))
}
