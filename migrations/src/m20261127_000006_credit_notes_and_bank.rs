//! Credit notes and bank statements: an invoice remembers how much credit notes took off it
//! (`credited`) and a credit-note line which line it corrects; `bank_lines` holds imported bank
//! statement lines, each unique by the bank's reference, until the operator confirms them as a
//! payment or sets them aside.

use crate::columns::{a, big, date, idx, key, moment, optional_text, owned, refers, text};
use crate::rls;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000006_credit_notes_and_bank"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a("invoices"))
                    .add_column(big(a("credited")).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("invoice_lines"))
                    .add_column(ColumnDef::new(a("corrects_line_id")).uuid().null())
                    .to_owned(),
            )
            .await?;
        idx(manager, "invoices", &["tenant_id", "corrects_id"]).await?;

        manager
            .create_table(
                owned("bank_lines")
                    .col(date(a("booked_on")))
                    .col(big(a("amount")))
                    .col(text(a("description")))
                    .col(text(a("reference")))
                    .col(optional_text(a("payer_tax_code")))
                    .col(text(a("status")))
                    .col(optional_text(a("match_kind")))
                    .col(ColumnDef::new(a("invoice_id")).uuid().null())
                    .col(ColumnDef::new(a("firm_id")).uuid().null())
                    .col(ColumnDef::new(a("payment_id")).uuid().null())
                    .col(optional_text(a("ignore_reason")))
                    .col(ColumnDef::new(a("imported_by")).uuid().null())
                    .col(moment(a("updated_at")))
                    .foreign_key(&mut refers("bank_lines", "invoice_id", "invoices"))
                    .foreign_key(&mut refers("bank_lines", "firm_id", "firms"))
                    .foreign_key(&mut refers("bank_lines", "payment_id", "payments"))
                    .to_owned(),
            )
            .await?;
        key(manager, "bank_lines", &["tenant_id", "id"]).await?;
        key(manager, "bank_lines", &["tenant_id", "reference"]).await?;
        idx(manager, "bank_lines", &["tenant_id", "status", "booked_on"]).await?;
        rls::protect_tenant_table(manager, "bank_lines", "tenant_id").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rls::unprotect_tenant_table(manager, "bank_lines").await?;
        manager
            .drop_table(Table::drop().table(a("bank_lines")).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("invoices_tenant_id_corrects_id_idx")
                    .table(a("invoices"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("invoice_lines"))
                    .drop_column(a("corrects_line_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(a("invoices"))
                    .drop_column(a("credited"))
                    .to_owned(),
            )
            .await
    }
}
