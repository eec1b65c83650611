//! API tests: the real server on a fresh database, on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod auth_security;
mod backup;
mod billing;
mod csv_files;
mod effluent;
mod estate;
mod failed_mutations;
mod fund;
mod health;
mod hot_path;
mod inspections;
mod invitations;
mod limits;
mod login;
mod mail;
mod maintenance;
mod maintenance_events;
mod maintenance_files;
mod node_isolation;
mod operator_todo;
mod password_reset;
mod pay_all;
mod receivables;
mod refresh;
mod reminder_kinds;
mod reminders;
mod row_level_security;
mod schema;
mod security;
mod tokens;
mod upkeep;
mod upkeep_anchor;
mod web_app;
