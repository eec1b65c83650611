//! The province's rent support as programmes (audit A7). A programme is a provincial decision
//! (number and date) that supports a share of the land rent of small and medium enterprises
//! with fully domestic capital, for a period, in one cluster or all of the operator's, by one
//! mechanism: a discount the operator grants on its own invoice, or support the budget pays
//! the firm, where the invoice carries the full rent and the operator reports a claim.
//!
//! `support_claims` keeps, per issued invoice and programme, the rent billed for the days the
//! programme covers and the support due on it, as the claim report prints them.
//!
//! The lease's own support percentage (`leases.rent_support_bp`, `rent_support_basis`), which
//! gave every domestic SME 10% with no decision and no end, is dropped: issued invoices keep
//! their support lines; new runs apply the programmes. `down` gives the columns back, at 0.

use crate::columns::{a, big, date, idx, int, key, optional_text, owned, refers, text, uuid_col};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261213_000101_support_programmes"
    }
}

const PROGRAMMES: &str = "support_programmes";
const CLAIMS: &str = "support_claims";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                owned(PROGRAMMES)
                    .col(ColumnDef::new(a("cluster_id")).uuid().null())
                    .col(text(a("name")))
                    .col(text(a("decision_number")))
                    .col(date(a("decision_date")))
                    .col(optional_text(a("issued_by")))
                    .col(date(a("starts_on")))
                    .col(date(a("ends_on")))
                    .col(int(a("rate_bp")))
                    .col(text(a("mechanism")))
                    .foreign_key(&mut refers(PROGRAMMES, "cluster_id", "clusters"))
                    .to_owned(),
            )
            .await?;
        key(manager, PROGRAMMES, &["tenant_id", "id"]).await?;
        idx(manager, PROGRAMMES, &["tenant_id", "starts_on"]).await?;
        rls::protect_tenant_table(manager, PROGRAMMES, "tenant_id").await?;

        manager
            .create_table(
                owned(CLAIMS)
                    .col(uuid_col(a("programme_id")))
                    .col(uuid_col(a("invoice_id")))
                    .col(uuid_col(a("lease_id")))
                    .col(uuid_col(a("firm_id")))
                    .col(date(a("covered_from")))
                    .col(date(a("covered_to")))
                    .col(big(a("rent")))
                    .col(int(a("rate_bp")))
                    .col(big(a("amount")))
                    .col(text(a("mechanism")))
                    .foreign_key(&mut refers(CLAIMS, "programme_id", PROGRAMMES))
                    .foreign_key(&mut refers(CLAIMS, "invoice_id", "invoices"))
                    .foreign_key(&mut refers(CLAIMS, "lease_id", "leases"))
                    .foreign_key(&mut refers(CLAIMS, "firm_id", "firms"))
                    .to_owned(),
            )
            .await?;
        idx(
            manager,
            CLAIMS,
            &["tenant_id", "programme_id", "covered_from"],
        )
        .await?;
        idx(manager, CLAIMS, &["tenant_id", "invoice_id"]).await?;
        rls::protect_tenant_table(manager, CLAIMS, "tenant_id").await?;

        // One column per statement: SQLite drops a single column per ALTER TABLE.
        for column in ["rent_support_bp", "rent_support_basis"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("leases"))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ColumnDef::new(a("rent_support_bp"))
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
            optional_text(a("rent_support_basis")),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("leases"))
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [CLAIMS, PROGRAMMES] {
            rls::unprotect_tenant_table(manager, table).await?;
            manager
                .drop_table(Table::drop().table(a(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
