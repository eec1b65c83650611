//! Spreadsheets in and out. Exports are UTF-8 with a byte-order mark, so spreadsheet programs
//! show Vietnamese correctly. Imports of plots and firms are previewed first (every row's
//! problems, with row numbers) and write nothing unless the whole file is valid.

use std::collections::{HashMap, HashSet};

use sea_orm::{EntityTrait, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::Db;
use crate::error::{AppError, AppResult, FieldError, Reason, reason};
use crate::estate::entities::{cluster, plot};
use crate::estate::plots::{PlotInput, PlotRecord};
use crate::estate::{leases, occupancy};
use crate::ids::ClusterId;
use crate::spreadsheet::{self, BOM};
use crate::tenancy::entities::firm;
use crate::tenancy::firms::{self, FirmInput, FirmRecord};
use crate::tenancy::{CapitalOrigin, FirmStatus};
use crate::values::{check_plain_text, today};

/// The columns of a plots file, in order.
pub const PLOT_COLUMNS: [&str; 6] = [
    "cluster",
    "code",
    "area_m2",
    "land_use",
    "cadastral_ref",
    "notes",
];
/// The columns of a firms file, in order.
pub const FIRM_COLUMNS: [&str; 9] = [
    "name",
    "tax_code",
    "address",
    "capital_origin",
    "is_sme",
    "vsic_code",
    "workforce",
    "billing_emails",
    "status",
];

/// One problem in one row of an imported file (row 1 is the header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub column: String,
    /// What is wrong with the cell, as a code with parameters.
    pub reason: Reason,
}

/// What an import found, and whether it wrote.
#[derive(Clone, Debug, Default)]
pub struct ImportReport {
    pub rows: usize,
    pub problems: Vec<RowProblem>,
    /// Rows written (0 for a preview, or when any row has a problem).
    pub created: usize,
}

/// The most rows one import may hold: an estate's whole register fits many times over, and a
/// file is checked and written in bounded time (a 100,000-row file once held the write lock,
/// and so every tenant, for nine seconds).
pub const MAX_ROWS: usize = 10_000;

/// Rows written per statement: two statements per 500 rows instead of two per row.
const BATCH: usize = 500;

pub(crate) fn read(
    text: &str,
    columns: &[&str],
) -> AppResult<Vec<(usize, HashMap<String, String>)>> {
    if text.contains('\u{fffd}') {
        return Err(AppError::invalid(
            "csv",
            reason!(
                "file_utf_text_save",
                "the file is not UTF-8 text: save it as \"CSV UTF-8\" and try again"
            ),
        ));
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| {
            AppError::invalid(
                "csv",
                reason!("file_could_read_csv", "the file could not be read as CSV"),
            )
        })?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    if header != columns {
        return Err(AppError::Validation(vec![FieldError::new(
            "csv.header",
            reason!(
                "csv_header_expected",
                "the first row must be exactly: {header}",
                header = columns.join(",")
            ),
        )]));
    }
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|_| {
            AppError::invalid(
                format!("csv.row.{row}"),
                reason!("row_not_csv", "this row is not valid CSV"),
            )
        })?;
        if record.len() != columns.len() {
            return Err(AppError::invalid(
                format!("csv.row.{row}"),
                reason!(
                    "csv_row_width",
                    "row {row} has {values} values; the header has {columns}",
                    row = row,
                    values = record.len(),
                    columns = columns.len()
                ),
            ));
        }
        if rows.len() == MAX_ROWS {
            return Err(AppError::invalid(
                "csv",
                reason!(
                    "csv_too_many_rows",
                    "a file may hold at most {max_rows} rows; split it and import the parts one after the other",
                    max_rows = MAX_ROWS
                ),
            ));
        }
        let mut values = HashMap::with_capacity(columns.len());
        for (column, value) in columns.iter().zip(record.iter()) {
            check_plain_text(value, &format!("csv.row.{row}.{column}"))?;
            values.insert((*column).to_owned(), value.to_owned());
        }
        rows.push((row, values));
    }
    Ok(rows)
}

