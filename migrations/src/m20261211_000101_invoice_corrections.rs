//! Correcting issued invoices as Decree 123/2020 (amended by Decree 70/2025) provides (issue 11):
//! an adjustment that decreases or increases an invoice, or a replacement invoice, whatever the
//! original's payment status, each recording the written agreement with the buyer. And refunds:
//! money given back to a firm out of its credit (what its payments left unallocated).
//!
//! `invoices.correction` says which correction a document is (DECREASE, INCREASE, REPLACEMENT;
//! null for an ordinary invoice); the credit notes issued so far are decreases.
//! `invoices.replaced_by_id` names the replacement of a REPLACED invoice.

use crate::columns::{
    a, big, date, idx, optional_date, optional_text, owned, refers, text, uuid_col,
};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261211_000101_invoice_corrections"
    }
}

const REFUNDS: &str = "refunds";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for column in [
            optional_text(a("correction")),
            optional_text(a("agreement_number")),
            optional_date(a("agreement_date")),
            ColumnDef::new(a("replaced_by_id")).uuid().null().to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("invoices"))
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE invoices SET correction = 'DECREASE' WHERE kind = 'CREDIT_NOTE'",
            )
            .await?;

        manager
            .create_table(
                owned(REFUNDS)
                    .col(uuid_col(a("firm_id")))
                    .col(uuid_col(a("payment_id")))
                    .col(big(a("amount")))
                    .col(date(a("refunded_on")))
                    .col(text(a("bank_reference")))
                    .col(optional_text(a("note")))
                    .col(ColumnDef::new(a("recorded_by")).uuid().null())
                    .foreign_key(&mut refers(REFUNDS, "firm_id", "firms"))
                    .foreign_key(&mut refers(REFUNDS, "payment_id", "payments"))
                    .to_owned(),
            )
            .await?;
        idx(manager, REFUNDS, &["tenant_id", "firm_id", "refunded_on"]).await?;
        rls::protect_tenant_table(manager, REFUNDS, "tenant_id").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::unprotect_tenant_table(manager, REFUNDS).await?;
        manager
            .drop_table(Table::drop().table(a(REFUNDS)).to_owned())
            .await?;
        for column in [
            "replaced_by_id",
            "agreement_date",
            "agreement_number",
            "correction",
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(a("invoices"))
                        .drop_column(a(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
