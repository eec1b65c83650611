//! Maintenance: the requests firms file (what they see), the operator's work orders (the job),
//! the SLA clock on both, and where a verified work order's costs go (the cluster's fund, or
//! the firm's next invoice).
//!
//! Every change of state goes through one function per object ([`requests::transition`],
//! [`work_orders::transition`]): it locks the row, checks the move against the pure tables
//! below ([`RequestStatus::after`], [`WorkOrderStatus::after`]), writes the new state and
//! appends an event (actor, from, to, reason, time). An illegal move is a CONFLICT naming the
//! current state. Overdue is derived from the event log ([`sla`]), never stored.

pub mod entities;
pub mod files;
pub mod notices;
pub mod requests;
pub mod settings;
pub mod sla;
pub mod stats;
pub mod work_orders;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, reason};

macro_rules! db_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $value:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, DeriveActiveEnum,
            Serialize, Deserialize,
        )]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        pub enum $name {
            $($(#[$vdoc])* #[sea_orm(string_value = $value)] $variant),+
        }

        impl $name {
            /// The wire name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $value),+ }
            }
        }
    };
}
pub(crate) use db_enum;

db_enum!(
    /// Where a maintenance request stands.
    RequestStatus {
        Submitted = "SUBMITTED",
        Acknowledged = "ACKNOWLEDGED",
        InProgress = "IN_PROGRESS",
        WaitingOnRequester = "WAITING_ON_REQUESTER",
        Deferred = "DEFERRED",
        Resolved = "RESOLVED",
        Closed = "CLOSED",
        Rejected = "REJECTED",
        Cancelled = "CANCELLED",
    }
);

db_enum!(
    /// Where a work order stands.
    WorkOrderStatus {
        Open = "OPEN",
        InProgress = "IN_PROGRESS",
        OnHold = "ON_HOLD",
        Done = "DONE",
        Verified = "VERIFIED",
        Cancelled = "CANCELLED",
    }
);

db_enum!(
    /// How urgent: P1 around the clock, P4 when convenient.
    Priority {
        P1 = "P1",
        P2 = "P2",
        P3 = "P3",
        P4 = "P4",
    }
);

db_enum!(
    /// What is broken.
    Category {
        Roads = "ROADS",
        Drainage = "DRAINAGE",
        StreetLighting = "STREET_LIGHTING",
        WaterSupply = "WATER_SUPPLY",
        Wastewater = "WASTEWATER",
        Power = "POWER",
        FireProtection = "FIRE_PROTECTION",
        Security = "SECURITY",
        Greenery = "GREENERY",
        Other = "OTHER",
    }
);

db_enum!(
    /// Why a request was turned down.
    RejectReason {
        Duplicate = "DUPLICATE",
        NotOperatorResponsibility = "NOT_OPERATOR_RESPONSIBILITY",
        NotReproducible = "NOT_REPRODUCIBLE",
        Other = "OTHER",
    }
);

db_enum!(
    /// Why a work order is on hold.
    HoldReason {
        Parts = "PARTS",
        Contractor = "CONTRACTOR",
        Access = "ACCESS",
        Weather = "WEATHER",
        BudgetApproval = "BUDGET_APPROVAL",
        Other = "OTHER",
    }
);

db_enum!(
    /// Why an event of a request or a work order happened, as a code the reader's language
    /// renders (the server writes no prose into events). What a person typed stays beside it.
    EventReason {
        /// Staff asked the requester a question (the typed text is the question).
        Question = "QUESTION",
        /// Put off until the date in the detail (the typed text says why).
        Deferred = "DEFERRED",
        /// Turned down for the reject reason in the detail (the typed text is the message).
        Rejected = "REJECTED",
        /// The firm confirmed the resolution with the rating (1 to 5) in the detail.
        Confirmed = "CONFIRMED",
        /// Reopened after a resolution (the typed text says why).
        Reopened = "REOPENED",
        /// Cancelled (the typed text says why, if given).
        Cancelled = "CANCELLED",
        /// The priority changed from the one in the detail to the event's.
        PriorityChanged = "PRIORITY_CHANGED",
        /// Closed by the system: resolved 7 days ago, neither confirmed nor reopened.
        AutoClosed = "AUTO_CLOSED",
        /// A work order went on hold for the hold reason in the detail.
        OnHold = "ON_HOLD",
        /// A work order was assigned to the person or contractor named in the detail.
        Assigned = "ASSIGNED",
        /// A work order the upkeep schedule opened, due on the date in the detail.
        Scheduled = "SCHEDULED",
        /// A corrective work order a failed inspection answer opened; the detail is the
        /// inspection's reference.
        Corrective = "CORRECTIVE",
        /// A P1 work order an effluent sample over its discharge limit opened; the detail is
        /// the day it was sampled.
        EffluentOverLimit = "EFFLUENT_OVER_LIMIT",
    }
);

