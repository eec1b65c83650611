//! The demo's upkeep: a register of every cluster's shared works (roads in metres, drains,
//! street lights by count, the wastewater plant in m³/day with its discharge permit, fire
//! hydrants with their acceptance, fences), preventive schedules on them, and the last few
//! completed inspections of each schedule: verified work orders on the asset with their
//! checklist answered, a cost line with the supplier's invoice and, when the fund or the
//! wastewater account paid, the expense naming that document.
//!
//! The register and the schedules go through the domain services (so they obey every rule);
//! the past inspections are written directly, dated in the past, as the maintenance demo does.
//! Everything is derived from each cluster's figures and this month, so every start builds
//! the same demo.

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveTime};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, Role, TenantCtx};
use crate::billing::money::first_of_month;
use crate::db::Db;
use crate::estate::WwtpStatus;
use crate::estate::entities::cluster;
use crate::ids::{AssetId, ClusterId, TenantId, UserId};
use crate::maintenance::entities::{checklist_item, cost_line, work_order, work_order_event};
use crate::maintenance::work_orders::short;
use crate::maintenance::{CostKind, FundingSource, Priority, WorkOrderStatus};
use crate::receivables::entities::fund_entry;
use crate::receivables::{FundAccount, FundEntryKind};
use crate::tenancy::TenantKind;
use crate::tenancy::entities::{membership, tenant};
use crate::upkeep::assets::{self, AssetInput, AssetRecord, PermitInput};
use crate::upkeep::entities::{occurrence, schedule};
use crate::upkeep::schedules::{self, ScheduleInput, ScheduleRecord, checklist_of};
use crate::upkeep::{
    AssetCategory, ChecklistKind, ChecklistTemplateItem, OccurrenceStatus, PermitKind,
    ScheduleAnchor,
};
use crate::values::today;

/// The contractor the demo's inspections are done by.
const CONTRACTOR: &str = "Công ty TNHH Kỹ thuật hạ tầng Vĩnh Phúc (demo)";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// One asset of the demo register: (code, name, category, quantity, unit, condition,
/// đồng per unit to replace, expected life in years).
type Work = (
    &'static str,
    &'static str,
    AssetCategory,
    i64,
    &'static str,
    i32,
    i64,
    i32,
);

/// The works of a cluster, scaled on its area (ha) and its plant.
fn works(c: &cluster::Model) -> Vec<Work> {
    let ha = (c.total_area_m2 / 10_000).max(1);
    // A village cluster's works are older and more worn than a new cluster's.
    let worn = i32::from(c.name.contains("Yên Đồng"));
    let mut list: Vec<Work> = vec![
        (
            "GT-01",
            "Đường trục chính N1",
            AssetCategory::InternalRoads,
            ha * 18,
            "m",
            4 - worn,
            4_500_000,
            25,
        ),
        (
            "GT-02",
            "Đường nhánh N2 – N4",
            AssetCategory::InternalRoads,
            ha * 22,
            "m",
            3 - worn,
            3_200_000,
            20,
        ),
        (
            "TN-01",
            "Mương, cống thoát nước mưa",
            AssetCategory::Drainage,
            ha * 90,
            "m",
            3 - worn,
            1_800_000,
            30,
        ),
        (
            "CS-01",
            "Đèn chiếu sáng đường nội bộ (LED)",
            AssetCategory::PowerLighting,
            ha * 2,
            "đèn",
            4,
            14_000_000,
            15,
        ),
        (
            "PCCC-01",
            "Hệ thống trụ cứu hỏa ngoài nhà",
            AssetCategory::FireProtection,
            (ha / 2).max(4),
            "trụ",
            4 - worn,
            45_000_000,
            20,
        ),
        (
            "HR-01",
            "Hàng rào, cổng bảo vệ",
            AssetCategory::FencesGates,
            ha * 45,
            "m",
            3,
            1_200_000,
            20,
        ),
        (
            "CX-01",
            "Cây xanh, thảm cỏ dải phân cách",
            AssetCategory::Greenery,
            ha * 300,
            "m²",
            4,
            150_000,
            30,
        ),
    ];
    if c.wwtp_present {
        list.push((
            "XLNT-01",
            "Trạm xử lý nước thải tập trung",
            AssetCategory::Wastewater,
            c.wwtp_capacity_m3_day.unwrap_or(1_000),
            "m³/ngày",
            if c.wwtp_status == WwtpStatus::Operating {
                4
            } else {
                5
            },
            6_500_000,
            25,
        ));
        list.push((
            "XLNT-02",
            "Mạng thu gom nước thải",
            AssetCategory::Wastewater,
            ha * 60,
            "m",
            4,
            2_400_000,
            30,
        ));
    }
    list
}

