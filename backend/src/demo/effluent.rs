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

/// QCVN 40:2011/BTNMT column A: (code, name, unit, min, max, a typical treated value).
const LIMITS: [(&str, &str, Option<&str>, Option<f64>, f64, f64); 8] = [
    ("PH", "pH", None, Some(6.0), 9.0, 7.2),
    ("BOD5", "BOD5 (20 °C)", Some("mg/l"), None, 30.0, 14.0),
    ("COD", "COD", Some("mg/l"), None, 75.0, 42.0),
    (
        "TSS",
        "Chất rắn lơ lửng (TSS)",
        Some("mg/l"),
        None,
        50.0,
        21.0,
    ),
    (
        "NH4",
        "Amoni (NH4+ tính theo N)",
        Some("mg/l"),
        None,
        5.0,
        2.1,
    ),
    ("TN", "Tổng nitơ", Some("mg/l"), None, 20.0, 11.5),
    (
        "TP",
        "Tổng phốt pho (tính theo P)",
        Some("mg/l"),
        None,
        4.0,
        1.6,
    ),
    (
        "COLIFORM",
        "Coliform",
        Some("MPN/100ml"),
        None,
        3000.0,
        1200.0,
    ),
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
            .map(|(code, name, unit, min, max, _)| LimitInput {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
                unit: unit.map(str::to_owned),
                min: *min,
                max: Some(*max),
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
            .map(|(code, _, _, _, max, typical)| {
                let value = if over && i == last && *code == "COD" {
                    max * 1.32
                } else if *code == "PH" {
                    typical + (wobble - 1.0)
                } else {
                    (typical * wobble * 10.0).round() / 10.0
                };
                ((*code).to_owned(), value)
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
