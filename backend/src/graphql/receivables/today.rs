//! The operator's to-do list for the home page.

use async_graphql::{Context, ID, Object, SimpleObject};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::ClusterId;
use crate::receivables::today;

/// What is waiting for an operator today; each count links to its filtered list.
#[derive(SimpleObject)]
pub struct OperatorTodo {
    /// The day counted (Asia/Ho_Chi_Minh).
    pub on: Day,
    /// Bank statement lines not yet confirmed or ignored.
    pub bank_lines_waiting: i32,
    /// The first day of this month when a cluster with active leases has no billing run
    /// covering today; null when every such cluster is billed.
    pub unbilled_period: Option<Day>,
    /// The clusters with active leases that no billing run covers today, by name (empty when
    /// all are billed).
    pub unbilled_clusters: Vec<UnbilledCluster>,
    /// Issued invoices still open whose due date passed in the last 7 days.
    pub newly_overdue: i32,
    /// Issued invoices still open past their due date.
    pub overdue: i32,
    /// Emails given up on after their last attempt; null for staff (the mail log is the
    /// admins').
    pub failed_emails: Option<i32>,
    /// Active leases ending within 90 days.
    pub leases_ending: i32,
    /// Permits of shared works expired or expiring within 90 days.
    pub permits_expiring: i32,
    /// Wastewater plants whose newest effluent sample is over a discharge limit.
    pub effluent_over_limit: i32,
    /// Maintenance requests filed and not yet acknowledged.
    pub requests_to_triage: i32,
}

/// A cluster whose current period is not billed yet.
#[derive(SimpleObject)]
pub struct UnbilledCluster {
    /// The cluster's global ID (to start its billing run).
    pub id: ID,
    /// The cluster's name.
    pub name: String,
}

#[derive(Default)]
pub struct OperatorTodoQueries;

#[Object]
impl OperatorTodoQueries {
    /// What is waiting for the operator today: bank lines, billing, overdue invoices, failed
    /// emails, leases ending, permits expiring, requests to triage (operator admins and staff).
    async fn operator_todo(&self, ctx: &Context<'_>) -> async_graphql::Result<OperatorTodo> {
        let services = ctx.data::<Services>()?;
        let todo = today::todo(&services.db, &tenant(ctx)?).await.gql()?;
        Ok(OperatorTodo {
            on: Day(todo.on),
            bank_lines_waiting: count(todo.bank_lines_waiting),
            unbilled_period: todo.unbilled_period.map(Day),
            unbilled_clusters: todo
                .unbilled_clusters
                .into_iter()
                .map(|(id, name)| UnbilledCluster {
                    id: ids::of::<ClusterId>(id),
                    name,
                })
                .collect(),
            newly_overdue: count(todo.newly_overdue),
            overdue: count(todo.overdue),
            failed_emails: todo.failed_emails.map(count),
            leases_ending: count(todo.leases_ending),
            permits_expiring: count(todo.permits_expiring),
            effluent_over_limit: count(todo.effluent_over_limit),
            requests_to_triage: count(todo.requests_to_triage),
        })
    }
}

/// A count as GraphQL's Int (a tenant never has 2^31 of anything; saturates if it did).
fn count(n: u64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}
