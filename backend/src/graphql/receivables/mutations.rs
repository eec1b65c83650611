//! Mutations: payments, fund expenses and plans, bank statements.

use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{AssetCategory, FundAccount};
use crate::ids::{UpkeepPlanId, WorkOrderId};
use crate::receivables::FundAccount as DomainAccount;
use async_graphql::{Context, ID, InputObject, Object};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::receivables::fund::{FundEntry, UpkeepPlan};
use crate::graphql::receivables::types::{
    BankImportLine, BankImportResult, BankLine, Payment, PaymentMethod,
};
use crate::ids::{BankLineId, ClusterId, FirmId, InvoiceId, PaymentId, RefundId};
use crate::receivables::payments::PaymentInput;
use crate::receivables::refunds::RefundInput;
use crate::receivables::{bank, fund, payments, refunds};

/// Part of a payment for one invoice.
#[derive(InputObject)]
pub struct AllocationFields {
    /// An issued invoice of the payment's firm (not a credit note).
    pub invoice_id: ID,
    /// Đồng to apply: more than 0 and at most what is open on the invoice.
    pub amount: i64,
}

/// A payment received.
#[derive(InputObject)]
pub struct PaymentFields {
    /// The paying firm.
    pub firm_id: ID,
    /// Đồng, more than 0.
    pub amount: i64,
    /// The day the money arrived.
    pub received_on: Day,
    /// How it arrived.
    pub method: PaymentMethod,
    /// The bank's transaction reference, for a transfer (at most 200 characters).
    pub bank_reference: Option<String>,
    /// A key unique to this payment: sending it again replays the first result.
    pub idempotency_key: String,
    /// Invoices to settle and how much of each; omitted: the oldest open invoices first.
    pub allocations: Option<Vec<AllocationFields>>,
}

/// Money given back to a firm out of its credit.
#[derive(InputObject)]
pub struct RefundFields {
    /// The firm to refund.
    pub firm_id: ID,
    /// Đồng, positive, at most the firm's credit.
    pub amount: i64,
    /// The day the money left; not after today.
    pub refunded_on: Day,
    /// The bank's reference of the transfer (or the cash voucher's number), at most 200
    /// characters.
    pub bank_reference: String,
    /// A note for the statement.
    pub note: Option<String>,
}

/// A refund as recorded: one row per payment whose credit it drew on.
#[derive(async_graphql::SimpleObject)]
pub struct Refund {
    /// The refund row's global ID.
    pub id: ID,
    /// The payment whose credit it gave back.
    pub payment_id: ID,
    /// Đồng.
    pub amount: i64,
    /// The day the money left.
    pub refunded_on: Day,
    /// The bank's reference of the transfer.
    pub bank_reference: String,
}

#[derive(Default)]
pub struct ReceivablesMutations;

#[Object]
impl ReceivablesMutations {
    /// Records a payment and allocates it; the same idempotency key replays the first result
    /// (operators).
    async fn record_payment(
        &self,
        ctx: &Context<'_>,
        input: PaymentFields,
    ) -> async_graphql::Result<Payment> {
        let services = ctx.data::<Services>()?;
        let firm_id = ids::decode::<FirmId>(&input.firm_id, "input.firmId").gql()?;
        let allocations = input
            .allocations
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, a)| {
                        ids::decode::<InvoiceId>(
                            &a.invoice_id,
                            &format!("input.allocations.{i}.invoiceId"),
                        )
                        .map(|id| (id, a.amount))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()
            .gql()?;
        let recorded = payments::record(
            &services.db,
            &tenant(ctx)?,
            PaymentInput {
                firm_id,
                amount: input.amount,
                received_on: input.received_on.0,
                method: input.method.into(),
                bank_reference: input.bank_reference,
                idempotency_key: input.idempotency_key,
                allocations,
            },
            Some(&receipts(services)),
        )
        .await
        .gql()?;
        Ok(Payment {
            model: recorded.payment,
            replayed: recorded.replayed,
        })
    }

    /// Gives part or all of a firm's credit (what its payments left unallocated, e.g. after a
    /// decrease on a paid invoice) back to it, oldest payment first (operator admins). More
    /// than the credit is VALIDATION on input.amount; a day after today on input.refundedOn.
    async fn record_refund(
        &self,
        ctx: &Context<'_>,
        input: RefundFields,
    ) -> async_graphql::Result<Vec<Refund>> {
        let services = ctx.data::<Services>()?;
        let firm_id = ids::decode::<FirmId>(&input.firm_id, "input.firmId").gql()?;
        let rows = refunds::record(
            &services.db,
            &tenant(ctx)?,
            RefundInput {
                firm_id,
                amount: input.amount,
                refunded_on: input.refunded_on.0,
                bank_reference: input.bank_reference,
                note: input.note,
            },
        )
        .await
        .gql()?;
        Ok(rows
            .into_iter()
            .map(|r| Refund {
                id: ids::of::<RefundId>(r.id),
                payment_id: ids::of::<PaymentId>(r.payment_id),
                amount: r.amount,
                refunded_on: Day(r.refunded_on),
                bank_reference: r.bank_reference,
            })
            .collect())
    }

