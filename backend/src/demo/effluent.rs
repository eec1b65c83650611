//! The demo's effluent: each operating plant's discharge permit gets the limits of QCVN
//! 40:2011/BTNMT column A (discharge into a water body used for domestic supply), and a year
//! of monthly laboratory results through the domain service, so each is judged as an
//! operator's would be. Đồng Sóc's latest result is over its COD limit: its cluster is
//! flagged and a P1 work order is open.

use chrono::{Days, Months, NaiveDate};

use crate::access::TenantCtx;
use crate::billing::money::first_of_month;
use crate::db::Db;
use crate::ids::{AssetId, AssetPermitId};
use crate::upkeep::effluent::{self, LimitInput, SampleInput};
use crate::upkeep::entities::{asset, asset_permit};
use crate::values::today;

/// One parameter's limit in the demo permit, and a typical treated value for its samples.
struct DemoLimit {
    code: &'static str,
    name: &'static str,
    unit: Option<&'static str>,
    min: Option<f64>,
    max: f64,
    typical: f64,
}

/// QCVN 40:2011/BTNMT column A.
const LIMITS: [DemoLimit; 8] = [
    DemoLimit {
        code: "PH",
        name: "pH",
        unit: None,
        min: Some(6.0),
        max: 9.0,
        typical: 7.2,
    },
    DemoLimit {
        code: "BOD5",
        name: "BOD5 (20 °C)",
        unit: Some("mg/l"),
        min: None,
        max: 30.0,
        typical: 14.0,
    },
    DemoLimit {
        code: "COD",
        name: "COD",
        unit: Some("mg/l"),
        min: None,
        max: 75.0,
        typical: 42.0,
    },
    DemoLimit {
        code: "TSS",
        name: "Chất rắn lơ lửng (TSS)",
        unit: Some("mg/l"),
        min: None,
        max: 50.0,
        typical: 21.0,
    },
    DemoLimit {
        code: "NH4",
        name: "Amoni (NH4+ tính theo N)",
        unit: Some("mg/l"),
        min: None,
        max: 5.0,
        typical: 2.1,
    },
    DemoLimit {
        code: "TN",
        name: "Tổng nitơ",
        unit: Some("mg/l"),
        min: None,
        max: 20.0,
        typical: 11.5,
    },
    DemoLimit {
        code: "TP",
        name: "Tổng phốt pho (tính theo P)",
        unit: Some("mg/l"),
        min: None,
        max: 4.0,
        typical: 1.6,
    },
    DemoLimit {
        code: "COLIFORM",
        name: "Coliform",
        unit: Some("MPN/100ml"),
        min: None,
        max: 3000.0,
        typical: 1200.0,
    },
];

/// The days of the last twelve monthly samples (the 8th), oldest first, none in the future.
fn sample_days(on: NaiveDate) -> Vec<NaiveDate> {
    let this_month = first_of_month(on);
    let mut days: Vec<NaiveDate> = (0..13u32)
        .filter_map(|k| this_month.checked_sub_months(Months::new(k)))
        .filter_map(|m| m.checked_add_days(Days::new(7)))
        .filter(|d| *d <= on)
        .take(12)
        .collect();
    days.reverse();
    days
}

/// Limits and a year of samples for a plant with its discharge permit; `over` makes the
/// latest sample's COD exceed the limit.
pub async fn seed_plant(
    db: &Db,
    ctx: &TenantCtx,
    plant: &asset::Model,
    permit: &asset_permit::Model,
    over: bool,
) -> anyhow::Result<()> {
    let limits = effluent::parse_limits(
        LIMITS
            .iter()
            .map(|l| LimitInput {
                code: l.code.to_owned(),
                name: l.name.to_owned(),
                unit: l.unit.map(str::to_owned),
                min: l.min,
                max: Some(l.max),
            })
            .collect(),
    )?;
    effluent::set_limits(db, ctx, AssetPermitId(permit.id), limits).await?;
    let days: Vec<NaiveDate> = sample_days(today())
        .into_iter()
        .filter(|d| *d >= permit.issued_on && permit.expires_on.is_none_or(|e| *d <= e))
        .collect();
    let last = days.len().saturating_sub(1);
    for (i, day) in days.into_iter().enumerate() {
        // A little month-to-month wobble around the typical value, the same on every start.
        let wobble = 1.0 + ((i * 7 % 5) as f64 - 2.0) * 0.06;
        let values = LIMITS
            .iter()
            .map(|l| {
                let value = if over && i == last && l.code == "COD" {
                    l.max * 1.32
                } else if l.code == "PH" {
                    l.typical + (wobble - 1.0)
                } else {
                    (l.typical * wobble * 10.0).round() / 10.0
                };
                (l.code.to_owned(), value)
            })
            .collect();
        effluent::record(
            db,
            ctx,
            SampleInput {
                asset_id: AssetId(plant.id),
                sampled_on: day,
                report_number: format!("KQ-{}-{:02}/QT (demo)", day.format("%Y"), day.format("%m")),
                values,
            },
        )
        .await?;
    }
    Ok(())
}