/// A demo schedule: (asset code, title, rule, lead days, estimated cost, account, legal basis,
/// checklist).
type Plan = (
    &'static str,
    &'static str,
    &'static str,
    i32,
    i64,
    FundAccount,
    Option<&'static str>,
    Vec<ChecklistTemplateItem>,
);

/// The preventive schedules kept on a cluster's works.
fn plans(has_plant: bool) -> Vec<Plan> {
    let mut list: Vec<Plan> = vec![
        (
            "TN-01",
            "Kiểm tra, nạo vét mương cống thoát nước",
            "FREQ=MONTHLY;BYMONTHDAY=5",
            3,
            3_500_000,
            FundAccount::MaintenanceFund,
            None,
            vec![
                ChecklistTemplateItem::of("Cống, hố ga thông thoáng", ChecklistKind::PassFail),
                ChecklistTemplateItem::of("Có rác, bùn lắng cần nạo vét", ChecklistKind::YesNo),
                ChecklistTemplateItem::of("Ghi chú hiện trường", ChecklistKind::Text),
            ],
        ),
        (
            "GT-01",
            "Kiểm tra mặt đường, biển báo nội bộ",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10",
            7,
            2_000_000,
            FundAccount::MaintenanceFund,
            None,
            vec![
                ChecklistTemplateItem::of(
                    "Mặt đường không ổ gà, lún, nứt",
                    ChecklistKind::PassFail,
                ),
                ChecklistTemplateItem::of("Biển báo, vạch sơn đầy đủ", ChecklistKind::PassFail),
            ],
        ),
        (
            "CS-01",
            "Kiểm tra đèn chiếu sáng ban đêm",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            2,
            1_500_000,
            FundAccount::MaintenanceFund,
            None,
            vec![
                ChecklistTemplateItem::number("Số đèn không sáng", "đèn", Some(0.0), Some(3.0)),
                ChecklistTemplateItem::of(
                    "Tủ điện chiếu sáng hoạt động bình thường",
                    ChecklistKind::PassFail,
                ),
            ],
        ),
        (
            "PCCC-01",
            "Kiểm tra trụ cứu hỏa, áp lực nước chữa cháy",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20",
            7,
            2_500_000,
            FundAccount::MaintenanceFund,
            Some("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024: kiểm tra định kỳ (demo)"),
            vec![
                ChecklistTemplateItem::number(
                    "Áp lực nước tại trụ xa nhất",
                    "bar",
                    Some(2.5),
                    Some(10.0),
                ),
                ChecklistTemplateItem::of("Van, khớp nối không rò rỉ", ChecklistKind::PassFail),
            ],
        ),
        (
            "HR-01",
            "Kiểm tra hàng rào, cổng",
            "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1",
            10,
            1_000_000,
            FundAccount::MaintenanceFund,
            None,
            vec![ChecklistTemplateItem::of(
                "Hàng rào, cổng nguyên vẹn",
                ChecklistKind::PassFail,
            )],
        ),
    ];
    if has_plant {
        list.push((
            "XLNT-01",
            "Lấy mẫu nước thải sau xử lý hằng tháng",
            "FREQ=MONTHLY;BYMONTHDAY=25",
            5,
            4_000_000,
            FundAccount::Wastewater,
            Some("Giấy phép môi trường của trạm: quan trắc nước thải định kỳ (demo)"),
            vec![
                ChecklistTemplateItem::number("pH", "pH", Some(5.5), Some(9.0)),
                ChecklistTemplateItem::number("COD", "mg/l", None, Some(150.0)),
                ChecklistTemplateItem::number("TSS", "mg/l", None, Some(100.0)),
                ChecklistTemplateItem::of(
                    "Thiết bị quan trắc tự động hoạt động",
                    ChecklistKind::PassFail,
                ),
            ],
        ));
    }
    list
}

