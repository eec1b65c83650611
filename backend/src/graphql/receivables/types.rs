//! Receivables types: payments and allocations, the maintenance fund, bank lines, statements
//! of account, aging and collections.

use async_graphql::{ComplexObject, Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::graphql::scalars::Day;

use crate::access::TenantCtx;
use crate::billing::labels::invoice_label;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::ImportProblem;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
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
    /// A bank transfer: the norm, as a buyer deducts the VAT of a purchase of 5,000,000 đ or
    /// more only when it was not paid in cash.
    BankTransfer,
    /// Cash.
    Cash,
    /// A transfer made by scanning an invoice's VietQR code.
    Vietqr,
}

/// A movement of the maintenance fund.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::receivables::FundEntryKind")]
pub enum FundEntryKind {
    /// The maintenance-fee share of a payment, posted when the payment is allocated to an
    /// invoice.
    FeeCollected,
    /// Upkeep spending out of the fund.
    Expense,
    /// A correction of fee collected, e.g. when a credit note takes off a maintenance fee
    /// already paid.
    Adjustment,
}

/// A payment allocated to an invoice.
#[derive(SimpleObject, Clone)]
pub struct Allocation {
    /// The payment the money came from.
    pub payment_id: ID,
    /// The invoice it settles.
    pub invoice_id: ID,
    /// Đồng applied to the invoice.
    pub amount: i64,
    /// The day the money was applied: the payment's receipt date, or the issue date of a later
    /// invoice that took the firm's unallocated credit.
    pub allocated_on: Day,
}

impl From<&payment_allocation::Model> for Allocation {
    fn from(a: &payment_allocation::Model) -> Self {
        Self {
            payment_id: ids::of::<PaymentId>(a.payment_id),
            invoice_id: ids::of::<InvoiceId>(a.invoice_id),
            amount: a.amount,
            allocated_on: Day(a.allocated_on),
        }
    }
}

/// The kind of a payment warning.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum PaymentWarningCode {
    /// Cash of 5,000,000 đồng or more: the buyer cannot deduct its VAT without a non-cash
    /// payment document (VAT Law 2024, art. 14(2)(b)).
    CashVatNotDeductible,
}

impl From<crate::receivables::payments::PaymentWarning> for PaymentWarningCode {
    fn from(w: crate::receivables::payments::PaymentWarning) -> Self {
        match w {
            crate::receivables::payments::PaymentWarning::CashVatNotDeductible => {
                Self::CashVatNotDeductible
            }
        }
    }
}

