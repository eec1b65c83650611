//! Schema migrations for ClusterKeep, one module per change, each with `up` and `down`.
//!
//! The same migrations run on SQLite (the embedded default) and PostgreSQL (production).
//! PostgreSQL-only statements (row-level security) are guarded by the backend check in
//! [`rls`], so both databases end up with the same tables.

pub use sea_orm_migration::prelude::*;

mod columns;
mod m20261127_000001_foundation;
mod m20261127_000002_row_level_security;
mod m20261127_000003_estate;
mod m20261127_000004_occupancy_index;
mod m20261127_000005_billing;
mod m20261127_000006_credit_notes_and_bank;
mod m20261201_000001_one_allocation_per_invoice;
mod m20261201_000002_session_revocations;
mod m20261202_000101_late_interest_per_lease;
mod m20261203_000201_maintenance;
mod m20261204_000301_reminders;
mod m20261205_000401_upkeep;
mod m20261206_000601_invoice_list_index;
mod m20261207_000101_maintenance_files;
mod m20261207_000301_checklist_answers;
mod m20261208_000101_event_reason_codes;
mod m20261208_000201_schedule_anchor;
mod m20261209_000101_compliance_calendar;
mod m20261209_000201_effluent;
mod m20261209_000301_checklist_photos;
mod m20261210_000101_tenant_suspension;
mod m20261211_000101_invoice_corrections;
mod m20261212_000101_line_quantity_e4;
mod m20261212_000201_invoice_date_policy;
mod m20261212_000301_deductible_land_price;
mod m20261213_000101_support_programmes;
mod m20261213_000201_interest_notices;
mod m20261214_000101_bulk_tenant_references;
pub mod rls;

/// Every migration, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_foundation::Migration),
            Box::new(m20261127_000002_row_level_security::Migration),
            Box::new(m20261127_000003_estate::Migration),
            Box::new(m20261127_000004_occupancy_index::Migration),
            Box::new(m20261127_000005_billing::Migration),
            Box::new(m20261127_000006_credit_notes_and_bank::Migration),
            Box::new(m20261201_000001_one_allocation_per_invoice::Migration),
            Box::new(m20261201_000002_session_revocations::Migration),
            Box::new(m20261202_000101_late_interest_per_lease::Migration),
            Box::new(m20261203_000201_maintenance::Migration),
            Box::new(m20261204_000301_reminders::Migration),
            Box::new(m20261205_000401_upkeep::Migration),
            Box::new(m20261206_000601_invoice_list_index::Migration),
            Box::new(m20261207_000101_maintenance_files::Migration),
            Box::new(m20261207_000301_checklist_answers::Migration),
            Box::new(m20261208_000101_event_reason_codes::Migration),
            Box::new(m20261208_000201_schedule_anchor::Migration),
            Box::new(m20261209_000101_compliance_calendar::Migration),
            Box::new(m20261209_000201_effluent::Migration),
            Box::new(m20261209_000301_checklist_photos::Migration),
            Box::new(m20261210_000101_tenant_suspension::Migration),
            Box::new(m20261211_000101_invoice_corrections::Migration),
            Box::new(m20261212_000101_line_quantity_e4::Migration),
            Box::new(m20261212_000201_invoice_date_policy::Migration),
            Box::new(m20261212_000301_deductible_land_price::Migration),
            Box::new(m20261213_000101_support_programmes::Migration),
            Box::new(m20261213_000201_interest_notices::Migration),
            Box::new(m20261214_000101_bulk_tenant_references::Migration),
        ]
    }
}