pub(crate) fn collect(problems: &mut Vec<RowProblem>, row: usize, error: AppError) {
    match error {
        AppError::Validation(fields) => problems.extend(fields.into_iter().map(|f| RowProblem {
            row,
            column: f.path.rsplit('.').next().unwrap_or_default().to_owned(),
            reason: f.reason,
        })),
        other => problems.push(RowProblem {
            row,
            column: String::new(),
            reason: other.reason(),
        }),
    }
}

fn optional(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// Reads a plots file; with `commit`, writes every plot if (and only if) no row has a problem.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn import_plots(
    db: &Db,
    ctx: &TenantCtx,
    text: &str,
    commit: bool,
) -> AppResult<ImportReport> {
    ctx.require(Policy::ManageEstate)?;
    let rows = read(text, &PLOT_COLUMNS)?;
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let clusters: HashMap<String, uuid::Uuid> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.name.to_lowercase(), c.id))
        .collect();
    let mut taken: HashSet<(uuid::Uuid, String)> = txn
        .scoped::<plot::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|p| (p.cluster_id, p.code.to_lowercase()))
        .collect();
    let mut report = ImportReport {
        rows: rows.len(),
        ..Default::default()
    };
    let mut records = Vec::new();
    for (row, values) in &rows {
        let Some(cluster_id) = clusters.get(&values["cluster"].to_lowercase()) else {
            report.problems.push(RowProblem {
                row: *row,
                column: "cluster".into(),
                reason: reason!("no_cluster_with_name", "no cluster has this name"),
            });
            continue;
        };
        let area = match values["area_m2"]
            .replace(['.', ',', ' '], "")
            .parse::<i64>()
        {
            Ok(area) => area,
            Err(_) => {
                report.problems.push(RowProblem {
                    row: *row,
                    column: "area_m2".into(),
                    reason: reason!(
                        "write_area_whole_number",
                        "write the area as a whole number of m²"
                    ),
                });
                continue;
            }
        };
        let input = PlotInput {
            cluster_id: ClusterId(*cluster_id),
            code: values["code"].clone(),
            area_m2: area,
            land_use: values["land_use"].clone(),
            cadastral_ref: optional(&values["cadastral_ref"]),
            notes: optional(&values["notes"]),
        };
        match PlotRecord::parse(input, "row") {
            Ok(record) => {
                if !taken.insert((record.cluster_id().0, record.code().to_lowercase())) {
                    report.problems.push(RowProblem {
                        row: *row,
                        column: "code".into(),
                        reason: reason!(
                            "cluster_already_plot_code",
                            "this cluster already has a plot with this code"
                        ),
                    });
                    continue;
                }
                records.push(record);
            }
            Err(error) => collect(&mut report.problems, *row, error),
        }
    }
    if commit && report.problems.is_empty() {
        for chunk in records.chunks(BATCH) {
            let created = plot::Entity::insert_many(
                chunk
                    .iter()
                    .map(|record| record.new_model(txn.tenant_id().0)),
            )
            .exec_with_returning(txn.conn())
            .await?;
            audit::imported(&txn, ctx, "Plot", created.iter().map(|m| (m.id, m))).await?;
        }
        report.created = records.len();
        txn.commit().await?;
    }
    Ok(report)
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "" | "0" | "false" | "no" | "không" | "khong" => Some(false),
        "1" | "true" | "yes" | "có" | "co" | "x" => Some(true),
        _ => None,
    }
}

