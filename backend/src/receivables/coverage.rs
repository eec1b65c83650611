//! How far a cluster's maintenance fee will pay for its upkeep plan: the fee expected over the
//! next 12 months at today's rate and leased area, discounted by the share of the fee firms
//! actually paid over the last 12 months (the collection rate), plus what the fund already
//! holds, against the upkeep the fund pays for. The break-even fee is the fee that would just
//! cover the plan at that collection rate.
//!
//! The fund summary shows these figures for one cluster; the reminder sweep reads every
//! operator's at once, so [`coverage_of`] answers for any number of clusters in a fixed number
//! of statements.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, Months, NaiveDate};
use sea_orm::sea_query::{Condition, Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::billing::entities::{invoice, invoice_line, tariff};
use crate::billing::money::first_of_month;
use crate::billing::{Charge, InvoiceState, LineKind, TariffUnit};
use crate::error::AppResult;
use crate::estate::entities::cluster;
use crate::estate::occupancy;
use crate::maintenance::FundingSource;
use crate::receivables::entities::{fund_entry, upkeep_plan};
use crate::receivables::{FundAccount, FundEntryKind};
use crate::upkeep::entities::schedule;
use crate::upkeep::{ScheduleAnchor, schedules};

/// The fee per m² per month of a tariff version.
pub(crate) fn monthly_rate(t: &tariff::Model) -> i64 {
    match t.unit {
        TariffUnit::M2Year => t.rate / 12,
        _ => t.rate,
    }
}

/// The maintenance fee that fell due in the 12 months up to a day, and what of it firms paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    /// The fee (before VAT) of issued invoices due in the window, with their corrections.
    pub billed: i64,
    /// The fund's share of what was paid on those invoices, whenever it was paid.
    pub collected: i64,
}

impl Collection {
    /// Collected over billed, basis points, at most 10000 (none: nothing fell due).
    pub fn rate_bp(self) -> Option<i64> {
        (self.billed > 0).then(|| {
            let bp = i128::from(self.collected.max(0)) * 10_000 / i128::from(self.billed);
            bp.min(10_000) as i64
        })
    }

    /// `amount` at the collection rate, rounded down; all of it when nothing fell due yet (no
    /// evidence that firms pay less than they owe).
    fn collectible(self, amount: i64) -> i64 {
        if self.billed <= 0 || self.collected >= self.billed {
            return amount;
        }
        (i128::from(amount) * i128::from(self.collected.max(0)) / i128::from(self.billed)) as i64
    }
}

/// A cluster's fund outlook for the 12 months from this month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Upkeep the fund pays, planned (plan lines and fund-paid schedules).
    pub planned_12m: i64,
    /// The fee at today's rate and leased area, as billed.
    pub expected_fee_12m: i64,
    /// Of which the fund can expect to receive at the collection rate.
    pub collectible_fee_12m: i64,
    /// The fund's balance today.
    pub balance: i64,
    pub collection: Collection,
    /// (Positive balance + collectible fee) over planned upkeep, basis points (none: nothing
    /// planned).
    pub coverage_bp: Option<i64>,
    /// The fee, đồng per m² per month, that with the balance and at the collection rate would
    /// just cover the plan (none: nothing planned, nothing leased, or nothing collected of what
    /// was billed).
    pub break_even_per_m2_month: Option<i64>,
}

/// The outlook from its inputs: the arithmetic the summary and the sweep share.
pub fn outlook(
    planned_12m: i64,
    balance: i64,
    fee_per_m2_month: Option<i64>,
    leased_area_m2: i64,
    collection: Collection,
) -> Coverage {
    let expected = fee_per_m2_month
        .unwrap_or(0)
        .saturating_mul(leased_area_m2)
        .saturating_mul(12);
    let collectible = collection.collectible(expected);
    let held = balance.max(0);
    let coverage_bp = (planned_12m > 0).then(|| {
        ((i128::from(held) + i128::from(collectible)) * 10_000 / i128::from(planned_12m)) as i64
    });
    // What the fee must still raise, over what one đồng per m² per month brings in a year at
    // the collection rate: leased m² × 12 × collected ÷ billed.
    let to_raise = i128::from((planned_12m - held).max(0));
    let (collected, billed) = match collection.rate_bp() {
        Some(bp) if bp < 10_000 => (
            i128::from(collection.collected.max(0)),
            i128::from(collection.billed),
        ),
        _ => (1, 1),
    };
    let per_unit = i128::from(leased_area_m2) * 12 * collected;
    let break_even = (planned_12m > 0 && per_unit > 0)
        .then(|| ((to_raise * billed + per_unit - 1) / per_unit) as i64);
    Coverage {
        planned_12m,
        expected_fee_12m: expected,
        collectible_fee_12m: collectible,
        balance,
        collection,
        coverage_bp,
        break_even_per_m2_month: break_even,
    }
}

