//! The maintenance fund in the API: its summary (balance, months, plan, coverage, break-even),
//! its movements and plan lines.

use async_graphql::{Enum, ID, SimpleObject};

use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::{ClusterId, FundEntryId, UpkeepPlanId};
use crate::receivables::entities::{fund_entry, upkeep_plan};
use crate::receivables::fund::{FundSummary as Summary, Movement};

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
    /// What it was for, e.g. the invoice a fee came from or the upkeep paid for, as written
    /// when it was posted (the product's own words in Vietnamese; spending as entered).
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
    /// Fee collected and adjustments: the number of the invoice the fee came from or the
    /// adjustment corrected, e.g. `C26TAA 00000123`. With `kind` and `firmName`, what a
    /// reader words the movement's origin from in their own language.
    pub invoice_number: Option<String>,
    /// Fee collected and adjustments: the invoice's buyer.
    pub firm_name: Option<String>,
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
            invoice_number: None,
            firm_name: None,
        }
    }
}

impl From<&Movement> for FundEntry {
    fn from(m: &Movement) -> Self {
        Self {
            invoice_number: m.invoice.as_ref().map(|i| i.number.clone()),
            firm_name: m.invoice.as_ref().map(|i| i.buyer.clone()),
            ..Self::from(&m.entry)
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
    pub fn new(s: Summary, entries: Vec<Movement>) -> Self {
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
