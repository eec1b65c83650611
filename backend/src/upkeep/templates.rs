//! The compliance template pack: the standard schedules a cluster's operator keeps by law,
//! applied to a cluster in one step. Each carries its template key (unique per cluster, so
//! applying twice, or twice at once, creates each once), its legal basis and a checklist; the
//! operator edits dates, costs and assignees afterwards like any schedule.
//!
//! The wastewater templates attach to the cluster's plant (its WASTEWATER asset with a
//! discharge permit, else the first by code) and are left out when it has none; fire checks
//! attach to the FIRE_PROTECTION asset, or the cluster. The Circular 14/2024 reports are
//! deadlines: a due date, lead days to prepare, and a checklist that records the sending.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::db::Db;
use crate::error::AppResult;
use crate::ids::{AssetId, ClusterId};
use crate::maintenance::FundingSource;
use crate::receivables::FundAccount;
use crate::upkeep::calendar::cluster_of;
use crate::upkeep::entities::{asset, asset_permit, schedule};
use crate::upkeep::schedules::{self, ScheduleInput, ScheduleRecord};
use crate::upkeep::{
    AssetCategory, ChecklistKind, ChecklistTemplateItem, PermitKind, ScheduleAnchor,
};

/// The key prefix of the report-deadline templates.
const REPORT_PREFIX: &str = "CIRCULAR14_";

/// Whether a schedule's template key is a report deadline's.
pub fn is_report(key: Option<&str>) -> bool {
    key.is_some_and(|k| k.starts_with(REPORT_PREFIX))
}

/// Where a template's schedule attaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// The wastewater plant; left out without one.
    Plant,
    /// The fire protection asset, or the cluster.
    FireOrCluster,
    /// The cluster.
    Cluster,
}

/// One standard schedule.
struct Template {
    key: &'static str,
    title: &'static str,
    rule: &'static str,
    lead_days: i32,
    target: Target,
    account: FundAccount,
    legal_basis: &'static str,
    checklist: Vec<ChecklistTemplateItem>,
}

impl Template {
    /// The schedule this template makes in `cluster`, on `asset` when it has one.
    fn input(
        self,
        cluster: ClusterId,
        asset: Option<AssetId>,
        starts_on: NaiveDate,
    ) -> ScheduleInput {
        ScheduleInput {
            cluster_id: Some(cluster),
            asset_id: asset,
            title: self.title.to_owned(),
            checklist: self.checklist,
            rule: self.rule.to_owned(),
            starts_on,
            lead_days: self.lead_days,
            estimated_cost: 0,
            funding_source: FundingSource::Fund,
            account: self.account,
            assignee_user_id: None,
            legal_basis: Some(self.legal_basis.to_owned()),
            active: true,
            anchor: ScheduleAnchor::Fixed,
        }
    }
}

fn check(label: &str, kind: ChecklistKind) -> ChecklistTemplateItem {
    ChecklistTemplateItem::of(label, kind)
}

/// A measured parameter: the permit, not the template, sets its limits.
fn number(label: &str, unit: &str) -> ChecklistTemplateItem {
    ChecklistTemplateItem::number(label, unit, None, None)
}

