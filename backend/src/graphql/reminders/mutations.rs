//! Mutations: reminder settings, pausing and excluding firms.

use async_graphql::{Context, ID, Object};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::reminders::types::{
    ReminderHold, ReminderHoldFields, ReminderSettings, ReminderSettingsFields,
};
use crate::ids::{ClusterId, FirmId, ReminderHoldId};
use crate::reminders::holds::{self, HoldInput};
use crate::reminders::settings::{self, SettingsInput, WindowInput};
use crate::values::today;

#[derive(Default)]
pub struct ReminderMutations;

#[Object]
impl ReminderMutations {
    /// Replace the reminder settings of the operator or of one cluster (operator admins).
    /// Duplicate or negative ladder days, a window ending before it starts, a template with an
    /// unknown placeholder or unbalanced markup: VALIDATION on each field, nothing written.
    async fn update_reminder_settings(
        &self,
        ctx: &Context<'_>,
        input: ReminderSettingsFields,
    ) -> async_graphql::Result<ReminderSettings> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let parsed = SettingsInput {
            cluster: ids::decode_opt::<ClusterId>(input.cluster_id.as_ref(), "input.clusterId")
                .gql()?,
            disabled_kinds: input
                .disabled_kinds
                .map(|kinds| kinds.into_iter().map(Into::into).collect()),
            ladder_days: input.ladder_days,
            repeat_days: input.repeat_days,
            send_window: input.send_window.map(|w| WindowInput {
                always: w.always,
                start: w.start,
                end: w.end,
                days: w.days.into_iter().map(Into::into).collect(),
            }),
            cc: input.cc,
            templates: input
                .templates
                .map(|list| list.into_iter().map(Into::into).collect()),
        };
        Ok(ReminderSettings(
            settings::update(
                &services.db,
                &tenant_ctx,
                services.reminders.default_window,
                parsed,
            )
            .await
            .gql()?,
        ))
    }

    /// Pause a firm's reminders until a date, or exclude the firm, with a reason (operator
    /// admins and staff). A pause without an end date or a reason is VALIDATION.
    async fn hold_reminders(
        &self,
        ctx: &Context<'_>,
        input: ReminderHoldFields,
    ) -> async_graphql::Result<ReminderHold> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let parsed = HoldInput {
            firm: ids::decode::<FirmId>(&input.firm_id, "input.firmId").gql()?,
            exclude: input.exclude,
            reason: input.reason,
            ends_on: input.ends_on.map(|d| d.0),
        };
        Ok(ReminderHold(
            holds::hold(&services.db, &tenant_ctx, parsed, today())
                .await
                .gql()?,
        ))
    }

    /// Lift a pause or exclusion now (operator admins and staff).
    async fn lift_reminder_hold(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<ReminderHold> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<ReminderHoldId>(&id, "id").gql()?;
        Ok(ReminderHold(
            holds::lift(&services.db, &tenant_ctx, id).await.gql()?,
        ))
    }
}
