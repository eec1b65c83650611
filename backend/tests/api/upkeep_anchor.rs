//! Schedules counted after the last completion: one occurrence ahead at a time, its due date
//! one interval after the day the previous one was done; planned once whoever plans it (the
//! work order's transition, any number of generator sweeps at once); rules that name fixed
//! dates refused. On both databases.

use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;
use crate::upkeep::{occurrences, today};

const CREATE_ASSET: &str = "mutation($i: AssetFields!) { createAsset(input: $i) { id } }";
const CREATE: &str = "mutation($i: ScheduleFields!) { createUpkeepSchedule(input: $i) { id anchor nextDates(count: 3) } }";
const UPDATE: &str = "mutation($id: ID!, $i: ScheduleFields!) { updateUpkeepSchedule(id: $id, input: $i) { id anchor } }";
const MOVE: &str =
    "mutation($i: TransitionWorkOrderInput!) { transitionWorkOrder(input: $i) { id status } }";
const PREVIEW: &str = "query($r: String!, $s: NaiveDate!, $l: Int!, $a: ScheduleAnchor) { upkeepRulePreview(rule: $r, startsOn: $s, leadDays: $l, count: 3, anchor: $a) }";

/// Fields of a two-weekly drain check counted after the last completion, first due `starts`.
async fn fields(app: &TestApp, ops: &str, code: &str, starts: NaiveDate) -> Value {
    let cluster = app
        .graphql(
            Some(ops),
            "{ clusters(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await
        .ok()
        .data("/clusters/nodes/0/id")
        .clone();
    let drain = app
        .graphql(
            Some(ops),
            CREATE_ASSET,
            json!({ "i": { "clusterId": cluster, "code": code, "name": "Cống thoát nước", "category": "DRAINAGE" } }),
        )
        .await
        .ok()
        .data("/createAsset/id")
        .clone();
    json!({ "assetId": drain, "title": "Nạo vét cống", "rule": "FREQ=WEEKLY;INTERVAL=2",
        "startsOn": starts.to_string(), "leadDays": 3, "anchor": "AFTER_COMPLETION",
        "estimatedCost": 1500000,
        "checklist": [{ "label": "Cống thông", "kind": "PASS_FAIL" }] })
}

async fn create(app: &TestApp, ops: &str, input: &Value) -> Value {
    app.graphql(Some(ops), CREATE, json!({ "i": input }))
        .await
        .ok()
        .data("/createUpkeepSchedule")
        .clone()
}

async fn finish(app: &TestApp, ops: &str, work_order: &Value) {
    for to in ["IN_PROGRESS", "DONE"] {
        app.graphql(
            Some(ops),
            MOVE,
            json!({ "i": { "workOrderId": work_order, "to": to } }),
        )
        .await
        .ok();
    }
}

fn dues(all: &[Value]) -> Vec<(String, String)> {
    all.iter()
        .map(|o| {
            (
                o["dueOn"].as_str().unwrap().to_owned(),
                o["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

on_both_databases!(
    done_early_or_late_the_next_occurrence_counts_from_the_day_it_was_done,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let db = &app.services.db;
        let day = today();
        let early = fields(&app, &ops, "AC-EARLY", day + Duration::days(2)).await;
        let early = create(&app, &ops, &early).await;
        assert_eq!(early["anchor"], "AFTER_COMPLETION");
        assert_eq!(
            early["nextDates"],
            json!([
                (day + Duration::days(2)).to_string(),
                (day + Duration::days(16)).to_string(),
                (day + Duration::days(30)).to_string()
            ]),
            "a forecast as if each were done on its due date"
        );
        let late = fields(&app, &ops, "AC-LATE", day - Duration::days(5)).await;
        let late = create(&app, &ops, &late).await;

        // Saving each planned its first occurrence, on its start date, and opened it (its
        // lead time has begun); two replicas sweeping at once then have nothing left to do.
        let (a, b) = tokio::join!(
            clusterkeep::upkeep::generator::run(db, day),
            clusterkeep::upkeep::generator::run(db, day)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        let mine = |s: &Value| s["id"].clone();
        let first_early = occurrences(&app, &ops, &mine(&early)).await;
        let first_late = occurrences(&app, &ops, &mine(&late)).await;
        assert_eq!(
            dues(&first_early),
            vec![((day + Duration::days(2)).to_string(), "OPEN".into())]
        );
        assert_eq!(
            dues(&first_late),
            vec![((day - Duration::days(5)).to_string(), "OPEN".into())],
            "{a:?} {b:?}"
        );
        assert_eq!((a.planned + b.planned, a.opened + b.opened), (0, 0));

        // Only one occurrence lies ahead: sweeping again plans nothing for these schedules.
        clusterkeep::upkeep::generator::run(db, day).await.unwrap();
        clusterkeep::upkeep::generator::run(db, day + Duration::days(40))
            .await
            .unwrap();
        assert_eq!(occurrences(&app, &ops, &mine(&early)).await.len(), 1);
        assert_eq!(occurrences(&app, &ops, &mine(&late)).await.len(), 1);

        // Done today: two days early, the next is due two weeks from today, not from its due
        // date; five days late, likewise two weeks from today.
        finish(&app, &ops, &first_early[0]["workOrderId"]).await;
        finish(&app, &ops, &first_late[0]["workOrderId"]).await;
        let next = (day + Duration::days(14)).to_string();
        for (schedule, was) in [(&early, &first_early), (&late, &first_late)] {
            let all = occurrences(&app, &ops, &mine(schedule)).await;
            assert_eq!(
                dues(&all),
                vec![
                    (was[0]["dueOn"].as_str().unwrap().to_owned(), "OPEN".into()),
                    (next.clone(), "PLANNED".into())
                ],
                "planned the moment the work order was done"
            );
        }

        // Verifying it later does not plan another; nor do two sweeps at once.
        let verify = app
            .graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": first_early[0]["workOrderId"], "to": "VERIFIED", "noCost": true } }),
            )
            .await
            .ok();
        assert_eq!(verify.data("/transitionWorkOrder/status"), "VERIFIED");
        let before = app.snapshot().await;
        let (a, b) = tokio::join!(
            clusterkeep::upkeep::generator::run(db, day),
            clusterkeep::upkeep::generator::run(db, day)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!((a.planned + b.planned, a.opened + b.opened), (0, 0));
        assert_eq!(app.snapshot().await, before, "nothing more was written");

        // A skipped occurrence counts on from its own due date; the sweep plans that one once
        // however many replicas run it.
        let planned = occurrences(&app, &ops, &mine(&early)).await[1].clone();
        app.graphql(
            Some(&ops),
            "mutation($id: ID!) { skipUpkeepOccurrence(id: $id, reason: \"Mưa lớn\") { status } }",
            json!({ "id": planned["id"] }),
        )
        .await
        .ok();
        let (a, b, c) = tokio::join!(
            clusterkeep::upkeep::generator::run(db, day),
            clusterkeep::upkeep::generator::run(db, day),
            clusterkeep::upkeep::generator::run(db, day)
        );
        assert_eq!(
            a.unwrap().planned + b.unwrap().planned + c.unwrap().planned,
            1
        );
        let all = occurrences(&app, &ops, &mine(&early)).await;
        assert_eq!(
            dues(&all)[1..],
            [
                (next.clone(), "SKIPPED".into()),
                ((day + Duration::days(28)).to_string(), "PLANNED".into())
            ]
        );
    }
);

on_both_databases!(
    a_cancelled_work_order_counts_on_from_its_due_date,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let day = today();
        let input = fields(&app, &ops, "AC-CANCEL", day + Duration::days(1)).await;
        let schedule = create(&app, &ops, &input).await["id"].clone();
        clusterkeep::upkeep::generator::run(&app.services.db, day)
            .await
            .unwrap();
        let first = occurrences(&app, &ops, &schedule).await;
        app.graphql(
            Some(&ops),
            MOVE,
            json!({ "i": { "workOrderId": first[0]["workOrderId"], "to": "CANCELLED", "reason": "Trùng lịch" } }),
        )
        .await
        .ok();
        let all = occurrences(&app, &ops, &schedule).await;
        assert_eq!(
            dues(&all),
            vec![
                ((day + Duration::days(1)).to_string(), "OPEN".into()),
                ((day + Duration::days(15)).to_string(), "PLANNED".into())
            ]
        );
    }
);

on_both_databases!(
    rules_naming_fixed_dates_cannot_count_after_completion,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let day = today();
        let base = fields(&app, &ops, "AC-BAD", day).await;
        let fixed = create(
            &app,
            &ops,
            &json!({ "assetId": base["assetId"], "title": "Cố định", "rule": "FREQ=MONTHLY;BYMONTHDAY=5", "startsOn": "2027-01-01" }),
        )
        .await;
        assert_eq!(fixed["anchor"], "FIXED", "fixed dates when omitted");
        let before = app.snapshot().await;
        for rule in [
            "FREQ=MONTHLY;BYMONTHDAY=5",
            "FREQ=WEEKLY;COUNT=4",
            "FREQ=DAILY;INTERVAL=10;UNTIL=20300101T000000Z",
            "FREQ=WEEKLY;BYDAY=MO",
        ] {
            let mut input = base.clone();
            input["rule"] = json!(rule);
            input["leadDays"] = json!(0);
            let refused = app
                .graphql(Some(&ops), CREATE, json!({ "i": input.clone() }))
                .await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{rule}");
            assert_eq!(refused.field_paths(), vec!["input.rule"], "{rule}");
            let changed = app
                .graphql(
                    Some(&ops),
                    UPDATE,
                    json!({ "id": fixed["id"], "i": input.clone() }),
                )
                .await;
            assert_eq!(changed.field_paths(), vec!["input.rule"], "{rule}");
            let preview = app
                .graphql(
                    Some(&ops),
                    PREVIEW,
                    json!({ "r": rule, "s": "2027-01-01", "l": 0, "a": "AFTER_COMPLETION" }),
                )
                .await;
            assert_eq!(preview.field_paths(), vec!["rule"], "{rule}");
        }
        // A month from the 31st can be 28 days: 30 lead days do not fit, though the fixed
        // rule (which skips short months) would allow them.
        let mut long_lead = base.clone();
        long_lead["rule"] = json!("FREQ=MONTHLY");
        long_lead["startsOn"] = json!("2027-01-31");
        long_lead["leadDays"] = json!(30);
        let refused = app
            .graphql(Some(&ops), CREATE, json!({ "i": long_lead }))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"));
        assert_eq!(refused.field_paths(), vec!["input.leadDays"]);
        assert_eq!(app.snapshot().await, before, "nothing was written");

        let preview = app
            .graphql(
                Some(&ops),
                PREVIEW,
                json!({ "r": "FREQ=MONTHLY", "s": "2027-01-31", "l": 5, "a": "AFTER_COMPLETION" }),
            )
            .await
            .ok();
        assert_eq!(
            preview.data("/upkeepRulePreview"),
            &json!(["2027-01-31", "2027-02-28", "2027-03-28"])
        );
    }
);
