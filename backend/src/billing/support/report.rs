//! The claim report of a support programme (audit A7): per firm and billed period, the rent
//! billed for the days the programme covers, the rate, the support due and the invoice it was
//! billed on, with the decision cited, for the province. A claim belongs to the range holding
//! its first covered day, so consecutive reports never count one twice. Claims on replaced
//! invoices follow their replacement; claims of voided invoices are left out.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::entities::{billing_setting, invoice, support_claim, support_programme};
use crate::billing::labels::{invoice_label, percent};
use crate::billing::{InvoiceState, SupportMechanism, settings};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::ids::SupportProgrammeId;
use crate::spreadsheet;
use crate::tenancy::entities::firm;

/// Rows per `IN (…)` list.
const BATCH: usize = 800;

/// One claim with what the report prints beside it.
#[derive(Clone, Debug)]
pub struct ClaimRow {
    pub claim: support_claim::Model,
    pub firm_name: String,
    pub firm_tax_code: String,
    pub cluster_name: String,
    /// "C26TDS 00000123".
    pub invoice_number: String,
    pub invoice_date: Option<NaiveDate>,
}

/// What one firm is due under the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirmTotal {
    pub firm_id: Uuid,
    pub firm_name: String,
    pub firm_tax_code: String,
    pub rent: i64,
    pub amount: i64,
}

/// A programme's claims whose first covered day is in the range.
#[derive(Clone, Debug)]
pub struct ClaimReport {
    pub programme: support_programme::Model,
    /// The cluster the programme covers; none: every cluster.
    pub cluster_name: Option<String>,
    /// The range asked for (none: from the programme's start, to its end).
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Ordered by firm, then covered days.
    pub rows: Vec<ClaimRow>,
    /// One per firm, by name.
    pub firms: Vec<FirmTotal>,
    pub rent: i64,
    pub amount: i64,
    /// The operator, who reports.
    pub seller: billing_setting::Model,
}

/// The claim report of `programme` for `[from, to]` (default: the programme's period), for
/// operators. Another tenant's programme is NOT_FOUND.
pub async fn claims(
    db: &Db,
    ctx: &TenantCtx,
    programme: SupportProgrammeId,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> AppResult<ClaimReport> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let programme = txn
        .scoped_by_id::<support_programme::Entity>(programme)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let from = from.unwrap_or(programme.starts_on);
    let to = to.unwrap_or(programme.ends_on);
    if to < from {
        return Err(AppError::invalid(
            "to",
            reason!("end_comes_before_start", "the end comes before the start"),
        ));
    }
    let claims = txn
        .scoped::<support_claim::Entity>()
        .filter(support_claim::Column::ProgrammeId.eq(programme.id))
        .filter(support_claim::Column::CoveredFrom.gte(from))
        .filter(support_claim::Column::CoveredFrom.lte(to))
        .order_by_asc(support_claim::Column::CoveredFrom)
        .all(txn.conn())
        .await?;
    let report = assemble(&txn, programme, (from, to), claims).await?;
    txn.commit().await?;
    Ok(report)
}