/// Seeds the upkeep of every operator tenant (after the estate and billing demo).
pub async fn seed(db: &Db) -> anyhow::Result<()> {
    // System read: the demo needs the operators and who acts for each.
    let txn = db.system().await?;
    let operators = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .order_by_asc(tenant::Column::Name)
        .all(txn.conn())
        .await?;
    let mut actors = Vec::new();
    for operator in &operators {
        let members = membership::Entity::find()
            .filter(membership::Column::TenantId.eq(operator.id))
            .order_by_asc(membership::Column::CreatedAt)
            .all(txn.conn())
            .await?;
        let of = |role: Role| members.iter().find(|m| m.role == role).map(|m| m.user_id);
        if let Some(admin) = of(Role::OperatorAdmin) {
            let assignee = of(Role::OperatorStaff).unwrap_or(admin);
            actors.push((operator.id, admin, assignee));
        }
    }
    txn.commit().await?;
    for (tenant_id, admin, assignee) in actors {
        let ctx = TenantCtx::for_system_work(TenantId(tenant_id), UserId(admin));
        seed_operator(db, &ctx, UserId(assignee)).await?;
    }
    Ok(())
}

async fn seed_operator(db: &Db, ctx: &TenantCtx, assignee: UserId) -> anyhow::Result<()> {
    let txn = db.read(ctx, Policy::ManageUpkeep).await?;
    let clusters = txn
        .scoped::<cluster::Entity>()
        .order_by_asc(cluster::Column::Name)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let this_month = first_of_month(today());
    let starts_on = this_month - Months::new(12);
    for c in &clusters {
        let commissioned = c.established_on.unwrap_or(day(2015, 1, 1)) + Months::new(18);
        // The plant and its network hang under a zone, to show the register's levels.
        let zone = if c.wwtp_present {
            Some(
                add_asset(
                    db,
                    ctx,
                    c,
                    ("KV-XLNT", "Khu xử lý nước thải", AssetCategory::Other),
                    commissioned,
                )
                .await?,
            )
        } else {
            None
        };
        let mut registered = Vec::new();
        for work in works(c) {
            let (code, name, category, quantity, unit, condition, unit_value, life) = work;
            let plant = category == AssetCategory::Wastewater;
            let building = plant && c.wwtp_status != WwtpStatus::Operating;
            let input = AssetInput {
                cluster_id: ClusterId(c.id),
                parent_id: if plant { zone.map(AssetId) } else { None },
                code: code.to_owned(),
                name: name.to_owned(),
                category,
                plot_id: None,
                location: Some(format!("{} (demo)", c.name)),
                quantity: Some(quantity),
                unit: Some(unit.to_owned()),
                commissioned_on: (!building).then_some(commissioned),
                expected_life_years: Some(life),
                condition: (!building).then_some(condition),
                replacement_value: Some(quantity.saturating_mul(unit_value)),
                warranty_until: (category == AssetCategory::PowerLighting)
                    .then(|| this_month + Months::new(14)),
                notes: building.then(|| "Đang xây dựng, chưa nghiệm thu (demo)".to_owned()),
            };
            let model = assets::create(db, ctx, AssetRecord::parse(input, "demo")?).await?;
            if plant && code == "XLNT-01" && !building {
                // One plant's permit runs out within three months, so the warning shows.
                let expires = c.wwtp_permit_expires_on.unwrap_or(
                    this_month + Months::new(if c.name.contains("Tề Lỗ") { 2 } else { 60 }),
                );
                let permit = assets::add_permit(
                    db,
                    ctx,
                    AssetId(model.id),
                    PermitInput {
                        kind: PermitKind::Discharge,
                        number: format!("{}/GPMT-UBND (demo)", 100 + c.total_area_m2 % 900),
                        issuer: Some("UBND tỉnh Vĩnh Phúc".to_owned()),
                        issued_on: (expires - Months::new(120)).max(commissioned).min(expires),
                        expires_on: Some(expires),
                    },
                )
                .await?;
                let over = c.name.contains("Đồng Sóc");
                super::effluent::seed_plant(db, ctx, &model, &permit, over).await?;
            }
            if code == "PCCC-01" {
                assets::add_permit(
                    db,
                    ctx,
                    AssetId(model.id),
                    PermitInput {
                        kind: PermitKind::FireSafety,
                        number: "25/NT-PCCC (demo)".to_owned(),
                        issuer: Some("Phòng Cảnh sát PCCC và CNCH, Công an tỉnh".to_owned()),
                        issued_on: commissioned,
                        expires_on: None,
                    },
                )
                .await?;
            }
            registered.push(model);
        }
        let has_plant = c.wwtp_present && c.wwtp_status == WwtpStatus::Operating;
        for (code, title, rule, lead_days, cost, account, basis, checklist) in plans(has_plant) {
            let Some(asset) = registered.iter().find(|a| a.code == code) else {
                continue;
            };
            let record = ScheduleRecord::parse(ScheduleInput {
                cluster_id: Some(ClusterId(c.id)),
                asset_id: Some(AssetId(asset.id)),
                title: title.to_owned(),
                checklist,
                rule: rule.to_owned(),
                starts_on,
                lead_days,
                estimated_cost: cost,
                funding_source: FundingSource::Fund,
                account,
                assignee_user_id: Some(assignee),
                legal_basis: basis.map(str::to_owned),
                active: true,
                anchor: ScheduleAnchor::Fixed,
            })?;
            let s = schedules::create(db, ctx, record).await?;
            seed_inspections(db, ctx, &s, asset.category, today()).await?;
        }
    }
    Ok(())
}

