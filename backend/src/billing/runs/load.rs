//! Loading a run: the leases a period bills, their plots, firms, clusters, tariffs, meter
//! readings, overdue invoices and support programmes, in a fixed number of statements whatever the number of leases;
//! then each lease is priced ([`super::pricing`]).

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Expr, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::billing::entities::{billing_setting, invoice, invoice_line, meter_reading, tariff};
use crate::billing::interest::Overdue;
use crate::billing::runs::DraftLine;
use crate::billing::runs::pricing::{LeaseFacts, OverdueFacts, lines_for, support_shares};
use crate::billing::runs::{Blocker, Blocking, DraftInvoice, RunPreview, RunRequest, SupportDue};
use crate::billing::{Charge, DocumentType, InvoiceKind, InvoiceState, LineKind, tariffs};
use crate::billing::{settings, support};
use crate::db::TenantTxn;
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::{cluster, lease, lease_plot, plot};
use crate::estate::leases::held_during;
use crate::receivables::entities::{payment, payment_allocation};
use crate::tenancy::entities::firm;
use crate::values::Period;
use crate::values::{MAX_VND, TaxCode};
use chrono::NaiveDate;

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
/// What a run for `request` would issue on `run_day` (a preview: today).
pub(super) async fn compute(
    txn: &TenantTxn,
    request: RunRequest,
    run_day: NaiveDate,
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
        return Err(AppError::invalid(
            "input.clusterId",
            reason!("no_such_cluster", "no such cluster"),
        ));
    }
    let cluster_ids: Vec<Uuid> = clusters.keys().copied().collect();
    let leases: Vec<lease::Model> = lease::Entity::find()
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
    // Rates are the period's; the VAT rate is the one in force on the invoice's date (audit
    // A9: the 8% reduction ends on 31/12/2026 whatever period an invoice bills).
    let dated = settings.invoice_date_policy.date(period.end, run_day);
    if dated != period.start {
        let at_date: HashMap<(Uuid, Charge, String), tariff::Model> =
            tariffs::in_effect(txn, &cluster_ids, dated)
                .await?
                .into_iter()
                .map(|t| ((t.cluster_id, t.charge, t.name_vi.clone()), t))
                .collect();
        for t in tariffs_by_cluster.values_mut().flatten() {
            if let Some(then) = at_date.get(&(t.cluster_id, t.charge, t.name_vi.clone())) {
                t.vat_bp = then.vat_bp;
                t.vat_basis.clone_from(&then.vat_basis);
            }
        }
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
    // Late interest: every issued invoice of these clusters overdue before the period whose
    // interest is not yet assessed up to the day before it, open or not (an invoice paid late
    // still owes the days it was late), of any lease (interest keeps accruing after a lease
    // ended; such a lease gets an invoice of interest only).
    // Charged up to the day before the period. (A period billed in advance is charged days
    // still to come: a firm that pays before them is overcharged, which a later correction
    // must give back; noted in issue 11's closing note.)
    let through = period.start.pred_opt().unwrap_or(period.start);
    let candidates = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        // Never interest on interest: a late-interest notice bears none.
        .filter(invoice::Column::DocumentType.eq(DocumentType::VatInvoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::DueOn.lte(through))
        .filter(
            Condition::any()
                .add(invoice::Column::InterestThrough.is_null())
                .add(invoice::Column::InterestThrough.lt(through)),
        )
        .filter(invoice::Column::ClusterId.is_in(cluster_ids.iter().copied()))
        .filter(invoice::Column::LeaseId.is_not_null())
        .all(txn.conn())
        .await?;
    let overdue_facts = overdue_facts(txn, &candidates).await?;
    let mut overdue: HashMap<Uuid, Vec<OverdueFacts>> = HashMap::new();
    for (i, facts) in candidates.iter().zip(overdue_facts) {
        if let Some(lease_id) = i.lease_id {
            overdue.entry(lease_id).or_default().push(OverdueFacts {
                invoice: i,
                overdue: facts,
            });
        }
    }
    // Leases no longer billable in the period that still owe interest, and their firms.
    let mut leases = leases;
    let mut firms = firms;
    let known: HashSet<Uuid> = leases.iter().map(|l| l.id).collect();
    let ended: Vec<Uuid> = overdue
        .keys()
        .filter(|id| !known.contains(id))
        .copied()
        .collect();
    for chunk in ended.chunks(INTEREST_BATCH) {
        let found = txn
            .scoped::<lease::Entity>()
            .filter(lease::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?;
        let missing_firms: Vec<Uuid> = found
            .iter()
            .map(|l| l.firm_id)
            .filter(|f| !firms.contains_key(f))
            .collect();
        for f in txn
            .scoped::<firm::Entity>()
            .filter(firm::Column::Id.is_in(missing_firms))
            .all(txn.conn())
            .await?
        {
            firms.insert(f.id, f);
        }
        leases.extend(found);
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

    let programmes = crate::billing::support::all(txn).await?;

    let mut warnings = Vec::new();
    let mut names: Vec<&cluster::Model> = clusters.values().collect();
    names.sort_by(|a, b| a.name.cmp(&b.name));
    for c in names {
        let has_fee = tariffs_by_cluster
            .get(&c.id)
            .is_some_and(|ts| ts.iter().any(|t| t.charge == Charge::MaintenanceFee));
        if !has_fee {
            warnings.push(reason!(
                "cluster_without_fee_tariff",
                "{cluster}: no maintenance fee tariff in effect on {day}; only leases with a contract rate pay the fee",
                cluster = c.name,
                day = period.start
            ));
        }
    }
    let mut blocking = seller_problems(&settings);
    let mut invoices = Vec::new();
    let mut already_billed = 0;
    let empty: Vec<OverdueFacts> = Vec::new();
    for l in &leases {
        if billed.contains(&l.id) {
            already_billed += 1;
            continue;
        }
        let (Some(c), Some(f)) = (clusters.get(&l.cluster_id), firms.get(&l.firm_id)) else {
            continue;
        };
        let overdue_here = overdue.get(&l.id).map(Vec::as_slice).unwrap_or(&empty);
        let facts = LeaseFacts {
            lease: l,
            area_m2: areas.get(&l.id).copied().unwrap_or(0),
            tariffs: tariffs_by_cluster
                .get(&c.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]),
            wastewater_m3: wastewater.get(&l.id).copied().unwrap_or(0),
            overdue: overdue_here,
            interest_bp: l.late_interest_bp.unwrap_or(settings.late_interest_bp),
            interest_through: through,
            programmes: if support::eligible(f) {
                programmes
                    .iter()
                    .filter(|p| support::covers(p, l.cluster_id))
                    .collect()
            } else {
                Vec::new()
            },
        };
        let lines = lines_for(&facts, &period, &settings);
        let supports = support_shares(&facts, &period)
            .into_iter()
            .map(|s| SupportDue {
                programme_id: s.programme.id,
                mechanism: s.mechanism,
                rate_bp: s.programme.rate_bp,
                from: s.from,
                to: s.to,
                rent: s.rent,
                amount: s.amount,
            })
            .collect();
        if lines.is_empty() {
            continue;
        }
        blocking.extend(buyer_problems(f).into_iter().map(|problem| Blocker {
            firm_id: Some(f.id),
            name: f.name.clone(),
            problem,
        }));
        // Late interest is no sale (audit A2): a notice of its own, unless the operator puts
        // it on the invoice (a line outside VAT).
        let (sales, interest): (Vec<DraftLine>, Vec<DraftLine>) = if settings.interest_on_invoice {
            (lines, Vec::new())
        } else {
            lines
                .into_iter()
                .partition(|line| line.kind != LineKind::LateInterest)
        };
        // Every overdue invoice of the lease is assessed through the day before the period,
        // charged or not, so a later run charges only later days: the first document says so.
        let mut assessed: Vec<Uuid> = overdue_here.iter().map(|o| o.invoice.id).collect();
        for (document, lines, supports) in [
            (DocumentType::VatInvoice, sales, supports),
            (DocumentType::InterestNotice, interest, Vec::new()),
        ] {
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
                document,
                lease_id: l.id,
                firm_id: f.id,
                cluster_id: c.id,
                firm_name: f.name.clone(),
                firm_address: f.address.clone().unwrap_or_default(),
                firm_tax_code: f.tax_code.clone().unwrap_or_default(),
                cluster_name: c.name.clone(),
                billing_emails: f.billing_emails.clone(),
                interest_on: std::mem::take(&mut assessed),
                lines,
                subtotal,
                vat_total,
                total,
                chargebacks: Vec::new(),
                supports,
            });
        }
    }
    add_chargebacks(txn, &mut invoices).await?;
    invoices.sort_by(|a, b| {
        (&a.cluster_name, &a.firm_name, a.lease_id).cmp(&(
            &b.cluster_name,
            &b.firm_name,
            b.lease_id,
        ))
    });
    // One entry per firm and problem, in the order of the invoices; nothing blocks a run that
    // bills nothing.
    if invoices.is_empty() {
        blocking.clear();
    }
    let mut seen = HashSet::new();
    blocking.retain(|b| seen.insert((b.firm_id, b.problem)));
    let sum = |f: fn(&DraftInvoice) -> i64| {
        invoices
            .iter()
            .try_fold(0i64, |acc, i| acc.checked_add(f(i)))
            .ok_or_else(|| {
                AppError::invalid(
                    "input",
                    reason!("run_total_out_of_range", "the run's total is out of range"),
                )
            })
    };
    let preview = RunPreview {
        interest_through: through,
        period,
        cluster_id: request.cluster_id,
        subtotal: sum(|i| i.subtotal)?,
        vat_total: sum(|i| i.vat_total)?,
        total: sum(|i| i.total)?,
        lines: invoices.iter().map(|i| i.lines.len()).sum(),
        invoices,
        already_billed,
        warnings,
        blocking,
    };
    Ok((preview, settings))
}

