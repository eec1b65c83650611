//! Late-payment interest on its own document (audit A2): interest is not a sale of goods or
//! services, so it is billed on a numbered late-interest notice of its own series (not a VAT
//! invoice, not in the e-invoice export), payable like an invoice.
//!
//! `invoices.document_type` says which document a row is: `VAT_INVOICE` (every row so far) or
//! `INTEREST_NOTICE`. `billing_settings.interest_on_invoice` keeps the old way for an operator
//! who insists on putting interest on the VAT invoice (a line outside VAT, KKKNT); it is off
//! for everyone, so the next runs issue notices. `down` drops both columns.

use crate::columns::a;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261213_000201_interest_notices"
    }
}

fn added() -> Vec<(&'static str, ColumnDef)> {
    vec![
        (
            "invoices",
            ColumnDef::new(a("document_type"))
                .string()
                .not_null()
                .default("VAT_INVOICE")
                .to_owned(),
        ),
        (
            "billing_settings",
            ColumnDef::new(a("interest_on_invoice"))
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for (table, column) in added() {
            manager
                .alter_table(Table::alter().table(a(table)).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in added() {
            manager
                .alter_table(
                    Table::alter()
                        .table(a(table))
                        .drop_column(a(&column.get_column_name()))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
