//! Billing types: settings, tariffs, meter readings, invoice lines and billing runs.

use async_graphql::{Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::graphql::scalars::Day;

use crate::billing::entities::{billing_setting, invoice_line, meter_reading, tariff};
use crate::billing::money::div_round;
use crate::billing::runs::{
    Blocker, Blocking, DraftInvoice as Draft, DraftLine, RunPreview as Preview,
};
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
    /// Any other charge, billed by its tariff's unit.
    Other,
}

/// What a rate is per.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::TariffUnit")]
pub enum TariffUnit {
    /// Per m² of leased area, each period.
    M2,
    /// Per m² of leased area per month, prorated by the days held.
    M2Month,
    /// Per m² of leased area per year, prorated by the days held.
    M2Year,
    /// Per m³ metered (wastewater).
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
    /// An invoice: amounts positive (a rent-support line is negative).
    Invoice,
    /// A credit note (hóa đơn điều chỉnh giảm) correcting an issued invoice: amounts negative.
    CreditNote,
}

/// Which document an invoice is: a VAT invoice, or a late-payment interest notice (no sale,
/// so no VAT invoice: its own series, never in the e-invoice export, payable like an invoice).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::DocumentType")]
pub enum DocumentType {
    /// A VAT invoice (hóa đơn giá trị gia tăng), or a correction of one.
    VatInvoice,
    /// A late-payment interest notice (thông báo tiền lãi chậm thanh toán).
    InterestNotice,
}

/// Where an invoice stands: PAID and OVERDUE follow from payments and the due date.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::InvoiceStatus")]
pub enum InvoiceStatus {
    /// Not issued: no number yet.
    Draft,
    /// Issued, nothing paid, not past due. A credit note is always ISSUED.
    Issued,
    /// Partly paid, not past due.
    PartiallyPaid,
    /// Nothing left open: paid, or taken off by credit notes.
    Paid,
    /// Something still open after the due date, whether partly paid or not.
    Overdue,
    /// Voided; its number stays used.
    Void,
    /// Replaced by another invoice, which owes instead; its number stays used.
    Replaced,
}

/// Which correction of an earlier invoice a document is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::Correction")]
pub enum InvoiceCorrection {
    /// An adjustment taking amounts off (a credit note).
    Decrease,
    /// An adjustment adding amounts, payable like an invoice.
    Increase,
    /// A whole new invoice replacing the original, payable like an invoice.
    Replacement,
}

/// Which day a billing run dates its invoices (Decree 123/2020 art. 9(2)). Never after the
/// day the run is issued, nor before an invoice with a lower number in the same series.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::InvoiceDatePolicy")]
pub enum InvoiceDatePolicy {
    /// The day the run is issued.
    RunDate,
    /// The last day of the billed period, when the service is complete (billing in arrears);
    /// the run's day when the run is issued before the period ends.
    PeriodEnd,
}

/// What an invoice line charges for.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::LineKind")]
pub enum LineKind {
    /// Land rent for the windows of the lease's rent schedule that start in the period.
    Rent,
    /// The province's rent support, a negative line.
    RentSupport,
    /// The infrastructure maintenance fee (phí duy tu, bảo dưỡng hạ tầng).
    MaintenanceFee,
    /// Wastewater treatment, by the m³ metered.
    Wastewater,
    /// Late-payment interest on an earlier invoice's overdue amount; not subject to VAT.
    LateInterest,
    /// Another charge of the cluster's tariff.
    Other,
}

/// An operator's billing settings.
pub struct BillingSettings(pub billing_setting::Model);

