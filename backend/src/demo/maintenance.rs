//! Demo maintenance: about 40 requests across the Đồng Sóc and Yên Lạc operators in every
//! state, some past their SLA, work orders in progress and done, verified ones whose costs are
//! in the cluster's fund, and a few chargebacks waiting for the next billing run. Written
//! directly (no emails), with times relative to the seeding so the SLA badges vary.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::estate::LeaseStatus;
use crate::estate::entities::lease;
use crate::maintenance::entities::{
    chargeback, cost_line, request, request_event, work_order, work_order_event, work_order_request,
};
use crate::maintenance::{
    Category, CostKind, EventReason, FundingSource, Priority, RejectReason, RequestStatus,
    WorkOrderStatus,
};
use crate::receivables::FundEntryKind;
use crate::receivables::entities::fund_entry;
use crate::tenancy::entities::{firm, user};

const STATES: [RequestStatus; 9] = [
    RequestStatus::Submitted,
    RequestStatus::Acknowledged,
    RequestStatus::InProgress,
    RequestStatus::Closed,
    RequestStatus::WaitingOnRequester,
    RequestStatus::Resolved,
    RequestStatus::Deferred,
    RequestStatus::Rejected,
    RequestStatus::Cancelled,
];

const ISSUES: [(Category, &str, &str); 10] = [
    (
        Category::Drainage,
        "Cống thoát nước bị tắc",
        "Nước đọng trước cổng sau mưa lớn.",
    ),
    (
        Category::StreetLighting,
        "Đèn đường không sáng",
        "Ba cột đèn dọc đường nội bộ số 2 tắt từ tối qua.",
    ),
    (
        Category::Roads,
        "Mặt đường bị lún, nứt",
        "Ổ gà sâu khoảng 10 cm, xe tải đi qua khó khăn.",
    ),
    (
        Category::Wastewater,
        "Hố ga nước thải tràn",
        "Hố ga đấu nối bị tràn, có mùi.",
    ),
    (
        Category::WaterSupply,
        "Áp lực nước cấp yếu",
        "Áp lực nước giảm vào giờ cao điểm.",
    ),
    (
        Category::Power,
        "Mất điện chiếu sáng khu vực",
        "Tủ điện chiếu sáng nhảy aptomat.",
    ),
    (
        Category::FireProtection,
        "Trụ cứu hỏa rò nước",
        "Trụ cứu hỏa trước lô rò rỉ nước liên tục.",
    ),
    (
        Category::Security,
        "Hàng rào bị hỏng",
        "Một đoạn hàng rào phía sau bị đổ.",
    ),
    (
        Category::Greenery,
        "Cây xanh gãy cành",
        "Cành cây lớn gãy, nguy cơ rơi xuống đường.",
    ),
    (
        Category::Other,
        "Biển báo bị mất",
        "Biển chỉ dẫn ở ngã ba bị mất.",
    ),
];

/// The path of states a request took to reach `state`.
fn path(state: RequestStatus) -> Vec<RequestStatus> {
    use RequestStatus as S;
    match state {
        S::Submitted => vec![S::Submitted],
        S::Acknowledged => vec![S::Submitted, S::Acknowledged],
        S::InProgress => vec![S::Submitted, S::Acknowledged, S::InProgress],
        S::WaitingOnRequester => vec![S::Submitted, S::Acknowledged, S::WaitingOnRequester],
        S::Deferred => vec![S::Submitted, S::Acknowledged, S::Deferred],
        S::Resolved => vec![S::Submitted, S::Acknowledged, S::InProgress, S::Resolved],
        S::Closed => vec![
            S::Submitted,
            S::Acknowledged,
            S::InProgress,
            S::Resolved,
            S::Closed,
        ],
        S::Rejected => vec![S::Submitted, S::Rejected],
        S::Cancelled => vec![S::Submitted, S::Cancelled],
    }
}

