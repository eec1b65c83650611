//! Loading a run: the leases a period bills, their plots, firms, clusters, tariffs, meter
//! readings and overdue invoices, in a fixed number of statements whatever the number of leases;
//! then each lease is priced ([`super::pricing`]).

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Expr, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::billing::entities::{billing_setting, invoice, meter_reading, tariff};
use crate::billing::runs::pricing::{LeaseFacts, lines_for};
use crate::billing::runs::{DraftInvoice, RunPreview, RunRequest};
use crate::billing::settings;
use crate::billing::{Charge, InvoiceKind, InvoiceState, LineKind, tariffs};
use crate::db::TenantTxn;
use crate::error::{AppError, AppResult};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_during;
use crate::tenancy::entities::firm;
use crate::values::MAX_VND;
use crate::values::Period;

/// The leases a run for `period` bills: those holding their plots on some day of the period
/// (the rule the overlap check uses), in the given clusters.
fn billable(tenant: Uuid, clusters: &[Uuid], period: &Period) -> Condition {
    held_during(tenant, period.start, period.end)
        .add(lease::Column::ClusterId.is_in(clusters.iter().copied()))
}

fn billable_ids(tenant: Uuid, clusters: &[Uuid], period: &Period) -> SelectStatement {
    Query::select()
        .column(lease::Column::Id)
        .from(lease::Entity)
        .cond_where(billable(tenant, clusters, period))
        .to_owned()
}

