//! The migrations as their own command-line tool (`cargo run -p migration -- up`), reading
//! `DATABASE_URL` like the server does.

use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migration::Migrator).await;
}