async fn assemble(
    txn: &TenantTxn,
    programme: support_programme::Model,
    (from, to): (NaiveDate, NaiveDate),
    claims: Vec<support_claim::Model>,
) -> AppResult<ClaimReport> {
    let mut invoices: HashMap<Uuid, invoice::Model> = HashMap::new();
    let mut firms: HashMap<Uuid, firm::Model> = HashMap::new();
    let invoice_ids: Vec<Uuid> = claims.iter().map(|c| c.invoice_id).collect();
    let mut firm_ids: Vec<Uuid> = claims.iter().map(|c| c.firm_id).collect();
    firm_ids.sort_unstable();
    firm_ids.dedup();
    for chunk in invoice_ids.chunks(BATCH) {
        for i in txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            invoices.insert(i.id, i);
        }
    }
    for chunk in firm_ids.chunks(BATCH) {
        for f in txn
            .scoped::<firm::Entity>()
            .filter(firm::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            firms.insert(f.id, f);
        }
    }
    let clusters: HashMap<Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut rows = Vec::with_capacity(claims.len());
    for claim in claims {
        let (Some(invoice), Some(firm)) =
            (invoices.get(&claim.invoice_id), firms.get(&claim.firm_id))
        else {
            continue;
        };
        if matches!(invoice.status, InvoiceState::Void | InvoiceState::Draft) {
            continue;
        }
        rows.push(ClaimRow {
            firm_name: invoice.buyer_name.clone(),
            firm_tax_code: firm.tax_code.clone().unwrap_or_default(),
            cluster_name: clusters
                .get(&invoice.cluster_id)
                .cloned()
                .unwrap_or_default(),
            invoice_number: invoice_label(invoice),
            invoice_date: invoice.issued_on,
            claim,
        });
    }
    rows.sort_by(|a, b| {
        (
            &a.firm_name,
            a.claim.firm_id,
            a.claim.covered_from,
            &a.invoice_number,
        )
            .cmp(&(
                &b.firm_name,
                b.claim.firm_id,
                b.claim.covered_from,
                &b.invoice_number,
            ))
    });
    let mut totals: Vec<FirmTotal> = Vec::new();
    for row in &rows {
        match totals.last_mut() {
            Some(t) if t.firm_id == row.claim.firm_id => {
                t.rent += row.claim.rent;
                t.amount += row.claim.amount;
            }
            _ => totals.push(FirmTotal {
                firm_id: row.claim.firm_id,
                firm_name: row.firm_name.clone(),
                firm_tax_code: row.firm_tax_code.clone(),
                rent: row.claim.rent,
                amount: row.claim.amount,
            }),
        }
    }
    let cluster_name = programme.cluster_id.and_then(|c| clusters.get(&c).cloned());
    Ok(ClaimReport {
        rent: rows.iter().map(|r| r.claim.rent).sum(),
        amount: rows.iter().map(|r| r.claim.amount).sum(),
        seller: settings::load(txn).await?,
        programme,
        cluster_name,
        from,
        to,
        rows,
        firms: totals,
    })
}

/// How the support was given, in words.
pub fn mechanism_words(mechanism: SupportMechanism, english: bool) -> &'static str {
    match (mechanism, english) {
        (SupportMechanism::OperatorDiscount, false) => "Giảm trừ trên hóa đơn",
        (SupportMechanism::OperatorDiscount, true) => "Discount on the invoice",
        (SupportMechanism::BudgetFunded, false) => "Ngân sách tỉnh hỗ trợ",
        (SupportMechanism::BudgetFunded, true) => "Paid by the provincial budget",
    }
}

/// The report as CSV: one row per claim, with the decision on every row so a spreadsheet
/// filtered by firm still cites it.
pub fn to_csv(report: &ClaimReport) -> AppResult<String> {
    let columns = [
        "decision",
        "firm",
        "tax_code",
        "cluster",
        "covered_from",
        "covered_to",
        "invoice",
        "invoice_date",
        "rent_billed",
        "rate_percent",
        "support_due",
        "mechanism",
    ];
    let decision = super::citation(&report.programme, false);
    let rows = report.rows.iter().map(|r| {
        vec![
            decision.clone(),
            r.firm_name.clone(),
            r.firm_tax_code.clone(),
            r.cluster_name.clone(),
            r.claim.covered_from.to_string(),
            r.claim.covered_to.to_string(),
            r.invoice_number.clone(),
            r.invoice_date.map(|d| d.to_string()).unwrap_or_default(),
            r.claim.rent.to_string(),
            percent(r.claim.rate_bp),
            r.claim.amount.to_string(),
            serde_plain(r.claim.mechanism),
        ]
    });
    spreadsheet::write(&columns, rows)
}

fn serde_plain(mechanism: SupportMechanism) -> String {
    match mechanism {
        SupportMechanism::OperatorDiscount => "OPERATOR_DISCOUNT",
        SupportMechanism::BudgetFunded => "BUDGET_FUNDED",
    }
    .to_owned()
}
