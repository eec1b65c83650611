//! Answers of an inspection's checklist: whether each answer passed (a number outside its
//! accepted range cannot), and the corrective work order a failed answer opened.

use crate::columns::{a, idx};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000301_checklist_answers"
    }
}

const TABLE: &str = "work_order_checklist_items";

fn added() -> Vec<ColumnDef> {
    vec![
        ColumnDef::new(a("passed")).boolean().null().to_owned(),
        ColumnDef::new(a("corrective_work_order_id"))
            .uuid()
            .null()
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for column in added() {
            manager
                .alter_table(Table::alter().table(a(TABLE)).add_column(column).to_owned())
                .await?;
        }
        idx(manager, TABLE, &["tenant_id", "corrective_work_order_id"]).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(format!("{TABLE}_tenant_id_corrective_work_order_id_idx"))
                    .table(a(TABLE))
                    .to_owned(),
            )
            .await?;
        for column in added().into_iter().rev() {
            let name = column.get_column_name();
            manager
                .alter_table(
                    Table::alter()
                        .table(a(TABLE))
                        .drop_column(a(&name))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