/// Why an event happened: a code, the code's detail (a date, a rating, a priority, a name, an
/// enum value), and the words a person typed, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Why {
    pub code: Option<EventReason>,
    pub detail: Option<String>,
    pub text: Option<String>,
}

impl Why {
    /// Only a code.
    pub fn code(code: EventReason) -> Self {
        Self {
            code: Some(code),
            ..Self::default()
        }
    }

    /// Only what a person typed.
    pub fn typed(text: Option<String>) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }

    /// With the code's detail.
    #[must_use]
    pub fn detail(mut self, detail: impl ToString) -> Self {
        self.detail = Some(detail.to_string());
        self
    }

    /// With what a person typed.
    #[must_use]
    pub fn text(mut self, text: Option<String>) -> Self {
        self.text = text;
        self
    }
}

db_enum!(
    /// Who pays for a work order.
    FundingSource {
        Fund = "FUND",
        Chargeback = "CHARGEBACK",
        Operator = "OPERATOR",
        Warranty = "WARRANTY",
    }
);

db_enum!(
    /// What a cost line is.
    CostKind {
        Labour = "LABOUR",
        Material = "MATERIAL",
        Contractor = "CONTRACTOR",
        Other = "OTHER",
    }
);

/// A move of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestMove {
    Acknowledge,
    Start,
    AskRequester,
    /// The requester (or staff for them) answers; back to where it was.
    Reply,
    Defer,
    Resume,
    Reject,
    Resolve,
    Confirm,
    Reopen,
    Cancel,
    /// The system closes a resolution nobody confirmed or reopened within 7 days.
    AutoClose,
}

impl RequestMove {
    pub const ALL: [RequestMove; 12] = [
        Self::Acknowledge,
        Self::Start,
        Self::AskRequester,
        Self::Reply,
        Self::Defer,
        Self::Resume,
        Self::Reject,
        Self::Resolve,
        Self::Confirm,
        Self::Reopen,
        Self::Cancel,
        Self::AutoClose,
    ];

    /// Whether the requesting firm may make this move (the rest are the operator's).
    pub fn open_to_requester(self) -> bool {
        matches!(
            self,
            Self::Reply | Self::Confirm | Self::Reopen | Self::Cancel
        )
    }
}

impl RequestStatus {
    /// The state `mv` leads to from here (`resume` is where a waiting request returns), or a
    /// CONFLICT naming this state.
    pub fn after(self, mv: RequestMove, resume: Option<Self>) -> Result<Self, AppError> {
        use RequestMove as M;
        use RequestStatus as S;
        let next = match (self, mv) {
            (S::Submitted, M::Acknowledge) => Some(S::Acknowledged),
            (S::Acknowledged, M::Start) => Some(S::InProgress),
            (S::Acknowledged | S::InProgress, M::AskRequester) => Some(S::WaitingOnRequester),
            (S::WaitingOnRequester, M::Reply) => Some(resume.unwrap_or(S::Acknowledged)),
            (S::Acknowledged | S::InProgress, M::Defer) => Some(S::Deferred),
            (S::Deferred, M::Resume) => Some(S::Acknowledged),
            (S::Submitted | S::Acknowledged, M::Reject) => Some(S::Rejected),
            (S::Acknowledged | S::InProgress, M::Resolve) => Some(S::Resolved),
            (S::Resolved, M::Confirm | M::AutoClose) => Some(S::Closed),
            (S::Resolved, M::Reopen) => Some(S::InProgress),
            (S::Submitted | S::Acknowledged | S::WaitingOnRequester | S::Deferred, M::Cancel) => {
                Some(S::Cancelled)
            }
            _ => None,
        };
        next.ok_or_else(|| {
            AppError::Conflict(reason!(
                "request_cannot_move",
                "the request is {status}; it cannot {action}",
                status = self.as_str(),
                action = request_move_name(mv)
            ))
        })
    }

    /// The finished states: no clock runs, nothing more happens (never overdue).
    pub const FINAL: [Self; 3] = [Self::Closed, Self::Rejected, Self::Cancelled];

    /// Whether the request is finished (one of [`Self::FINAL`]).
    pub fn is_final(self) -> bool {
        Self::FINAL.contains(&self)
    }
}

fn request_move_name(mv: RequestMove) -> &'static str {
    match mv {
        RequestMove::Acknowledge => "be acknowledged",
        RequestMove::Start => "be started",
        RequestMove::AskRequester => "wait on its requester",
        RequestMove::Reply => "take a reply",
        RequestMove::Defer => "be deferred",
        RequestMove::Resume => "be resumed",
        RequestMove::Reject => "be rejected",
        RequestMove::Resolve => "be resolved",
        RequestMove::Confirm => "be confirmed",
        RequestMove::Reopen => "be reopened",
        RequestMove::Cancel => "be cancelled",
        RequestMove::AutoClose => "be closed",
    }
}

