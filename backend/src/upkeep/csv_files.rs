//! The asset register as a spreadsheet, in the plots' way: an import is previewed first (every
//! row's problems, with row numbers) and writes nothing unless the whole file is valid; the
//! export is the import format, so a file can go out, be edited and come back.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::{EntityTrait, IntoActiveModel, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::Db;
use crate::error::{AppResult, Reason, reason};
use crate::estate::csv_files::{ImportReport, RowProblem, collect, read};
use crate::estate::entities::{cluster, plot};
use crate::ids::{ClusterId, PlotId};
use crate::spreadsheet;
use crate::upkeep::AssetCategory;
use crate::upkeep::assets::{AssetInput, AssetRecord};
use crate::upkeep::entities::asset;

/// The columns of an assets file, in order.
pub const ASSET_COLUMNS: [&str; 15] = [
    "cluster",
    "code",
    "name",
    "category",
    "parent_code",
    "plot",
    "location",
    "quantity",
    "unit",
    "commissioned_on",
    "expected_life_years",
    "condition",
    "replacement_value",
    "warranty_until",
    "notes",
];

fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// Reads one row's numbers and dates; each bad cell is a problem of its column.
fn cells(values: &HashMap<String, String>, row: usize, problems: &mut Vec<RowProblem>) -> Cells {
    let mut bad = |column: &str, reason: Reason| {
        problems.push(RowProblem {
            row,
            column: column.into(),
            reason,
        })
    };
    let mut number = |column: &str| -> Option<i64> {
        let raw = values[column].replace(['.', ',', ' '], "");
        if raw.is_empty() {
            return None;
        }
        raw.parse::<i64>()
            .map_err(|_| {
                bad(
                    column,
                    reason!("whole_number_expected", "write a whole number"),
                )
            })
            .ok()
    };
    let quantity = number("quantity");
    let life = number("expected_life_years");
    let condition = number("condition");
    let value = number("replacement_value");
    let mut day = |column: &str| -> Option<NaiveDate> {
        let raw = values[column].as_str();
        if raw.is_empty() {
            return None;
        }
        NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(raw, "%d/%m/%Y"))
            .map_err(|_| {
                problems.push(RowProblem {
                    row,
                    column: column.into(),
                    reason: reason!("date_format", "write the date as YYYY-MM-DD or DD/MM/YYYY"),
                })
            })
            .ok()
    };
    Cells {
        quantity,
        life: life.map(|v| v.clamp(-1, 1_000) as i32),
        condition: condition.map(|v| v.clamp(-1, 100) as i32),
        value,
        commissioned: day("commissioned_on"),
        warranty: day("warranty_until"),
    }
}

struct Cells {
    quantity: Option<i64>,
    life: Option<i32>,
    condition: Option<i32>,
    value: Option<i64>,
    commissioned: Option<NaiveDate>,
    warranty: Option<NaiveDate>,
}

