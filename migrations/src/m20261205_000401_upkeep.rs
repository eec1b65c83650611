//! Upkeep: the register of shared works (assets) with their permits, preventive schedules and
//! the occurrences generated from them (unique per schedule and due date, so any number of
//! generators can run at once), the asset a work order is for and the typed checklist items a
//! schedule copies into it, and an auditable fund: each movement names the account that pays
//! (the maintenance fund or the wastewater account), its supporting document and its category,
//! and each plan line its account.

use crate::columns::{
    a, big, date, idx, int, key, moment, optional_big, optional_date, optional_text, owned, refers,
    text, uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000401_upkeep"
    }
}

const TABLES: [&str; 4] = [
    "assets",
    "asset_permits",
    "upkeep_schedules",
    "upkeep_occurrences",
];

/// Columns added to existing tables, one statement each (SQLite alters one at a time).
fn added() -> Vec<(&'static str, ColumnDef)> {
    let optional_uuid = |n: &str| ColumnDef::new(a(n)).uuid().null().to_owned();
    let optional_real = |n: &str| ColumnDef::new(a(n)).double().null().to_owned();
    let account = || {
        ColumnDef::new(a("account"))
            .string()
            .not_null()
            .default("MAINTENANCE_FUND")
            .to_owned()
    };
    vec![
        ("work_orders", optional_uuid("asset_id")),
        ("work_order_checklist_items", optional_text(a("kind"))),
        ("work_order_checklist_items", optional_text(a("unit"))),
        ("work_order_checklist_items", optional_real("min_value")),
        ("work_order_checklist_items", optional_real("max_value")),
        ("work_order_checklist_items", optional_text(a("answer"))),
        ("fund_entries", account()),
        ("fund_entries", optional_text(a("document_number"))),
        ("fund_entries", optional_date(a("document_date"))),
        ("fund_entries", optional_text(a("category"))),
        ("upkeep_plans", account()),
        ("upkeep_plans", optional_text(a("category"))),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                owned("assets")
                    .col(uuid_col(a("cluster_id")))
                    .col(ColumnDef::new(a("parent_id")).uuid().null())
                    .col(text(a("code")))
                    .col(text(a("name")))
                    .col(text(a("category")))
                    .col(ColumnDef::new(a("plot_id")).uuid().null())
                    .col(optional_text(a("location")))
                    .col(optional_big(a("quantity")))
                    .col(optional_text(a("unit")))
                    .col(optional_date(a("commissioned_on")))
                    .col(ColumnDef::new(a("expected_life_years")).integer().null())
                    .col(ColumnDef::new(a("condition")).integer().null())
                    .col(optional_big(a("replacement_value")))
                    .col(optional_date(a("warranty_until")))
                    .col(optional_text(a("notes")))
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("assets", "cluster_id", "clusters"))
                    .foreign_key(&mut refers("assets", "plot_id", "plots"))
                    .to_owned(),
            )
            .await?;
        key(manager, "assets", &["tenant_id", "id"]).await?;
        key(manager, "assets", &["tenant_id", "cluster_id", "code"]).await?;
        idx(manager, "assets", &["tenant_id", "parent_id"]).await?;

        manager
            .create_table(
                owned("asset_permits")
                    .col(uuid_col(a("asset_id")))
                    .col(text(a("kind")))
                    .col(text(a("number")))
                    .col(optional_text(a("issuer")))
                    .col(date(a("issued_on")))
                    .col(optional_date(a("expires_on")))
                    .foreign_key(&mut refers("asset_permits", "asset_id", "assets"))
                    .to_owned(),
            )
            .await?;
        idx(manager, "asset_permits", &["tenant_id", "asset_id"]).await?;

        manager
            .create_table(
                owned("upkeep_schedules")
                    .col(uuid_col(a("cluster_id")))
                    .col(ColumnDef::new(a("asset_id")).uuid().null())
                    .col(text(a("title")))
                    .col(ColumnDef::new(a("checklist")).text().not_null())
                    .col(text(a("rule")))
                    .col(date(a("starts_on")))
                    .col(int(a("lead_days")))
                    .col(big(a("estimated_cost")))
                    .col(text(a("funding_source")))
                    .col(text(a("account")))
                    .col(ColumnDef::new(a("assignee_user_id")).uuid().null())
                    .col(optional_text(a("legal_basis")))
                    .col(
                        ColumnDef::new(a("active"))
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("upkeep_schedules", "cluster_id", "clusters"))
                    .foreign_key(&mut refers("upkeep_schedules", "asset_id", "assets"))
                    .to_owned(),
            )
            .await?;
        key(manager, "upkeep_schedules", &["tenant_id", "id"]).await?;
        idx(manager, "upkeep_schedules", &["tenant_id", "cluster_id"]).await?;

        manager
            .create_table(
                owned("upkeep_occurrences")
                    .col(uuid_col(a("schedule_id")))
                    .col(date(a("due_on")))
                    .col(text(a("status")))
                    .col(ColumnDef::new(a("work_order_id")).uuid().null())
                    .col(optional_text(a("reason")))
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers(
                        "upkeep_occurrences",
                        "schedule_id",
                        "upkeep_schedules",
                    ))
                    .to_owned(),
            )
            .await?;
        // One occurrence per schedule and due date: the generator inserts on conflict do
        // nothing, so it may run twice, or on two replicas at once.
        key(
            manager,
            "upkeep_occurrences",
            &["tenant_id", "schedule_id", "due_on"],
        )
        .await?;
        idx(manager, "upkeep_occurrences", &["status", "due_on"]).await?;

        for (table, column) in added() {
            manager
                .alter_table(Table::alter().table(a(table)).add_column(column).to_owned())
                .await?;
        }
        idx(manager, "work_orders", &["tenant_id", "asset_id"]).await?;

        for table in TABLES {
            rls::protect_tenant_table(manager, table, "tenant_id").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("work_orders_tenant_id_asset_id_idx")
                    .table(a("work_orders"))
                    .to_owned(),
            )
            .await?;
        for (table, column) in added().into_iter().rev() {
            let name = column.get_column_name();
            manager
                .alter_table(
                    Table::alter()
                        .table(a(table))
                        .drop_column(a(&name))
                        .to_owned(),
                )
                .await?;
        }
        for table in TABLES.iter().rev() {
            rls::unprotect_tenant_table(manager, table).await?;
        }
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