impl WorkOrderStatus {
    pub const ALL: [WorkOrderStatus; 6] = [
        Self::Open,
        Self::InProgress,
        Self::OnHold,
        Self::Done,
        Self::Verified,
        Self::Cancelled,
    ];

    /// Whether a work order may move from here to `to`; a CONFLICT naming this state if not.
    /// DONE goes back to IN_PROGRESS for rework; VERIFIED and CANCELLED are final.
    pub fn check_move(self, to: Self) -> Result<(), AppError> {
        use WorkOrderStatus as W;
        let allowed = matches!(
            (self, to),
            (W::Open | W::OnHold | W::Done, W::InProgress)
                | (W::InProgress, W::OnHold | W::Done)
                | (W::Done, W::Verified)
                | (W::Open | W::InProgress | W::OnHold, W::Cancelled)
        );
        if allowed {
            Ok(())
        } else {
            Err(AppError::Conflict(reason!(
                "work_order_cannot_move",
                "the work order is {status}; it cannot move to {to}",
                status = self.as_str(),
                to = to.as_str()
            )))
        }
    }

    /// Whether costs and the checklist may still change.
    pub fn is_editable(self) -> bool {
        !matches!(self, Self::Verified | Self::Cancelled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequestMove as M;
    use RequestStatus as S;

    /// Every (state, move) pair: the state it leads to, or `None` for a CONFLICT.
    #[test]
    fn every_request_move_from_every_state_is_as_the_table_says() {
        let table: &[(S, M, S)] = &[
            (S::Submitted, M::Acknowledge, S::Acknowledged),
            (S::Submitted, M::Reject, S::Rejected),
            (S::Submitted, M::Cancel, S::Cancelled),
            (S::Acknowledged, M::Start, S::InProgress),
            (S::Acknowledged, M::AskRequester, S::WaitingOnRequester),
            (S::Acknowledged, M::Defer, S::Deferred),
            (S::Acknowledged, M::Reject, S::Rejected),
            (S::Acknowledged, M::Resolve, S::Resolved),
            (S::Acknowledged, M::Cancel, S::Cancelled),
            (S::InProgress, M::AskRequester, S::WaitingOnRequester),
            (S::InProgress, M::Defer, S::Deferred),
            (S::InProgress, M::Resolve, S::Resolved),
            (S::WaitingOnRequester, M::Reply, S::InProgress),
            (S::WaitingOnRequester, M::Cancel, S::Cancelled),
            (S::Deferred, M::Resume, S::Acknowledged),
            (S::Deferred, M::Cancel, S::Cancelled),
            (S::Resolved, M::Confirm, S::Closed),
            (S::Resolved, M::AutoClose, S::Closed),
            (S::Resolved, M::Reopen, S::InProgress),
        ];
        let states = [
            S::Submitted,
            S::Acknowledged,
            S::InProgress,
            S::WaitingOnRequester,
            S::Deferred,
            S::Resolved,
            S::Closed,
            S::Rejected,
            S::Cancelled,
        ];
        for from in states {
            for mv in M::ALL {
                let expected = table
                    .iter()
                    .find(|(f, m, _)| *f == from && *m == mv)
                    .map(|(_, _, to)| *to);
                let got = from.after(mv, Some(S::InProgress));
                match (expected, got) {
                    (Some(to), Ok(got)) => assert_eq!(got, to, "{from:?} {mv:?}"),
                    (None, Err(AppError::Conflict(reason))) => {
                        let message = reason.english();
                        assert!(message.contains(from.as_str()), "{message}")
                    }
                    (expected, got) => panic!("{from:?} {mv:?}: {expected:?} vs {got:?}"),
                }
            }
        }
    }

    #[test]
    fn every_work_order_move_is_as_the_table_says() {
        use WorkOrderStatus as W;
        let allowed = [
            (W::Open, W::InProgress),
            (W::Open, W::Cancelled),
            (W::InProgress, W::OnHold),
            (W::InProgress, W::Done),
            (W::InProgress, W::Cancelled),
            (W::OnHold, W::InProgress),
            (W::OnHold, W::Cancelled),
            (W::Done, W::InProgress),
            (W::Done, W::Verified),
        ];
        for from in W::ALL {
            for to in W::ALL {
                assert_eq!(
                    from.check_move(to).is_ok(),
                    allowed.contains(&(from, to)),
                    "{from:?} → {to:?}"
                );
            }
        }
    }
}