/// Rows per `IN (…)` list when loading what interest needs.
const INTEREST_BATCH: usize = 800;

/// What interest needs of each invoice, in order: its principal (the total less its own
/// interest lines and credit notes, so interest is never charged on interest) and the money
/// applied to it with the day each payment was received.
async fn overdue_facts(txn: &TenantTxn, invoices: &[invoice::Model]) -> AppResult<Vec<Overdue>> {
    use sea_orm::sea_query::ExprTrait;
    let tenant = txn.tenant_id().0;
    let ids: Vec<Uuid> = invoices.iter().map(|i| i.id).collect();
    let mut interest: HashMap<Uuid, i64> = HashMap::new();
    let mut payments: HashMap<Uuid, Vec<(chrono::NaiveDate, i64)>> = HashMap::new();
    for chunk in ids.chunks(INTEREST_BATCH) {
        for line in txn
            .scoped::<invoice_line::Entity>()
            .filter(invoice_line::Column::InvoiceId.is_in(chunk.iter().copied()))
            .filter(invoice_line::Column::Kind.eq(LineKind::LateInterest))
            .all(txn.conn())
            .await?
        {
            *interest.entry(line.invoice_id).or_default() += line.amount;
        }
        let query = Query::select()
            .column((
                payment_allocation::Entity,
                payment_allocation::Column::InvoiceId,
            ))
            .column((
                payment_allocation::Entity,
                payment_allocation::Column::Amount,
            ))
            .column((payment::Entity, payment::Column::ReceivedOn))
            .from(payment_allocation::Entity)
            .inner_join(
                payment::Entity,
                Expr::col((payment::Entity, payment::Column::Id)).equals((
                    payment_allocation::Entity,
                    payment_allocation::Column::PaymentId,
                )),
            )
            .and_where(
                Expr::col((
                    payment_allocation::Entity,
                    payment_allocation::Column::TenantId,
                ))
                .eq(tenant),
            )
            .and_where(
                Expr::col((
                    payment_allocation::Entity,
                    payment_allocation::Column::InvoiceId,
                ))
                .is_in(chunk.iter().copied()),
            )
            .to_owned();
        for row in txn.conn().query_all(&query).await? {
            payments
                .entry(row.try_get::<Uuid>("", "invoice_id")?)
                .or_default()
                .push((
                    row.try_get::<chrono::NaiveDate>("", "received_on")?,
                    row.try_get::<i64>("", "amount")?,
                ));
        }
    }
    Ok(invoices
        .iter()
        .map(|i| Overdue {
            due_on: i.due_on.unwrap_or(i.period_end),
            principal: Ord::max(
                i.total - interest.get(&i.id).copied().unwrap_or(0) - i.credited,
                0,
            ),
            payments: payments.remove(&i.id).unwrap_or_default(),
        })
        .collect())
}