/// Reads a firms file; with `commit`, writes every firm if (and only if) no row has a problem.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn import_firms(
    db: &Db,
    ctx: &TenantCtx,
    text: &str,
    commit: bool,
) -> AppResult<ImportReport> {
    ctx.require(Policy::ManageEstate)?;
    let rows = read(text, &FIRM_COLUMNS)?;
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let mut taken: HashSet<String> = txn
        .scoped::<firm::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .filter_map(|f| f.tax_code)
        .collect();
    let mut report = ImportReport {
        rows: rows.len(),
        ..Default::default()
    };
    let mut records = Vec::new();
    for (row, values) in &rows {
        let mut problems = Vec::new();
        let capital_origin = match values["capital_origin"].to_uppercase().as_str() {
            "" | "DOMESTIC" => Some(CapitalOrigin::Domestic),
            "FOREIGN" => Some(CapitalOrigin::Foreign),
            "JOINT_VENTURE" => Some(CapitalOrigin::JointVenture),
            _ => {
                problems.push((
                    "capital_origin",
                    reason!(
                        "capital_origin_values",
                        "use DOMESTIC, FOREIGN or JOINT_VENTURE"
                    ),
                ));
                None
            }
        };
        let status = match values["status"].to_uppercase().as_str() {
            "" | "ACTIVE" => Some(FirmStatus::Active),
            "INACTIVE" => Some(FirmStatus::Inactive),
            _ => {
                problems.push((
                    "status",
                    reason!("firm_status_values", "use ACTIVE or INACTIVE"),
                ));
                None
            }
        };
        let is_sme = parse_bool(&values["is_sme"]).unwrap_or_else(|| {
            problems.push(("is_sme", reason!("use_yes_or_no", "use yes or no")));
            false
        });
        let workforce = if values["workforce"].is_empty() {
            0
        } else {
            values["workforce"].parse::<i32>().unwrap_or_else(|_| {
                problems.push((
                    "workforce",
                    reason!("workforce_format", "write the workforce as a whole number"),
                ));
                0
            })
        };
        for (column, reason) in problems.drain(..) {
            report.problems.push(RowProblem {
                row: *row,
                column: column.into(),
                reason,
            });
        }
        let input = FirmInput {
            name: values["name"].clone(),
            tax_code: values["tax_code"].clone(),
            address: optional(&values["address"]),
            capital_origin,
            is_sme,
            vsic_code: optional(&values["vsic_code"]),
            workforce,
            billing_emails: values["billing_emails"]
                .split(';')
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(str::to_owned)
                .collect(),
            status,
        };
        match FirmRecord::parse(input, "row") {
            Ok(record) => {
                if !taken.insert(record.tax_code.as_str().to_owned()) {
                    report.problems.push(RowProblem {
                        row: *row,
                        column: "tax_code".into(),
                        reason: reason!(
                            "another_firm_already_tax",
                            "another firm already has this tax code"
                        ),
                    });
                    continue;
                }
                records.push(record);
            }
            Err(error) => collect(&mut report.problems, *row, error),
        }
    }
    if commit && report.problems.is_empty() {
        for chunk in records.chunks(BATCH) {
            let created = firm::Entity::insert_many(
                chunk
                    .iter()
                    .map(|record| firms::new_model(txn.tenant_id().0, record)),
            )
            .exec_with_returning(txn.conn())
            .await?;
            audit::imported(&txn, ctx, "Firm", created.iter().map(|m| (m.id, m))).await?;
        }
        report.created = records.len();
        txn.commit().await?;
    }
    Ok(report)
}

/// Every cluster of the tenant with its occupancy and wastewater figures today.
pub async fn export_clusters(db: &Db, ctx: &TenantCtx) -> AppResult<String> {
    let day = today();
    let (rows, _) = occupancy::of_tenant(db, ctx, day).await?;
    let columns = [
        "name",
        "province",
        "province_code",
        "district",
        "district_code",
        "status",
        "established_on",
        "decision_number",
        "total_area_m2",
        "leasable_area_m2",
        "leased_area_m2",
        "occupancy_percent",
        "plots",
        "plots_free",
        "firms",
        "workforce",
        "wwtp_present",
        "wwtp_capacity_m3_day",
        "wwtp_status",
        "wwtp_permit_expires_on",
        "wastewater_compliant",
    ];
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|(c, figures)| {
            let rate = figures.rate_bp();
            let compliant = crate::estate::clusters::wastewater_compliant(&c, day);
            vec![
                c.name,
                c.province,
                c.province_code.unwrap_or_default(),
                c.district,
                c.district_code.unwrap_or_default(),
                serde_plain(&c.status),
                c.established_on.map(|d| d.to_string()).unwrap_or_default(),
                c.decision_number.unwrap_or_default(),
                c.total_area_m2.to_string(),
                c.leasable_area_m2.to_string(),
                figures.leased_area_m2.to_string(),
                format!("{}.{:02}", rate / 100, rate % 100),
                figures.plots_total.to_string(),
                figures.plots_free.to_string(),
                figures.firms.to_string(),
                figures.workforce.to_string(),
                yes_no(c.wwtp_present),
                c.wwtp_capacity_m3_day
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                serde_plain(&c.wwtp_status),
                c.wwtp_permit_expires_on
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                yes_no(compliant),
            ]
        })
        .collect();
    spreadsheet::write(&columns, rows)
}