/// Loads everything and computes the run (used by both preview and issue).
pub(super) async fn compute(
    txn: &TenantTxn,
    request: RunRequest,
) -> AppResult<(RunPreview, billing_setting::Model)> {
    use sea_orm::sea_query::ExprTrait;
    let period = Period::parse(request.kind, request.start, "input.periodStart")?;
    let tenant = txn.tenant_id().0;
    let settings = settings::load(txn).await?;
    let mut clusters_query = txn.scoped::<cluster::Entity>();
    if let Some(id) = request.cluster_id {
        clusters_query = clusters_query.filter(cluster::Column::Id.eq(id));
    }
    let clusters: HashMap<Uuid, cluster::Model> = clusters_query
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    if request.cluster_id.is_some() && clusters.is_empty() {
        return Err(AppError::invalid("input.clusterId", "no such cluster"));
    }
    let cluster_ids: Vec<Uuid> = clusters.keys().copied().collect();
    let leases = lease::Entity::find()
        .filter(billable(tenant, &cluster_ids, &period))
        .all(txn.conn())
        .await?;

    // Leased area per lease, summed by the database.
    let areas: HashMap<Uuid, i64> = {
        let query = Query::select()
            .column((lease_plot::Entity, lease_plot::Column::LeaseId))
            .expr_as(
                Expr::col((plot::Entity, plot::Column::AreaM2))
                    .sum()
                    .cast_as("BIGINT"),
                "area",
            )
            .from(lease_plot::Entity)
            .inner_join(
                plot::Entity,
                Expr::col((plot::Entity, plot::Column::Id))
                    .equals((lease_plot::Entity, lease_plot::Column::PlotId)),
            )
            .and_where(Expr::col((lease_plot::Entity, lease_plot::Column::TenantId)).eq(tenant))
            .and_where(
                Expr::col((lease_plot::Entity, lease_plot::Column::LeaseId))
                    .in_subquery(billable_ids(tenant, &cluster_ids, &period)),
            )
            .group_by_col((lease_plot::Entity, lease_plot::Column::LeaseId))
            .to_owned();
        let mut areas = HashMap::new();
        for row in txn.conn().query_all(&query).await? {
            areas.insert(
                row.try_get::<Uuid>("", "lease_id")?,
                row.try_get::<i64>("", "area")?,
            );
        }
        areas
    };
    let firms: HashMap<Uuid, firm::Model> = txn
        .scoped::<firm::Entity>()
        .filter(
            Expr::col(firm::Column::Id).in_subquery(
                Query::select()
                    .column(lease::Column::FirmId)
                    .from(lease::Entity)
                    .cond_where(billable(tenant, &cluster_ids, &period))
                    .to_owned(),
            ),
        )
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|f| (f.id, f))
        .collect();
    let mut tariffs_by_cluster: HashMap<Uuid, Vec<tariff::Model>> = HashMap::new();
    for t in tariffs::in_effect(txn, &cluster_ids, period.start).await? {
        tariffs_by_cluster.entry(t.cluster_id).or_default().push(t);
    }
    let mut wastewater: HashMap<Uuid, i64> = HashMap::new();
    for r in txn
        .scoped::<meter_reading::Entity>()
        .filter(meter_reading::Column::SupersededAt.is_null())
        .filter(meter_reading::Column::Period.between(period.start, period.end))
        .filter(
            Expr::col(meter_reading::Column::LeaseId).in_subquery(billable_ids(
                tenant,
                &cluster_ids,
                &period,
            )),
        )
        .all(txn.conn())
        .await?
    {
        *wastewater.entry(r.lease_id).or_default() += r.consumption_m3;
    }
    let mut overdue: HashMap<Uuid, Vec<invoice::Model>> = HashMap::new();
    for i in txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::DueOn.lt(period.start))
        .filter(crate::billing::invoices::is_open())
        .filter(
            Expr::col(invoice::Column::LeaseId).in_subquery(billable_ids(
                tenant,
                &cluster_ids,
                &period,
            )),
        )
        .all(txn.conn())
        .await?
    {
        if let Some(lease_id) = i.lease_id {
            overdue.entry(lease_id).or_default().push(i);
        }
    }
    // Leases that already have an invoice overlapping the period.
    let billed: HashSet<Uuid> = txn
        .scoped::<invoice::Entity>()
        .select_only()
        .column(invoice::Column::LeaseId)
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.ne(InvoiceState::Void))
        .filter(invoice::Column::PeriodStart.lte(period.end))
        .filter(invoice::Column::PeriodEnd.gte(period.start))
        .filter(invoice::Column::ClusterId.is_in(cluster_ids.iter().copied()))
        .into_tuple::<Option<Uuid>>()
        .all(txn.conn())
        .await?
        .into_iter()
        .flatten()
        .collect();

    let mut warnings = Vec::new();
    let mut names: Vec<&cluster::Model> = clusters.values().collect();
    names.sort_by(|a, b| a.name.cmp(&b.name));
    for c in names {
        let has_fee = tariffs_by_cluster
            .get(&c.id)
            .is_some_and(|ts| ts.iter().any(|t| t.charge == Charge::MaintenanceFee));
        if !has_fee {
            warnings.push(format!(
                "{}: no maintenance fee tariff in effect on {}; only leases with a contract rate pay the fee",
                c.name, period.start
            ));
        }
    }
    let mut invoices = Vec::new();
    let mut already_billed = 0;
    let empty = Vec::new();
    for l in &leases {
        if billed.contains(&l.id) {
            already_billed += 1;
            continue;
        }
        let (Some(c), Some(f)) = (clusters.get(&l.cluster_id), firms.get(&l.firm_id)) else {
            continue;
        };
        let overdue_here = overdue.get(&l.id).unwrap_or(&empty);
        let facts = LeaseFacts {
            lease: l,
            area_m2: areas.get(&l.id).copied().unwrap_or(0),
            tariffs: tariffs_by_cluster
                .get(&c.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]),
            wastewater_m3: wastewater.get(&l.id).copied().unwrap_or(0),
            overdue: overdue_here,
        };
        let lines = lines_for(&facts, &period, &settings);
        if lines.is_empty() {
            continue;
        }
        let (Some(subtotal), Some(vat_total)) = (
            bounded_sum(lines.iter().map(|l| l.amount)),
            bounded_sum(lines.iter().map(|l| l.vat_amount)),
        ) else {
            return Err(out_of_range(&f.name));
        };
        let total = bounded_sum([subtotal, vat_total]).ok_or_else(|| out_of_range(&f.name))?;
        invoices.push(DraftInvoice {
            lease_id: l.id,
            firm_id: f.id,
            cluster_id: c.id,
            firm_name: f.name.clone(),
            firm_address: f.address.clone().unwrap_or_default(),
            firm_tax_code: f.tax_code.clone().unwrap_or_default(),
            cluster_name: c.name.clone(),
            billing_emails: f.billing_emails.clone(),
            interest_on: if lines.iter().any(|line| line.kind == LineKind::LateInterest) {
                overdue_here.iter().map(|i| i.id).collect()
            } else {
                Vec::new()
            },
            lines,
            subtotal,
            vat_total,
            total,
            chargebacks: Vec::new(),
        });
    }
    add_chargebacks(txn, &mut invoices).await?;
    invoices.sort_by(|a, b| {
        (&a.cluster_name, &a.firm_name, a.lease_id).cmp(&(
            &b.cluster_name,
            &b.firm_name,
            b.lease_id,
        ))
    });
    let sum = |f: fn(&DraftInvoice) -> i64| {
        invoices
            .iter()
            .try_fold(0i64, |acc, i| acc.checked_add(f(i)))
            .ok_or_else(|| AppError::invalid("input", "the run's total is out of range"))
    };
    let preview = RunPreview {
        period,
        cluster_id: request.cluster_id,
        subtotal: sum(|i| i.subtotal)?,
        vat_total: sum(|i| i.vat_total)?,
        total: sum(|i| i.total)?,
        lines: invoices.iter().map(|i| i.lines.len()).sum(),
        invoices,
        already_billed,
        warnings,
    };
    Ok((preview, settings))
}