/// What the operator's settings lack for the seller's part of an invoice.
fn seller_problems(settings: &billing_setting::Model) -> Vec<Blocker> {
    let mut problems = Vec::new();
    if settings.seller_address.trim().is_empty() {
        problems.push(Blocking::SellerAddressMissing);
    }
    if settings.seller_tax_code.trim().is_empty() {
        problems.push(Blocking::SellerTaxCodeMissing);
    }
    problems
        .into_iter()
        .map(|problem| Blocker {
            firm_id: None,
            name: settings.seller_name.clone(),
            problem,
        })
        .collect()
}

/// What a firm's register entry lacks for the buyer's part of an invoice. Codes stored before
/// the check digit was verified are checked again here.
pub(crate) fn buyer_problems(f: &firm::Model) -> Vec<Blocking> {
    let mut problems = Vec::new();
    if f.address.as_deref().is_none_or(|a| a.trim().is_empty()) {
        problems.push(Blocking::BuyerAddressMissing);
    }
    match f.tax_code.as_deref().map(str::trim) {
        None | Some("") => problems.push(Blocking::BuyerTaxCodeMissing),
        Some(code) if TaxCode::parse(code, "").is_err() => {
            problems.push(Blocking::BuyerTaxCodeInvalid)
        }
        Some(_) => {}
    }
    problems
}