/// Reads an assets file; with `commit`, writes every asset if (and only if) no row has a
/// problem. A parent is named by its code in the same cluster: an asset already registered or
/// a row of the file (in any order); a loop between rows is a problem of each row in it.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn import_assets(
    db: &Db,
    ctx: &TenantCtx,
    text: &str,
    commit: bool,
) -> AppResult<ImportReport> {
    ctx.require(Policy::ManageUpkeep)?;
    let rows = read(text, &ASSET_COLUMNS)?;
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let clusters: HashMap<String, Uuid> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.name.to_lowercase(), c.id))
        .collect();
    let plots: HashMap<(Uuid, String), Uuid> = txn
        .scoped::<plot::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|p| ((p.cluster_id, p.code.to_lowercase()), p.id))
        .collect();
    let existing: HashMap<(Uuid, String), Uuid> = txn
        .scoped::<asset::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|a| ((a.cluster_id, a.code.to_lowercase()), a.id))
        .collect();
    let mut report = ImportReport {
        rows: rows.len(),
        ..Default::default()
    };
    // Each valid row, with its parent's code still to resolve.
    let mut parsed: Vec<(usize, AssetRecord, Option<String>)> = Vec::new();
    let mut in_file: HashSet<(Uuid, String)> = HashSet::new();
    for (row, values) in &rows {
        let row = *row;
        let Some(&cluster_id) = clusters.get(&values["cluster"].to_lowercase()) else {
            report.problems.push(RowProblem {
                row,
                column: "cluster".into(),
                reason: reason!("no_cluster_with_name", "no cluster has this name"),
            });
            continue;
        };
        let before = report.problems.len();
        let category = AssetCategory::parse(&values["category"]).or_else(|| {
            report.problems.push(RowProblem {
                row,
                column: "category".into(),
                reason: reason!(
                    "use_one_of",
                    "use one of {options}",
                    options = AssetCategory::ALL.map(AssetCategory::as_str).join(", ")
                ),
            });
            None
        });
        let plot_id = optional(&values["plot"]).and_then(|code| {
            let found = plots.get(&(cluster_id, code.to_lowercase())).copied();
            if found.is_none() {
                report.problems.push(RowProblem {
                    row,
                    column: "plot".into(),
                    reason: reason!("plot_cluster_code", "no plot of this cluster has this code"),
                });
            }
            found
        });
        let c = cells(values, row, &mut report.problems);
        if report.problems.len() > before {
            continue;
        }
        let input = AssetInput {
            cluster_id: ClusterId(cluster_id),
            parent_id: None,
            code: values["code"].clone(),
            name: values["name"].clone(),
            category: category.unwrap_or(AssetCategory::Other),
            plot_id: plot_id.map(PlotId),
            location: optional(&values["location"]),
            quantity: c.quantity,
            unit: optional(&values["unit"]),
            commissioned_on: c.commissioned,
            expected_life_years: c.life,
            condition: c.condition,
            replacement_value: c.value,
            warranty_until: c.warranty,
            notes: optional(&values["notes"]),
        };
        match AssetRecord::parse(input, "row") {
            Ok(record) => {
                let key = (cluster_id, record.code().to_lowercase());
                if existing.contains_key(&key) || !in_file.insert(key) {
                    report.problems.push(RowProblem {
                        row,
                        column: "code".into(),
                        reason: reason!(
                            "cluster_already_asset_code",
                            "this cluster already has an asset with this code"
                        ),
                    });
                    continue;
                }
                parsed.push((row, record, optional(&values["parent_code"])));
            }
            Err(error) => collect(&mut report.problems, row, error),
        }
    }
    // New ids for the file's assets, so a row may name another row as its parent.
    let ids: HashMap<(Uuid, String), Uuid> = parsed
        .iter()
        .map(|(_, r, _)| ((r.cluster_id().0, r.code().to_lowercase()), Uuid::now_v7()))
        .collect();
    let mut models = Vec::new();
    for (row, record, parent) in &parsed {
        let cluster = record.cluster_id().0;
        let mut model = record.new_model(txn.tenant_id().0);
        model.id = ids[&(cluster, record.code().to_lowercase())];
        if let Some(code) = parent {
            let key = (cluster, code.to_lowercase());
            match existing.get(&key).or_else(|| ids.get(&key)) {
                Some(&p) if p != model.id => model.parent_id = Some(p),
                _ => {
                    report.problems.push(RowProblem {
                        row: *row,
                        column: "parent_code".into(),
                        reason: reason!(
                            "asset_cluster_code",
                            "no asset of this cluster has this code"
                        ),
                    });
                    continue;
                }
            }
        }
        models.push((*row, model));
    }
    // A loop among the file's rows: following parents never reaches a registered asset or none.
    let parent_of: HashMap<Uuid, Option<Uuid>> =
        models.iter().map(|(_, m)| (m.id, m.parent_id)).collect();
    for (row, m) in &models {
        let mut seen = HashSet::new();
        let mut current = Some(m.id);
        while let Some(id) = current {
            if !seen.insert(id) {
                report.problems.push(RowProblem {
                    row: *row,
                    column: "parent_code".into(),
                    reason: reason!(
                        "parents_row_go_round",
                        "the parents of this row go round in a loop"
                    ),
                });
                break;
            }
            current = parent_of.get(&id).copied().flatten();
        }
    }
    if commit && report.problems.is_empty() {
        // Parents first, so every row's parent exists when it is written.
        let mut written: HashSet<Uuid> = HashSet::new();
        let mut pending: Vec<asset::Model> = models.into_iter().map(|(_, m)| m).collect();
        while !pending.is_empty() {
            let (ready, later): (Vec<_>, Vec<_>) = pending.into_iter().partition(|m| {
                m.parent_id
                    .is_none_or(|p| written.contains(&p) || !parent_of.contains_key(&p))
            });
            if ready.is_empty() {
                break;
            }
            for chunk in ready.chunks(500) {
                asset::Entity::insert_many(
                    chunk
                        .iter()
                        .cloned()
                        .map(IntoActiveModel::into_active_model),
                )
                .exec_without_returning(txn.conn())
                .await?;
                audit::imported(&txn, ctx, "Asset", chunk.iter().map(|m| (m.id, m))).await?;
            }
            written.extend(ready.iter().map(|m| m.id));
            report.created += ready.len();
            pending = later;
        }
        txn.commit().await?;
    }
    Ok(report)
}

/// Every asset of the tenant, in the import format.
pub async fn export_assets(db: &Db, ctx: &TenantCtx) -> AppResult<String> {
    let txn = db.tenant(ctx, Policy::ManageUpkeep).await?;
    let clusters: HashMap<Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let plots: HashMap<Uuid, String> = txn
        .scoped::<plot::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    let assets = txn
        .scoped::<asset::Entity>()
        .order_by_asc(asset::Column::ClusterId)
        .order_by_asc(asset::Column::Code)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let codes: HashMap<Uuid, String> = assets.iter().map(|a| (a.id, a.code.clone())).collect();
    let text = |v: Option<String>| v.unwrap_or_default();
    let num = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let day = |v: Option<NaiveDate>| v.map(|d| d.to_string()).unwrap_or_default();
    let rows: Vec<Vec<String>> = assets
        .into_iter()
        .map(|a| {
            vec![
                clusters.get(&a.cluster_id).cloned().unwrap_or_default(),
                a.code,
                a.name,
                a.category.as_str().to_owned(),
                text(a.parent_id.and_then(|p| codes.get(&p).cloned())),
                text(a.plot_id.and_then(|p| plots.get(&p).cloned())),
                text(a.location),
                num(a.quantity),
                text(a.unit),
                day(a.commissioned_on),
                num(a.expected_life_years.map(i64::from)),
                num(a.condition.map(i64::from)),
                num(a.replacement_value),
                day(a.warranty_until),
                text(a.notes),
            ]
        })
        .collect();
    spreadsheet::write(&ASSET_COLUMNS, rows)
}
