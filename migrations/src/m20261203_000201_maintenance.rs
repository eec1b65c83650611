//! Maintenance: requests the firms file, the operator's work orders, their event logs, comments,
//! checklists and cost lines, chargebacks waiting for the next billing run, and each operator's
//! SLA settings and holidays. A fund entry may now name the work order it pays for, unique, so
//! a verified work order posts to the fund at most once.

use crate::columns::{
    a, big, date, idx, int, key, moment, optional_date, optional_moment, optional_text, owned,
    refers, text, uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000201_maintenance"
    }
}

const TABLES: [&str; 10] = [
    "maintenance_requests",
    "maintenance_request_events",
    "work_orders",
    "work_order_requests",
    "work_order_events",
    "work_order_checklist_items",
    "work_order_cost_lines",
    "maintenance_comments",
    "maintenance_chargebacks",
    "maintenance_settings",
];

fn optional_uuid(name: &str) -> ColumnDef {
    ColumnDef::new(a(name)).uuid().null().to_owned()
}

fn flag(name: &str) -> ColumnDef {
    ColumnDef::new(a(name))
        .boolean()
        .not_null()
        .default(false)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                owned("maintenance_requests")
                    .col(uuid_col(a("firm_id")))
                    .col(optional_uuid("cluster_id"))
                    .col(optional_uuid("plot_id"))
                    .col(optional_text(a("location")))
                    .col(text(a("title")))
                    .col(ColumnDef::new(a("description")).text().not_null())
                    .col(text(a("category")))
                    .col(flag("urgent"))
                    .col(text(a("priority")))
                    .col(text(a("status")))
                    .col(optional_text(a("resume_status")))
                    .col(optional_date(a("deferred_until")))
                    .col(optional_text(a("reject_reason")))
                    .col(optional_uuid("duplicate_of"))
                    .col(optional_date(a("promised_on")))
                    .col(optional_text(a("resolution_note")))
                    .col(ColumnDef::new(a("rating")).integer().null())
                    .col(optional_moment(a("resolved_at")))
                    .col(int(a("reopen_count")).default(0))
                    .col(optional_uuid("filed_by"))
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("maintenance_requests", "firm_id", "firms"))
                    .foreign_key(&mut refers(
                        "maintenance_requests",
                        "cluster_id",
                        "clusters",
                    ))
                    .foreign_key(&mut refers("maintenance_requests", "plot_id", "plots"))
                    .to_owned(),
            )
            .await?;
        key(manager, "maintenance_requests", &["tenant_id", "id"]).await?;
        idx(
            manager,
            "maintenance_requests",
            &["tenant_id", "status", "created_at"],
        )
        .await?;
        idx(
            manager,
            "maintenance_requests",
            &["tenant_id", "firm_id", "created_at"],
        )
        .await?;

        manager
            .create_table(
                owned("maintenance_request_events")
                    .col(uuid_col(a("request_id")))
                    .col(optional_uuid("actor_id"))
                    .col(optional_text(a("from_status")))
                    .col(text(a("to_status")))
                    .col(text(a("priority")))
                    .col(optional_text(a("reason")))
                    .foreign_key(&mut refers(
                        "maintenance_request_events",
                        "request_id",
                        "maintenance_requests",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "maintenance_request_events",
            &["tenant_id", "request_id", "created_at"],
        )
        .await?;

        manager
            .create_table(
                owned("work_orders")
                    .col(optional_uuid("cluster_id"))
                    .col(optional_uuid("firm_id"))
                    .col(text(a("title")))
                    .col(ColumnDef::new(a("description")).text().not_null())
                    .col(text(a("priority")))
                    .col(text(a("status")))
                    .col(optional_text(a("hold_reason")))
                    .col(optional_uuid("assignee_user_id"))
                    .col(optional_text(a("contractor_name")))
                    .col(optional_text(a("contractor_phone")))
                    .col(optional_text(a("contractor_email")))
                    .col(text(a("funding_source")))
                    .col(flag("no_cost"))
                    .col(big(a("cost_total")).default(0))
                    .col(optional_moment(a("verified_at")))
                    .col(optional_uuid("verified_by"))
                    .col(optional_uuid("created_by"))
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("work_orders", "cluster_id", "clusters"))
                    .foreign_key(&mut refers("work_orders", "firm_id", "firms"))
                    .to_owned(),
            )
            .await?;
        key(manager, "work_orders", &["tenant_id", "id"]).await?;
        idx(
            manager,
            "work_orders",
            &["tenant_id", "status", "created_at"],
        )
        .await?;

        manager
            .create_table(
                owned("work_order_requests")
                    .col(uuid_col(a("work_order_id")))
                    .col(uuid_col(a("request_id")))
                    .foreign_key(&mut refers(
                        "work_order_requests",
                        "work_order_id",
                        "work_orders",
                    ))
                    .foreign_key(&mut refers(
                        "work_order_requests",
                        "request_id",
                        "maintenance_requests",
                    ))
                    .to_owned(),
            )
            .await?;
        key(
            manager,
            "work_order_requests",
            &["tenant_id", "work_order_id", "request_id"],
        )
        .await?;
        idx(manager, "work_order_requests", &["tenant_id", "request_id"]).await?;

        manager
            .create_table(
                owned("work_order_events")
                    .col(uuid_col(a("work_order_id")))
                    .col(optional_uuid("actor_id"))
                    .col(optional_text(a("from_status")))
                    .col(text(a("to_status")))
                    .col(text(a("priority")))
                    .col(optional_text(a("reason")))
                    .foreign_key(&mut refers(
                        "work_order_events",
                        "work_order_id",
                        "work_orders",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "work_order_events",
            &["tenant_id", "work_order_id", "created_at"],
        )
        .await?;

        manager
            .create_table(
                owned("work_order_checklist_items")
                    .col(uuid_col(a("work_order_id")))
                    .col(int(a("position")))
                    .col(text(a("label")))
                    .col(flag("done"))
                    .foreign_key(&mut refers(
                        "work_order_checklist_items",
                        "work_order_id",
                        "work_orders",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "work_order_checklist_items",
            &["tenant_id", "work_order_id"],
        )
        .await?;

        manager
            .create_table(
                owned("work_order_cost_lines")
                    .col(uuid_col(a("work_order_id")))
                    .col(text(a("kind")))
                    .col(text(a("description")))
                    .col(ColumnDef::new(a("minutes")).integer().null())
                    .col(ColumnDef::new(a("hourly_rate")).big_integer().null())
                    .col(big(a("amount")))
                    .col(optional_text(a("supplier")))
                    .col(optional_text(a("supplier_invoice")))
                    .col(optional_uuid("added_by"))
                    .foreign_key(&mut refers(
                        "work_order_cost_lines",
                        "work_order_id",
                        "work_orders",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "work_order_cost_lines",
            &["tenant_id", "work_order_id"],
        )
        .await?;

        manager
            .create_table(
                owned("maintenance_comments")
                    .col(optional_uuid("request_id"))
                    .col(optional_uuid("work_order_id"))
                    .col(optional_uuid("author_id"))
                    .col(ColumnDef::new(a("body")).text().not_null())
                    .col(flag("internal"))
                    .foreign_key(&mut refers(
                        "maintenance_comments",
                        "request_id",
                        "maintenance_requests",
                    ))
                    .foreign_key(&mut refers(
                        "maintenance_comments",
                        "work_order_id",
                        "work_orders",
                    ))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            "maintenance_comments",
            &["tenant_id", "request_id"],
        )
        .await?;
        idx(
            manager,
            "maintenance_comments",
            &["tenant_id", "work_order_id"],
        )
        .await?;

        manager
            .create_table(
                owned("maintenance_chargebacks")
                    .col(uuid_col(a("work_order_id")))
                    .col(uuid_col(a("firm_id")))
                    .col(optional_uuid("cluster_id"))
                    .col(big(a("amount")))
                    .col(text(a("description")))
                    .col(optional_uuid("invoice_id"))
                    .foreign_key(&mut refers(
                        "maintenance_chargebacks",
                        "work_order_id",
                        "work_orders",
                    ))
                    .foreign_key(&mut refers("maintenance_chargebacks", "firm_id", "firms"))
                    .foreign_key(&mut refers(
                        "maintenance_chargebacks",
                        "invoice_id",
                        "invoices",
                    ))
                    .to_owned(),
            )
            .await?;
        // One chargeback per work order: a second verification cannot bill twice.
        key(
            manager,
            "maintenance_chargebacks",
            &["tenant_id", "work_order_id"],
        )
        .await?;
        idx(
            manager,
            "maintenance_chargebacks",
            &["tenant_id", "firm_id", "invoice_id"],
        )
        .await?;

        manager
            .create_table(
                owned("maintenance_settings")
                    .col(ColumnDef::new(a("targets")).text().not_null())
                    .col(ColumnDef::new(a("working_hours")).text().not_null())
                    .col(big(a("approval_threshold")))
                    .col(moment(a("updated_at")))
                    .to_owned(),
            )
            .await?;
        key(manager, "maintenance_settings", &["tenant_id"]).await?;

        manager
            .create_table(
                owned("maintenance_holidays")
                    .col(int(a("year")))
                    .col(date(a("day")))
                    .col(text(a("name")))
                    .to_owned(),
            )
            .await?;
        key(manager, "maintenance_holidays", &["tenant_id", "day"]).await?;

        manager
            .alter_table(
                Table::alter()
                    .table(a("fund_entries"))
                    .add_column(optional_uuid("work_order_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("fund_entries"))
                    .add_column(optional_text(a("document_ref")))
                    .to_owned(),
            )
            .await?;
        // A work order posts to its fund once: NULLs (every other entry) stay distinct.
        key(manager, "fund_entries", &["tenant_id", "work_order_id"]).await?;

        for table in TABLES.iter().chain(&["maintenance_holidays"]) {
            rls::protect_tenant_table(manager, table, "tenant_id").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("fund_entries_tenant_id_work_order_id_key")
                    .table(a("fund_entries"))
                    .to_owned(),
            )
            .await?;
        for column in ["document_ref", "work_order_id"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("fund_entries"))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        for table in TABLES.iter().chain(&["maintenance_holidays"]).rev() {
            rls::unprotect_tenant_table(manager, table).await?;
        }
        for table in ["maintenance_holidays"].iter().chain(TABLES.iter().rev()) {
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