/// What the active, fund-paid preventive schedules of `clusters` will cost in each month of
/// `[from, until)`: estimated cost × occurrences, per cluster. Computed from the rules, so the
/// plan follows a schedule the moment it changes. One statement, whatever the number of
/// clusters (two with schedules counted after the last completion; the caller has limited the
/// clusters to what it may see).
pub(crate) async fn scheduled_costs<C: ConnectionTrait>(
    conn: &C,
    clusters: &[Uuid],
    from: NaiveDate,
    until: NaiveDate,
) -> AppResult<HashMap<Uuid, BTreeMap<NaiveDate, i64>>> {
    let schedules = schedule::Entity::find()
        .filter(schedule::Column::ClusterId.is_in(clusters.iter().copied()))
        .filter(schedule::Column::Active.eq(true))
        .filter(schedule::Column::Account.eq(FundAccount::MaintenanceFund))
        .filter(schedule::Column::FundingSource.eq(FundingSource::Fund))
        .all(conn)
        .await?;
    // A schedule counted after the last completion is forecast one interval apart from its
    // newest occurrence, as if each were done on its due date.
    let after_completion: Vec<Uuid> = schedules
        .iter()
        .filter(|s| s.anchor == ScheduleAnchor::AfterCompletion)
        .map(|s| s.id)
        .collect();
    let latest = schedules::latest_due_dates(conn, &after_completion).await?;
    let mut out: HashMap<Uuid, BTreeMap<NaiveDate, i64>> = HashMap::new();
    for s in schedules {
        let last = latest.get(&s.id).copied();
        let Ok(dates) = schedules::dates_of(&s, last, from, until - Days::new(1), 400) else {
            continue;
        };
        let months = out.entry(s.cluster_id).or_default();
        for due in dates {
            *months.entry(first_of_month(due)).or_insert(0) += s.estimated_cost;
        }
    }
    Ok(out)
}

