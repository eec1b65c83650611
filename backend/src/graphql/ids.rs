//! Opaque global IDs: `base64url("<Type>:<uuid>")`. Clients treat them as opaque; the server
//! learns the type from the ID, so `node(id:)` can resolve any object.
//!
//! One rule for every argument and input field that names an object: an ID that is malformed
//! or of another type is VALIDATION on that field ("not a Cluster id"); a well-formed ID of
//! the right type that names nothing the caller may see is NOT_FOUND, as for a missing object.
//! Only `node(id:)`, which takes any type, answers NOT_FOUND for a garbled ID.

use async_graphql::ID;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use crate::error::{AppError, AppResult, reason};
use crate::ids::{
    AssetId, AssetPermitId, CalendarFeedId, EffluentSampleId, UpkeepOccurrenceId, UpkeepScheduleId,
};
use crate::ids::{
    BankLineId, BillingRunId, ClusterId, FirmId, FundEntryId, InvitationId, InvoiceId,
    InvoiceLineId, LeaseId, MailId, MembershipId, MeterReadingId, PaymentId, PlotId, RefundId,
    TariffId, TenantId, UpkeepPlanId, UserId,
};
use crate::ids::{
    ChecklistItemId, ChecklistPhotoId, CostLineId, MaintenanceCommentId, MaintenanceEventId,
    MaintenanceFileId, MaintenanceRequestId, WorkOrderId,
};
use crate::ids::{ReminderHoldId, ReminderId, SupportProgrammeId};

/// A typed id that has a global ID: the GraphQL type name it is encoded with.
pub trait GlobalId: Copy + From<Uuid> + Into<Uuid> {
    /// The GraphQL type the ID names.
    const TYPE: &'static str;

    /// The opaque global ID of this object.
    fn global(self) -> ID {
        encode(Self::TYPE, self.into())
    }
}

macro_rules! global_ids {
    ($($id:ty => $name:literal),* $(,)?) => {
        $(impl GlobalId for $id {
            const TYPE: &'static str = $name;
        })*
    };
}

global_ids! {
    TenantId => "Tenant",
    UserId => "User",
    MembershipId => "Membership",
    FirmId => "Firm",
    InvitationId => "Invitation",
    MailId => "MailMessage",
    ClusterId => "Cluster",
    PlotId => "Plot",
    LeaseId => "Lease",
    TariffId => "Tariff",
    MeterReadingId => "MeterReading",
    BillingRunId => "BillingRun",
    InvoiceId => "Invoice",
    InvoiceLineId => "InvoiceLine",
    PaymentId => "Payment",
    RefundId => "Refund",
    BankLineId => "BankLine",
    FundEntryId => "FundEntry",
    UpkeepPlanId => "UpkeepPlan",
    MaintenanceRequestId => "MaintenanceRequest",
    WorkOrderId => "WorkOrder",
    MaintenanceFileId => "MaintenanceFile",
    MaintenanceEventId => "MaintenanceEvent",
    MaintenanceCommentId => "MaintenanceComment",
    ChecklistItemId => "ChecklistItem",
    ChecklistPhotoId => "ChecklistPhoto",
    CostLineId => "CostLine",
    AssetId => "Asset",
    AssetPermitId => "AssetPermit",
    EffluentSampleId => "EffluentSample",
    UpkeepScheduleId => "UpkeepSchedule",
    UpkeepOccurrenceId => "UpkeepOccurrence",
    CalendarFeedId => "CalendarFeed",
    ReminderId => "Reminder",
    ReminderHoldId => "ReminderHold",
    SupportProgrammeId => "SupportProgramme",
}

/// The global ID of the object of type `T` with this UUID (entities store plain UUIDs).
pub fn of<T: GlobalId>(uuid: Uuid) -> ID {
    T::from(uuid).global()
}

fn encode(type_name: &str, id: Uuid) -> ID {
    ID(URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}")))
}

/// Splits a global ID into its type name and UUID; `None` when it is not one of ours.
pub fn parse(id: &ID) -> Option<(String, Uuid)> {
    let bytes = URL_SAFE_NO_PAD.decode(id.as_str()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (type_name, raw) = text.split_once(':')?;
    let uuid = Uuid::parse_str(raw).ok()?;
    Some((type_name.to_owned(), uuid))
}

/// Decodes a global ID that must name a `T`; VALIDATION under `path` when it does not.
pub fn decode<T: GlobalId>(id: &ID, path: &str) -> AppResult<T> {
    match parse(id) {
        Some((type_name, uuid)) if type_name == T::TYPE => Ok(T::from(uuid)),
        _ => Err(AppError::invalid(
            path,
            reason!("wrong_id_type", "not a {type} id", type = T::TYPE),
        )),
    }
}

/// [`decode`] for an optional argument.
pub fn decode_opt<T: GlobalId>(id: Option<&ID>, path: &str) -> AppResult<Option<T>> {
    id.map(|id| decode(id, path)).transpose()
}

/// [`decode`] for a list (a form shows the problem on the list's field).
pub fn decode_all<T: GlobalId>(ids: &[ID], path: &str) -> AppResult<Vec<T>> {
    ids.iter().map(|id| decode(id, path)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_global_id_round_trips_and_hides_its_parts() {
        let firm = FirmId::new();
        let id = firm.global();
        assert!(!id.as_str().contains("Firm"));
        assert_eq!(parse(&id), Some(("Firm".to_owned(), firm.0)));
        assert_eq!(decode::<FirmId>(&id, "id").ok(), Some(firm));
        assert!(parse(&ID("garbage".into())).is_none());
    }

    #[test]
    fn an_id_of_another_type_or_a_garbled_one_is_validation_on_its_field() {
        let firm = FirmId::new().global();
        for bad in [firm, ID("garbage".into())] {
            match decode::<TenantId>(&bad, "input.tenantId") {
                Err(AppError::Validation(fields)) => {
                    assert_eq!(fields[0].path, "input.tenantId");
                    assert_eq!(fields[0].message, "not a Tenant id");
                }
                other => panic!("expected VALIDATION, got {other:?}"),
            }
        }
    }
}