/// Puts each pending maintenance chargeback of a billed firm on that firm's invoice in the
/// chargeback's cluster (or its first invoice), as a line with VAT at 10%.
async fn add_chargebacks(txn: &TenantTxn, invoices: &mut [DraftInvoice]) -> AppResult<()> {
    let firms: Vec<Uuid> = invoices.iter().map(|i| i.firm_id).collect();
    let pending = crate::maintenance::work_orders::pending_chargebacks(txn, &firms).await?;
    for charge in pending {
        let target = invoices
            .iter()
            .position(|i| i.firm_id == charge.firm_id && Some(i.cluster_id) == charge.cluster_id)
            .or_else(|| invoices.iter().position(|i| i.firm_id == charge.firm_id));
        let Some(index) = target else { continue };
        let invoice = &mut invoices[index];
        let vat_bp = Some(CHARGEBACK_VAT_BP);
        let vat_amount = crate::billing::money::vat(charge.amount, vat_bp);
        let (Some(subtotal), Some(vat_total)) = (
            bounded_sum([invoice.subtotal, charge.amount]),
            bounded_sum([invoice.vat_total, vat_amount]),
        ) else {
            return Err(out_of_range(&invoice.firm_name));
        };
        invoice.lines.push(crate::billing::runs::DraftLine {
            kind: LineKind::Other,
            description_vi: format!(
                "Chi phí sửa chữa do doanh nghiệp gây ra — {}",
                charge.description
            ),
            description_en: format!("Repair the firm caused — {}", charge.description),
            quantity_milli: 1000,
            unit: "lần".to_owned(),
            unit_price: charge.amount,
            amount: charge.amount,
            vat_bp,
            vat_amount,
            tariff_id: None,
        });
        invoice.subtotal = subtotal;
        invoice.vat_total = vat_total;
        invoice.total =
            bounded_sum([subtotal, vat_total]).ok_or_else(|| out_of_range(&invoice.firm_name))?;
        invoice.chargebacks.push(charge.id);
    }
    Ok(())
}

/// VAT on a chargeback (repair services: the standard 10%).
const CHARGEBACK_VAT_BP: i32 = 1000;

/// The sum of amounts, when it and each of them stay within what an invoice can carry.
fn bounded_sum(amounts: impl IntoIterator<Item = i64>) -> Option<i64> {
    let mut total: i128 = 0;
    for amount in amounts {
        if amount.unsigned_abs() > MAX_VND.unsigned_abs() {
            return None;
        }
        total += i128::from(amount);
    }
    i64::try_from(total)
        .ok()
        .filter(|t| t.unsigned_abs() <= MAX_VND.unsigned_abs())
}

/// A lease whose area, rates or term make amounts no invoice can carry: the operator fixes the
/// lease rather than issuing a legally numbered invoice with a wrapped-around total.
fn out_of_range(firm: &str) -> AppError {
    AppError::invalid(
        "input",
        format!("the lease of {firm} bills amounts out of range; check its area, rates and term"),
    )
}
