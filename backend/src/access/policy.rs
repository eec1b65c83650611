//! The permission table: each action a caller can take, and which roles may take it.
//!
//! A service names its policy when it opens a tenant transaction
//! (`db.tenant(ctx, Policy::ManageEstate)`), so a service without a policy does not compile,
//! and every role decision is in [`Policy::reach`], tested row by row below.

use crate::access::Role;
use crate::ids::FirmId;

/// An action in a tenant, decided by role in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Read the tenant itself (its name and province): every member.
    ReadTenant,
    /// Keep the estate: clusters, plots, the firm register, leases, their imports and exports,
    /// occupancy. Operator admins and staff.
    ManageEstate,
    /// Read a firm's accounts: its register entry, leases, invoices, payments, statement and
    /// documents, and the funds of the clusters it leases in. Operators reach every firm; an
    /// enterprise user reaches only their own.
    ReadAccounts,
    /// Bill and collect: read tariffs, meter readings, preview billing runs, payments, bank
    /// statements, receivables reports, the fund's plan. Operator admins and staff.
    ManageBilling,
    /// Issue a billing run: legally numbered invoices that cannot be taken back. Operator
    /// admins; staff prepare and preview runs (separation of duties).
    IssueInvoices,
    /// Add a tariff version (what every firm pays from a date): operator admins.
    SetTariffs,
    /// Spend from a cluster's maintenance fund: operator admins.
    SpendFund,
    /// Correct issued invoices (adjustments either way, replacements, deleting drafts) and
    /// refund the credit a correction leaves: operator admins.
    CorrectInvoices,
    /// Change the billing settings (seller, bank account, series, due days): operator admins.
    ConfigureBilling,
    /// Invite, list and revoke members and invitations: operator admins.
    ManageMembers,
    /// Remove a member from the tenant (ending their sessions): operator admins.
    RemoveMembers,
    /// Move a member between operator admin and staff (ending their sessions): operator admins.
    ChangeMemberRoles,
    /// Read and retry the tenant's outgoing mail: operator admins.
    ReadMailLog,
    /// Read who changed what (the audit trail): operator admins and staff.
    ReadAuditTrail,
    /// Read the province's aggregate cluster statistics: authority viewers.
    ReadProvince,
    /// File and follow maintenance requests: read them, reply, confirm or reopen a resolution,
    /// cancel, comment. Operators reach every firm's; an enterprise user only their own firm's
    /// (and only shared comments).
    FollowRequests,
    /// Triage requests and run work orders: acknowledge, defer, reject, resolve, assign, cost,
    /// verify, internal notes. Operator admins and staff.
    ManageMaintenance,
    /// Verify a work order whose costs exceed the operator's approval threshold: operator admins.
    ApproveSpending,
    /// Change the SLA targets, working hours, holidays and approval threshold: operator admins.
    ConfigureMaintenance,
    /// Keep the upkeep register and plan: assets, permits, preventive schedules and their
    /// occurrences, imports and exports. Operator admins and staff.
    ManageUpkeep,
    /// Read the reminders sent: operators every firm's (the log, the forecast), an enterprise
    /// user only those about their own firm's invoices.
    ReadReminders,
    /// Pause a firm's reminders or exclude the firm, and lift it: operator admins and staff
    /// (the accountant agrees a payment plan).
    HoldReminders,
    /// Change the reminder settings (kinds, ladder, send window, copy, templates): operator
    /// admins.
    ConfigureReminders,
    /// Create and revoke a cluster's private calendar (ICS) feed, a secret URL anyone holding
    /// it can read: operator admins.
    ShareCalendar,
}

/// What a policy lets a caller reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Everything of the tenant.
    Tenant,
    /// Only what belongs to one firm (an enterprise user's own).
    Firm(FirmId),
}

impl Reach {
    /// The firm the caller is confined to, if any.
    pub fn firm(self) -> Option<FirmId> {
        match self {
            Self::Tenant => None,
            Self::Firm(firm) => Some(firm),
        }
    }
}

