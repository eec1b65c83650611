//! Events of requests and work orders say why as a code (`reason_code`, with its value in
//! `reason_detail`) that the reader's language renders; `reason` keeps only what a person
//! typed. Existing rows are mapped from the English (and a few Vietnamese) texts the server
//! used to write: "closed after 7 days without confirmation", "rating 4", "priority P3 → P1",
//! "DUPLICATE: …", "assigned: …", "PARTS: …", "lịch bảo trì: 31/12/2026",
//! "khắc phục sau kiểm tra …"; a question, a deferral, a reopening or a cancellation keeps its
//! typed text beside its new code. `down` drops the two columns (the codes are not turned back
//! into prose).

use crate::columns::a;
use crate::rls::SCOPE_SETTING;
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000101_event_reason_codes"
    }
}

const TABLES: [&str; 2] = ["maintenance_request_events", "work_order_events"];
const REJECT_REASONS: [&str; 4] = [
    "DUPLICATE",
    "NOT_OPERATOR_RESPONSIBILITY",
    "NOT_REPRODUCIBLE",
    "OTHER",
];
const HOLD_REASONS: [&str; 6] = [
    "PARTS",
    "CONTRACTOR",
    "ACCESS",
    "WEATHER",
    "BUDGET_APPROVAL",
    "OTHER",
];

fn added() -> Vec<ColumnDef> {
    vec![
        ColumnDef::new(a("reason_code")).text().null().to_owned(),
        ColumnDef::new(a("reason_detail")).text().null().to_owned(),
    ]
}

/// The updates that turn the old texts into codes, in order (later ones only touch rows an
/// earlier one left without a code).
fn mapping() -> Vec<String> {
    let r = "maintenance_request_events";
    let w = "work_order_events";
    let mut sql = Vec::new();
    for t in TABLES {
        sql.push(format!(
            "UPDATE {t} SET reason_code = 'PRIORITY_CHANGED', reason_detail = substr(reason, 10, 2), reason = NULL
             WHERE reason LIKE 'priority P_ → P_'"
        ));
    }
    sql.push(format!(
        "UPDATE {r} SET reason_code = 'AUTO_CLOSED', reason = NULL
         WHERE reason = 'closed after 7 days without confirmation'"
    ));
    sql.push(format!(
        "UPDATE {r} SET reason_code = 'CONFIRMED', reason_detail = substr(reason, 8), reason = NULL
         WHERE reason LIKE 'rating %'"
    ));
    for code in REJECT_REASONS {
        let prefix = format!("{code}: ");
        sql.push(format!(
            "UPDATE {r} SET reason_code = 'REJECTED', reason_detail = '{code}',
                 reason = substr(reason, {start})
             WHERE reason_code IS NULL AND to_status = 'REJECTED'
               AND substr(reason, 1, {len}) = '{prefix}'",
            start = prefix.len() + 1,
            len = prefix.len(),
        ));
    }
    for (to, code) in [
        ("REJECTED", "REJECTED"),
        ("WAITING_ON_REQUESTER", "QUESTION"),
        ("DEFERRED", "DEFERRED"),
        ("CANCELLED", "CANCELLED"),
    ] {
        sql.push(format!(
            "UPDATE {r} SET reason_code = '{code}'
             WHERE reason_code IS NULL AND to_status = '{to}' AND from_status <> '{to}'"
        ));
    }
    sql.push(format!(
        "UPDATE {r} SET reason_code = 'REOPENED'
         WHERE reason_code IS NULL AND reason IS NOT NULL
           AND from_status IN ('RESOLVED', 'CLOSED') AND to_status NOT IN ('CLOSED', 'CANCELLED')"
    ));
    sql.push(format!(
        "UPDATE {w} SET reason_code = 'ASSIGNED',
             reason_detail = CASE WHEN reason = 'assigned: staff' THEN NULL ELSE substr(reason, 11) END,
             reason = NULL
         WHERE reason LIKE 'assigned: %'"
    ));
    let corrective = "khắc phục sau kiểm tra ";
    sql.push(format!(
        "UPDATE {w} SET reason_code = 'CORRECTIVE',
             reason_detail = substr(reason, length('{corrective}') + 1), reason = NULL
         WHERE substr(reason, 1, length('{corrective}')) = '{corrective}'"
    ));
    // "lịch bảo trì: 31/12/2026" → 2026-12-31.
    let scheduled = "lịch bảo trì: ";
    sql.push(format!(
        "UPDATE {w} SET reason_code = 'SCHEDULED',
             reason_detail = substr(reason, length('{scheduled}') + 7, 4) || '-'
                 || substr(reason, length('{scheduled}') + 4, 2) || '-'
                 || substr(reason, length('{scheduled}') + 1, 2),
             reason = NULL
         WHERE substr(reason, 1, length('{scheduled}')) = '{scheduled}'"
    ));
    for code in HOLD_REASONS {
        let prefix = format!("{code}: ");
        sql.push(format!(
            "UPDATE {w} SET reason_code = 'ON_HOLD', reason_detail = '{code}',
                 reason = CASE WHEN reason = '{code}' THEN NULL ELSE substr(reason, {start}) END
             WHERE reason_code IS NULL AND to_status = 'ON_HOLD'
               AND (reason = '{code}' OR substr(reason, 1, {len}) = '{prefix}')",
            start = prefix.len() + 1,
            len = prefix.len(),
        ));
    }
    sql
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            // One column per statement: SQLite alters one at a time.
            for column in added() {
                manager
                    .alter_table(Table::alter().table(a(table)).add_column(column).to_owned())
                    .await?;
            }
        }
        let db = manager.get_connection();
        if manager.get_database_backend() == DbBackend::Postgres {
            // The owner is subject to row-level security: it sees every tenant's rows with the
            // system scope, set for this one script (one implicit transaction).
            let mut script = format!("SELECT set_config('{SCOPE_SETTING}', 'system', true);\n");
            for statement in mapping() {
                script.push_str(&statement);
                script.push_str(";\n");
            }
            db.execute_unprepared(&script).await?;
        } else {
            for statement in mapping() {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            for column in added().into_iter().rev() {
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
        }
        Ok(())
    }
}
