//! Why events happened: codes the reader's language renders, never server prose. Rows written
//! before the codes (English texts such as "rating 4" or "assigned: …") are mapped by the
//! migration, on SQLite and PostgreSQL.

use clusterkeep::maintenance::entities::{request_event, work_order_event};
use migration::{Migrator, MigratorTrait, SchemaManager};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const MIGRATION: &str = "m20261208_000101_event_reason_codes";

type Why = (Option<String>, Option<String>, Option<String>);

/// The ids of the first `n` request events and work order events.
async fn first_ids(app: &TestApp, n: u64) -> (Vec<Uuid>, Vec<Uuid>) {
    let txn = app.services.db.system().await.unwrap();
    let requests: Vec<Uuid> = request_event::Entity::find()
        .select_only()
        .column(request_event::Column::Id)
        .order_by_asc(request_event::Column::Id)
        .limit(n)
        .into_tuple()
        .all(txn.conn())
        .await
        .unwrap();
    let orders: Vec<Uuid> = work_order_event::Entity::find()
        .select_only()
        .column(work_order_event::Column::Id)
        .order_by_asc(work_order_event::Column::Id)
        .limit(n)
        .into_tuple()
        .all(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert_eq!((requests.len(), orders.len()), (n as usize, n as usize));
    (requests, orders)
}

/// Writes an old-style event: its states and the text the server wrote.
async fn old_request_event(app: &TestApp, id: Uuid, from: &str, to: &str, reason: &str) {
    let txn = app.services.db.system().await.unwrap();
    request_event::Entity::update_many()
        .col_expr(request_event::Column::FromStatus, Expr::value(from))
        .col_expr(request_event::Column::ToStatus, Expr::value(to))
        .col_expr(request_event::Column::Reason, Expr::value(reason))
        .filter(request_event::Column::Id.eq(id))
        .exec(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
}

async fn old_work_order_event(app: &TestApp, id: Uuid, to: &str, reason: &str) {
    let txn = app.services.db.system().await.unwrap();
    work_order_event::Entity::update_many()
        .col_expr(work_order_event::Column::ToStatus, Expr::value(to))
        .col_expr(work_order_event::Column::Reason, Expr::value(reason))
        .filter(work_order_event::Column::Id.eq(id))
        .exec(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
}

async fn request_why(app: &TestApp, id: Uuid) -> Why {
    let txn = app.services.db.system().await.unwrap();
    let e = request_event::Entity::find_by_id(id)
        .one(txn.conn())
        .await
        .unwrap()
        .unwrap();
    txn.commit().await.unwrap();
    (
        e.reason_code.map(|c| c.as_str().to_owned()),
        e.reason_detail,
        e.reason,
    )
}

async fn work_order_why(app: &TestApp, id: Uuid) -> Why {
    let txn = app.services.db.system().await.unwrap();
    let e = work_order_event::Entity::find_by_id(id)
        .one(txn.conn())
        .await
        .unwrap()
        .unwrap();
    txn.commit().await.unwrap();
    (
        e.reason_code.map(|c| c.as_str().to_owned()),
        e.reason_detail,
        e.reason,
    )
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

on_both_databases!(
    the_migration_turns_old_event_texts_into_codes,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let manager = SchemaManager::new(app.services.db.raw());
        let step = Migrator::migrations()
            .into_iter()
            .find(|m| m.name() == MIGRATION)
            .expect("the migration is registered");
        step.down(&manager).await.unwrap();

        // Texts as the server wrote them before the codes.
        let (requests, orders) = first_ids(&app, 8).await;
        let old_requests = [
            (
                "CLOSED",
                "RESOLVED",
                "closed after 7 days without confirmation",
            ),
            ("CLOSED", "RESOLVED", "rating 4"),
            ("ACKNOWLEDGED", "ACKNOWLEDGED", "priority P3 → P1"),
            ("REJECTED", "SUBMITTED", "DUPLICATE: Trùng với YC-0A1B2C"),
            (
                "REJECTED",
                "SUBMITTED",
                "NOT_OPERATOR_RESPONSIBILITY: nằm trong lô",
            ),
            ("WAITING_ON_REQUESTER", "ACKNOWLEDGED", "Cột đèn số mấy?"),
            ("IN_PROGRESS", "RESOLVED", "Vẫn chập chờn"),
            ("CANCELLED", "SUBMITTED", "Đã tự sửa"),
        ];
        for (id, (to, from, reason)) in requests.iter().zip(old_requests) {
            old_request_event(&app, *id, from, to, reason).await;
        }
        let old_orders = [
            ("ON_HOLD", "PARTS: Chờ ống cống"),
            ("ON_HOLD", "WEATHER"),
            ("IN_PROGRESS", "assigned: Cty Cơ điện Vĩnh Phúc"),
            ("OPEN", "assigned: staff"),
            ("OPEN", "lịch bảo trì: 31/12/2026"),
            ("OPEN", "khắc phục sau kiểm tra WO-3F2A1B"),
        ];
        for (id, (to, reason)) in orders.iter().zip(old_orders) {
            old_work_order_event(&app, *id, to, reason).await;
        }

        step.up(&manager).await.unwrap();

        let expected_requests = [
            (some("AUTO_CLOSED"), None, None),
            (some("CONFIRMED"), some("4"), None),
            (some("PRIORITY_CHANGED"), some("P3"), None),
            (
                some("REJECTED"),
                some("DUPLICATE"),
                some("Trùng với YC-0A1B2C"),
            ),
            (
                some("REJECTED"),
                some("NOT_OPERATOR_RESPONSIBILITY"),
                some("nằm trong lô"),
            ),
            (some("QUESTION"), None, some("Cột đèn số mấy?")),
            (some("REOPENED"), None, some("Vẫn chập chờn")),
            (some("CANCELLED"), None, some("Đã tự sửa")),
        ];
        for (id, expected) in requests.iter().zip(expected_requests) {
            assert_eq!(request_why(&app, *id).await, expected, "{id}");
        }
        let expected_orders = [
            (some("ON_HOLD"), some("PARTS"), some("Chờ ống cống")),
            (some("ON_HOLD"), some("WEATHER"), None),
            (some("ASSIGNED"), some("Cty Cơ điện Vĩnh Phúc"), None),
            (some("ASSIGNED"), None, None),
            (some("SCHEDULED"), some("2026-12-31"), None),
            (some("CORRECTIVE"), some("WO-3F2A1B"), None),
        ];
        for (id, expected) in orders.iter().zip(expected_orders) {
            assert_eq!(work_order_why(&app, *id).await, expected, "{id}");
        }
    }
);
