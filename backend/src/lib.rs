//! ClusterKeep: billing, upkeep and reporting for Vietnamese industrial-cluster operators.
//!
//! Arrows go one way: [`http`] → [`graphql`] → the domains ([`auth`], [`tenancy`], [`notify`],
//! [`estate`], [`billing`], [`receivables`], [`maintenance`], [`reminders`]) → [`db`] → [`access`], with [`values`] shared by all. Domains know nothing of GraphQL or HTTP, so
//! the same service serves the API, a scheduled job, the command line and a test.

pub mod access;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod billing;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod estate;
pub mod graphql;
pub mod http;
pub mod ids;
pub mod jobs;
pub mod maintenance;
pub mod notify;
pub mod receivables;
pub mod reminders;
pub mod spreadsheet;
pub mod startup;
pub mod storage;
pub mod telemetry;
pub mod tenancy;
pub mod upkeep;
pub mod values;

pub use config::Config;
pub use startup::Application;