/// An operator's billing settings: the seller its invoices name, the invoice series, the
/// payment term, late-payment interest and the bank account VietQR codes pay into. Operators
/// read them; operator admins change them.
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
    /// Days from the issue date to the due date.
    async fn due_days(&self) -> i32 {
        self.0.due_days
    }
    /// The default annual late-payment interest, basis points (a lease may state its own).
    async fn late_interest_bp(&self) -> i32 {
        self.0.late_interest_bp
    }
    /// Whether the operator confirmed a commercial-law basis for a rate above 20% a year.
    async fn late_interest_commercial(&self) -> bool {
        self.0.late_interest_commercial
    }
    /// A warning when the default rate is above the Civil Code's 20% a year (English text);
    /// null otherwise.
    async fn late_interest_warning(&self) -> Option<&'static str> {
        settings::late_interest_warning(self.0.late_interest_bp)
    }
    /// The legal basis of the late-payment rate, e.g. the lease contract and Commercial Law
    /// 2005 art. 306.
    async fn late_interest_basis(&self) -> &str {
        &self.0.late_interest_basis
    }
    /// VAT on rent, basis points.
    async fn rent_vat_bp(&self) -> i32 {
        self.0.rent_vat_bp
    }
    /// Which day billing runs date their invoices.
    async fn invoice_date_policy(&self) -> InvoiceDatePolicy {
        self.0.invoice_date_policy.into()
    }
    /// Whether billing runs put late interest on the VAT invoice (a line outside VAT, KKKNT)
    /// instead of a late-interest notice of its own (the default: interest is no sale).
    async fn interest_on_invoice(&self) -> bool {
        self.0.interest_on_invoice
    }
    /// The seller's name on new invoices (the operator's name until saved).
    async fn seller_name(&self) -> &str {
        &self.0.seller_name
    }
    /// The seller's address on new invoices; empty until saved.
    async fn seller_address(&self) -> &str {
        &self.0.seller_address
    }
    /// The seller's tax code on new invoices; empty until saved.
    async fn seller_tax_code(&self) -> &str {
        &self.0.seller_tax_code
    }
    /// The bank's six-digit BIN (NAPAS), e.g. 970436.
    async fn bank_bin(&self) -> &str {
        &self.0.bank_bin
    }
    /// The account VietQR codes pay into; empty: invoices carry no VietQR code.
    async fn bank_account(&self) -> &str {
        &self.0.bank_account
    }
    /// The account holder's name.
    async fn bank_account_name(&self) -> &str {
        &self.0.bank_account_name
    }
}

/// One version of a tariff charge.
pub struct Tariff(pub tariff::Model);

/// One version of a charge of a cluster's tariff, in effect from `effectiveFrom` to
/// `effectiveTo` (operators). Issued invoices keep the rate they were billed at.
#[Object]
impl Tariff {
    /// Identifies the version.
    async fn id(&self) -> ID {
        ids::of::<TariffId>(self.0.id)
    }
    /// The cluster's global ID.
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.0.cluster_id)
    }
    /// Which charge it prices.
    async fn charge(&self) -> Charge {
        self.0.charge.into()
    }
    /// The charge's name on invoice lines, in Vietnamese.
    async fn name_vi(&self) -> &str {
        &self.0.name_vi
    }
    /// The charge's name on invoice lines, in English.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }
    /// What the rate is per.
    async fn unit(&self) -> TariffUnit {
        self.0.unit.into()
    }
    /// Đồng per unit.
    async fn rate(&self) -> i64 {
        self.0.rate
    }
    /// VAT on the charge, basis points (1000 = 10%).
    async fn vat_bp(&self) -> i32 {
        self.0.vat_bp
    }
    /// Why that VAT rate applies (the law or decision).
    async fn vat_basis(&self) -> &str {
        &self.0.vat_basis
    }
    /// First day in effect.
    async fn effective_from(&self) -> Day {
        Day(self.0.effective_from)
    }
    /// Last day in effect; null while current.
    async fn effective_to(&self) -> Option<Day> {
        self.0.effective_to.map(Day)
    }
    /// The contract or the province's decision the rate rests on.
    async fn legal_basis(&self) -> &str {
        &self.0.legal_basis
    }
    /// When the version was entered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A wastewater meter reading.
pub struct MeterReading(pub meter_reading::Model);

