//! Receivables in the API: credit notes, bank statement import and matching, firm statements,
//! aging, collections per month, and meter readings from CSV.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};

use crate::access::TenantCtx;
use crate::billing::bank::{self, ImportLine, LineView};
use crate::billing::credit_notes::{self, CreditLine, CreditNoteInput};
use crate::billing::meters;
use crate::billing::reports::{self, Buckets};
use crate::billing::runs::invoice_label;
use crate::error::AppResult;
use crate::graphql::Services;
use crate::graphql::billing::queries::with_cluster_names;
use crate::graphql::billing::types::Invoice;
use crate::graphql::connection::{Conn, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::{ImportProblem, ImportResult};
use crate::graphql::ids;
use crate::graphql::node::NodeType;
use crate::ids::{BankLineId, ClusterId, FirmId, InvoiceId, InvoiceLineId, PaymentId};

/// Where an imported bank line stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::BankLineStatus")]
pub enum BankLineStatus {
    Unmatched,
    Suggested,
    Confirmed,
    Ignored,
}

/// Why a bank line was matched to an invoice.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::BankMatch")]
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
        self.0.line.invoice_id.map(|id| ids::of::<InvoiceId>(id))
    }
    async fn invoice_label(&self) -> Option<String> {
        bank::label_of(&self.0)
    }
    /// What is still open on that invoice now.
    async fn invoice_open(&self) -> Option<i64> {
        self.0.invoice.as_ref().map(|i| i.open())
    }
    async fn firm_id(&self) -> Option<ID> {
        self.0.line.firm_id.map(|id| ids::of::<FirmId>(id))
    }
    async fn firm_name(&self) -> Option<&str> {
        self.0.firm_name.as_deref()
    }
    /// The payment recorded when the line was confirmed.
    async fn payment_id(&self) -> Option<ID> {
        self.0.line.payment_id.map(|id| ids::of::<PaymentId>(id))
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
#[graphql(remote = "crate::billing::reports::EntryKind")]
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

/// Đồng to take off one line of an invoice.
#[derive(InputObject)]
pub struct CreditNoteLineFields {
    pub line_id: ID,
    /// Before VAT: positive, at most the line's `creditable`.
    pub amount: i64,
}

/// A credit note to issue.
#[derive(InputObject)]
pub struct CreditNoteFields {
    pub invoice_id: ID,
    /// Why the invoice is corrected (printed on the credit note).
    pub reason: String,
    pub lines: Vec<CreditNoteLineFields>,
}

#[derive(Default)]
pub struct ReceivablesQueries;

#[Object]
impl ReceivablesQueries {
    /// Imported bank lines, newest booking first, optionally by status (operators).
    async fn bank_lines(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<BankLineStatus>,
    ) -> async_graphql::Result<Conn<BankLine>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        paginate(first, after, |page| async move {
            Ok(
                bank::list(&services.db, &tenant_ctx, status.map(Into::into), page)
                    .await?
                    .map(BankLine),
            )
        })
        .await
    }

    /// A firm's statement of account for [from, to] (operators; an enterprise user gets their
    /// own firm's and may omit firmId).
    async fn firm_statement(
        &self,
        ctx: &Context<'_>,
        firm_id: Option<ID>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> async_graphql::Result<FirmStatement> {
        let services = ctx.data::<Services>()?;
        let firm = firm_id
            .as_ref()
            .map(|id| ids::decode::<FirmId>(id, "firmId"))
            .transpose()
            .gql()?;
        let s = reports::statement(&services.db, &tenant(ctx)?, firm, from, to)
            .await
            .gql()?;
        let firm_id = ids::of::<FirmId>(s.firm.id);
        Ok(FirmStatement {
            csv_path: format!(
                "/export/statement.csv?firm={}&from={}&to={}",
                firm_id.as_str(),
                s.from,
                s.to
            ),
            firm_id,
            firm_name: s.firm.name.clone(),
            firm_tax_code: s.firm.tax_code.clone().unwrap_or_default(),
            from: s.from,
            to: s.to,
            opening_balance: s.opening_balance,
            invoiced: s.invoiced,
            credited: s.credited,
            paid: s.paid,
            closing_balance: s.closing_balance,
            unallocated_credit: s.unallocated_credit,
            entries: s
                .entries
                .iter()
                .map(|e| StatementEntry {
                    on: e.on,
                    kind: e.kind.into(),
                    reference: e.reference.clone(),
                    description: e.description.clone(),
                    debit: e.debit,
                    credit: e.credit,
                    balance: e.balance,
                    document_id: if e.kind == reports::EntryKind::Payment {
                        ids::of::<PaymentId>(e.document_id)
                    } else {
                        ids::of::<InvoiceId>(e.document_id)
                    },
                })
                .collect(),
        })
    }

    /// Open receivables by days past due on `asOf` (default today), per cluster and firm
    /// (operators).
    async fn receivables_aging(
        &self,
        ctx: &Context<'_>,
        as_of: Option<NaiveDate>,
        cluster_id: Option<ID>,
    ) -> async_graphql::Result<ReceivablesAging> {
        let services = ctx.data::<Services>()?;
        let cluster = cluster_id
            .as_ref()
            .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
            .transpose()
            .gql()?;
        let aging = reports::aging(&services.db, &tenant(ctx)?, as_of, cluster)
            .await
            .gql()?;
        fn rows<T: ids::GlobalId>(rows: Vec<reports::AgingRow>) -> Vec<AgingRow> {
            rows.into_iter()
                .map(|r| AgingRow {
                    id: ids::of::<T>(r.id),
                    name: r.name,
                    buckets: r.buckets.into(),
                })
                .collect()
        }
        Ok(ReceivablesAging {
            as_of: aging.as_of,
            total: aging.total.into(),
            clusters: rows::<ClusterId>(aging.clusters),
            firms: rows::<FirmId>(aging.firms),
        })
    }

    /// Invoiced and collected per month, the last `months` months up to this one, oldest first
    /// (operators).
    async fn collections(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 12)] months: i32,
        cluster_id: Option<ID>,
    ) -> async_graphql::Result<Vec<CollectionMonth>> {
        let services = ctx.data::<Services>()?;
        let cluster = cluster_id
            .as_ref()
            .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
            .transpose()
            .gql()?;
        Ok(
            reports::collections(&services.db, &tenant(ctx)?, months, cluster)
                .await
                .gql()?
                .into_iter()
                .map(|m| CollectionMonth {
                    month: m.month.format("%Y-%m").to_string(),
                    invoiced: m.invoiced,
                    collected: m.collected,
                })
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct ReceivablesMutations;

#[Object]
impl ReceivablesMutations {
    /// Issues a credit note correcting an issued invoice: negative lines for the chosen amounts
    /// with the original lines' VAT rates, numbered in the invoice's series. Its total (VAT
    /// included) may not exceed what is still open on the invoice (VALIDATION, path
    /// input.lines); a void invoice or a credit note is CONFLICT (operator admins).
    async fn issue_credit_note(
        &self,
        ctx: &Context<'_>,
        input: CreditNoteFields,
    ) -> async_graphql::Result<Invoice> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let invoice_id = ids::decode::<InvoiceId>(&input.invoice_id, "input.invoiceId").gql()?;
        let lines = input
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                ids::decode::<InvoiceLineId>(&l.line_id, &format!("input.lines.{i}.lineId")).map(
                    |line_id| CreditLine {
                        line_id,
                        amount: l.amount,
                    },
                )
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        let note = credit_notes::issue(
            &services.db,
            &tenant_ctx,
            CreditNoteInput {
                invoice_id,
                reason: input.reason,
                lines,
            },
        )
        .await
        .gql()?;
        Ok(with_cluster_names(services, &tenant_ctx, vec![note])
            .await
            .gql()?
            .remove(0))
    }

    /// Imports a bank statement (CSV columns: date,amount,description,reference,payer_tax_code;
    /// date as YYYY-MM-DD or DD/MM/YYYY; amount in whole đồng, "." or "," thousands separators
    /// allowed; payer_tax_code may be empty). Each line is matched to an open invoice by the
    /// invoice number in the description (e.g. "TT HD C26TAA 00000123") and by amount. Without
    /// `commit` it only previews; with it, it writes every new line or, if any row has a
    /// problem (bad date, amount not positive, unknown payer tax code…), nothing (operators).
    async fn import_bank_statement(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<BankImportResult> {
        let services = ctx.data::<Services>()?;
        let report = bank::import(&services.db, &tenant(ctx)?, &csv, commit.unwrap_or(false))
            .await
            .gql()?;
        Ok(BankImportResult {
            rows: report.rows as i32,
            valid: report.problems.is_empty(),
            created: report.created as i32,
            duplicates: report.duplicates as i32,
            matched: report.matched as i32,
            problems: report.problems.into_iter().map(Into::into).collect(),
            lines: report.lines.iter().map(BankImportLine::from).collect(),
        })
    }

    /// Confirms a bank line: records a BANK_TRANSFER payment of its amount for the invoice's
    /// firm (the suggested invoice, or `invoiceId` to choose another), allocated to that invoice
    /// up to what is open; the rest is the firm's credit. A confirmed or ignored line is
    /// CONFLICT (operators).
    async fn confirm_bank_line(
        &self,
        ctx: &Context<'_>,
        id: ID,
        invoice_id: Option<ID>,
    ) -> async_graphql::Result<BankLine> {
        let services = ctx.data::<Services>()?;
        let line = ids::decode::<BankLineId>(&id, "id").gql()?;
        let invoice = invoice_id
            .as_ref()
            .map(|id| ids::decode::<InvoiceId>(id, "invoiceId"))
            .transpose()
            .gql()?;
        Ok(BankLine(
            bank::confirm(&services.db, &tenant(ctx)?, line, invoice)
                .await
                .gql()?,
        ))
    }

    /// Sets a line aside (not a payment to us, or handled elsewhere) (operators).
    async fn ignore_bank_line(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> async_graphql::Result<BankLine> {
        let services = ctx.data::<Services>()?;
        let line = ids::decode::<BankLineId>(&id, "id").gql()?;
        Ok(BankLine(
            bank::ignore(&services.db, &tenant(ctx)?, line, reason)
                .await
                .gql()?,
        ))
    }

    /// Imports wastewater meter readings (CSV columns: cluster,plot,month,reading_m3,read_on;
    /// month as YYYY-MM; read_on YYYY-MM-DD, may be empty: the month's last day). The reading
    /// goes to the lease holding the plot in that month. Same preview-then-commit rules as
    /// importPlots (operators).
    async fn import_meter_readings(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<ImportResult> {
        let services = ctx.data::<Services>()?;
        let report = meters::import(&services.db, &tenant(ctx)?, &csv, commit.unwrap_or(false))
            .await
            .gql()?;
        Ok(report.into())
    }
}

impl NodeType for BankLine {
    type Id = BankLineId;

    async fn load(services: &Services, ctx: &TenantCtx, id: BankLineId) -> AppResult<Self> {
        Ok(Self(bank::get(&services.db, ctx, id).await?))
    }
}
