//! GraphQL types of the billing domain.

use async_graphql::{ComplexObject, Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};

use crate::access::TenantCtx;
use crate::billing::entities::{
    billing_setting, fund_entry, invoice, invoice_line, meter_reading, payment, payment_allocation,
    tariff, upkeep_plan,
};
use crate::billing::fund::FundSummary as Summary;
use crate::billing::money::{ROUNDING_RULE_EN, ROUNDING_RULE_VI};
use crate::billing::runs::{
    DraftInvoice as Draft, DraftLine, RunPreview as Preview, invoice_label,
};
use crate::billing::{credit_notes, invoices, payments, settings, words};
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::ids::{
    ClusterId, FirmId, FundEntryId, InvoiceId, InvoiceLineId, LeaseId, MeterReadingId, PaymentId,
    TariffId, UpkeepPlanId,
};

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
#[graphql(remote = "crate::billing::PeriodKind")]
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

/// How a payment arrived.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::PaymentMethod")]
pub enum PaymentMethod {
    BankTransfer,
    Cash,
    Vietqr,
}

/// A movement of the maintenance fund.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::FundEntryKind")]
pub enum FundEntryKind {
    FeeCollected,
    Expense,
    Adjustment,
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
        settings::series_for(&self.0.invoice_series, crate::estate::today())
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
        self.0.corrects_id.map(|id| ids::of::<MeterReadingId>(id))
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

/// VAT of an invoice at one rate.
#[derive(SimpleObject, Clone)]
pub struct VatByRate {
    /// Null: not subject to VAT.
    pub vat_bp: Option<i32>,
    pub base: i64,
    pub vat: i64,
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

/// A payment allocated to an invoice.
#[derive(SimpleObject, Clone)]
pub struct Allocation {
    pub payment_id: ID,
    pub invoice_id: ID,
    pub amount: i64,
    pub allocated_on: NaiveDate,
}

impl From<&payment_allocation::Model> for Allocation {
    fn from(a: &payment_allocation::Model) -> Self {
        Self {
            payment_id: ids::of::<PaymentId>(a.payment_id),
            invoice_id: ids::of::<InvoiceId>(a.invoice_id),
            amount: a.amount,
            allocated_on: a.allocated_on,
        }
    }
}

/// An invoice or a credit note.
pub struct Invoice {
    pub model: invoice::Model,
    pub cluster_name: String,
}

#[Object]
impl Invoice {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<InvoiceId>(self.model.id)
    }
    async fn kind(&self) -> InvoiceKind {
        self.model.kind.into()
    }
    async fn status(&self) -> InvoiceStatus {
        crate::billing::InvoiceStatus::of(&self.model, crate::estate::today()).into()
    }
    /// Template symbol, `1` for a VAT invoice.
    async fn template(&self) -> &str {
        &self.model.template
    }
    /// Series symbol, e.g. `C26TAA`.
    async fn series(&self) -> &str {
        &self.model.series
    }
    /// Sequential within the series, without gaps; null for a draft.
    async fn number(&self) -> Option<i32> {
        self.model.number
    }
    /// `C26TAA 00000123`.
    async fn number_label(&self) -> String {
        invoice_label(&self.model)
    }
    async fn issued_on(&self) -> Option<NaiveDate> {
        self.model.issued_on
    }
    async fn due_on(&self) -> Option<NaiveDate> {
        self.model.due_on
    }
    async fn period_start(&self) -> NaiveDate {
        self.model.period_start
    }
    async fn period_end(&self) -> NaiveDate {
        self.model.period_end
    }
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.model.firm_id)
    }
    async fn cluster_id(&self) -> ID {
        ids::of::<ClusterId>(self.model.cluster_id)
    }
    async fn cluster_name(&self) -> &str {
        &self.cluster_name
    }
    async fn lease_id(&self) -> Option<ID> {
        self.model.lease_id.map(|id| ids::of::<LeaseId>(id))
    }
    async fn seller_name(&self) -> &str {
        &self.model.seller_name
    }
    async fn seller_address(&self) -> &str {
        &self.model.seller_address
    }
    async fn seller_tax_code(&self) -> &str {
        &self.model.seller_tax_code
    }
    async fn buyer_name(&self) -> &str {
        &self.model.buyer_name
    }
    async fn buyer_address(&self) -> &str {
        &self.model.buyer_address
    }
    async fn buyer_tax_code(&self) -> &str {
        &self.model.buyer_tax_code
    }
    /// Before VAT.
    async fn subtotal(&self) -> i64 {
        self.model.subtotal
    }
    async fn vat_total(&self) -> i64 {
        self.model.vat_total
    }
    async fn total(&self) -> i64 {
        self.model.total
    }
    /// Allocated from payments so far.
    async fn paid(&self) -> i64 {
        self.model.paid
    }
    /// Still to pay.
    async fn open(&self) -> i64 {
        self.model.open()
    }
    /// The total in Vietnamese words.
    async fn total_in_words(&self) -> String {
        words::amount_in_words(self.model.total.abs())
    }
    /// The rounding rule printed on the invoice.
    async fn rounding_rule(&self, english: Option<bool>) -> &'static str {
        if english.unwrap_or(false) {
            ROUNDING_RULE_EN
        } else {
            ROUNDING_RULE_VI
        }
    }
    async fn void_reason(&self) -> Option<&str> {
        self.model.void_reason.as_deref()
    }
    /// The transfer description that identifies this invoice.
    async fn payment_purpose(&self) -> Option<String> {
        self.model
            .number
            .map(|n| invoices::payment_purpose(&self.model.series, n))
    }
    async fn lines(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<InvoiceLine>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let lines = credit_notes::lines_with_creditable(&services.db, &tenant_ctx, &self.model)
            .await
            .gql()?;
        Ok(lines
            .iter()
            .map(|(line, creditable)| InvoiceLine {
                creditable: *creditable,
                ..InvoiceLine::from(line)
            })
            .collect())
    }
    /// Credit notes issued against this invoice, in total (positive đồng, VAT included).
    async fn credited(&self) -> i64 {
        self.model.credited
    }
    /// For a credit note: the invoice it corrects.
    async fn corrects_id(&self) -> Option<ID> {
        self.model.corrects_id.map(|id| ids::of::<InvoiceId>(id))
    }
    /// For a credit note: the corrected invoice's `numberLabel`.
    async fn corrects_label(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let Some(id) = self.model.corrects_id else {
            return Ok(None);
        };
        let services = ctx.data::<Services>()?;
        let corrects = credit_notes::corrected(&services.db, &tenant(ctx)?, InvoiceId(id))
            .await
            .gql()?;
        Ok(corrects.as_ref().map(invoice_label))
    }
    /// Credit notes issued against this invoice, oldest first.
    async fn credit_notes(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CreditNoteRef>> {
        if self.model.kind != crate::billing::InvoiceKind::Invoice {
            return Ok(Vec::new());
        }
        let services = ctx.data::<Services>()?;
        let notes = credit_notes::against(&services.db, &tenant(ctx)?, InvoiceId(self.model.id))
            .await
            .gql()?;
        Ok(notes
            .iter()
            .map(|n| CreditNoteRef {
                id: ids::of::<InvoiceId>(n.id),
                number_label: invoice_label(n),
                issued_on: n.issued_on,
                total: n.total,
            })
            .collect())
    }
    /// For a credit note: why it was issued.
    async fn note(&self) -> Option<&str> {
        self.model.note.as_deref()
    }
    /// VAT per rate, as the invoice prints it.
    async fn vat_by_rate(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<VatByRate>> {
        let services = ctx.data::<Services>()?;
        let id = InvoiceId(self.model.id);
        let lines = invoices::lines_of(&services.db, &tenant(ctx)?, &[id.0])
            .await
            .gql()?;
        let lines = lines.get(&id.0).map(Vec::as_slice).unwrap_or_default();
        Ok(invoices::vat_by_rate(lines)
            .into_iter()
            .map(|row| VatByRate {
                vat_bp: row.vat_bp,
                base: row.base,
                vat: row.vat,
            })
            .collect())
    }
    async fn allocations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Allocation>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        Ok(
            invoices::allocations_of(&services.db, &tenant_ctx, InvoiceId(self.model.id))
                .await
                .gql()?
                .iter()
                .map(Allocation::from)
                .collect(),
        )
    }
    /// A VietQR payload paying what is open, with the invoice number in the purpose; null when
    /// nothing is open or the operator has no bank account on file.
    async fn vietqr(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let settings = crate::billing::settings::for_payment(&services.db, &tenant_ctx)
            .await
            .gql()?;
        Ok(invoices::vietqr_for(
            &self.model,
            &settings.bank_bin,
            &settings.bank_account,
        ))
    }
}

