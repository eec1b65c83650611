//! Receivables types: payments and allocations, the maintenance fund, bank lines, statements
//! of account, aging and collections.

use async_graphql::{ComplexObject, Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};

use crate::access::TenantCtx;
use crate::billing::labels::invoice_label;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::ImportProblem;
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::ids::{BankLineId, ClusterId, FirmId, FundEntryId, InvoiceId, PaymentId, UpkeepPlanId};
use crate::receivables::bank::{ImportLine, LineView};
use crate::receivables::entities::{fund_entry, payment, payment_allocation, upkeep_plan};
use crate::receivables::fund::FundSummary as Summary;
use crate::receivables::reports::Buckets;
use crate::receivables::{bank, payments};

/// How a payment arrived.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::PaymentMethod")]
pub enum PaymentMethod {
    BankTransfer,
    Cash,
    Vietqr,
}

/// A movement of the maintenance fund.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::FundEntryKind")]
pub enum FundEntryKind {
    FeeCollected,
    Expense,
    Adjustment,
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

impl NodeType for Payment {
    type Id = PaymentId;

    async fn load(services: &Services, ctx: &TenantCtx, id: PaymentId) -> AppResult<Self> {
        Ok(Self {
            model: crate::receivables::payments::get(&services.db, ctx, id).await?,
            replayed: false,
        })
    }
}

/// Where an imported bank line stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::BankLineStatus")]
pub enum BankLineStatus {
    Unmatched,
    Suggested,
    Confirmed,
    Ignored,
}

/// Why a bank line was matched to an invoice.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::BankMatch")]
pub enum BankMatch {
    /// The invoice number in the description, and the amount equals what is open.
    NumberAndAmount,
    /// The invoice number in the description; the amount differs.
    Number,
    /// The payer's tax code and an open invoice of exactly that amount.
    FirmAndAmount,
    /// Only one open invoice of exactly that amount.
    Amount,
}

/// One incoming transfer of an imported bank statement.
pub struct BankLine(pub LineView);

#[Object]
impl BankLine {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<BankLineId>(self.0.line.id)
    }
    async fn booked_on(&self) -> NaiveDate {
        self.0.line.booked_on
    }
    async fn amount(&self) -> i64 {
        self.0.line.amount
    }
    async fn description(&self) -> &str {
        &self.0.line.description
    }
    /// The bank's transaction reference; unique per tenant (re-importing a line is skipped).
    async fn reference(&self) -> &str {
        &self.0.line.reference
    }
    async fn payer_tax_code(&self) -> Option<&str> {
        self.0.line.payer_tax_code.as_deref()
    }
    async fn status(&self) -> BankLineStatus {
        self.0.line.status.into()
    }
    /// Why the suggested invoice was matched; null when unmatched.
    #[graphql(name = "match")]
    async fn match_kind(&self) -> Option<BankMatch> {
        self.0.line.match_kind.map(Into::into)
    }
    /// The invoice suggested (SUGGESTED) or paid (CONFIRMED).
    async fn invoice_id(&self) -> Option<ID> {
        self.0.line.invoice_id.map(ids::of::<InvoiceId>)
    }
    async fn invoice_label(&self) -> Option<String> {
        bank::label_of(&self.0)
    }
    /// What is still open on that invoice now.
    async fn invoice_open(&self) -> Option<i64> {
        self.0.invoice.as_ref().map(|i| i.open())
    }
    async fn firm_id(&self) -> Option<ID> {
        self.0.line.firm_id.map(ids::of::<FirmId>)
    }
    async fn firm_name(&self) -> Option<&str> {
        self.0.firm_name.as_deref()
    }
    /// The payment recorded when the line was confirmed.
    async fn payment_id(&self) -> Option<ID> {
        self.0.line.payment_id.map(ids::of::<PaymentId>)
    }
    /// Why the line was ignored.
    async fn ignore_reason(&self) -> Option<&str> {
        self.0.line.ignore_reason.as_deref()
    }
    async fn imported_at(&self) -> DateTime<Utc> {
        self.0.line.created_at
    }
}

/// One line of a bank file as the import read it.
#[derive(SimpleObject)]
pub struct BankImportLine {
    pub row: i32,
    pub booked_on: NaiveDate,
    pub amount: i64,
    pub description: String,
    pub reference: String,
    /// Already imported earlier: skipped.
    pub duplicate: bool,
    #[graphql(name = "match")]
    pub match_kind: Option<BankMatch>,
    pub invoice_label: Option<String>,
    pub firm_name: Option<String>,
}