/// The collection of each of `clusters` over the 12 months up to `day`: the maintenance fee of
/// the issued invoices that fell due in `(day − 12 months, day]` (with the credit notes and
/// adjustments correcting them), and the fund's share of what was paid on them. Invoices not yet
/// due do not count, so a run issued this week does not look unpaid. Two statements.
pub async fn collection_of<C: ConnectionTrait>(
    conn: &C,
    clusters: &[Uuid],
    day: NaiveDate,
) -> AppResult<HashMap<Uuid, Collection>> {
    // Here, not at the top: its `max` would shadow `Ord::max` on the figures.
    use sea_orm::sea_query::ExprTrait;
    let mut out: HashMap<Uuid, Collection> = HashMap::new();
    if clusters.is_empty() {
        return Ok(out);
    }
    let from = day - Months::new(12);
    let cohort = Query::select()
        .column(invoice::Column::Id)
        .from(invoice::Entity)
        .and_where(invoice::Column::ClusterId.is_in(clusters.iter().copied()))
        .and_where(invoice::Column::Status.eq(InvoiceState::Issued))
        .and_where(invoice::Column::CorrectsId.is_null())
        .and_where(invoice::Column::DueOn.gt(from))
        .and_where(invoice::Column::DueOn.lte(day))
        .to_owned();
    let counted = Condition::any()
        .add(Expr::col((invoice::Entity, invoice::Column::Id)).in_subquery(cohort.clone()))
        .add(Expr::col((invoice::Entity, invoice::Column::CorrectsId)).in_subquery(cohort.clone()));
    let billed = Query::select()
        .column((invoice::Entity, invoice::Column::ClusterId))
        .expr_as(
            Expr::col((invoice_line::Entity, invoice_line::Column::Amount))
                .sum()
                .cast_as("BIGINT"),
            "billed",
        )
        .from(invoice_line::Entity)
        .inner_join(
            invoice::Entity,
            Expr::col((invoice::Entity, invoice::Column::Id))
                .equals((invoice_line::Entity, invoice_line::Column::InvoiceId)),
        )
        .and_where(
            Expr::col((invoice_line::Entity, invoice_line::Column::Kind))
                .eq(LineKind::MaintenanceFee),
        )
        .and_where(Expr::col((invoice::Entity, invoice::Column::Status)).eq(InvoiceState::Issued))
        .cond_where(counted)
        .group_by_col((invoice::Entity, invoice::Column::ClusterId))
        .to_owned();
    for row in conn.query_all(&billed).await? {
        let cluster: Uuid = row.try_get("", "cluster_id")?;
        out.entry(cluster).or_default().billed = row.try_get("", "billed")?;
    }
    let collected = Query::select()
        .column(fund_entry::Column::ClusterId)
        .expr_as(
            Expr::col(fund_entry::Column::Amount)
                .sum()
                .cast_as("BIGINT"),
            "collected",
        )
        .from(fund_entry::Entity)
        .and_where(fund_entry::Column::ClusterId.is_in(clusters.iter().copied()))
        .and_where(fund_entry::Column::Kind.eq(FundEntryKind::FeeCollected))
        .and_where(fund_entry::Column::Account.eq(FundAccount::MaintenanceFund))
        .and_where(Expr::col(fund_entry::Column::InvoiceId).in_subquery(cohort))
        .group_by_col(fund_entry::Column::ClusterId)
        .to_owned();
    for row in conn.query_all(&collected).await? {
        let cluster: Uuid = row.try_get("", "cluster_id")?;
        out.entry(cluster).or_default().collected = row.try_get("", "collected")?;
    }
    Ok(out)
}

/// The coverage of each of `clusters` on `day`, as the fund summary computes it, in a fixed
/// number of statements whatever the number of clusters.
pub async fn coverage_of<C: ConnectionTrait>(
    conn: &C,
    clusters: &[cluster::Model],
    day: NaiveDate,
) -> AppResult<HashMap<Uuid, Coverage>> {
    let ids: Vec<Uuid> = clusters.iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let this_month = first_of_month(day);
    let until = this_month + Months::new(12);
    let mut planned: HashMap<Uuid, i64> = HashMap::new();
    for p in upkeep_plan::Entity::find()
        .filter(upkeep_plan::Column::ClusterId.is_in(ids.iter().copied()))
        .filter(upkeep_plan::Column::Month.gte(this_month))
        .filter(upkeep_plan::Column::Month.lt(until))
        .filter(upkeep_plan::Column::Account.eq(FundAccount::MaintenanceFund))
        .all(conn)
        .await?
    {
        *planned.entry(p.cluster_id).or_insert(0) += p.amount;
    }
    for (cluster, months) in scheduled_costs(conn, &ids, this_month, until).await? {
        *planned.entry(cluster).or_insert(0) += months.values().sum::<i64>();
    }
    let mut fee: HashMap<Uuid, i64> = HashMap::new();
    for t in tariff::Entity::find()
        .filter(tariff::Column::ClusterId.is_in(ids.iter().copied()))
        .filter(tariff::Column::Charge.eq(Charge::MaintenanceFee))
        .filter(tariff::Column::EffectiveFrom.lte(day))
        .filter(
            Condition::any()
                .add(tariff::Column::EffectiveTo.is_null())
                .add(tariff::Column::EffectiveTo.gte(day)),
        )
        .all(conn)
        .await?
    {
        let rate = fee.entry(t.cluster_id).or_insert(0);
        *rate = (*rate).max(monthly_rate(&t));
    }
    let balances = balances_of(conn, &ids).await?;
    let collections = collection_of(conn, &ids, day).await?;
    let figures = occupancy::compute(conn, clusters, day).await?;
    Ok(ids
        .into_iter()
        .map(|id| {
            let coverage = outlook(
                planned.get(&id).copied().unwrap_or(0),
                balances.get(&id).copied().unwrap_or(0),
                fee.get(&id).copied(),
                figures.get(&id).map(|o| o.leased_area_m2).unwrap_or(0),
                collections.get(&id).copied().unwrap_or_default(),
            );
            (id, coverage)
        })
        .collect())
}

