//! `clusterkeep`: the server and its maintenance commands.

use clap::{Parser, Subcommand};
use clusterkeep::{Application, Config, backup, telemetry};

// A request allocates and frees many small objects (futures, rows, JSON); mimalloc does that
// with fewer instructions than the system allocator (issue 16 measured about a third of a
// request's instructions in malloc, free and memcpy).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// ClusterKeep: billing, upkeep and reporting for industrial-cluster operators.
#[derive(Parser)]
#[command(name = "clusterkeep", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the server (UI and API). Configuration comes from the environment; see README.
    Serve {
        /// Fill an empty database with the demo, even when DATABASE_URL is set (never in production).
        #[arg(long)]
        seed_demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Back up the database and the data folder's files into a new folder DEST, while the
    /// server runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump, see infra/README.md).
    Backup {
        /// A folder that does not exist yet (or is empty).
        dest: std::path::PathBuf,
    },
    /// Restore a backup folder SRC into the configured database and data folder. Refuses a
    /// database (or data file) that already exists unless --force.
    Restore {
        /// A folder written by `clusterkeep backup`.
        src: std::path::PathBuf,
        /// Replace an existing database and files (stop every server first).
        #[arg(long)]
        force: bool,
    },
    /// Print the GraphQL schema (SDL), as checked in at backend/schema.graphql.
    Schema,
    /// Start a throwaway PostgreSQL cluster (for the test suite), print its URL, and keep it
    /// until standard input closes; its folder is removed afterwards.
    ThrowawayPostgres,
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { seed_demo } => {
            let mut config = Config::load()?;
            if seed_demo {
                config.demo.seed = Some(true);
            }
            telemetry::init(config.server.log_format);
            let app = Application::build(config).await?;
            app.run_until_stopped().await
        }
        Command::Migrate => {
            let config = Config::load()?;
            telemetry::init(config.server.log_format);
            let db = clusterkeep::db::Db::connect(&config.effective_database_url()).await?;
            db.migrate().await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Backup { dest } => {
            let config = Config::load()?;
            let manifest = backup::backup(&backup::Target::of(&config), &dest).await?;
            println!(
                "backed up the {:?} database and {} file(s) into {}",
                manifest.database,
                manifest.files.len(),
                dest.display()
            );
            Ok(())
        }
        Command::Restore { src, force } => {
            let config = Config::load()?;
            let manifest = backup::restore(&backup::Target::of(&config), &src, force).await?;
            println!(
                "restored the {:?} database of {} and {} file(s)",
                manifest.database,
                manifest.created_at,
                manifest.files.len()
            );
            Ok(())
        }
        Command::Schema => {
            print!("{}", clusterkeep::graphql::sdl());
            Ok(())
        }
        Command::ThrowawayPostgres => {
            let cluster = clusterkeep::db::throwaway::PgCluster::start()?;
            println!("{}", cluster.admin_url());
            let mut sink = String::new();
            while std::io::stdin().read_line(&mut sink)? > 0 {
                sink.clear();
            }
            drop(cluster);
            Ok(())
        }
    }
}
