//! Billing: each operator's billing settings, tariffs per cluster (versioned by effective date),
//! wastewater meter readings (corrections recorded, never overwritten), billing runs, invoices
//! and their lines, gap-free invoice numbers per series and year, payments (idempotent) and their
//! allocations, and the maintenance fund ledger and upkeep plan per cluster.

use crate::columns::{
    a, big, col, date, idx, int, key, moment, optional_date, optional_moment, optional_text, owned,
    refers, text, uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000005_billing"
    }
}

const TENANT_TABLES: [&str; 11] = [
    "billing_settings",
    "tariffs",
    "meter_readings",
    "billing_runs",
    "invoices",
    "invoice_lines",
    "invoice_counters",
    "payments",
    "payment_allocations",
    "fund_entries",
    "upkeep_plans",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One row per operator: how its invoices look and are paid.
        manager
            .create_table(
                owned("billing_settings")
                    .col(text(a("invoice_template")))
                    .col(text(a("invoice_series")))
                    .col(int(a("due_days")))
                    .col(int(a("late_interest_bp")))
                    .col(text(a("late_interest_basis")))
                    .col(int(a("rent_vat_bp")))
                    .col(text(a("seller_name")))
                    .col(text(a("seller_address")))
                    .col(text(a("seller_tax_code")))
                    .col(text(a("bank_bin")))
                    .col(text(a("bank_account")))
                    .col(text(a("bank_account_name")))
                    .col(moment(a("updated_at")))
                    .to_owned(),
            )
            .await?;
        key(manager, "billing_settings", &["tenant_id"]).await?;
        key(manager, "billing_settings", &["tenant_id", "id"]).await?;

        manager
            .create_table(
                owned("tariffs")
                    .col(uuid_col(a("cluster_id")))
                    .col(text(a("charge")))
                    .col(text(a("name_vi")))
                    .col(text(a("name_en")))
                    .col(text(a("unit")))
                    .col(big(a("rate")))
                    .col(int(a("vat_bp")))
                    .col(text(a("vat_basis")))
                    .col(date(a("effective_from")))
                    .col(optional_date(a("effective_to")))
                    .col(text(a("legal_basis")))
                    .foreign_key(&mut refers("tariffs", "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, "tariffs", &["tenant_id", "id"]).await?;
        key(
            manager,
            "tariffs",
            &["tenant_id", "cluster_id", "charge", "effective_from"],
        )
        .await?;

        manager
            .create_table(
                owned("meter_readings")
                    .col(uuid_col(a("lease_id")))
                    .col(date(a("period")))
                    .col(date(a("read_on")))
                    .col(big(a("meter_m3")))
                    .col(big(a("consumption_m3")))
                    .col(ColumnDef::new(a("corrects_id")).uuid().null())
                    .col(optional_text(a("correction_reason")))
                    .col(optional_moment(a("superseded_at")))
                    .col(ColumnDef::new(a("entered_by")).uuid().null())
                    .foreign_key(&mut refers("meter_readings", "lease_id", "leases"))
                    .to_owned(),
            )
            .await?;
        key(manager, "meter_readings", &["tenant_id", "id"]).await?;
        idx(
            manager,
            "meter_readings",
            &["tenant_id", "lease_id", "period"],
        )
        .await?;

        manager
            .create_table(
                owned("billing_runs")
                    .col(col("cluster_id").uuid().null())
                    .col(text(a("period_kind")))
                    .col(date(a("period_start")))
                    .col(date(a("period_end")))
                    .col(big(a("invoices")))
                    .col(big(a("lines")))
                    .col(big(a("total")))
                    .col(ColumnDef::new(a("issued_by")).uuid().null())
                    .to_owned(),
            )
            .await?;
        key(manager, "billing_runs", &["tenant_id", "id"]).await?;

        manager
            .create_table(
                owned("invoices")
                    .col(text(a("kind")))
                    .col(ColumnDef::new(a("run_id")).uuid().null())
                    .col(ColumnDef::new(a("lease_id")).uuid().null())
                    .col(uuid_col(a("firm_id")))
                    .col(uuid_col(a("cluster_id")))
                    .col(ColumnDef::new(a("corrects_id")).uuid().null())
                    // `lease:<id>:<period start>` for a run's invoice: one per lease and period.
                    .col(optional_text(a("billing_key")))
                    .col(text(a("status")))
                    .col(date(a("period_start")))
                    .col(date(a("period_end")))
                    .col(text(a("template")))
                    .col(text(a("series")))
                    .col(ColumnDef::new(a("number")).integer().null())
                    .col(optional_date(a("issued_on")))
                    .col(optional_date(a("due_on")))
                    .col(big(a("subtotal")))
                    .col(big(a("vat_total")))
                    .col(big(a("total")))
                    .col(big(a("paid")))
                    .col(optional_date(a("interest_through")))
                    .col(text(a("seller_name")))
                    .col(text(a("seller_address")))
                    .col(text(a("seller_tax_code")))
                    .col(text(a("buyer_name")))
                    .col(text(a("buyer_address")))
                    .col(text(a("buyer_tax_code")))
                    .col(optional_text(a("note")))
                    .col(optional_moment(a("voided_at")))
                    .col(optional_text(a("void_reason")))
                    .foreign_key(&mut refers("invoices", "firm_id", "firms"))
                    .foreign_key(&mut refers("invoices", "cluster_id", "clusters"))
                    .foreign_key(&mut refers("invoices", "lease_id", "leases"))
                    .foreign_key(&mut refers("invoices", "run_id", "billing_runs"))
                    .to_owned(),
            )
            .await?;
        key(manager, "invoices", &["tenant_id", "id"]).await?;
        key(manager, "invoices", &["tenant_id", "billing_key"]).await?;
        key(manager, "invoices", &["tenant_id", "series", "number"]).await?;
        idx(manager, "invoices", &["tenant_id", "firm_id", "issued_on"]).await?;
        idx(
            manager,
            "invoices",
            &["tenant_id", "cluster_id", "period_start"],
        )
        .await?;
        idx(manager, "invoices", &["tenant_id", "status", "due_on"]).await?;

        manager
            .create_table(
                owned("invoice_lines")
                    .col(uuid_col(a("invoice_id")))
                    .col(int(a("position")))
                    .col(text(a("kind")))
                    .col(text(a("description_vi")))
                    .col(text(a("description_en")))
                    .col(big(a("quantity_milli")))
                    .col(text(a("unit")))
                    .col(big(a("unit_price")))
                    .col(big(a("amount")))
                    .col(ColumnDef::new(a("vat_bp")).integer().null())
                    .col(big(a("vat_amount")))
                    .col(ColumnDef::new(a("tariff_id")).uuid().null())
                    .foreign_key(&mut refers("invoice_lines", "invoice_id", "invoices"))
                    .to_owned(),
            )
            .await?;
        idx(manager, "invoice_lines", &["tenant_id", "invoice_id"]).await?;

        manager
            .create_table(
                owned("invoice_counters")
                    .col(text(a("series")))
                    .col(big(a("last_number")))
                    .to_owned(),
            )
            .await?;
        key(manager, "invoice_counters", &["tenant_id", "series"]).await?;

        manager
            .create_table(
                owned("payments")
                    .col(uuid_col(a("firm_id")))
                    .col(big(a("amount")))
                    .col(date(a("received_on")))
                    .col(text(a("method")))
                    .col(optional_text(a("bank_reference")))
                    .col(text(a("idempotency_key")))
                    .col(text(a("request_hash")))
                    .col(big(a("unallocated")))
                    .col(ColumnDef::new(a("recorded_by")).uuid().null())
                    .foreign_key(&mut refers("payments", "firm_id", "firms"))
                    .to_owned(),
            )
            .await?;
        key(manager, "payments", &["tenant_id", "id"]).await?;
        key(manager, "payments", &["tenant_id", "idempotency_key"]).await?;
        idx(
            manager,
            "payments",
            &["tenant_id", "firm_id", "received_on"],
        )
        .await?;

        manager
            .create_table(
                owned("payment_allocations")
                    .col(uuid_col(a("payment_id")))
                    .col(uuid_col(a("invoice_id")))
                    .col(big(a("amount")))
                    .col(date(a("allocated_on")))
                    .foreign_key(&mut refers("payment_allocations", "payment_id", "payments"))
                    .foreign_key(&mut refers("payment_allocations", "invoice_id", "invoices"))
                    .to_owned(),
            )
            .await?;
        key(manager, "payment_allocations", &["tenant_id", "id"]).await?;
        idx(manager, "payment_allocations", &["tenant_id", "invoice_id"]).await?;
        idx(manager, "payment_allocations", &["tenant_id", "payment_id"]).await?;

        manager
            .create_table(
                owned("fund_entries")
                    .col(uuid_col(a("cluster_id")))
                    .col(date(a("entry_on")))
                    .col(text(a("kind")))
                    // Signed: money in is positive, spending negative.
                    .col(big(a("amount")))
                    .col(text(a("description")))
                    .col(ColumnDef::new(a("allocation_id")).uuid().null())
                    .col(ColumnDef::new(a("invoice_id")).uuid().null())
                    .col(ColumnDef::new(a("recorded_by")).uuid().null())
                    .foreign_key(&mut refers("fund_entries", "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, "fund_entries", &["tenant_id", "id"]).await?;
        idx(
            manager,
            "fund_entries",
            &["tenant_id", "cluster_id", "entry_on"],
        )
        .await?;

        manager
            .create_table(
                owned("upkeep_plans")
                    .col(uuid_col(a("cluster_id")))
                    .col(date(a("month")))
                    .col(big(a("amount")))
                    .col(text(a("description")))
                    .foreign_key(&mut refers("upkeep_plans", "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, "upkeep_plans", &["tenant_id", "id"]).await?;
        idx(
            manager,
            "upkeep_plans",
            &["tenant_id", "cluster_id", "month"],
        )
        .await?;

        for table in TENANT_TABLES {
            rls::protect_tenant_table(manager, table, "tenant_id").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TENANT_TABLES {
            rls::unprotect_tenant_table(manager, table).await?;
        }
        for table in TENANT_TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