impl Policy {
    /// What `role` (acting for `firm`, if an enterprise user) may reach under this policy;
    /// `None` when it may not act at all.
    pub fn reach(self, role: Role, firm: Option<FirmId>) -> Option<Reach> {
        use Role::{AuthorityViewer, Enterprise, OperatorAdmin, OperatorStaff};
        let operator = matches!(role, OperatorAdmin | OperatorStaff);
        let allowed = match self {
            Self::ReadTenant => role != Role::PlatformAdmin,
            Self::ManageEstate
            | Self::ManageBilling
            | Self::ReadAuditTrail
            | Self::ManageMaintenance
            | Self::ManageUpkeep
            | Self::HoldReminders => operator,
            Self::ReadAccounts | Self::FollowRequests | Self::ReadReminders => {
                return match (role, firm) {
                    (OperatorAdmin | OperatorStaff, _) => Some(Reach::Tenant),
                    (Enterprise, Some(firm)) => Some(Reach::Firm(firm)),
                    _ => None,
                };
            }
            Self::IssueInvoices
            | Self::SetTariffs
            | Self::SpendFund
            | Self::CorrectInvoices
            | Self::ConfigureBilling
            | Self::ManageMembers
            | Self::RemoveMembers
            | Self::ChangeMemberRoles
            | Self::ReadMailLog
            | Self::ApproveSpending
            | Self::ConfigureMaintenance
            | Self::ConfigureReminders
            | Self::ShareCalendar => role == OperatorAdmin,
            Self::ReadProvince => role == AuthorityViewer,
        };
        allowed.then_some(Reach::Tenant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLES: [Role; 5] = [
        Role::PlatformAdmin,
        Role::OperatorAdmin,
        Role::OperatorStaff,
        Role::Enterprise,
        Role::AuthorityViewer,
    ];

    /// One row per policy: what each role reaches, in the order of [`ROLES`]
    /// (`T` the whole tenant, `F` its own firm, `-` nothing).
    const TABLE: [(Policy, &str); 24] = [
        (Policy::ReadTenant, "-TTTT"),
        (Policy::ManageEstate, "-TT--"),
        (Policy::ReadAccounts, "-TTF-"),
        (Policy::ManageBilling, "-TT--"),
        (Policy::IssueInvoices, "-T---"),
        (Policy::SetTariffs, "-T---"),
        (Policy::SpendFund, "-T---"),
        (Policy::CorrectInvoices, "-T---"),
        (Policy::ConfigureBilling, "-T---"),
        (Policy::ManageMembers, "-T---"),
        (Policy::RemoveMembers, "-T---"),
        (Policy::ChangeMemberRoles, "-T---"),
        (Policy::ReadMailLog, "-T---"),
        (Policy::ReadAuditTrail, "-TT--"),
        (Policy::ReadProvince, "----T"),
        (Policy::FollowRequests, "-TTF-"),
        (Policy::ManageMaintenance, "-TT--"),
        (Policy::ApproveSpending, "-T---"),
        (Policy::ConfigureMaintenance, "-T---"),
        (Policy::ManageUpkeep, "-TT--"),
        (Policy::ReadReminders, "-TTF-"),
        (Policy::HoldReminders, "-TT--"),
        (Policy::ConfigureReminders, "-T---"),
        (Policy::ShareCalendar, "-T---"),
    ];

    #[test]
    fn each_role_reaches_what_the_table_says() {
        let firm = FirmId::new();
        for (policy, row) in TABLE {
            for (role, expected) in ROLES.iter().zip(row.chars()) {
                let firm = (*role == Role::Enterprise).then_some(firm);
                let got = match policy.reach(*role, firm) {
                    None => '-',
                    Some(Reach::Tenant) => 'T',
                    Some(Reach::Firm(_)) => 'F',
                };
                assert_eq!(got, expected, "{policy:?} for {role:?}");
            }
        }
    }

    #[test]
    fn an_enterprise_user_without_a_firm_reaches_no_accounts() {
        assert_eq!(Policy::ReadAccounts.reach(Role::Enterprise, None), None);
    }
}
