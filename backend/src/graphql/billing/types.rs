//! Billing types: settings, tariffs, meter readings, invoice lines and billing runs.

use async_graphql::{Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};

use crate::billing::entities::{billing_setting, invoice_line, meter_reading, tariff};
use crate::billing::runs::{DraftInvoice as Draft, DraftLine, RunPreview as Preview};
use crate::billing::settings;
use crate::graphql::ids;
use crate::ids::{ClusterId, FirmId, InvoiceLineId, LeaseId, MeterReadingId, TariffId};

/// Which charge of a cluster's tariff a rate is for.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::Charge")]
pub enum Charge {
    /// Infrastructure maintenance fee, per m² per month (or year).
    MaintenanceFee,
    /// Wastewater treatment, per m³ metered.
    Wastewater,
    Other,
}

/// What a rate is per.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::TariffUnit")]
pub enum TariffUnit {
    /// Per m² of leased area, each period.
    M2,
    M2Month,
    M2Year,
    M3,
    /// A fixed amount each period.
    FixedPeriod,
    /// Per m², once, on a lease's first invoice.
    OneOff,
}

/// A month or a quarter.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::values::PeriodKind")]
pub enum PeriodKind {
    Month,
    Quarter,
}

/// An invoice, or a credit note correcting one.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::InvoiceKind")]
pub enum InvoiceKind {
    Invoice,
    CreditNote,
}

/// Where an invoice stands: PAID and OVERDUE follow from payments and the due date.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::InvoiceStatus")]
pub enum InvoiceStatus {
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Overdue,
    Void,
}

/// What an invoice line charges for.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::LineKind")]
pub enum LineKind {
    Rent,
    /// The province's rent support, a negative line.
    RentSupport,
    MaintenanceFee,
    Wastewater,
    LateInterest,
    Other,
}

/// An operator's billing settings.
pub struct BillingSettings(pub billing_setting::Model);

#[Object]
impl BillingSettings {
    /// `1`: a VAT invoice.
    async fn invoice_template(&self) -> &str {
        &self.0.invoice_template
    }
    /// The series letters, e.g. `CTAA`.
    async fn invoice_series(&self) -> &str {
        &self.0.invoice_series
    }
    /// The series symbol for invoices issued today, e.g. `C26TAA`.
    async fn current_series(&self) -> String {
        settings::series_for(&self.0.invoice_series, crate::values::today())
    }
    async fn due_days(&self) -> i32 {
        self.0.due_days
    }
    /// Annual late-payment interest, basis points.
    async fn late_interest_bp(&self) -> i32 {
        self.0.late_interest_bp
    }
    async fn late_interest_basis(&self) -> &str {
        &self.0.late_interest_basis
    }
    /// VAT on rent, basis points.
    async fn rent_vat_bp(&self) -> i32 {
        self.0.rent_vat_bp
    }
    async fn seller_name(&self) -> &str {
        &self.0.seller_name
    }
    async fn seller_address(&self) -> &str {
        &self.0.seller_address
    }
    async fn seller_tax_code(&self) -> &str {
        &self.0.seller_tax_code
    }
    /// The bank's six-digit BIN (NAPAS), e.g. 970436.
    async fn bank_bin(&self) -> &str {
        &self.0.bank_bin
    }
    async fn bank_account(&self) -> &str {
        &self.0.bank_account
    }
    async fn bank_account_name(&self) -> &str {
        &self.0.bank_account_name
    }
}

/// One version of a tariff charge.
pub struct Tariff(pub tariff::Model);