/// The maintenance fund's balance of each of `clusters`, in one statement.
pub(crate) async fn balances_of<C: ConnectionTrait>(
    conn: &C,
    clusters: &[Uuid],
) -> AppResult<HashMap<Uuid, i64>> {
    use sea_orm::sea_query::ExprTrait;
    let query = Query::select()
        .column(fund_entry::Column::ClusterId)
        .expr_as(
            Expr::col(fund_entry::Column::Amount)
                .sum()
                .cast_as("BIGINT"),
            "balance",
        )
        .from(fund_entry::Entity)
        .and_where(fund_entry::Column::ClusterId.is_in(clusters.iter().copied()))
        .and_where(fund_entry::Column::Account.eq(FundAccount::MaintenanceFund))
        .group_by_col(fund_entry::Column::ClusterId)
        .to_owned();
    let mut out = HashMap::new();
    for row in conn.query_all(&query).await? {
        out.insert(row.try_get("", "cluster_id")?, row.try_get("", "balance")?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_PAID: Collection = Collection {
        billed: 0,
        collected: 0,
    };

    #[test]
    fn without_history_the_fee_counts_in_full() {
        let c = outlook(12_000_000, 0, Some(1_000), 1_000, ALL_PAID);
        assert_eq!(c.expected_fee_12m, 12_000_000);
        assert_eq!(c.collectible_fee_12m, 12_000_000);
        assert_eq!(c.coverage_bp, Some(10_000));
        assert_eq!(c.break_even_per_m2_month, Some(1_000));
    }

    #[test]
    fn the_balance_counts_and_lowers_the_break_even_fee() {
        let c = outlook(12_000_000, 6_000_000, Some(1_000), 1_000, ALL_PAID);
        assert_eq!(c.coverage_bp, Some(15_000));
        assert_eq!(c.break_even_per_m2_month, Some(500));
        // A fund in the red does not add to the plan: only what is held counts.
        let c = outlook(12_000_000, -6_000_000, Some(1_000), 1_000, ALL_PAID);
        assert_eq!(c.coverage_bp, Some(10_000));
        assert_eq!(c.break_even_per_m2_month, Some(1_000));
    }

    #[test]
    fn a_partial_collection_rate_discounts_the_fee_and_raises_the_break_even_fee() {
        let three_quarters = Collection {
            billed: 4_000,
            collected: 3_000,
        };
        assert_eq!(three_quarters.rate_bp(), Some(7_500));
        let c = outlook(12_000_000, 0, Some(1_000), 1_000, three_quarters);
        assert_eq!(c.collectible_fee_12m, 9_000_000);
        assert_eq!(c.coverage_bp, Some(7_500));
        // 12,000,000 ÷ (1,000 m² × 12 × 0.75) = 1,333.3… → 1,334.
        assert_eq!(c.break_even_per_m2_month, Some(1_334));
    }

    #[test]
    fn overpaid_history_is_capped_and_nothing_collected_has_no_break_even() {
        let over = Collection {
            billed: 100,
            collected: 150,
        };
        assert_eq!(over.rate_bp(), Some(10_000));
        assert_eq!(
            outlook(12_000_000, 0, Some(1_000), 1_000, over).collectible_fee_12m,
            12_000_000
        );
        let none = Collection {
            billed: 100,
            collected: 0,
        };
        let c = outlook(12_000_000, 0, Some(1_000), 1_000, none);
        assert_eq!(c.coverage_bp, Some(0));
        assert_eq!(c.break_even_per_m2_month, None);
    }

    #[test]
    fn nothing_planned_or_leased() {
        let c = outlook(0, 5, Some(1_000), 1_000, ALL_PAID);
        assert_eq!((c.coverage_bp, c.break_even_per_m2_month), (None, None));
        let c = outlook(1_000, 0, Some(1_000), 0, ALL_PAID);
        assert_eq!(c.break_even_per_m2_month, None);
        // A plan the balance already covers needs no fee.
        let c = outlook(1_000, 5_000, None, 10, ALL_PAID);
        assert_eq!(c.break_even_per_m2_month, Some(0));
    }
}