/// A month's wastewater meter reading of a lease (operators). A correction adds a reading
/// and supersedes the wrong one, which stays on record.
#[Object]
impl MeterReading {
    /// Identifies the reading (what a correction names).
    async fn id(&self) -> ID {
        ids::of::<MeterReadingId>(self.0.id)
    }
    /// The lease's global ID.
    async fn lease_id(&self) -> ID {
        ids::of::<LeaseId>(self.0.lease_id)
    }
    /// First day of the month billed.
    async fn period(&self) -> Day {
        Day(self.0.period)
    }
    /// The day the meter was read.
    async fn read_on(&self) -> Day {
        Day(self.0.read_on)
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
    /// Why this reading replaced an earlier one; null unless it is a correction.
    async fn correction_reason(&self) -> Option<&str> {
        self.0.correction_reason.as_deref()
    }
    /// When a correction replaced this reading; null while it is in force.
    async fn superseded_at(&self) -> Option<DateTime<Utc>> {
        self.0.superseded_at
    }
    /// When it was recorded.
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
    /// What the line charges for.
    pub kind: LineKind,
    /// The line as the invoice prints it, in Vietnamese.
    pub description_vi: String,
    /// The line in English.
    pub description_en: String,
    /// Quantity in ten-thousandths, four decimals as in the e-invoice XML (15000 = 1.5,
    /// 4166667 = 416.6667); `amount` is this × `unitPrice` / 10,000, rounded once.
    pub quantity_e4: i64,
    /// The quantity in thousandths, rounded half away from zero: what this field carried
    /// before quantities had four decimals, kept for clients written then.
    #[graphql(deprecation = "use quantityE4: quantities have four decimals now")]
    pub quantity_milli: i64,
    /// The unit as printed, e.g. `m²·năm`, `m²·tháng`, `m³`, `lần`.
    pub unit: String,
    /// Đồng per unit (rent: per m² a month when the contract's yearly rate divides by 12,
    /// per m² a year otherwise).
    pub unit_price: i64,
    /// Before VAT, rounded once.
    pub amount: i64,
    /// Taken off `amount` before VAT: the land rent paid to the State on a rent line; 0
    /// otherwise. `vatAmount` is on `amount - vatDeduction`.
    pub vat_deduction: i64,
    /// Null: not subject to VAT.
    pub vat_bp: Option<i32>,
    /// VAT on the line, đồng, rounded once (0 when not subject to VAT).
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
            quantity_e4: l.quantity_e4,
            quantity_milli: div_round(i128::from(l.quantity_e4), 10),
            unit: l.unit.clone(),
            unit_price: l.unit_price,
            amount: l.amount,
            vat_deduction: l.vat_deduction,
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
            quantity_e4: l.quantity_e4,
            quantity_milli: div_round(i128::from(l.quantity_e4), 10),
            unit: l.unit.clone(),
            unit_price: l.unit_price,
            amount: l.amount,
            vat_deduction: l.vat_deduction,
            vat_bp: l.vat_bp,
            vat_amount: l.vat_amount,
        }
    }
}

/// An invoice (or a late-interest notice) a run would issue.
#[derive(SimpleObject)]
pub struct DraftInvoice {
    /// A VAT invoice, or the lease's late-interest notice (its own series, no VAT).
    pub document_type: DocumentType,
    /// The lease it bills.
    pub lease_id: ID,
    /// The buyer firm.
    pub firm_id: ID,
    /// The buyer's name as the invoice would print it.
    pub firm_name: String,
    /// The cluster of the lease.
    pub cluster_name: String,
    /// The lines it would carry (ids are placeholders, nothing is creditable).
    pub lines: Vec<InvoiceLine>,
    /// Before VAT, đồng.
    pub subtotal: i64,
    /// VAT, đồng.
    pub vat_total: i64,
    /// With VAT, đồng.
    pub total: i64,
}