/// The pack, in the order it is applied.
fn pack() -> Vec<Template> {
    use ChecklistKind::{PassFail, Text, YesNo};
    let environment = "Luật Bảo vệ môi trường 2020, Điều 51, 52 (cụm công nghiệp phải có hệ thống \
                       thu gom, xử lý nước thải tập trung và quan trắc tự động, liên tục); \
                       Nghị định 08/2022/NĐ-CP";
    vec![
        Template {
            key: "WWTP_DAILY_LOG",
            title: "Nhật ký vận hành trạm xử lý nước thải",
            rule: "FREQ=DAILY",
            lead_days: 0,
            target: Target::Plant,
            account: FundAccount::Wastewater,
            legal_basis: environment,
            checklist: vec![
                number("Lưu lượng nước thải vào trạm", "m³"),
                number("Lưu lượng nước thải sau xử lý", "m³"),
                number("pH bể điều hòa", "pH"),
                number("Hóa chất đã dùng", "kg"),
                number("Điện năng tiêu thụ", "kWh"),
                check(
                    "Bơm, máy thổi khí, máy khuấy hoạt động bình thường",
                    PassFail,
                ),
                check("Sự cố, xử lý trong ca", Text),
            ],
        },
        Template {
            key: "WWTP_EFFLUENT_MONTHLY",
            title: "Lấy mẫu, phân tích nước thải sau xử lý",
            rule: "FREQ=MONTHLY;BYMONTHDAY=10",
            lead_days: 3,
            target: Target::Plant,
            account: FundAccount::Wastewater,
            legal_basis: "Luật Bảo vệ môi trường 2020, Điều 111 (quan trắc nước thải); \
                          Nghị định 08/2022/NĐ-CP, Điều 97; giới hạn theo giấy phép môi \
                          trường của trạm",
            checklist: vec![
                number("pH", "pH"),
                number("COD", "mg/l"),
                number("BOD5 (20 °C)", "mg/l"),
                number("Tổng chất rắn lơ lửng (TSS)", "mg/l"),
                number("Amoni (NH4+ tính theo N)", "mg/l"),
                check("Số phiếu kết quả phân tích", Text),
            ],
        },
        Template {
            key: "WWTP_MONITORING_CALIBRATION",
            title: "Kiểm định, hiệu chuẩn thiết bị quan trắc nước thải tự động, liên tục",
            rule: "FREQ=YEARLY",
            lead_days: 30,
            target: Target::Plant,
            account: FundAccount::Wastewater,
            legal_basis: "Luật Bảo vệ môi trường 2020, Điều 52 khoản 1; Nghị định \
                          08/2022/NĐ-CP, Điều 97; Thông tư 10/2021/TT-BTNMT (kiểm định, \
                          hiệu chuẩn thiết bị quan trắc tự động)",
            checklist: vec![
                check("Thiết bị đo lưu lượng đã hiệu chuẩn", PassFail),
                check("Thiết bị đo pH, nhiệt độ đã hiệu chuẩn", PassFail),
                check("Thiết bị đo COD, TSS, amoni đã hiệu chuẩn", PassFail),
                check(
                    "Dữ liệu truyền liên tục về cơ quan quản lý môi trường",
                    YesNo,
                ),
                check("Số giấy chứng nhận kiểm định, hiệu chuẩn", Text),
            ],
        },
        Template {
            key: "FIRE_EQUIPMENT_MONTHLY",
            title: "Kiểm tra phương tiện phòng cháy, chữa cháy",
            rule: "FREQ=MONTHLY;BYMONTHDAY=5",
            lead_days: 3,
            target: Target::FireOrCluster,
            account: FundAccount::MaintenanceFund,
            legal_basis: "TCVN 3890:2023 (phương tiện phòng cháy, chữa cháy: kiểm tra, bảo \
                          dưỡng định kỳ); Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024",
            checklist: vec![
                check("Trụ nước chữa cháy có nước, van đóng mở được", PassFail),
                number("Áp lực nước tại trụ xa nhất", "bar"),
                check("Máy bơm chữa cháy chạy thử đạt", PassFail),
                check("Bình chữa cháy còn hạn, đủ áp", PassFail),
                check("Lối tiếp cận trụ, họng nước không bị che chắn", YesNo),
                check("Ghi chú", Text),
            ],
        },
        Template {
            key: "ROAD_INSPECTION_QUARTERLY",
            title: "Kiểm tra định kỳ đường nội bộ",
            rule: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
            lead_days: 7,
            target: Target::Cluster,
            account: FundAccount::MaintenanceFund,
            legal_basis: "Nghị định 06/2021/NĐ-CP, Điều 31, 33 (bảo trì công trình theo quy \
                          trình bảo trì được phê duyệt)",
            checklist: vec![
                check("Mặt đường không có ổ gà, lún, nứt lớn", PassFail),
                check("Vỉa hè, bó vỉa nguyên vẹn", PassFail),
                check("Biển báo, vạch sơn rõ ràng", PassFail),
                number("Diện tích mặt đường cần sửa", "m²"),
                check("Vị trí cần sửa", Text),
            ],
        },
        Template {
            key: "DRAIN_INSPECTION_QUARTERLY",
            title: "Kiểm tra định kỳ mương, cống thoát nước mưa",
            rule: "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
            lead_days: 7,
            target: Target::Cluster,
            account: FundAccount::MaintenanceFund,
            legal_basis: "Nghị định 06/2021/NĐ-CP, Điều 31, 33 (bảo trì công trình theo quy \
                          trình bảo trì được phê duyệt); Luật Bảo vệ môi trường 2020, Điều 52 \
                          (thu gom, thoát nước mưa)",
            checklist: vec![
                check("Mương, cống thông thoáng, không tắc", PassFail),
                check("Nắp hố ga đủ, không vỡ", PassFail),
                number("Chiều dày bùn lắng", "cm"),
                check("Điểm ngập khi mưa", Text),
            ],
        },
        Template {
            key: "CIRCULAR14_HALF_YEAR_REPORT",
            title: "Báo cáo 6 tháng tình hình cụm công nghiệp gửi Sở Công Thương",
            rule: "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20",
            lead_days: 14,
            target: Target::Cluster,
            account: FundAccount::MaintenanceFund,
            legal_basis: "Thông tư 14/2024/TT-BCT (sửa đổi bởi Thông tư 38/2025/TT-BCT), chế độ \
                          báo cáo định kỳ: báo cáo 6 tháng, số liệu từ 15/12 năm trước đến 14/6, \
                          gửi trước ngày 20/6; đối chiếu hạn và biểu mẫu với văn bản đang có hiệu \
                          lực",
            checklist: vec![
                check("Đã lập báo cáo theo biểu mẫu", YesNo),
                check("Đã gửi Sở Công Thương", YesNo),
                check("Số, ngày văn bản gửi", Text),
            ],
        },
        Template {
            key: "CIRCULAR14_YEAR_REPORT",
            title: "Báo cáo năm tình hình cụm công nghiệp gửi Sở Công Thương",
            rule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20",
            lead_days: 14,
            target: Target::Cluster,
            account: FundAccount::MaintenanceFund,
            legal_basis: "Thông tư 14/2024/TT-BCT (sửa đổi bởi Thông tư 38/2025/TT-BCT), chế độ \
                          báo cáo định kỳ: báo cáo năm, số liệu từ 15/12 năm trước đến 14/12, gửi \
                          trước ngày 20/12; đối chiếu hạn và biểu mẫu với văn bản đang có hiệu lực",
            checklist: vec![
                check("Đã lập báo cáo theo biểu mẫu", YesNo),
                check("Đã gửi Sở Công Thương", YesNo),
                check("Số, ngày văn bản gửi", Text),
            ],
        },
    ]
}

