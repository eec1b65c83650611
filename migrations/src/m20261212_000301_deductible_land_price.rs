//! The deductible land price (audit B2): an operator that subleases land with infrastructure
//! pays land rent to the State, and VAT on its rent is computed on the rent less that land rent
//! (Circular 219/2013/TT-BTC art. 7(10)(a.3), kept under the 2024 VAT Law). A lease records the
//! State's land rent per m² a year and the land lease decision it comes from; a line records
//! what was deducted from its VAT base (0 for every line so far). `down` drops the columns.

use crate::columns::{a, optional_big, optional_text};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261212_000301_deductible_land_price"
    }
}

fn added() -> Vec<(&'static str, ColumnDef)> {
    vec![
        (
            "leases",
            optional_big(a("deductible_land_price_per_m2_year")),
        ),
        ("leases", optional_text(a("deductible_land_basis"))),
        (
            "invoice_lines",
            ColumnDef::new(a("vat_deduction"))
                .big_integer()
                .not_null()
                .default(0)
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