/// Something the operator should know about a recorded payment.
#[derive(SimpleObject)]
pub struct PaymentWarning {
    /// What kind of warning, for a client to translate.
    pub code: PaymentWarningCode,
    /// The warning, for a person (English text).
    pub message: String,
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
    /// The paying firm.
    async fn firm_id(&self) -> ID {
        ids::of::<FirmId>(self.model.firm_id)
    }
    /// Đồng received, more than 0.
    async fn amount(&self) -> i64 {
        self.model.amount
    }
    /// The day the money arrived.
    async fn received_on(&self) -> Day {
        Day(self.model.received_on)
    }
    /// How it arrived.
    async fn method(&self) -> PaymentMethod {
        self.model.method.into()
    }
    /// The bank's transaction reference, for a transfer; null when none was given.
    async fn bank_reference(&self) -> Option<&str> {
        self.model.bank_reference.as_deref()
    }
    /// What the operator should know about this payment (it is recorded regardless): a CASH
    /// payment of 5,000,000 đồng or more gets `CASH_VAT_NOT_DEDUCTIBLE`, because the buyer
    /// cannot deduct the VAT of what it paid without a non-cash payment document.
    async fn warnings(&self) -> Vec<PaymentWarning> {
        crate::receivables::payments::warnings(&self.model)
            .into_iter()
            .map(|w| PaymentWarning {
                code: w.into(),
                message: w.message().to_owned(),
            })
            .collect()
    }
    /// Not allocated to any invoice: the firm's credit.
    async fn unallocated(&self) -> i64 {
        self.model.unallocated
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
    /// How it was applied to invoices, oldest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
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
    /// Identifies the movement.
    pub id: ID,
    /// The day of the movement.
    pub entry_on: Day,
    /// What moved the fund.
    pub kind: FundEntryKind,
    /// In is positive, spending negative.
    pub amount: i64,
    /// What it was for, e.g. the invoice a fee came from or the upkeep paid for.
    pub description: String,
    /// The account it counts in.
    pub account: crate::graphql::upkeep::types::FundAccount,
    /// For spending: the supporting document's number and date.
    pub document_number: Option<String>,
    /// The supporting document's date.
    pub document_date: Option<Day>,
    /// For spending: what kind of infrastructure it kept.
    pub category: Option<crate::graphql::upkeep::types::AssetCategory>,
    /// The work order it paid for.
    pub work_order_id: Option<ID>,
}

impl From<&fund_entry::Model> for FundEntry {
    fn from(e: &fund_entry::Model) -> Self {
        Self {
            id: ids::of::<FundEntryId>(e.id),
            entry_on: Day(e.entry_on),
            kind: e.kind.into(),
            amount: e.amount,
            description: e.description.clone(),
            account: e.account.into(),
            document_number: e.document_number.clone(),
            document_date: e.document_date.map(Day),
            category: e.category.map(Into::into),
            work_order_id: e.work_order_id.map(ids::of::<crate::ids::WorkOrderId>),
        }
    }
}

/// Upkeep planned for a month.
#[derive(SimpleObject)]
pub struct UpkeepPlan {
    /// Identifies the plan entry.
    pub id: ID,
    /// First day of the month.
    pub month: Day,
    /// Đồng planned.
    pub amount: i64,
    /// What upkeep is planned.
    pub description: String,
    /// The account that will pay.
    pub account: crate::graphql::upkeep::types::FundAccount,
    /// What kind of infrastructure it keeps.
    pub category: Option<crate::graphql::upkeep::types::AssetCategory>,
}

impl From<&upkeep_plan::Model> for UpkeepPlan {
    fn from(p: &upkeep_plan::Model) -> Self {
        Self {
            id: ids::of::<UpkeepPlanId>(p.id),
            month: Day(p.month),
            amount: p.amount,
            description: p.description.clone(),
            account: p.account.into(),
            category: p.category.map(Into::into),
        }
    }
}

/// Money in and out of a fund in one month.
#[derive(SimpleObject)]
pub struct FundMonth {
    /// First day of the month.
    pub month: Day,
    /// Fee collected and upward adjustments, đồng.
    pub money_in: i64,
    /// Spending and downward adjustments, đồng (a positive number).
    pub money_out: i64,
}

/// What the fund paid for in one month: the upkeep completed and what it cost.
#[derive(SimpleObject)]
pub struct FundPaidForMonth {
    /// First day of the month.
    pub month: Day,
    /// Work orders whose verified costs the fund paid in the month.
    pub work_orders: i64,
    /// Spending entries in the month: work orders and other upkeep.
    pub expenses: i64,
    /// Đồng spent in the month (a positive number).
    pub cost: i64,
}

/// Upkeep planned for one month, in total.
#[derive(SimpleObject)]
pub struct FundPlannedMonth {
    /// First day of the month.
    pub month: Day,
    /// Đồng planned for the month.
    pub amount: i64,
}

/// A cluster's maintenance fund at a glance. A firm leasing in the cluster sees totals only:
/// `entries` and `plans` are empty for it, since they name invoices, buyers and work orders.
#[derive(SimpleObject)]
pub struct MaintenanceFund {
    /// The cluster's global ID.
    pub cluster_id: ID,
    /// The cluster's name.
    pub cluster_name: String,
    /// Đồng in the fund today: fee collected and adjustments, less spending, since the start.
    pub balance: i64,
    /// The last 12 months, oldest first.
    pub months: Vec<FundMonth>,
    /// Upkeep the fund pays planned for the next 12 months: plan lines and preventive schedules.
    pub planned_next_12_months: i64,
    /// Of which the fund-paid preventive schedules (estimated cost × occurrences).
    pub scheduled_next_12_months: i64,
    /// The plan lines from this month for 12 months (operators; empty for a firm).
    pub plans: Vec<UpkeepPlan>,
    /// Upkeep planned for each of the next 12 months, from this month, in total.
    pub planned_months: Vec<FundPlannedMonth>,
    /// What the fund paid for in each of the last 12 months, oldest first.
    pub paid_for: Vec<FundPaidForMonth>,
    /// The maintenance fee in effect, đồng per m² per month.
    pub fee_per_m2_month: Option<i64>,
    /// Area held by leases today, m².
    pub leased_area_m2: i64,
    /// What the fee brings in over 12 months at today's rate and leased area, as billed.
    pub expected_fee_next_12_months: i64,
    /// Of which the fund can expect at the collection rate.
    pub collectible_fee_next_12_months: i64,
    /// The share of the maintenance fee that fell due over the last 12 months that firms have
    /// paid, basis points, at most 10000 (none: nothing fell due yet, and the fee counts in
    /// full).
    pub collection_rate_bp: Option<i64>,
    /// The maintenance fee (before VAT) of the issued invoices that fell due over the last 12
    /// months, with their credit notes and adjustments: the base of the collection rate.
    pub fee_due_last_12_months: i64,
    /// What the fund has received of that fee, whenever it was paid.
    pub fee_collected_of_due: i64,
    /// (The fund's positive balance + the collectible fee) over planned upkeep, basis points
    /// (10000 = covered exactly; none: nothing planned).
    pub coverage_bp: Option<i64>,
    /// The fee, đồng per m² per month, that with the fund's balance and at the collection rate
    /// would just cover the planned upkeep (none: nothing planned, nothing leased, or nothing
    /// collected of what fell due).
    pub break_even_fee_per_m2_month: Option<i64>,
    /// The latest movements, newest first (operators; empty for a firm).
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
                    month: Day(m.month),
                    money_in: m.money_in,
                    money_out: m.money_out,
                })
                .collect(),
            planned_next_12_months: s.planned_12m,
            scheduled_next_12_months: s.scheduled_12m,
            plans: s.plans.iter().map(UpkeepPlan::from).collect(),
            planned_months: s
                .planned_months
                .iter()
                .map(|m| FundPlannedMonth {
                    month: Day(m.month),
                    amount: m.amount,
                })
                .collect(),
            paid_for: s
                .paid_for
                .iter()
                .map(|m| FundPaidForMonth {
                    month: Day(m.month),
                    work_orders: m.work_orders,
                    expenses: m.expenses,
                    cost: m.cost,
                })
                .collect(),
            fee_per_m2_month: s.fee_per_m2_month,
            leased_area_m2: s.leased_area_m2,
            expected_fee_next_12_months: s.expected_fee_12m,
            collectible_fee_next_12_months: s.collectible_fee_12m,
            collection_rate_bp: s.collection_rate_bp,
            fee_due_last_12_months: s.collection.billed,
            fee_collected_of_due: s.collection.collected,
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
    /// No invoice found: confirm it against an invoice you choose, or ignore it.
    Unmatched,
    /// An invoice is suggested; nothing is paid until the line is confirmed.
    Suggested,
    /// Recorded as a payment.
    Confirmed,
    /// Set aside: not a payment of an invoice, or handled elsewhere.
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
    /// Several invoices of one firm named in the description, and the amount is what is open
    /// on them together: confirming pays each of them.
    InvoicesAndAmount,
    /// The payer's tax code, and the amount is that firm's whole open balance: confirming pays
    /// its open invoices, oldest due first.
    FirmBalance,
}