async fn add_asset(
    db: &Db,
    ctx: &TenantCtx,
    c: &cluster::Model,
    (code, name, category): (&str, &str, AssetCategory),
    commissioned: NaiveDate,
) -> anyhow::Result<Uuid> {
    let input = AssetInput {
        cluster_id: ClusterId(c.id),
        parent_id: None,
        code: code.to_owned(),
        name: name.to_owned(),
        category,
        plot_id: None,
        location: Some(format!("{} (demo)", c.name)),
        quantity: None,
        unit: None,
        commissioned_on: Some(commissioned),
        expected_life_years: None,
        condition: None,
        replacement_value: None,
        warranty_until: None,
        notes: None,
    };
    Ok(assets::create(db, ctx, AssetRecord::parse(input, "demo")?)
        .await?
        .id)
}

/// The answer a demo inspection gives an item: passing, except that every fourth inspection
/// finds one thing wrong (a failed check, or a number over its range).
fn answer(item: &ChecklistTemplateItem, round: usize, index: usize) -> String {
    let fault = round % 4 == 1 && index == 0;
    match item.kind {
        ChecklistKind::PassFail => if fault { "FAIL" } else { "PASS" }.to_owned(),
        ChecklistKind::YesNo => if round.is_multiple_of(2) { "YES" } else { "NO" }.to_owned(),
        ChecklistKind::Text => "Đã kiểm tra toàn tuyến (demo)".to_owned(),
        // The demo's templates ask for no photo; a photo is answered by uploading one.
        ChecklistKind::Photo => "Không có ảnh (demo)".to_owned(),
        ChecklistKind::Number => {
            let (lo, hi) = (item.min.unwrap_or(0.0), item.max.unwrap_or(100.0));
            let value = if fault {
                hi + (hi - lo).max(1.0) / 2.0
            } else {
                lo + (hi - lo) * (0.3 + 0.1 * (round % 3) as f64)
            };
            format!("{value:.1}")
        }
    }
}