/// Every plot of the tenant, with its status today, in the import format plus `status`.
pub async fn export_plots(db: &Db, ctx: &TenantCtx) -> AppResult<String> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let clusters: HashMap<uuid::Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let plots = txn
        .scoped::<plot::Entity>()
        .order_by_asc(plot::Column::ClusterId)
        .order_by_asc(plot::Column::Code)
        .all(txn.conn())
        .await?;
    let ids: Vec<uuid::Uuid> = plots.iter().map(|p| p.id).collect();
    let held = leases::held_among(&txn, &ids, today()).await?;
    txn.commit().await?;
    let mut columns = PLOT_COLUMNS.to_vec();
    columns.push("status");
    let rows: Vec<Vec<String>> = plots
        .into_iter()
        .map(|p| {
            vec![
                clusters.get(&p.cluster_id).cloned().unwrap_or_default(),
                p.code,
                p.area_m2.to_string(),
                p.land_use,
                p.cadastral_ref.unwrap_or_default(),
                p.notes.unwrap_or_default(),
                if held.contains(&p.id) {
                    "LEASED"
                } else {
                    "FREE"
                }
                .to_owned(),
            ]
        })
        .collect();
    spreadsheet::write(&columns, rows)
}

/// Every firm of the tenant, in the import format.
pub async fn export_firms(db: &Db, ctx: &TenantCtx) -> AppResult<String> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let all = txn
        .scoped::<firm::Entity>()
        .order_by_asc(firm::Column::Name)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let rows: Vec<Vec<String>> = all
        .into_iter()
        .map(|f| {
            vec![
                f.name,
                f.tax_code.unwrap_or_default(),
                f.address.unwrap_or_default(),
                serde_plain(&f.capital_origin),
                if f.is_sme { "yes" } else { "no" }.to_owned(),
                f.vsic_code.unwrap_or_default(),
                f.workforce.to_string(),
                f.billing_emails.replace(',', ";"),
                serde_plain(&f.status),
            ]
        })
        .collect();
    spreadsheet::write(&FIRM_COLUMNS, rows)
}

/// Every lease of the tenant (or an enterprise user's own), newest first.
pub async fn export_leases(db: &Db, ctx: &TenantCtx) -> AppResult<String> {
    let page = leases::list(
        db,
        ctx,
        Default::default(),
        crate::db::PageRequest {
            offset: 0,
            limit: u64::MAX >> 1,
            count: false,
        },
    )
    .await?;
    let columns = [
        "firm",
        "tax_code",
        "cluster",
        "plots",
        "area_m2",
        "starts_on",
        "ends_on",
        "status",
        "rent_per_m2_year",
        "rent_schedule",
        "maintenance_fee_per_m2_month",
        "deposit",
    ];
    let rows: Vec<Vec<String>> = page
        .items
        .into_iter()
        .map(|view| {
            let status = serde_plain(&view.status());
            let area = view.area_m2().to_string();
            let plots = view
                .plots
                .iter()
                .map(|p| p.code.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let l = view.lease;
            vec![
                view.firm.name,
                view.firm.tax_code.unwrap_or_default(),
                view.cluster.name,
                plots,
                area,
                l.starts_on.to_string(),
                l.terminated_on.unwrap_or(l.ends_on).to_string(),
                status,
                l.rent_per_m2_year.to_string(),
                serde_plain(&l.rent_schedule),
                l.maintenance_fee_per_m2_month
                    .map(|f| f.to_string())
                    .unwrap_or_default(),
                l.deposit.to_string(),
            ]
        })
        .collect();
    spreadsheet::write(&columns, rows)
}

/// The wire name of an enum value (`FOREIGN`, `ACTIVE`, …).
fn serde_plain<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