/// One incoming transfer of an imported bank statement.
pub struct BankLine(pub LineView);

/// An incoming transfer of an imported bank statement, waiting to be confirmed as a payment
/// or set aside (operators).
#[Object]
impl BankLine {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<BankLineId>(self.0.line.id)
    }
    /// The day the bank booked the transfer.
    async fn booked_on(&self) -> Day {
        Day(self.0.line.booked_on)
    }
    /// Đồng received.
    async fn amount(&self) -> i64 {
        self.0.line.amount
    }
    /// The transfer description, as the bank gives it.
    async fn description(&self) -> &str {
        &self.0.line.description
    }
    /// The bank's transaction reference; unique per tenant (re-importing a line is skipped).
    async fn reference(&self) -> &str {
        &self.0.line.reference
    }
    /// The payer's tax code, when the statement gives one.
    async fn payer_tax_code(&self) -> Option<&str> {
        self.0.line.payer_tax_code.as_deref()
    }
    /// Where the line stands.
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
    /// That invoice's series and number, e.g. `C26TAA 00000123`.
    async fn invoice_label(&self) -> Option<String> {
        bank::label_of(&self.0)
    }
    /// What is still open on that invoice now.
    async fn invoice_open(&self) -> Option<i64> {
        self.0.invoice.as_ref().map(|i| i.open())
    }
    /// The paying firm: the one with the payer's tax code, else the suggested invoice's buyer;
    /// null when neither is known.
    async fn firm_id(&self) -> Option<ID> {
        self.0.line.firm_id.map(ids::of::<FirmId>)
    }
    /// That firm's name.
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
    /// When the line was imported.
    async fn imported_at(&self) -> DateTime<Utc> {
        self.0.line.created_at
    }
}