/// Seeds the maintenance of one operator tenant: `count` requests.
pub async fn seed<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    count: usize,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let leases = lease::Entity::find()
        .filter(lease::Column::TenantId.eq(tenant_id))
        .filter(lease::Column::Status.eq(LeaseStatus::Active))
        .order_by_asc(lease::Column::Id)
        .all(conn)
        .await?;
    if leases.is_empty() {
        return Ok(());
    }
    let firms: Vec<firm::Model> = firm::Entity::find()
        .filter(firm::Column::TenantId.eq(tenant_id))
        .order_by_asc(firm::Column::Name)
        .all(conn)
        .await?;
    let staff = user::Entity::find()
        .filter(user::Column::Email.is_in(["staff@dongsoc.example", "ops@yenlac.example"]))
        .all(conn)
        .await?;
    let ops_users = user::Entity::find()
        .filter(user::Column::Email.is_in([
            "ops@dongsoc.example",
            "ops@yenlac.example",
            "accounting@kcc.example",
        ]))
        .all(conn)
        .await?;
    let find = |email: &str| {
        ops_users
            .iter()
            .chain(&staff)
            .find(|u| u.email == email)
            .map(|u| u.id)
    };
    let (operator, assignee) = if firms.iter().any(|f| f.name.starts_with("KCC")) {
        (find("ops@dongsoc.example"), find("staff@dongsoc.example"))
    } else {
        (find("ops@yenlac.example"), find("ops@yenlac.example"))
    };
    let kcc_user = find("accounting@kcc.example");

    let mut requests = Vec::new();
    let mut events = Vec::new();
    let mut orders = Vec::new();
    let mut order_events = Vec::new();
    let mut links = Vec::new();
    let mut costs = Vec::new();
    let mut fund = Vec::new();
    let mut charges = Vec::new();
    let priorities = [
        Priority::P3,
        Priority::P2,
        Priority::P3,
        Priority::P1,
        Priority::P4,
    ];
    for i in 0..count {
        let state = STATES[i % STATES.len()];
        let (category, title, description) = ISSUES[i % ISSUES.len()];
        // Prefer KCC's lease for every third request, so its user has a history to follow.
        let kcc = leases.iter().find(|l| {
            firms
                .iter()
                .any(|f| f.id == l.firm_id && f.name.starts_with("KCC"))
        });
        let l = match kcc {
            Some(l) if i % 3 == 0 => l,
            _ => &leases[(i * 7) % leases.len()],
        };
        let firm = firms.iter().find(|f| f.id == l.firm_id);
        let Some(firm) = firm else { continue };
        let priority = priorities[i % priorities.len()];
        // Older requests further down the list; a fresh SUBMITTED P1 now and then is overdue.
        let created = now - Duration::hours(6 + (i as i64 * 29) % (24 * 25));
        let filed_by = if firm.name.starts_with("KCC") {
            kcc_user
        } else {
            operator
        };
        let id = Uuid::now_v7();
        let steps = path(state);
        let mut at = created;
        let mut resolved_at = None;
        for (k, s) in steps.iter().enumerate() {
            if k > 0 {
                let gap = (now - at) / 3;
                at += gap.max(Duration::minutes(5)).min(Duration::days(2));
            }
            if *s == RequestStatus::Resolved {
                resolved_at = Some(at);
            }
            events.push(request_event::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: at,
                request_id: id,
                actor_id: if k == 0 { filed_by } else { operator },
                from_status: (k > 0).then(|| steps[k - 1]),
                to_status: *s,
                priority,
                reason: match s {
                    RequestStatus::WaitingOnRequester => {
                        Some("Xin cho biết vị trí cụ thể (số cột, số lô)?".into())
                    }
                    RequestStatus::Deferred => Some("Chờ mùa khô để thi công".into()),
                    RequestStatus::Rejected => Some("Nằm trong ranh giới lô".into()),
                    _ => None,
                },
                reason_code: match s {
                    RequestStatus::WaitingOnRequester => Some(EventReason::Question),
                    RequestStatus::Deferred => Some(EventReason::Deferred),
                    RequestStatus::Rejected => Some(EventReason::Rejected),
                    RequestStatus::Closed => Some(EventReason::Confirmed),
                    _ => None,
                },
                reason_detail: match s {
                    RequestStatus::Deferred => {
                        Some((now + Duration::days(30)).date_naive().to_string())
                    }
                    RequestStatus::Rejected => Some("NOT_OPERATOR_RESPONSIBILITY".into()),
                    RequestStatus::Closed => Some((5 - i % 2).to_string()),
                    _ => None,
                },
            });
        }
        requests.push(request::Model {
            id,
            tenant_id,
            created_at: created,
            firm_id: firm.id,
            cluster_id: Some(l.cluster_id),
            plot_id: None,
            location: Some(format!("Gần lô của {}", firm.name)),
            title: title.to_owned(),
            description: description.to_owned(),
            category,
            urgent: priority <= Priority::P2,
            priority,
            status: state,
            resume_status: (state == RequestStatus::WaitingOnRequester)
                .then_some(RequestStatus::Acknowledged),
            deferred_until: (state == RequestStatus::Deferred)
                .then(|| (now + Duration::days(30)).date_naive()),
            reject_reason: (state == RequestStatus::Rejected)
                .then_some(RejectReason::NotOperatorResponsibility),
            duplicate_of: None,
            promised_on: (steps.len() > 1 && steps[1] == RequestStatus::Acknowledged)
                .then(|| (created + Duration::days(7)).date_naive()),
            resolution_note: resolved_at.map(|_| "Đã khắc phục xong.".to_owned()),
            rating: (state == RequestStatus::Closed).then_some(5 - (i % 2) as i32),
            resolved_at,
            reopen_count: 0,
            filed_by,
            updated_at: at,
        });

        // A work order for requests being worked on or done.
        let wo_state = match state {
            RequestStatus::InProgress => WorkOrderStatus::InProgress,
            RequestStatus::Resolved => WorkOrderStatus::Done,
            RequestStatus::Closed => WorkOrderStatus::Verified,
            _ => continue,
        };
        let wo_id = Uuid::now_v7();
        let funding = if wo_state == WorkOrderStatus::Verified && i % 4 == 3 {
            FundingSource::Chargeback
        } else {
            FundingSource::Fund
        };
        let labour = 2_000_000 + (i as i64 % 5) * 350_000;
        let contractor = 5_000_000 + (i as i64 % 7) * 1_250_000;
        let total = labour + contractor;
        let invoice_no = format!("00{:05}", 1200 + i);
        let wo_created = created + Duration::minutes(90);
        let wo_steps: Vec<WorkOrderStatus> = match wo_state {
            WorkOrderStatus::InProgress => vec![WorkOrderStatus::Open, WorkOrderStatus::InProgress],
            WorkOrderStatus::Done => vec![
                WorkOrderStatus::Open,
                WorkOrderStatus::InProgress,
                WorkOrderStatus::Done,
            ],
            _ => vec![
                WorkOrderStatus::Open,
                WorkOrderStatus::InProgress,
                WorkOrderStatus::Done,
                WorkOrderStatus::Verified,
            ],
        };
        let mut wo_at = wo_created;
        for (k, s) in wo_steps.iter().enumerate() {
            if k > 0 {
                wo_at += ((now - wo_at) / 3)
                    .max(Duration::minutes(5))
                    .min(Duration::days(1));
            }
            order_events.push(work_order_event::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: wo_at,
                work_order_id: wo_id,
                actor_id: operator,
                from_status: (k > 0).then(|| wo_steps[k - 1]),
                to_status: *s,
                priority,
                reason: None,
                reason_code: None,
                reason_detail: None,
            });
        }
        let verified = wo_state == WorkOrderStatus::Verified;
        orders.push(work_order::Model {
            id: wo_id,
            tenant_id,
            created_at: wo_created,
            cluster_id: Some(l.cluster_id),
            firm_id: Some(firm.id),
            title: title.to_owned(),
            description: description.to_owned(),
            priority,
            status: wo_state,
            hold_reason: None,
            assignee_user_id: if i % 2 == 0 { assignee } else { None },
            contractor_name: (i % 2 == 1)
                .then(|| "Công ty TNHH Cơ điện Vĩnh Phúc (demo)".to_owned()),
            contractor_phone: (i % 2 == 1).then(|| "0211 3860 000".to_owned()),
            contractor_email: None,
            funding_source: funding,
            no_cost: false,
            cost_total: if verified { total } else { 0 },
            verified_at: verified.then_some(wo_at),
            verified_by: verified.then_some(operator).flatten(),
            created_by: operator,
            updated_at: wo_at,
            asset_id: None,
        });
        links.push(work_order_request::Model {
            id: Uuid::now_v7(),
            tenant_id,
            created_at: wo_created,
            work_order_id: wo_id,
            request_id: id,
        });
        for (kind, what, amount, supplier) in [
            (CostKind::Labour, "Nhân công kỹ thuật", labour, None),
            (
                CostKind::Contractor,
                "Thi công sửa chữa",
                contractor,
                Some(invoice_no.clone()),
            ),
        ] {
            costs.push(cost_line::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: wo_created,
                work_order_id: wo_id,
                kind,
                description: what.to_owned(),
                minutes: (kind == CostKind::Labour).then_some(600),
                hourly_rate: (kind == CostKind::Labour).then_some(labour / 10),
                amount: if kind == CostKind::Labour {
                    (labour / 10) * 10
                } else {
                    amount
                },
                supplier: supplier
                    .as_ref()
                    .map(|_| "Công ty TNHH Cơ điện Vĩnh Phúc (demo)".to_owned()),
                supplier_invoice: supplier,
                added_by: operator,
            });
        }
        if !verified {
            continue;
        }
        let label = format!(
            "Lệnh công việc {}: {title}",
            crate::maintenance::work_orders::short(wo_id)
        );
        match funding {
            FundingSource::Chargeback => charges.push(chargeback::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: wo_at,
                work_order_id: wo_id,
                firm_id: firm.id,
                cluster_id: Some(l.cluster_id),
                amount: total,
                description: label,
                invoice_id: None,
            }),
            _ => fund.push(fund_entry::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: wo_at,
                cluster_id: l.cluster_id,
                entry_on: wo_at.date_naive(),
                kind: FundEntryKind::Expense,
                amount: -total,
                description: label.clone(),
                allocation_id: None,
                invoice_id: None,
                recorded_by: operator,
                work_order_id: Some(wo_id),
                document_ref: Some(format!(
                    "Công ty TNHH Cơ điện Vĩnh Phúc (demo) HĐ {invoice_no}"
                )),
                account: crate::receivables::FundAccount::MaintenanceFund,
                document_number: Some(format!("HĐ {invoice_no}")),
                document_date: Some(wo_at.date_naive()),
                category: None,
            }),
        }
    }
    super::insert_rows::<request::Entity>(conn, requests).await?;
    super::insert_rows::<request_event::Entity>(conn, events).await?;
    super::insert_rows::<work_order::Entity>(conn, orders).await?;
    super::insert_rows::<work_order_event::Entity>(conn, order_events).await?;
    super::insert_rows::<work_order_request::Entity>(conn, links).await?;
    super::insert_rows::<cost_line::Entity>(conn, costs).await?;
    super::insert_rows::<fund_entry::Entity>(conn, fund).await?;
    super::insert_rows::<chargeback::Entity>(conn, charges).await?;
    Ok(())
}
