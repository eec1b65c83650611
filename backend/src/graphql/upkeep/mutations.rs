//! Upkeep mutations: assets, permits, imports, schedules, skipping an occurrence, answering an
//! inspection's checklist.

use async_graphql::{Context, ID, Object};

use crate::error::reason;
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::ImportResult;
use crate::graphql::ids;
use crate::graphql::maintenance::files::read_uploads;
use crate::graphql::maintenance::types::ChecklistItem;
use crate::graphql::upkeep::inputs::{
    AnswerChecklistItemInput, AnswerChecklistPhotoInput, AssetFields, PermitFields, ScheduleFields,
};
use crate::graphql::upkeep::types::{Asset, AssetPermit, UpkeepOccurrence, UpkeepSchedule};
use crate::ids::{AssetId, ChecklistItemId, UpkeepOccurrenceId, UpkeepScheduleId, WorkOrderId};
use crate::upkeep::inspections::{self, AnswerInput};
use crate::upkeep::photos::{self, PhotoAnswer};
use crate::upkeep::{assets, csv_files, schedules};

/// What answering a checklist item did.
#[derive(async_graphql::SimpleObject)]
pub struct AnswerChecklistItemPayload {
    /// The item with its answer and verdict.
    pub item: ChecklistItem,
    /// The corrective work order the failed answer opened, if asked for.
    pub corrective_work_order_id: Option<ID>,
}

#[derive(Default)]
pub struct UpkeepMutations;

#[Object]
impl UpkeepMutations {
    /// Adds an asset to the upkeep register (operators). A parent from another cluster or
    /// tenant, a plot of another cluster or a code the cluster already has is VALIDATION.
    async fn create_asset(
        &self,
        ctx: &Context<'_>,
        input: AssetFields,
    ) -> async_graphql::Result<Asset> {
        let services = ctx.data::<Services>()?;
        let record = input.parse().gql()?;
        let model = assets::create(&services.db, &tenant(ctx)?, record)
            .await
            .gql()?;
        Ok(Asset { model })
    }