impl From<&ImportLine> for BankImportLine {
    fn from(l: &ImportLine) -> Self {
        Self {
            row: l.row as i32,
            booked_on: l.booked_on,
            amount: l.amount,
            description: l.description.clone(),
            reference: l.reference.clone(),
            duplicate: l.duplicate,
            match_kind: l.matched.as_ref().map(|(k, _)| (*k).into()),
            invoice_label: l.matched.as_ref().map(|(_, i)| invoice_label(i)),
            firm_name: l.firm.as_ref().map(|(_, name)| name.clone()),
        }
    }
}

/// What a bank statement import found; with `commit`, what it wrote.
#[derive(SimpleObject)]
pub struct BankImportResult {
    /// Data rows read.
    pub rows: i32,
    /// True when no row has a problem.
    pub valid: bool,
    /// Lines written: 0 for a preview or an invalid file.
    pub created: i32,
    /// Rows skipped because their reference was imported before.
    pub duplicates: i32,
    /// Rows with a suggested invoice.
    pub matched: i32,
    pub problems: Vec<ImportProblem>,
    pub lines: Vec<BankImportLine>,
}

/// What a statement line is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::reports::EntryKind")]
pub enum StatementEntryKind {
    Invoice,
    CreditNote,
    Payment,
}

/// One line of a statement of account.
#[derive(SimpleObject)]
pub struct StatementEntry {
    pub on: NaiveDate,
    pub kind: StatementEntryKind,
    /// Invoice or credit-note number label, or the payment's bank reference.
    pub reference: String,
    pub description: String,
    /// What the firm owes more (invoices).
    pub debit: i64,
    /// What the firm owes less (credit notes, payments).
    pub credit: i64,
    /// Running balance after this entry (positive: the firm owes).
    pub balance: i64,
    /// The invoice or payment (global id).
    pub document_id: ID,
}

/// A firm's statement of account.
#[derive(SimpleObject)]
pub struct FirmStatement {
    pub firm_id: ID,
    pub firm_name: String,
    pub firm_tax_code: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub opening_balance: i64,
    pub invoiced: i64,
    pub credited: i64,
    pub paid: i64,
    pub closing_balance: i64,
    /// Payments not yet allocated to any invoice (the firm's credit), today.
    pub unallocated_credit: i64,
    pub entries: Vec<StatementEntry>,
    /// Path of the CSV download (GET with the bearer token).
    pub csv_path: String,
}

/// Open amounts by days past due.
#[derive(SimpleObject)]
pub struct AgingBuckets {
    /// Not yet due.
    pub current: i64,
    #[graphql(name = "days1To30")]
    pub days_1_30: i64,
    #[graphql(name = "days31To60")]
    pub days_31_60: i64,
    #[graphql(name = "days61To90")]
    pub days_61_90: i64,
    pub over90: i64,
    pub total: i64,
}

impl From<Buckets> for AgingBuckets {
    fn from(b: Buckets) -> Self {
        Self {
            current: b.current,
            days_1_30: b.days_1_30,
            days_31_60: b.days_31_60,
            days_61_90: b.days_61_90,
            over90: b.over_90,
            total: b.total(),
        }
    }
}

/// One cluster's or firm's row of the aging report.
#[derive(SimpleObject)]
pub struct AgingRow {
    /// Cluster or firm id.
    pub id: ID,
    pub name: String,
    pub buckets: AgingBuckets,
}

/// Receivables by days past due.
#[derive(SimpleObject)]
pub struct ReceivablesAging {
    pub as_of: NaiveDate,
    pub total: AgingBuckets,
    pub clusters: Vec<AgingRow>,
    /// Firms with anything open, largest total first.
    pub firms: Vec<AgingRow>,
}

/// What was invoiced and collected in one month.
#[derive(SimpleObject)]
pub struct CollectionMonth {
    /// YYYY-MM
    pub month: String,
    /// Invoices issued that month (VAT included, credit notes deducted).
    pub invoiced: i64,
    /// Payments allocated that month.
    pub collected: i64,
}

impl NodeType for BankLine {
    type Id = BankLineId;

    async fn load(services: &Services, ctx: &TenantCtx, id: BankLineId) -> AppResult<Self> {
        Ok(Self(bank::get(&services.db, ctx, id).await?))
    }
}
