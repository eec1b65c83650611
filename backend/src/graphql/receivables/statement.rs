//! The fund statement for a period: opening balance, receipts by source and month, expenses
//! by category with their documents, closing balance (operators).

use async_graphql::{Context, ID, Object, SimpleObject};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::receivables::fund::{FundEntry, FundEntryKind};
use crate::graphql::scalars::Day;
use crate::graphql::upkeep::types::{AssetCategory, FundAccount};
use crate::ids::ClusterId;
use crate::receivables::statement::{self, FundStatement as Statement};

/// Money in from one source in one month.
#[derive(SimpleObject)]
pub struct FundReceipt {
    /// First day of the month.
    pub month: Day,
    /// FEE_COLLECTED or ADJUSTMENT.
    pub source: FundEntryKind,
    /// Đồng (an adjustment may be negative).
    pub amount: i64,
}

/// The expenses of one category in the period, with each movement and its document.
#[derive(SimpleObject)]
pub struct FundExpenseGroup {
    /// The category; null when not assigned.
    pub category: Option<AssetCategory>,
    /// Đồng spent (positive).
    pub total: i64,
    /// The movements, oldest first.
    pub lines: Vec<FundEntry>,
}

/// A cluster's account over a period, as an auditor reads it. The closing balance is the
/// opening balance plus receipts less expenses, and equals every movement up to `to`.
#[derive(SimpleObject)]
pub struct FundStatement {
    /// The cluster's name.
    pub cluster_name: String,
    /// The account.
    pub account: FundAccount,
    /// The first day of the period.
    pub from: Day,
    /// The last day of the period.
    pub to: Day,
    /// Đồng on the account before `from`.
    pub opening_balance: i64,
    /// Receipts by month and source.
    pub receipts: Vec<FundReceipt>,
    /// Đồng received in the period.
    pub receipts_total: i64,
    /// Expenses by category.
    pub expenses: Vec<FundExpenseGroup>,
    /// Đồng spent in the period (positive).
    pub expenses_total: i64,
    /// Đồng on the account at the end of `to`.
    pub closing_balance: i64,
}

impl From<Statement> for FundStatement {
    fn from(s: Statement) -> Self {
        let f = s.figures;
        Self {
            cluster_name: s.cluster.name,
            account: s.account.into(),
            from: Day(f.from),
            to: Day(f.to),
            opening_balance: f.opening,
            receipts: f
                .receipts
                .iter()
                .map(|r| FundReceipt {
                    month: Day(r.month),
                    source: r.source.into(),
                    amount: r.amount,
                })
                .collect(),
            receipts_total: f.receipts_total,
            expenses: f
                .expenses
                .iter()
                .map(|g| FundExpenseGroup {
                    category: g.category.map(Into::into),
                    total: g.total,
                    lines: g.lines.iter().map(FundEntry::from).collect(),
                })
                .collect(),
            expenses_total: f.expenses_total,
            closing_balance: f.closing,
        }
    }
}

#[derive(Default)]
pub struct FundStatementQueries;

#[Object]
impl FundStatementQueries {
    /// The statement of a cluster's maintenance fund (or wastewater account) for a period
    /// (operators). Also as CSV at `/export/fund-statement.csv` and PDF at
    /// `/documents/fund-statement.pdf`, with `cluster`, `from`, `to` and `account`.
    async fn fund_statement(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        from: Day,
        to: Day,
        account: Option<FundAccount>,
    ) -> async_graphql::Result<FundStatement> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let s = statement::statement(
            &services.db,
            &tenant(ctx)?,
            cluster,
            account.map_or(crate::receivables::FundAccount::MaintenanceFund, Into::into),
            from.0,
            to.0,
        )
        .await
        .gql()?;
        Ok(s.into())
    }
}