/// A credit note issued against an invoice.
#[derive(SimpleObject)]
pub struct CreditNoteRef {
    pub id: ID,
    pub number_label: String,
    pub issued_on: Option<NaiveDate>,
    pub total: i64,
}

/// Money received from a firm.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Payment {
    #[graphql(skip)]
    pub model: payment::Model,
    /// True when this call replayed an earlier payment with the same idempotency key.
    pub replayed: bool,
}

#[ComplexObject]
impl Payment {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<PaymentId>(self.model.id)
    }
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.model.firm_id)
    }
    async fn amount(&self) -> i64 {
        self.model.amount
    }
    async fn received_on(&self) -> NaiveDate {
        self.model.received_on
    }
    async fn method(&self) -> PaymentMethod {
        self.model.method.into()
    }
    async fn bank_reference(&self) -> Option<&str> {
        self.model.bank_reference.as_deref()
    }
    /// Not allocated to any invoice: the firm's credit.
    async fn unallocated(&self) -> i64 {
        self.model.unallocated
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
    async fn allocations(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Allocation>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        Ok(
            payments::allocations_of(&services.db, &tenant_ctx, &[self.model.id])
                .await
                .gql()?
                .get(&self.model.id)
                .map(|all| all.iter().map(Allocation::from).collect())
                .unwrap_or_default(),
        )
    }
}