/// Every template key of the pack, in order.
pub fn keys() -> Vec<&'static str> {
    pack().into_iter().map(|t| t.key).collect()
}

/// What applying the pack did.
#[derive(Debug, Default)]
pub struct Applied {
    /// The schedules it created.
    pub created: Vec<schedule::Model>,
    /// The templates the cluster already had.
    pub already_present: Vec<String>,
    /// The templates left out: the cluster has no wastewater plant.
    pub not_applicable: Vec<String>,
}

/// Applies the pack to a cluster (operators), starting the schedules on `starts_on`: creates
/// the schedules the cluster lacks, in one transaction. Another tenant's cluster is NOT_FOUND.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn apply(
    db: &Db,
    ctx: &TenantCtx,
    cluster: ClusterId,
    starts_on: NaiveDate,
) -> AppResult<Applied> {
    ctx.require(Policy::ManageUpkeep)?;
    let starts_on = crate::values::check_day(starts_on, "startsOn")?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let found = cluster_of(&txn, cluster).await?;
    let assets = txn
        .scoped::<asset::Entity>()
        .filter(asset::Column::ClusterId.eq(found.id))
        .order_by_asc(asset::Column::Code)
        .all(txn.conn())
        .await?;
    let plants: Vec<&asset::Model> = assets
        .iter()
        .filter(|a| a.category == AssetCategory::Wastewater)
        .collect();
    let permitted: Vec<uuid::Uuid> = if plants.is_empty() {
        Vec::new()
    } else {
        txn.scoped::<asset_permit::Entity>()
            .filter(asset_permit::Column::AssetId.is_in(plants.iter().map(|a| a.id)))
            .filter(asset_permit::Column::Kind.eq(PermitKind::Discharge))
            .all(txn.conn())
            .await?
            .into_iter()
            .map(|p| p.asset_id)
            .collect()
    };
    let plant = plants
        .iter()
        .find(|a| permitted.contains(&a.id))
        .or(plants.first())
        .map(|a| a.id);
    let fire = assets
        .iter()
        .find(|a| a.category == AssetCategory::FireProtection)
        .map(|a| a.id);
    let present: Vec<String> = txn
        .scoped::<schedule::Entity>()
        .filter(schedule::Column::ClusterId.eq(found.id))
        .filter(schedule::Column::TemplateKey.is_not_null())
        .all(txn.conn())
        .await?
        .into_iter()
        .filter_map(|s| s.template_key)
        .collect();
    let mut applied = Applied::default();
    for t in pack() {
        let asset = match t.target {
            Target::Plant => match plant {
                Some(p) => Some(p),
                None => {
                    applied.not_applicable.push(t.key.to_owned());
                    continue;
                }
            },
            Target::FireOrCluster => fire,
            Target::Cluster => None,
        };
        if present.iter().any(|k| k == t.key) {
            applied.already_present.push(t.key.to_owned());
            continue;
        }
        let key = t.key;
        let record =
            ScheduleRecord::parse(t.input(ClusterId(found.id), asset.map(AssetId), starts_on))?;
        match schedules::insert(&txn, ctx, record, Some(key)).await? {
            Some(model) => applied.created.push(model),
            // Another caller created it meanwhile.
            None => applied.already_present.push(key.to_owned()),
        }
    }
    txn.commit().await?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_a_valid_schedule_with_its_legal_basis() {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut keys = std::collections::HashSet::new();
        for t in pack() {
            assert!(keys.insert(t.key), "{} twice", t.key);
            assert!(!t.legal_basis.is_empty());
            let key = t.key;
            ScheduleRecord::parse(t.input(ClusterId::new(), None, start))
                .unwrap_or_else(|e| panic!("{key}: {e:?}"));
        }
        assert!(is_report(Some("CIRCULAR14_YEAR_REPORT")));
        assert!(!is_report(Some("FIRE_EQUIPMENT_MONTHLY")));
        assert!(!is_report(None));
    }
}
