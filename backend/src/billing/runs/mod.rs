//! Billing runs: for a period (a month or a quarter) and the tenant or one cluster, one invoice
//! per lease with its rent (by the lease's schedule, prorated by days), maintenance fee, metered
//! wastewater, other tariff charges, the province's rent support (a discount line or a claim on
//! the budget) and late-payment interest on overdue invoices. A run is computed first as a preview (nothing written), then issued: the
//! invoices get gap-free numbers and are written in batches, all in one transaction.
//!
//! [`pricing`] is the pure computation of one lease's lines, [`load`] gathers what a run needs,
//! [`issue`] numbers and writes it.

mod issue;
mod load;

mod pricing;

pub(crate) use issue::take_numbers;
pub use issue::{Announce, Issued, issue, issue_on};
pub(crate) use load::buyer_problems;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::LineKind;
use crate::db::Db;
use crate::error::{AppResult, Reason};
use crate::ids::ClusterId;
use crate::values::{Period, PeriodKind};
use load::compute;

/// What to bill.
#[derive(Clone, Copy, Debug)]
pub struct RunRequest {
    pub cluster_id: Option<ClusterId>,
    pub kind: PeriodKind,
    pub start: NaiveDate,
}

/// A line before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftLine {
    pub kind: LineKind,
    pub description_vi: String,
    pub description_en: String,
    /// Ten-thousandths; `amount` is `money::amount_of(quantity_e4, unit_price)`.
    pub quantity_e4: i64,
    pub unit: String,
    pub unit_price: i64,
    pub amount: i64,
    /// Taken off the amount before VAT (the land rent paid to the State); 0 on most lines.
    pub vat_deduction: i64,
    pub vat_bp: Option<i32>,
    pub vat_amount: i64,
    pub tariff_id: Option<Uuid>,
}

/// An invoice (or a late-interest notice) before it is written.
#[derive(Clone, Debug)]
pub struct DraftInvoice {
    /// A VAT invoice, or a late-interest notice of the lease's interest (audit A2).
    pub document: crate::billing::DocumentType,
    pub lease_id: Uuid,
    pub firm_id: Uuid,
    pub cluster_id: Uuid,
    pub firm_name: String,
    pub firm_address: String,
    pub firm_tax_code: String,
    pub cluster_name: String,
    /// Where the firm wants its invoices (comma-separated).
    pub billing_emails: String,
    pub lines: Vec<DraftLine>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    /// Overdue invoices whose late interest this invoice charges, up to the day before the period.
    pub interest_on: Vec<Uuid>,
    /// Maintenance chargebacks this invoice bills (verified work orders the firm pays for).
    pub chargebacks: Vec<Uuid>,
    /// The province's support on this invoice's rent, one per programme: a discount line is
    /// among `lines`, a budget-funded share is not; each is recorded as a claim.
    pub supports: Vec<SupportDue>,
}

/// What one support programme gives one invoice's rent (audit A7).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportDue {
    pub programme_id: Uuid,
    pub mechanism: crate::billing::SupportMechanism,
    pub rate_bp: i32,
    /// The days of rent the programme covers, inclusive.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The rent for those days before VAT, and the support on it, đồng.
    pub rent: i64,
    pub amount: i64,
}

/// Why a run cannot issue yet: an invoice must name the seller and the buyer with their
/// registered address and tax code (Decree 123/2020, art. 10(4)–(5)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Blocking {
    /// The operator's settings have no seller address.
    SellerAddressMissing,
    /// The operator's settings have no seller tax code.
    SellerTaxCodeMissing,
    /// A firm the run bills has no address.
    BuyerAddressMissing,
    /// A firm the run bills has no tax code.
    BuyerTaxCodeMissing,
    /// A firm the run bills has a tax code that is not valid (a wrong check digit, say).
    BuyerTaxCodeInvalid,
}

impl Blocking {
    /// What to fix, for a person.
    pub fn message(self) -> &'static str {
        match self {
            Self::SellerAddressMissing => {
                "the billing settings have no seller address; an invoice must print it"
            }
            Self::SellerTaxCodeMissing => {
                "the billing settings have no seller tax code; an invoice must print it"
            }
            Self::BuyerAddressMissing => {
                "the firm has no address; an invoice must print the buyer's registered address"
            }
            Self::BuyerTaxCodeMissing => "the firm has no tax code",
            Self::BuyerTaxCodeInvalid => {
                "the firm's tax code is not valid (check its digits); the tax authority would refuse the invoice"
            }
        }
    }
}

/// Something to fix before the run can issue: in the operator's settings (no firm) or in a
/// firm's register entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocker {
    /// The firm to fix, or `None` for the operator's billing settings.
    pub firm_id: Option<Uuid>,
    /// The firm's name, or the seller's.
    pub name: String,
    pub problem: Blocking,
}

/// What a run would bill.
#[derive(Clone, Debug)]
pub struct RunPreview {
    pub period: Period,
    /// The last day late interest is charged for (the day before the period): the overdue
    /// invoices are assessed through it.
    pub interest_through: NaiveDate,
    pub cluster_id: Option<ClusterId>,
    pub invoices: Vec<DraftInvoice>,
    /// Leases of the period that already have an invoice for it.
    pub already_billed: usize,
    /// Things the operator should know before issuing (a cluster without a maintenance fee…).
    pub warnings: Vec<Reason>,
    /// What must be fixed before the run can issue (issuing refuses while any is left).
    pub blocking: Vec<Blocker>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    pub lines: usize,
}

/// What a run would bill; nothing is written (operators).
pub async fn preview(db: &Db, ctx: &TenantCtx, request: RunRequest) -> AppResult<RunPreview> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let (preview, _) = compute(&txn, request, crate::values::today()).await?;
    // Nothing was written; ending the transaction without a commit says so.
    drop(txn);
    Ok(preview)
}