/// A movement of a cluster's maintenance fund.
#[derive(SimpleObject)]
pub struct FundEntry {
    pub id: ID,
    pub entry_on: NaiveDate,
    pub kind: FundEntryKind,
    /// In is positive, spending negative.
    pub amount: i64,
    pub description: String,
}

impl From<&fund_entry::Model> for FundEntry {
    fn from(e: &fund_entry::Model) -> Self {
        Self {
            id: ids::of::<FundEntryId>(e.id),
            entry_on: e.entry_on,
            kind: e.kind.into(),
            amount: e.amount,
            description: e.description.clone(),
        }
    }
}

/// Upkeep planned for a month.
#[derive(SimpleObject)]
pub struct UpkeepPlan {
    pub id: ID,
    /// First day of the month.
    pub month: NaiveDate,
    pub amount: i64,
    pub description: String,
}

impl From<&upkeep_plan::Model> for UpkeepPlan {
    fn from(p: &upkeep_plan::Model) -> Self {
        Self {
            id: ids::of::<UpkeepPlanId>(p.id),
            month: p.month,
            amount: p.amount,
            description: p.description.clone(),
        }
    }
}

/// Money in and out of a fund in one month.
#[derive(SimpleObject)]
pub struct FundMonth {
    /// First day of the month.
    pub month: NaiveDate,
    pub money_in: i64,
    pub money_out: i64,
}

/// A cluster's maintenance fund at a glance.
#[derive(SimpleObject)]
pub struct MaintenanceFund {
    pub cluster_id: ID,
    pub cluster_name: String,
    pub balance: i64,
    /// The last 12 months, oldest first.
    pub months: Vec<FundMonth>,
    /// Upkeep planned for the next 12 months.
    pub planned_next_12_months: i64,
    pub plans: Vec<UpkeepPlan>,
    /// The maintenance fee in effect, đồng per m² per month.
    pub fee_per_m2_month: Option<i64>,
    pub leased_area_m2: i64,
    /// What the fee brings in over 12 months at today's rate and leased area.
    pub expected_fee_next_12_months: i64,
    /// Expected fee income over planned upkeep, basis points (10000 = covered exactly).
    pub coverage_bp: Option<i64>,
    /// The fee, đồng per m² per month, that would just cover the planned upkeep.
    pub break_even_fee_per_m2_month: Option<i64>,
    /// The latest movements, newest first.
    pub entries: Vec<FundEntry>,
}

impl MaintenanceFund {
    pub fn new(s: Summary, entries: Vec<fund_entry::Model>) -> Self {
        Self {
            cluster_id: ids::of::<ClusterId>(s.cluster.id),
            cluster_name: s.cluster.name.clone(),
            balance: s.balance,
            months: s
                .months
                .iter()
                .map(|m| FundMonth {
                    month: m.month,
                    money_in: m.money_in,
                    money_out: m.money_out,
                })
                .collect(),
            planned_next_12_months: s.planned_12m,
            plans: s.plans.iter().map(UpkeepPlan::from).collect(),
            fee_per_m2_month: s.fee_per_m2_month,
            leased_area_m2: s.leased_area_m2,
            expected_fee_next_12_months: s.expected_fee_12m,
            coverage_bp: s.coverage_bp,
            break_even_fee_per_m2_month: s.break_even_per_m2_month,
            entries: entries.iter().map(FundEntry::from).collect(),
        }
    }
}

impl NodeType for Invoice {
    type Id = InvoiceId;

    async fn load(services: &Services, ctx: &TenantCtx, id: InvoiceId) -> AppResult<Self> {
        let model = crate::billing::invoices::get(&services.db, ctx, id).await?;
        let mut found =
            crate::graphql::billing::queries::with_cluster_names(services, ctx, vec![model])
                .await?;
        found.pop().ok_or(crate::error::AppError::NotFound)
    }
}

impl NodeType for Payment {
    type Id = PaymentId;

    async fn load(services: &Services, ctx: &TenantCtx, id: PaymentId) -> AppResult<Self> {
        Ok(Self {
            model: crate::billing::payments::get(&services.db, ctx, id).await?,
            replayed: false,
        })
    }
}
