//! Queries: payments, the maintenance fund, bank lines, statements of account, aging and
//! collections.

use crate::graphql::scalars::Day;
use async_graphql::{Context, ID, Object};

use crate::graphql::Services;
use crate::graphql::billing::invoices::with_cluster_names;
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
use crate::graphql::receivables::amount_due::AmountDue;
use crate::graphql::receivables::fund::MaintenanceFund;
use crate::graphql::receivables::types::{
    AgingRow, BankLine, BankLineCounts, BankLineStatus, CollectionMonth, FirmStatement, Payment,
    ReceivablesAging, StatementEntry,
};
use crate::ids::{ClusterId, FirmId, InvoiceId, PaymentId, RefundId};
use crate::receivables::payments::PaymentFilter;
use crate::receivables::{amount_due, bank, fund, payments, reports};

#[derive(Default)]
pub struct ReceivablesQueries;

#[Object]
impl ReceivablesQueries {
    /// Payments, newest first: an operator's all (or one firm's), an enterprise user's own.
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn payments(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        firm_id: Option<ID>,
    ) -> async_graphql::Result<Conn<Payment>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let filter = PaymentFilter {
            firm_id: firm_id
                .as_ref()
                .map(|id| ids::decode::<FirmId>(id, "firmId"))
                .transpose()
                .gql()?,
        };
        paginate(ctx, first, after, |page| async move {
            Ok(payments::list(&services.db, &tenant_ctx, filter, page)
                .await?
                .map(|model| Payment {
                    model,
                    replayed: false,
                }))
        })
        .await
    }

    /// A cluster's maintenance fund: balance, months, plan, coverage and the latest movements
    /// (its operator; a firm leasing in the cluster sees its totals only, no movement or plan
    /// line).
    async fn maintenance_fund(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        #[graphql(default = 50)] entries: u64,
    ) -> async_graphql::Result<MaintenanceFund> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let summary = fund::summary(&services.db, &tenant_ctx, cluster)
            .await
            .gql()?;
        let rows = fund::entries(&services.db, &tenant_ctx, cluster, entries.min(500))
            .await
            .gql()?;
        Ok(MaintenanceFund::new(summary, rows))
    }

    /// Imported bank lines, newest booking first, optionally by status (operators).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn bank_lines(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<BankLineStatus>,
    ) -> async_graphql::Result<Conn<BankLine>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        paginate(ctx, first, after, |page| async move {
            Ok(
                bank::list(&services.db, &tenant_ctx, status.map(Into::into), page)
                    .await?
                    .map(BankLine),
            )
        })
        .await
    }

    /// How many imported bank lines stand in each status (operators).
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn bank_line_counts(&self, ctx: &Context<'_>) -> async_graphql::Result<BankLineCounts> {
        let services = ctx.data::<Services>()?;
        Ok(bank::counts(&services.db, &tenant(ctx)?)
            .await
            .gql()?
            .into())
    }

    /// What a firm owes today (Asia/Ho_Chi_Minh) and the one VietQR that pays all of it: an
    /// enterprise user's own firm (firmId may be omitted), an operator's chosen firm.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn amount_due(
        &self,
        ctx: &Context<'_>,
        firm_id: Option<ID>,
    ) -> async_graphql::Result<AmountDue> {
        let services = ctx.data::<Services>()?;
        let firm = firm_id
            .as_ref()
            .map(|id| ids::decode::<FirmId>(id, "firmId"))
            .transpose()
            .gql()?;
        let tenant_ctx = tenant(ctx)?;
        let due = amount_due::amount_due(&services.db, &tenant_ctx, firm, crate::values::today())
            .await
            .gql()?;
        let invoices = with_cluster_names(services, &tenant_ctx, due.invoices.clone())
            .await
            .gql()?;
        Ok(AmountDue::new(due, invoices))
    }

    /// A firm's statement of account for [from, to] (operators; an enterprise user gets their
    /// own firm's and may omit firmId).
    async fn firm_statement(
        &self,
        ctx: &Context<'_>,
        firm_id: Option<ID>,
        from: Day,
        to: Day,
    ) -> async_graphql::Result<FirmStatement> {
        let services = ctx.data::<Services>()?;
        let firm = firm_id
            .as_ref()
            .map(|id| ids::decode::<FirmId>(id, "firmId"))
            .transpose()
            .gql()?;
        let s = reports::statement(&services.db, &tenant(ctx)?, firm, from.0, to.0)
            .await
            .gql()?;
        let firm_id = ids::of::<FirmId>(s.firm.id);
        let query = format!("firm={}&from={}&to={}", firm_id.as_str(), s.from, s.to);
        Ok(FirmStatement {
            csv_path: format!("/export/statement.csv?{query}"),
            pdf_path: format!("/documents/statement.pdf?{query}"),
            firm_id,
            firm_name: s.firm.name.clone(),
            firm_tax_code: s.firm.tax_code.clone().unwrap_or_default(),
            from: Day(s.from),
            to: Day(s.to),
            opening_balance: s.opening_balance,
            invoiced: s.invoiced,
            credited: s.credited,
            paid: s.paid,
            refunded: s.refunded,
            closing_balance: s.closing_balance,
            unallocated_credit: s.unallocated_credit,
            entries: s
                .entries
                .iter()
                .map(|e| StatementEntry {
                    on: Day(e.on),
                    kind: e.kind.into(),
                    reference: e.reference.clone(),
                    description: e.description.clone(),
                    period_start: e.period.map(|(start, _)| Day(start)),
                    period_end: e.period.map(|(_, end)| Day(end)),
                    note: e.note.clone(),
                    payment_method: e.method.map(Into::into),
                    debit: e.debit,
                    credit: e.credit,
                    balance: e.balance,
                    document_id: match e.kind {
                        reports::EntryKind::Payment => ids::of::<PaymentId>(e.document_id),
                        reports::EntryKind::Refund => ids::of::<RefundId>(e.document_id),
                        _ => ids::of::<InvoiceId>(e.document_id),
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
        as_of: Option<Day>,
        cluster_id: Option<ID>,
    ) -> async_graphql::Result<ReceivablesAging> {
        let services = ctx.data::<Services>()?;
        let cluster = cluster_id
            .as_ref()
            .map(|id| ids::decode::<ClusterId>(id, "clusterId"))
            .transpose()
            .gql()?;
        let aging = reports::aging(&services.db, &tenant(ctx)?, as_of.map(|d| d.0), cluster)
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
            as_of: Day(aging.as_of),
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