/// The last completed inspections of a schedule (monthly ones the last three, others the
/// last two): each a verified work order on the asset, its occurrence, its answered
/// checklist, its cost and the expense that paid it.
async fn seed_inspections(
    db: &Db,
    ctx: &TenantCtx,
    s: &schedule::Model,
    category: AssetCategory,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let recurrence = schedules::recurrence_of(s)?;
    let past = recurrence.between(s.starts_on, today - Duration::days(1), 400);
    let keep = if past.len() > 8 { 3 } else { 2 };
    let due_dates = &past[past.len().saturating_sub(keep)..];
    let checklist = checklist_of(s);
    let tenant_id = s.tenant_id;
    let actor = Some(ctx.user_id().0);
    let at = |d: NaiveDate, hour: u32| {
        d.and_time(NaiveTime::MIN).and_utc() + Duration::hours(i64::from(hour))
    };

    let (mut orders, mut events, mut items, mut costs, mut fund, mut occurrences) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for (round, due) in due_dates.iter().copied().enumerate() {
        let wo_id = Uuid::now_v7();
        let opened = at(due - Duration::days(i64::from(s.lead_days)), 1);
        let done = at(due, 9);
        // Verified two days after it was done, but never after today: an inspection due
        // yesterday cannot have its expense dated tomorrow (the statement up to today would
        // then miss it).
        let verified = at((due + Duration::days(2)).min(today), 3);
        let cost = s.estimated_cost + (round as i64 % 3) * 250_000;
        let invoice_no = format!("{:07}", due.num_days_from_ce() % 9_000_000 + 1_000_000);
        let steps = [
            (None, WorkOrderStatus::Open, opened),
            (
                Some(WorkOrderStatus::Open),
                WorkOrderStatus::InProgress,
                at(due, 1),
            ),
            (
                Some(WorkOrderStatus::InProgress),
                WorkOrderStatus::Done,
                done,
            ),
            (
                Some(WorkOrderStatus::Done),
                WorkOrderStatus::Verified,
                verified,
            ),
        ];
        for (from, to, when) in steps {
            events.push(work_order_event::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: when,
                work_order_id: wo_id,
                actor_id: actor,
                from_status: from,
                to_status: to,
                priority: Priority::P3,
                reason: None,
                reason_code: from
                    .is_none()
                    .then_some(crate::maintenance::EventReason::Scheduled),
                reason_detail: from.is_none().then(|| due.to_string()),
            });
        }
        orders.push(work_order::Model {
            id: wo_id,
            tenant_id,
            created_at: opened,
            cluster_id: Some(s.cluster_id),
            firm_id: None,
            title: format!("{} ({})", s.title, due.format("%d/%m/%Y")),
            description: format!(
                "Bảo trì định kỳ theo lịch \"{}\", đến hạn {}.",
                s.title,
                due.format("%d/%m/%Y")
            ),
            priority: Priority::P3,
            status: WorkOrderStatus::Verified,
            hold_reason: None,
            assignee_user_id: s.assignee_user_id,
            contractor_name: Some(CONTRACTOR.to_owned()),
            contractor_phone: Some("0211 3712 000".to_owned()),
            contractor_email: None,
            funding_source: s.funding_source,
            no_cost: false,
            cost_total: cost,
            verified_at: Some(verified),
            verified_by: actor,
            created_by: None,
            updated_at: verified,
            asset_id: s.asset_id,
        });
        for (index, template) in checklist.iter().enumerate() {
            items.push(checklist_item::Model {
                id: Uuid::now_v7(),
                tenant_id,
                created_at: opened,
                work_order_id: wo_id,
                position: index as i32 + 1,
                label: template.label.clone(),
                done: true,
                kind: Some(template.kind),
                unit: template.unit.clone(),
                min_value: template.min,
                max_value: template.max,
                answer: Some(answer(template, round, index)),
                passed: crate::upkeep::inspections::verdict(
                    template.kind,
                    template.min,
                    template.max,
                    &answer(template, round, index),
                ),
                corrective_work_order_id: None,
            });
        }
        costs.push(cost_line::Model {
            id: Uuid::now_v7(),
            tenant_id,
            created_at: done,
            work_order_id: wo_id,
            kind: CostKind::Contractor,
            description: s.title.clone(),
            minutes: None,
            hourly_rate: None,
            amount: cost,
            supplier: Some(CONTRACTOR.to_owned()),
            supplier_invoice: Some(invoice_no.clone()),
            added_by: actor,
        });
        let document = format!("HĐ {invoice_no}");
        fund.push(fund_entry::Model {
            id: Uuid::now_v7(),
            tenant_id,
            created_at: verified,
            cluster_id: s.cluster_id,
            entry_on: verified.date_naive(),
            kind: FundEntryKind::Expense,
            amount: -cost,
            description: format!("Lệnh công việc {}: {}", short(wo_id), s.title),
            allocation_id: None,
            invoice_id: None,
            recorded_by: actor,
            work_order_id: Some(wo_id),
            document_ref: Some(format!("{CONTRACTOR} {document}")),
            account: s.account,
            document_number: Some(document),
            document_date: Some(verified.date_naive()),
            category: Some(category),
        });
        occurrences.push(occurrence::Model {
            id: Uuid::now_v7(),
            tenant_id,
            created_at: opened,
            schedule_id: s.id,
            due_on: due,
            status: OccurrenceStatus::Open,
            work_order_id: Some(wo_id),
            reason: None,
            updated_at: opened,
        });
    }
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let conn = txn.conn();
    super::insert_rows::<work_order::Entity>(conn, orders).await?;
    super::insert_rows::<work_order_event::Entity>(conn, events).await?;
    super::insert_rows::<checklist_item::Entity>(conn, items).await?;
    super::insert_rows::<cost_line::Entity>(conn, costs).await?;
    super::insert_rows::<fund_entry::Entity>(conn, fund).await?;
    super::insert_rows::<occurrence::Entity>(conn, occurrences).await?;
    txn.commit().await?;
    Ok(())
}