/// Puts each pending maintenance chargeback of a billed firm on that firm's invoice in the
/// chargeback's cluster (or its first invoice), as a line with VAT at 10%.
async fn add_chargebacks(txn: &TenantTxn, invoices: &mut [DraftInvoice]) -> AppResult<()> {
    let firms: Vec<Uuid> = invoices.iter().map(|i| i.firm_id).collect();
    let pending = crate::maintenance::work_orders::pending_chargebacks(txn, &firms).await?;
    for charge in pending {
        // A repair is a service with VAT: on a VAT invoice, never on an interest notice.
        let invoice_of = |i: &DraftInvoice| {
            i.firm_id == charge.firm_id && i.document == DocumentType::VatInvoice
        };
        let target = invoices
            .iter()
            .position(|i| invoice_of(i) && Some(i.cluster_id) == charge.cluster_id)
            .or_else(|| invoices.iter().position(invoice_of));
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
            quantity_e4: crate::billing::money::QUANTITY_SCALE,
            unit: "lần".to_owned(),
            unit_price: charge.amount,
            amount: charge.amount,
            vat_bp,
            vat_amount,
            vat_deduction: 0,
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
        reason!(
            "lease_amounts_out_of_range",
            "the lease of {firm} bills amounts out of range; check its area, rates and term",
            firm = firm
        ),
    )
}