    /// Changes an asset (operators). Making it sit below itself or below one of its own
    /// children is VALIDATION on `input.parentId`.
    async fn update_asset(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: AssetFields,
    ) -> async_graphql::Result<Asset> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<AssetId>(&id, "id").gql()?;
        let record = input.parse().gql()?;
        let model = assets::update(&services.db, &tenant(ctx)?, id, record)
            .await
            .gql()?;
        Ok(Asset { model })
    }

    /// Records a permit of an asset (operators). An expiry before the issue date is VALIDATION
    /// on `input.expiresOn`.
    async fn add_asset_permit(
        &self,
        ctx: &Context<'_>,
        input: PermitFields,
    ) -> async_graphql::Result<AssetPermit> {
        let services = ctx.data::<Services>()?;
        let (asset, input) = input.parse().gql()?;
        let model = assets::add_permit(&services.db, &tenant(ctx)?, asset, input)
            .await
            .gql()?;
        Ok(AssetPermit::from(&model))
    }

    /// Imports assets from CSV (columns: cluster,code,name,category,parent_code,plot,location,
    /// quantity,unit,commissioned_on,expected_life_years,condition,replacement_value,
    /// warranty_until,notes). Without `commit` it only previews; with it, it writes every row
    /// or, if any row has a problem, nothing (operators).
    async fn import_assets(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<ImportResult> {
        let services = ctx.data::<Services>()?;
        let report =
            csv_files::import_assets(&services.db, &tenant(ctx)?, &csv, commit.unwrap_or(false))
                .await
                .gql()?;
        Ok(report.into())
    }

    /// Creates a preventive schedule (operators). An invalid rule, a rule that fires more than
    /// daily, or lead days longer than the interval is VALIDATION.
    async fn create_upkeep_schedule(
        &self,
        ctx: &Context<'_>,
        input: ScheduleFields,
    ) -> async_graphql::Result<UpkeepSchedule> {
        let services = ctx.data::<Services>()?;
        let record = input.parse().gql()?;
        let model = schedules::create(&services.db, &tenant(ctx)?, record)
            .await
            .gql()?;
        generate_now(services, &model).await;
        Ok(UpkeepSchedule { model })
    }

    /// Changes a schedule (operators): its future occurrences that have not opened are
    /// generated again from the new rule.
    async fn update_upkeep_schedule(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ScheduleFields,
    ) -> async_graphql::Result<UpkeepSchedule> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<UpkeepScheduleId>(&id, "id").gql()?;
        let record = input.parse().gql()?;
        let model = schedules::update(&services.db, &tenant(ctx)?, id, record)
            .await
            .gql()?;
        generate_now(services, &model).await;
        Ok(UpkeepSchedule { model })
    }

    /// Skips a planned occurrence, with a reason (operators). One already opened, skipped or
    /// missed is CONFLICT.
    async fn skip_upkeep_occurrence(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> async_graphql::Result<UpkeepOccurrence> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<UpkeepOccurrenceId>(&id, "id").gql()?;
        let model = schedules::skip(&services.db, &tenant(ctx)?, id, &reason)
            .await
            .gql()?;
        Ok(UpkeepOccurrence::from(&model))
    }

    /// Answers a checklist item of an open inspection (operators): YES/NO, PASS/FAIL, a number
    /// or text by the item's kind. A number outside its accepted range cannot pass; a failed
    /// answer can open a corrective work order (P2, same asset) linked from the item.
    async fn answer_checklist_item(
        &self,
        ctx: &Context<'_>,
        input: AnswerChecklistItemInput,
    ) -> async_graphql::Result<AnswerChecklistItemPayload> {
        let services = ctx.data::<Services>()?;
        let item_id = ids::decode::<ChecklistItemId>(&input.item_id, "input.itemId").gql()?;
        let done = inspections::answer(
            &services.db,
            &tenant(ctx)?,
            AnswerInput {
                item_id,
                answer: input.answer,
                passed: input.passed,
                open_corrective: input.open_corrective,
            },
        )
        .await
        .gql()?;
        Ok(AnswerChecklistItemPayload {
            item: ChecklistItem::from(&done.item),
            corrective_work_order_id: done.corrective.map(|w| ids::of::<WorkOrderId>(w.id)),
        })
    }

    /// Answers a checklist item of kind PHOTO with a photo of what was inspected (operators;
    /// a GraphQL multipart request). The item's answer is the photo's ID and its `photoUrl`
    /// shows it. A document or anything not a photo is VALIDATION on `input.photo`; an item of
    /// another kind VALIDATION on `input.itemId`.
    async fn answer_checklist_photo(
        &self,
        ctx: &Context<'_>,
        input: AnswerChecklistPhotoInput,
    ) -> async_graphql::Result<AnswerChecklistItemPayload> {
        let services = ctx.data::<Services>()?;
        let item_id = ids::decode::<ChecklistItemId>(&input.item_id, "input.itemId").gql()?;
        let mut incoming =
            read_uploads(ctx, Some(vec![input.photo]), services.files.limits).await?;
        let Some(photo) = incoming.pop() else {
            return Err(crate::error::AppError::invalid(
                "input.photo",
                reason!("choose_photo", "choose a photo"),
            ))
            .gql();
        };
        let (done, _) = photos::answer(
            &services.db,
            &tenant(ctx)?,
            &services.files,
            PhotoAnswer {
                item_id,
                photo,
                passed: input.passed,
                open_corrective: input.open_corrective,
            },
        )
        .await
        .gql()?;
        Ok(AnswerChecklistItemPayload {
            item: ChecklistItem::from(&done.item),
            corrective_work_order_id: done.corrective.map(|w| ids::of::<WorkOrderId>(w.id)),
        })
    }
}

/// Plans a saved schedule's occurrences at once (and opens a work order whose lead time has
/// begun), so the calendar and the queue show them without waiting for the hourly sweep. The
/// schedule is saved either way: should this fail, the next sweep does the same work.
pub(super) async fn generate_now(
    services: &Services,
    model: &crate::upkeep::entities::schedule::Model,
) {
    if let Err(error) =
        crate::upkeep::generator::run_for(&services.db, crate::values::today(), model.id).await
    {
        tracing::warn!(%error, schedule = %model.id, "planning a changed schedule left to the sweep");
    }
}
