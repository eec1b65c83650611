//! Receivables types: payments and allocations, bank lines, statements of account, aging and
//! collections (the maintenance fund's are in `fund`).

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
use crate::ids::{BankLineId, FirmId, InvoiceId, PaymentId};
use crate::receivables::bank::{ImportLine, LineView};
use crate::receivables::entities::{payment, payment_allocation};
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

/// How many imported bank lines stand in each status (the bank workbench's tabs).
#[derive(SimpleObject)]
pub struct BankLineCounts {
    /// No invoice found yet.
    pub unmatched: i32,
    /// An invoice suggested, waiting for the operator to confirm.
    pub suggested: i32,
    /// Recorded as payments.
    pub confirmed: i32,
    /// Set aside.
    pub ignored: i32,
    /// Every line imported.
    pub total: i32,
}

impl From<crate::receivables::bank::StatusCounts> for BankLineCounts {
    fn from(c: crate::receivables::bank::StatusCounts) -> Self {
        // Counts as GraphQL Ints, which are 32-bit (no tenant imports two billion lines).
        let int = |n: u64| i32::try_from(n).unwrap_or(i32::MAX);
        Self {
            unmatched: int(c.unmatched),
            suggested: int(c.suggested),
            confirmed: int(c.confirmed),
            ignored: int(c.ignored),
            total: int(c.unmatched + c.suggested + c.confirmed + c.ignored),
        }
    }
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
    /// Money given back to the firm out of its credit.
    Refund,
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
    /// method. Kept for tools that read it; a reader in another language words the line from
    /// `kind`, `periodStart`, `periodEnd`, `note` and `paymentMethod`.
    pub description: String,
    /// Invoices and credit notes: the first day of the period billed.
    pub period_start: Option<Day>,
    /// Invoices and credit notes: the last day of the period billed.
    pub period_end: Option<Day>,
    /// Credit notes: the reason given (may be empty).
    pub note: Option<String>,
    /// Payments: how the money arrived.
    pub payment_method: Option<PaymentMethod>,
    /// What the firm owes more (invoices, refunds).
    pub debit: i64,
    /// What the firm owes less (credit notes, payments).
    pub credit: i64,
    /// Running balance after this entry (positive: the firm owes).
    pub balance: i64,
    /// The invoice, payment or refund (global id).
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
    /// Refunds given back to the firm in the period, đồng (a positive number).
    pub refunded: i64,
    /// What the firm owed at the end of `to`, đồng (negative: the firm is in credit).
    pub closing_balance: i64,
    /// Payments not yet allocated to any invoice (the firm's credit), today.
    pub unallocated_credit: i64,
    /// The period's invoices, credit notes and payments by date, with a running balance.
    pub entries: Vec<StatementEntry>,
    /// Path of the CSV download (GET with the bearer token).
    pub csv_path: String,
    /// Path of the PDF document, to print or send (GET with the bearer token).
    pub pdf_path: String,
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