#[Object]
impl Tariff {
    async fn id(&self) -> ID {
        ids::of::<TariffId>(self.0.id)
    }
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.0.cluster_id)
    }
    async fn charge(&self) -> Charge {
        self.0.charge.into()
    }
    async fn name_vi(&self) -> &str {
        &self.0.name_vi
    }
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }
    async fn unit(&self) -> TariffUnit {
        self.0.unit.into()
    }
    /// Đồng per unit.
    async fn rate(&self) -> i64 {
        self.0.rate
    }
    async fn vat_bp(&self) -> i32 {
        self.0.vat_bp
    }
    async fn vat_basis(&self) -> &str {
        &self.0.vat_basis
    }
    async fn effective_from(&self) -> NaiveDate {
        self.0.effective_from
    }
    /// Last day in effect; null while current.
    async fn effective_to(&self) -> Option<NaiveDate> {
        self.0.effective_to
    }
    async fn legal_basis(&self) -> &str {
        &self.0.legal_basis
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A wastewater meter reading.
pub struct MeterReading(pub meter_reading::Model);

#[Object]
impl MeterReading {
    async fn id(&self) -> ID {
        ids::of::<MeterReadingId>(self.0.id)
    }
    async fn lease_id(&self) -> ID {
        ids::of::<LeaseId>(self.0.lease_id)
    }
    /// First day of the month billed.
    async fn period(&self) -> NaiveDate {
        self.0.period
    }
    async fn read_on(&self) -> NaiveDate {
        self.0.read_on
    }
    /// The cumulative meter value, m³.
    async fn meter_m3(&self) -> i64 {
        self.0.meter_m3
    }
    /// Since the previous reading, m³.
    async fn consumption_m3(&self) -> i64 {
        self.0.consumption_m3
    }
    /// The reading this one corrects.
    async fn corrects_id(&self) -> Option<ID> {
        self.0.corrects_id.map(ids::of::<MeterReadingId>)
    }
    async fn correction_reason(&self) -> Option<&str> {
        self.0.correction_reason.as_deref()
    }
    /// When a correction replaced this reading; null while it is in force.
    async fn superseded_at(&self) -> Option<DateTime<Utc>> {
        self.0.superseded_at
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// One line of an invoice (or of a previewed one).
#[derive(SimpleObject, Clone)]
pub struct InvoiceLine {
    /// Opaque id of the line (used by credit notes).
    pub id: ID,
    /// What may still be credited on this line, before VAT (amount less earlier credit
    /// notes); 0 for negative lines and previews.
    pub creditable: i64,
    pub kind: LineKind,
    pub description_vi: String,
    pub description_en: String,
    /// Quantity in thousandths (1500 = 1.5).
    pub quantity_milli: i64,
    pub unit: String,
    pub unit_price: i64,
    /// Before VAT, rounded once.
    pub amount: i64,
    /// Null: not subject to VAT.
    pub vat_bp: Option<i32>,
    pub vat_amount: i64,
}

impl From<&DraftLine> for InvoiceLine {
    fn from(l: &DraftLine) -> Self {
        Self {
            id: ids::of::<InvoiceLineId>(uuid::Uuid::nil()),
            creditable: 0,
            kind: l.kind.into(),
            description_vi: l.description_vi.clone(),
            description_en: l.description_en.clone(),
            quantity_milli: l.quantity_milli,
            unit: l.unit.clone(),
            unit_price: l.unit_price,
            amount: l.amount,
            vat_bp: l.vat_bp,
            vat_amount: l.vat_amount,
        }
    }
}

impl From<&invoice_line::Model> for InvoiceLine {
    fn from(l: &invoice_line::Model) -> Self {
        Self {
            id: ids::of::<InvoiceLineId>(l.id),
            creditable: 0,
            kind: l.kind.into(),
            description_vi: l.description_vi.clone(),
            description_en: l.description_en.clone(),
            quantity_milli: l.quantity_milli,
            unit: l.unit.clone(),
            unit_price: l.unit_price,
            amount: l.amount,
            vat_bp: l.vat_bp,
            vat_amount: l.vat_amount,
        }
    }
}

/// An invoice a run would issue.
#[derive(SimpleObject)]
pub struct DraftInvoice {
    pub lease_id: ID,
    pub firm_id: ID,
    pub firm_name: String,
    pub cluster_name: String,
    pub lines: Vec<InvoiceLine>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
}

impl From<&Draft> for DraftInvoice {
    fn from(d: &Draft) -> Self {
        Self {
            lease_id: ids::of::<LeaseId>(d.lease_id),
            firm_id: ids::of::<FirmId>(d.firm_id),
            firm_name: d.firm_name.clone(),
            cluster_name: d.cluster_name.clone(),
            lines: d.lines.iter().map(InvoiceLine::from).collect(),
            subtotal: d.subtotal,
            vat_total: d.vat_total,
            total: d.total,
        }
    }
}

/// What a billing run would issue; nothing is written.
#[derive(SimpleObject)]
pub struct BillingRunPreview {
    /// `10/2026` or `Q4/2026`.
    pub period_label: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub invoice_count: i64,
    pub line_count: i64,
    /// Leases of the period already invoiced for it (a second run bills them no more).
    pub already_billed: i64,
    pub warnings: Vec<String>,
    pub subtotal: i64,
    pub vat_total: i64,
    pub total: i64,
    pub invoices: Vec<DraftInvoice>,
}

impl From<&Preview> for BillingRunPreview {
    fn from(p: &Preview) -> Self {
        Self {
            period_label: p.period.label(),
            period_start: p.period.start,
            period_end: p.period.end,
            invoice_count: p.invoices.len() as i64,
            line_count: p.lines as i64,
            already_billed: p.already_billed as i64,
            warnings: p.warnings.clone(),
            subtotal: p.subtotal,
            vat_total: p.vat_total,
            total: p.total,
            invoices: p.invoices.iter().map(DraftInvoice::from).collect(),
        }
    }
}

/// An issued billing run.
#[derive(SimpleObject)]
pub struct BillingRun {
    pub id: ID,
    pub period_kind: PeriodKind,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub invoice_count: i64,
    pub line_count: i64,
    pub total: i64,
    /// The first and last invoice numbers it took, e.g. `C26TAA 00000001`.
    pub first_number: Option<String>,
    pub last_number: Option<String>,
    pub created_at: DateTime<Utc>,
}