    /// Records spending out of a cluster's maintenance fund or wastewater account (operator
    /// admins). Without its supporting document (number and date) it is VALIDATION on
    /// `input.documentNumber` / `input.documentDate`.
    #[allow(clippy::too_many_arguments)]
    async fn record_fund_expense(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        spent_on: Day,
        amount: i64,
        description: String,
        #[graphql(
            desc = "The supporting document's number: contract, supplier invoice or acceptance record."
        )]
        document_number: Option<String>,
        #[graphql(desc = "The supporting document's date.")] document_date: Option<Day>,
        #[graphql(desc = "The account that pays; the maintenance fund when omitted.")]
        account: Option<FundAccount>,
        #[graphql(desc = "What kind of infrastructure it kept.")] category: Option<AssetCategory>,
        #[graphql(desc = "The work order it pays for (at most one movement each).")]
        work_order_id: Option<ID>,
    ) -> async_graphql::Result<FundEntry> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let work_order =
            ids::decode_opt::<WorkOrderId>(work_order_id.as_ref(), "input.workOrderId").gql()?;
        let saved = fund::record_expense(
            &services.db,
            &tenant(ctx)?,
            fund::ExpenseInput {
                cluster_id: cluster,
                spent_on: spent_on.0,
                amount,
                description,
                document_number,
                document_date: document_date.map(|d| d.0),
                account: account.map_or(DomainAccount::MaintenanceFund, Into::into),
                category: category.map(Into::into),
                work_order_id: work_order,
            },
        )
        .await
        .gql()?;
        Ok(FundEntry::from(&saved))
    }

    /// Plans upkeep spending for a month of a cluster (operators).
    #[allow(clippy::too_many_arguments)]
    async fn plan_upkeep(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        month: Day,
        amount: i64,
        description: String,
        #[graphql(desc = "The account that will pay; the maintenance fund when omitted.")]
        account: Option<FundAccount>,
        #[graphql(desc = "What kind of infrastructure it keeps.")] category: Option<AssetCategory>,
    ) -> async_graphql::Result<UpkeepPlan> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let saved = fund::plan_upkeep(
            &services.db,
            &tenant(ctx)?,
            fund::PlanInput {
                cluster_id: cluster,
                month: month.0,
                amount,
                description,
                account: account.map_or(DomainAccount::MaintenanceFund, Into::into),
                category: category.map(Into::into),
            },
        )
        .await
        .gql()?;
        Ok(UpkeepPlan::from(&saved))
    }

    /// Changes a plan line (operators).
    #[allow(clippy::too_many_arguments)]
    async fn update_upkeep_plan(
        &self,
        ctx: &Context<'_>,
        id: ID,
        cluster_id: ID,
        month: Day,
        amount: i64,
        description: String,
        #[graphql(desc = "The account that will pay; the maintenance fund when omitted.")]
        account: Option<FundAccount>,
        #[graphql(desc = "What kind of infrastructure it keeps.")] category: Option<AssetCategory>,
    ) -> async_graphql::Result<UpkeepPlan> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<UpkeepPlanId>(&id, "id").gql()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let saved = fund::update_plan(
            &services.db,
            &tenant(ctx)?,
            id,
            fund::PlanInput {
                cluster_id: cluster,
                month: month.0,
                amount,
                description,
                account: account.map_or(DomainAccount::MaintenanceFund, Into::into),
                category: category.map(Into::into),
            },
        )
        .await
        .gql()?;
        Ok(UpkeepPlan::from(&saved))
    }

    /// Deletes a plan line (operators); returns its ID.
    async fn delete_upkeep_plan(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<ID> {
        let services = ctx.data::<Services>()?;
        let plan = ids::decode::<UpkeepPlanId>(&id, "id").gql()?;
        fund::delete_plan(&services.db, &tenant(ctx)?, plan)
            .await
            .gql()?;
        Ok(id)
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
    /// (or, for a transfer naming several invoices of the firm, to each of them in turn) up to
    /// what is open; the rest is the firm's credit. A confirmed or ignored line is CONFLICT
    /// (operators).
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
            bank::confirm(
                &services.db,
                &tenant(ctx)?,
                line,
                invoice,
                Some(&receipts(services)),
            )
            .await
            .gql()?,
        ))
    }

    /// Confirms, in one step, every suggested line whose amount is exactly what is open on what
    /// it names (match NUMBER_AND_AMOUNT, INVOICES_AND_AMOUNT or FIRM_BALANCE); all or, on any
    /// error, none. Returns how many were confirmed (operators).
    async fn confirm_exact_bank_matches(&self, ctx: &Context<'_>) -> async_graphql::Result<i32> {
        let services = ctx.data::<Services>()?;
        let count =
            bank::confirm_exact_matches(&services.db, &tenant(ctx)?, Some(&receipts(services)))
                .await
                .gql()?;
        Ok(i32::try_from(count).unwrap_or(i32::MAX))
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
}

/// Where a payment's receipt goes: the firm's billing addresses, linking to its statement.
fn receipts(services: &Services) -> crate::billing::runs::Announce<'_> {
    crate::billing::runs::Announce {
        outbox: &services.outbox,
        link: services.auth.link("/my-statement"),
    }
}