/// One line of a bank file as the import read it.
#[derive(SimpleObject)]
pub struct BankImportLine {
    /// The row of the file (row 1 is the header).
    pub row: i32,
    /// The day the bank booked the transfer.
    pub booked_on: Day,
    /// Đồng received.
    pub amount: i64,
    /// The transfer description, as the bank gives it.
    pub description: String,
    /// The bank's transaction reference.
    pub reference: String,
    /// Already imported earlier: skipped.
    pub duplicate: bool,
    #[graphql(name = "match")]
    /// Why the suggested invoice was chosen; null when none was found, and for duplicates.
    pub match_kind: Option<BankMatch>,
    /// The suggested invoice's series and number, e.g. `C26TAA 00000123`.
    pub invoice_label: Option<String>,
    /// The paying firm: the one with the payer's tax code, else the suggested invoice's buyer.
    pub firm_name: Option<String>,
}

impl From<&ImportLine> for BankImportLine {
    fn from(l: &ImportLine) -> Self {
        Self {
            row: l.row as i32,
            booked_on: Day(l.booked_on),
            amount: l.amount,
            description: l.description.clone(),
            reference: l.reference.clone(),
            duplicate: l.duplicate,
            match_kind: l.matched.as_ref().map(|m| m.kind.into()),
            invoice_label: l
                .matched
                .as_ref()
                .and_then(|m| m.invoice.as_ref())
                .map(invoice_label),
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
    /// Every problem found; any one of them keeps `commit` from writing anything.
    pub problems: Vec<ImportProblem>,
    /// The rows that could be read, in file order, each with its suggested invoice.
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
    /// The document's date: an invoice's or credit note's issue date, a payment's receipt date.
    pub on: Day,
    /// Invoice, credit note or payment.
    pub kind: StatementEntryKind,
    /// Invoice or credit-note number label, or the payment's bank reference.
    pub reference: String,
    /// What it is, in Vietnamese: the billed period, the credit note's reason or the payment
    /// method.
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
    /// The firm's global ID.
    pub firm_id: ID,
    /// The firm's registered name.
    pub firm_name: String,
    /// The firm's tax code; empty when none is on file.
    pub firm_tax_code: String,
    /// First day of the statement.
    pub from: Day,
    /// Last day of the statement.
    pub to: Day,
    /// What the firm owed before `from`, đồng: invoices and credit notes issued less
    /// payments received (negative: the firm was in credit).
    pub opening_balance: i64,
    /// Invoices issued in the period, VAT included, đồng.
    pub invoiced: i64,
    /// Credit notes issued in the period, VAT included, đồng (a positive number).
    pub credited: i64,
    /// Payments received in the period, allocated or not, đồng.
    pub paid: i64,
    /// What the firm owed at the end of `to`, đồng (negative: the firm is in credit).
    pub closing_balance: i64,
    /// Payments not yet allocated to any invoice (the firm's credit), today.
    pub unallocated_credit: i64,
    /// The period's invoices, credit notes and payments by date, with a running balance.
    pub entries: Vec<StatementEntry>,
    /// Path of the CSV download (GET with the bearer token).
    pub csv_path: String,
}

/// Open amounts by days past due.
#[derive(SimpleObject)]
pub struct AgingBuckets {
    /// Not yet due.
    pub current: i64,
    /// Open 1 to 30 days past the due date, đồng.
    #[graphql(name = "days1To30")]
    pub days_1_30: i64,
    /// Open 31 to 60 days past the due date, đồng.
    #[graphql(name = "days31To60")]
    pub days_31_60: i64,
    /// Open 61 to 90 days past the due date, đồng.
    #[graphql(name = "days61To90")]
    pub days_61_90: i64,
    /// Open more than 90 days past the due date, đồng.
    pub over90: i64,
    /// Everything open, đồng: the sum of the buckets.
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
    /// The cluster's or firm's name.
    pub name: String,
    /// What it has open, by days past due.
    pub buckets: AgingBuckets,
}

/// Receivables by days past due.
#[derive(SimpleObject)]
pub struct ReceivablesAging {
    /// The report's date: what was open at the end of that day.
    pub as_of: Day,
    /// Everything open (in the cluster, when one was asked for).
    pub total: AgingBuckets,
    /// Clusters with anything open, by name.
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
