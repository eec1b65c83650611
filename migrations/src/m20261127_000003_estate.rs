//! The estate: clusters, plots, the firms' register fields, leases and the plots they hold,
//! and the audit trail of changes to them.

use crate::columns::{
    big, date, fk, index, int, moment, optional_big, optional_date, optional_text, tenant_fk, text,
    unique_index, uuid_col, uuid_pk,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000003_estate"
    }
}

const TENANT_TABLES: [&str; 5] = [
    "clusters",
    "plots",
    "leases",
    "lease_plots",
    "audit_entries",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Clusters::Table)
                    .col(uuid_pk(Clusters::Id))
                    .col(uuid_col(Clusters::TenantId))
                    .col(text(Clusters::Name))
                    .col(text(Clusters::Province))
                    .col(optional_text(Clusters::ProvinceCode))
                    .col(text(Clusters::District))
                    .col(optional_text(Clusters::DistrictCode))
                    .col(big(Clusters::TotalAreaM2))
                    .col(big(Clusters::LeasableAreaM2))
                    .col(optional_date(Clusters::EstablishedOn))
                    .col(optional_text(Clusters::DecisionNumber))
                    .col(text(Clusters::Status))
                    .col(ColumnDef::new(Clusters::WwtpPresent).boolean().not_null())
                    .col(optional_big(Clusters::WwtpCapacityM3Day))
                    .col(text(Clusters::WwtpStatus))
                    .col(optional_date(Clusters::WwtpPermitExpiresOn))
                    .col(moment(Clusters::CreatedAt))
                    .col(moment(Clusters::UpdatedAt))
                    .foreign_key(&mut fk(
                        "clusters_tenant_fk",
                        (Clusters::Table, Clusters::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique_index(
                "clusters_tenant_id_id_key",
                Clusters::Table,
                &["tenant_id", "id"],
            ))
            .await?;
        manager
            .create_index(unique_index(
                "clusters_tenant_id_name_key",
                Clusters::Table,
                &["tenant_id", "name"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Plots::Table)
                    .col(uuid_pk(Plots::Id))
                    .col(uuid_col(Plots::TenantId))
                    .col(uuid_col(Plots::ClusterId))
                    .col(text(Plots::Code))
                    .col(big(Plots::AreaM2))
                    .col(text(Plots::LandUse))
                    .col(optional_text(Plots::CadastralRef))
                    .col(optional_text(Plots::Notes))
                    .col(moment(Plots::CreatedAt))
                    .col(moment(Plots::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        "plots_cluster_fk",
                        Plots::Table,
                        Plots::ClusterId,
                        Clusters::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique_index(
                "plots_tenant_id_id_key",
                Plots::Table,
                &["tenant_id", "id"],
            ))
            .await?;
        manager
            .create_index(unique_index(
                "plots_tenant_id_cluster_id_code_key",
                Plots::Table,
                &["tenant_id", "cluster_id", "code"],
            ))
            .await?;

        // The register fields of a firm. SQLite adds one column per statement.
        for column in [
            optional_text(Firms::Address),
            ColumnDef::new(Firms::CapitalOrigin)
                .string()
                .not_null()
                .default("DOMESTIC")
                .to_owned(),
            ColumnDef::new(Firms::IsSme)
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
            optional_text(Firms::VsicCode),
            ColumnDef::new(Firms::Workforce)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
            ColumnDef::new(Firms::BillingEmails)
                .string()
                .not_null()
                .default("")
                .to_owned(),
            ColumnDef::new(Firms::Status)
                .string()
                .not_null()
                .default("ACTIVE")
                .to_owned(),
            ColumnDef::new(Firms::UpdatedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Firms::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Leases::Table)
                    .col(uuid_pk(Leases::Id))
                    .col(uuid_col(Leases::TenantId))
                    .col(uuid_col(Leases::FirmId))
                    .col(uuid_col(Leases::ClusterId))
                    .col(date(Leases::StartsOn))
                    .col(date(Leases::EndsOn))
                    .col(big(Leases::RentPerM2Year))
                    .col(text(Leases::RentSchedule))
                    .col(optional_big(Leases::MaintenanceFeePerM2Month))
                    .col(big(Leases::Deposit))
                    .col(int(Leases::EscalationBp))
                    .col(
                        ColumnDef::new(Leases::EscalationEveryYears)
                            .integer()
                            .null(),
                    )
                    .col(int(Leases::RentSupportBp))
                    .col(optional_text(Leases::RentSupportBasis))
                    .col(text(Leases::Status))
                    .col(optional_date(Leases::TerminatedOn))
                    .col(optional_text(Leases::TerminationReason))
                    .col(ColumnDef::new(Leases::RenewedFromId).uuid().null())
                    .col(moment(Leases::CreatedAt))
                    .col(moment(Leases::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        "leases_firm_fk",
                        Leases::Table,
                        Leases::FirmId,
                        Firms::Table,
                    ))
                    .foreign_key(&mut tenant_fk(
                        "leases_cluster_fk",
                        Leases::Table,
                        Leases::ClusterId,
                        Clusters::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique_index(
                "leases_tenant_id_id_key",
                Leases::Table,
                &["tenant_id", "id"],
            ))
            .await?;
        manager
            .create_index(index(
                "leases_tenant_id_firm_id_idx",
                Leases::Table,
                &["tenant_id", "firm_id"],
            ))
            .await?;
        manager
            .create_index(index(
                "leases_tenant_id_status_starts_on_idx",
                Leases::Table,
                &["tenant_id", "status", "starts_on"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LeasePlots::Table)
                    .col(uuid_col(LeasePlots::TenantId))
                    .col(uuid_col(LeasePlots::LeaseId))
                    .col(uuid_col(LeasePlots::PlotId))
                    .primary_key(
                        Index::create()
                            .col(LeasePlots::LeaseId)
                            .col(LeasePlots::PlotId),
                    )
                    .foreign_key(&mut tenant_fk(
                        "lease_plots_lease_fk",
                        LeasePlots::Table,
                        LeasePlots::LeaseId,
                        Leases::Table,
                    ))
                    .foreign_key(&mut tenant_fk(
                        "lease_plots_plot_fk",
                        LeasePlots::Table,
                        LeasePlots::PlotId,
                        Plots::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "lease_plots_tenant_id_plot_id_idx",
                LeasePlots::Table,
                &["tenant_id", "plot_id"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEntries::Table)
                    .col(uuid_pk(AuditEntries::Id))
                    .col(uuid_col(AuditEntries::TenantId))
                    .col(text(AuditEntries::EntityType))
                    .col(uuid_col(AuditEntries::EntityId))
                    .col(ColumnDef::new(AuditEntries::ActorId).uuid().null())
                    .col(text(AuditEntries::Action))
                    .col(ColumnDef::new(AuditEntries::Before).text().null())
                    .col(ColumnDef::new(AuditEntries::After).text().null())
                    .col(moment(AuditEntries::CreatedAt))
                    .foreign_key(&mut fk(
                        "audit_entries_tenant_fk",
                        (AuditEntries::Table, AuditEntries::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "audit_entries_entity_idx",
                AuditEntries::Table,
                &["tenant_id", "entity_type", "entity_id", "created_at"],
            ))
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
        for table in [
            "audit_entries",
            "lease_plots",
            "leases",
            "plots",
            "clusters",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        for column in [
            Firms::Address,
            Firms::CapitalOrigin,
            Firms::IsSme,
            Firms::VsicCode,
            Firms::Workforce,
            Firms::BillingEmails,
            Firms::Status,
            Firms::UpdatedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Firms::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Firms {
    Table,
    Address,
    CapitalOrigin,
    IsSme,
    VsicCode,
    Workforce,
    BillingEmails,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Clusters {
    Table,
    Id,
    TenantId,
    Name,
    Province,
    ProvinceCode,
    District,
    DistrictCode,
    TotalAreaM2,
    LeasableAreaM2,
    EstablishedOn,
    DecisionNumber,
    Status,
    WwtpPresent,
    WwtpCapacityM3Day,
    WwtpStatus,
    WwtpPermitExpiresOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Plots {
    Table,
    Id,
    TenantId,
    ClusterId,
    Code,
    AreaM2,
    LandUse,
    CadastralRef,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Leases {
    Table,
    Id,
    TenantId,
    FirmId,
    ClusterId,
    StartsOn,
    EndsOn,
    RentPerM2Year,
    RentSchedule,
    MaintenanceFeePerM2Month,
    Deposit,
    EscalationBp,
    EscalationEveryYears,
    RentSupportBp,
    RentSupportBasis,
    Status,
    TerminatedOn,
    TerminationReason,
    RenewedFromId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LeasePlots {
    Table,
    TenantId,
    LeaseId,
    PlotId,
}

#[derive(DeriveIden)]
enum AuditEntries {
    Table,
    Id,
    TenantId,
    EntityType,
    EntityId,
    ActorId,
    Action,
    Before,
    After,
    CreatedAt,
}
