//! Inspections: answering the typed checklist a schedule copied into its work order. Each
//! answer is read by its kind (yes/no, pass/fail, a number within its accepted range, text);
//! a number outside its range cannot be marked as passing; and a failed answer can open a
//! corrective work order on the same asset, linked from the item that failed.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::ids::{ChecklistItemId, WorkOrderId};
use crate::maintenance::Priority;
use crate::maintenance::entities::{checklist_item, work_order};
use crate::maintenance::work_orders::{append_event, editable, short};
use crate::upkeep::ChecklistKind;
use crate::values::required_text;

/// An answer as typed.
#[derive(Clone, Debug)]
pub struct AnswerInput {
    pub item_id: ChecklistItemId,
    /// YES or NO, PASS or FAIL, a number, or text, by the item's kind.
    pub answer: String,
    /// The verdict; for pass/fail and numbers it follows from the answer when omitted.
    pub passed: Option<bool>,
    /// Open a corrective work order (only for a failed answer).
    pub open_corrective: bool,
}

/// What answering did: the item, and the corrective work order it opened, if any.
#[derive(Clone, Debug)]
pub struct Answered {
    pub item: checklist_item::Model,
    pub corrective: Option<work_order::Model>,
}

/// Reads a number as typed (`7.5`, `7,5`).
fn number(raw: &str) -> Option<f64> {
    raw.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// Whether `value` lies in the accepted range (an open end accepts anything).
pub(crate) fn within(value: f64, min: Option<f64>, max: Option<f64>) -> bool {
    min.is_none_or(|lo| value >= lo) && max.is_none_or(|hi| value <= hi)
}

/// The verdict an answer gives by itself: pass/fail says it, a number is judged by its range,
/// yes/no and text give none.
pub fn verdict(
    kind: ChecklistKind,
    min: Option<f64>,
    max: Option<f64>,
    answer: &str,
) -> Option<bool> {
    match kind {
        ChecklistKind::PassFail => Some(answer.trim().eq_ignore_ascii_case("PASS")),
        ChecklistKind::Number => number(answer).map(|v| within(v, min, max)),
        ChecklistKind::YesNo | ChecklistKind::Text | ChecklistKind::Photo => None,
    }
}

/// The range in words, for messages: "5.5–9 pH", "at most 150 mg/l".
fn range_words(min: Option<f64>, max: Option<f64>, unit: Option<&str>) -> String {
    let unit = unit.map(|u| format!(" {u}")).unwrap_or_default();
    match (min, max) {
        (Some(lo), Some(hi)) => format!("{lo}–{hi}{unit}"),
        (Some(lo), None) => format!("at least {lo}{unit}"),
        (None, Some(hi)) => format!("at most {hi}{unit}"),
        (None, None) => "any value".to_owned(),
    }
}

/// Checks an answer against its item: the stored answer and verdict, or VALIDATION on
/// `input.answer` or `input.passed`.
pub fn check(
    item: &checklist_item::Model,
    raw: &str,
    passed: Option<bool>,
) -> AppResult<(String, Option<bool>)> {
    let Some(kind) = item.kind else {
        return Err(AppError::invalid(
            "input.itemId",
            reason!(
                "plain_step_ticked_answered",
                "a plain step is ticked, not answered"
            ),
        ));
    };
    let raw = raw.trim();
    let answer = match kind {
        ChecklistKind::YesNo | ChecklistKind::PassFail => {
            let (yes, no) = if kind == ChecklistKind::YesNo {
                ("YES", "NO")
            } else {
                ("PASS", "FAIL")
            };
            let upper = raw.to_uppercase();
            if upper != yes && upper != no {
                return Err(AppError::invalid(
                    "input.answer",
                    reason!(
                        "answer_yes_or_no",
                        "answer {yes} or {no}",
                        yes = yes,
                        no = no
                    ),
                ));
            }
            upper
        }
        ChecklistKind::Number => match number(raw) {
            Some(v) => v.to_string(),
            None => {
                return Err(AppError::invalid(
                    "input.answer",
                    reason!("answer_a_number", "answer with a number, e.g. 7.5"),
                ));
            }
        },
        ChecklistKind::Text => required_text(raw, "input.answer", 2000)?,
        ChecklistKind::Photo => {
            return Err(AppError::invalid(
                "input.answer",
                reason!(
                    "item_is_photo",
                    "this item is answered with a photo (answerChecklistPhoto)"
                ),
            ));
        }
    };
    let own = verdict(kind, item.min_value, item.max_value, &answer);
    let passed = match (own, passed) {
        (Some(false), Some(true)) if kind == ChecklistKind::Number => {
            return Err(AppError::invalid(
                "input.passed",
                reason!(
                    "answer_out_of_range",
                    "{answer} is outside the accepted range ({range}); it cannot pass",
                    answer = answer,
                    range = range_words(item.min_value, item.max_value, item.unit.as_deref())
                ),
            ));
        }
        (Some(o), Some(p)) if kind == ChecklistKind::PassFail && o != p => {
            return Err(AppError::invalid(
                "input.passed",
                reason!(
                    "verdict_contradicts_answer",
                    "the verdict contradicts the answer"
                ),
            ));
        }
        // A number in range may still fail for a reason the inspector saw.
        (_, Some(p)) => Some(p),
        (o, None) => o,
    };
    Ok((answer, passed))
}

/// Answers a checklist item of an open inspection (operators); a failed answer may open a
/// corrective work order (priority P2, same cluster, asset and funding) in the same
/// transaction. A verified or cancelled work order is a CONFLICT, as is a second corrective
/// work order for the same item.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn answer(db: &Db, ctx: &TenantCtx, input: AnswerInput) -> AppResult<Answered> {
    ctx.require(Policy::ManageMaintenance)?;
    let txn = db.tenant(ctx, Policy::ManageMaintenance).await?;
    let before = txn
        .scoped_by_id::<checklist_item::Entity>(input.item_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let inspection = editable(&txn, WorkOrderId(before.work_order_id)).await?;
    let (answer, passed) = check(&before, &input.answer, input.passed)?;
    let done = record(
        &txn,
        ctx,
        &inspection,
        before,
        answer,
        passed,
        input.open_corrective,
    )
    .await?;
    txn.commit().await?;
    Ok(done)
}

/// Stores a checked answer to `before`, an item of the open `inspection`, in the caller's
/// transaction; a failed answer may open a corrective work order. Audited.
pub(crate) async fn record(
    txn: &TenantTxn,
    ctx: &TenantCtx,
    inspection: &work_order::Model,
    before: checklist_item::Model,
    answer: String,
    passed: Option<bool>,
    open_corrective: bool,
) -> AppResult<Answered> {
    let corrective = if open_corrective {
        if passed != Some(false) {
            return Err(AppError::invalid(
                "input.openCorrective",
                reason!(
                    "failed_answer_opens_corrective",
                    "only a failed answer opens a corrective work order"
                ),
            ));
        }
        if before.corrective_work_order_id.is_some() {
            return Err(AppError::Conflict(reason!(
                "item_already_opened_corrective",
                "this item has already opened a corrective work order"
            )));
        }
        let wo = work_order::Model {
            cluster_id: inspection.cluster_id,
            assignee_user_id: inspection.assignee_user_id,
            funding_source: inspection.funding_source,
            asset_id: inspection.asset_id,
            ..work_order::Model::opened(
                txn.tenant_id().0,
                Some(ctx.user_id().0),
                format!("Khắc phục: {}", before.label),
                format!(
                    "Mục kiểm tra không đạt trong lệnh {} \"{}\": {} = {}.",
                    short(inspection.id),
                    inspection.title,
                    before.label,
                    answer
                ),
                Priority::P2,
            )
        };
        work_order::Entity::insert(wo.clone().into_active_model())
            .exec_without_returning(txn.conn())
            .await?;
        append_event(
            txn,
            ctx,
            &wo,
            None,
            crate::maintenance::Why::code(crate::maintenance::EventReason::Corrective)
                .detail(short(inspection.id)),
        )
        .await?;
        audit::created(txn, ctx, "WorkOrder", wo.id, &wo).await?;
        Some(wo)
    } else {
        None
    };
    let mut active = before.clone().into_active_model();
    active.answer = Set(Some(answer));
    active.passed = Set(passed);
    active.done = Set(true);
    if let Some(wo) = &corrective {
        active.corrective_work_order_id = Set(Some(wo.id));
    }
    let item = active.update(txn.conn()).await?;
    audit::record(
        txn,
        ctx,
        "ChecklistItem",
        item.id,
        "answered",
        Some(&before),
        Some(&item),
    )
    .await?;
    Ok(Answered { item, corrective })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use uuid::Uuid;

    fn item(
        kind: Option<ChecklistKind>,
        min: Option<f64>,
        max: Option<f64>,
    ) -> checklist_item::Model {
        checklist_item::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            work_order_id: Uuid::nil(),
            position: 1,
            label: "pH".into(),
            done: false,
            kind,
            unit: Some("pH".into()),
            min_value: min,
            max_value: max,
            answer: None,
            passed: None,
            corrective_work_order_id: None,
        }
    }

    fn field(e: AppError) -> String {
        match e {
            AppError::Validation(f) => f[0].path.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_number_is_judged_by_its_range_and_cannot_pass_outside_it() {
        let ph = item(Some(ChecklistKind::Number), Some(5.5), Some(9.0));
        assert_eq!(check(&ph, "7,2", None).unwrap(), ("7.2".into(), Some(true)));
        assert_eq!(
            check(&ph, "9.5", None).unwrap(),
            ("9.5".into(), Some(false))
        );
        assert_eq!(check(&ph, "7", Some(false)).unwrap().1, Some(false));
        assert_eq!(
            field(check(&ph, "9.5", Some(true)).unwrap_err()),
            "input.passed"
        );
        assert_eq!(
            field(check(&ph, "seven", None).unwrap_err()),
            "input.answer"
        );
        let cod = item(Some(ChecklistKind::Number), None, Some(150.0));
        assert_eq!(check(&cod, "-3", None).unwrap().1, Some(true));
    }

    #[test]
    fn pass_fail_and_yes_no_take_their_words_only() {
        let pf = item(Some(ChecklistKind::PassFail), None, None);
        assert_eq!(
            check(&pf, "fail", None).unwrap(),
            ("FAIL".into(), Some(false))
        );
        assert_eq!(
            field(check(&pf, "PASS", Some(false)).unwrap_err()),
            "input.passed"
        );
        assert_eq!(
            field(check(&pf, "maybe", None).unwrap_err()),
            "input.answer"
        );
        let yn = item(Some(ChecklistKind::YesNo), None, None);
        assert_eq!(check(&yn, "yes", None).unwrap(), ("YES".into(), None));
        assert_eq!(check(&yn, "NO", Some(false)).unwrap().1, Some(false));
        assert_eq!(
            field(check(&item(None, None, None), "x", None).unwrap_err()),
            "input.itemId"
        );
    }
}