impl From<&Draft> for DraftInvoice {
    fn from(d: &Draft) -> Self {
        Self {
            document_type: d.document.into(),
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
    /// First day of the period.
    pub period_start: Day,
    /// Last day of the period.
    pub period_end: Day,
    /// Documents it would issue: an invoice per lease with something to bill, and a
    /// late-interest notice per lease that owes interest (unless the settings put interest on
    /// the invoice).
    pub invoice_count: i64,
    /// Lines across those invoices.
    pub line_count: i64,
    /// Leases of the period already invoiced for it (a second run bills them no more).
    pub already_billed: i64,
    /// What to check before issuing, e.g. a cluster with no maintenance-fee tariff in effect
    /// (English text).
    pub warnings: Vec<String>,
    /// The same warnings as codes with parameters, for the reader's language.
    pub warning_reasons: Vec<crate::graphql::reason::Reason>,
    /// What must be fixed before the run can issue: `issueBillingRun` refuses (VALIDATION)
    /// while any is listed. Each names the firm to fix (or none, for the billing settings).
    pub blocking: Vec<BillingRunBlocker>,
    /// Before VAT, đồng.
    pub subtotal: i64,
    /// VAT, đồng.
    pub vat_total: i64,
    /// With VAT, đồng.
    pub total: i64,
    /// Each invoice it would issue.
    pub invoices: Vec<DraftInvoice>,
}

/// What keeps a billing run from issuing: an invoice must name the seller and the buyer with
/// their registered address and a valid tax code (Decree 123/2020, art. 10).
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum BillingRunProblem {
    /// The billing settings have no seller address.
    SellerAddressMissing,
    /// The billing settings have no seller tax code.
    SellerTaxCodeMissing,
    /// The firm has no address.
    BuyerAddressMissing,
    /// The firm has no tax code.
    BuyerTaxCodeMissing,
    /// The firm's tax code is not valid (a wrong check digit, say).
    BuyerTaxCodeInvalid,
}

impl From<Blocking> for BillingRunProblem {
    fn from(b: Blocking) -> Self {
        match b {
            Blocking::SellerAddressMissing => Self::SellerAddressMissing,
            Blocking::SellerTaxCodeMissing => Self::SellerTaxCodeMissing,
            Blocking::BuyerAddressMissing => Self::BuyerAddressMissing,
            Blocking::BuyerTaxCodeMissing => Self::BuyerTaxCodeMissing,
            Blocking::BuyerTaxCodeInvalid => Self::BuyerTaxCodeInvalid,
        }
    }
}

/// One thing to fix before a billing run can issue.
#[derive(SimpleObject)]
pub struct BillingRunBlocker {
    /// The firm to fix (link to its register entry), or null for the operator's billing
    /// settings.
    pub firm_id: Option<ID>,
    /// The firm's name, or the seller's for the settings.
    pub name: String,
    /// What is missing or wrong.
    pub problem: BillingRunProblem,
    /// The same, for a person (English text).
    pub message: String,
}

impl From<&Blocker> for BillingRunBlocker {
    fn from(b: &Blocker) -> Self {
        Self {
            firm_id: b.firm_id.map(ids::of::<FirmId>),
            name: b.name.clone(),
            problem: b.problem.into(),
            message: b.problem.message().to_owned(),
        }
    }
}

impl From<&Preview> for BillingRunPreview {
    fn from(p: &Preview) -> Self {
        Self {
            period_label: p.period.label(),
            period_start: Day(p.period.start),
            period_end: Day(p.period.end),
            invoice_count: p.invoices.len() as i64,
            line_count: p.lines as i64,
            already_billed: p.already_billed as i64,
            warnings: p.warnings.iter().map(|w| w.english()).collect(),
            warning_reasons: p.warnings.iter().map(Into::into).collect(),
            blocking: p.blocking.iter().map(BillingRunBlocker::from).collect(),
            subtotal: p.subtotal,
            vat_total: p.vat_total,
            total: p.total,
            invoices: p.invoices.iter().map(DraftInvoice::from).collect(),
        }
    }
}

/// A firm a billing run could not email (it has no valid billing address).
#[derive(SimpleObject)]
pub struct UnreachableFirm {
    /// The firm (link to its register entry to add an address).
    pub id: ID,
    /// The firm's name.
    pub name: String,
}

/// An issued billing run.
#[derive(SimpleObject)]
pub struct BillingRun {
    /// Identifies the run.
    pub id: ID,
    /// Month or quarter.
    pub period_kind: PeriodKind,
    /// First day of the billed period.
    pub period_start: Day,
    /// Last day of the billed period.
    pub period_end: Day,
    /// Documents issued: the invoices and the late-interest notices.
    pub invoice_count: i64,
    /// Lines across those invoices.
    pub line_count: i64,
    /// What the invoices add up to, VAT included, đồng.
    pub total: i64,
    /// The first VAT invoice number it took, e.g. `C26TAA 00000001`; null when it issued none.
    pub first_number: Option<String>,
    /// The last VAT invoice number it took; null when it issued none.
    pub last_number: Option<String>,
    /// Late-interest notices among the documents issued (numbered in a series of their own).
    pub notice_count: i64,
    /// The first late-interest notice number it took, e.g. `L26TAA 00000001`; null when none.
    pub first_notice_number: Option<String>,
    /// The last late-interest notice number it took; null when it issued none.
    pub last_notice_number: Option<String>,
    /// Emails queued to announce the invoices: one per billing address of each firm billed.
    pub emails_queued: i32,
    /// Firms billed in this run with no valid billing email: nobody was told of their
    /// invoices (add an address, or hand the invoices over another way).
    pub firms_without_email: Vec<UnreachableFirm>,
    /// When the run was issued.
    pub created_at: DateTime<Utc>,
}
