//! The operator's work notices: work orders and upkeep due to their assignee, SLA at 75% and
//! breached to the admins (P1 whatever the send window), meter readings missing at the month's
//! end, a fund that does not cover its plan; and the cluster override of reminder settings.
//! Each fires on its day, once, in its reader's language, and stops when its subject is done.

use chrono::{DateTime, Datelike, Duration, Months, SubsecRound, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::billing::{arrange, first_of_month, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;
use crate::reminders::{SETTINGS, at, invoice, kinds, messages, steps, uuid};
use clusterkeep::notify::MailStatus;
use clusterkeep::notify::entities::outbox_message;
use clusterkeep::reminders::Kind;
use clusterkeep::reminders::entities::reminder_send;
use clusterkeep::reminders::schedule::{first_working_day, last_of_month};
use clusterkeep::reminders::sweep::estate::meter_day;

const CREATE: &str = "mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id } }";
const ASSIGN: &str = "mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { id } }";
const MOVE: &str =
    "mutation($i: TransitionWorkOrderInput!) { transitionWorkOrder(input: $i) { id status } }";

/// The steps of `kind` only.
fn of_kind(list: &[(String, String)], kind: &str) -> Vec<String> {
    kinds(list)
        .into_iter()
        .filter(|k| k.starts_with(&format!("{kind} ")))
        .collect()
}

/// The staff member's user id, after switching their language to English.
async fn english_staff(app: &TestApp) -> Value {
    let (staff, _) = app.login_as("staff@dongsoc.example").await;
    app.graphql(
        Some(&staff),
        "mutation { updateProfile(input: { locale: EN }) { id } }",
        json!({}),
    )
    .await
    .ok();
    app.graphql(Some(&staff), "{ me { id } }", json!({}))
        .await
        .ok()
        .data("/me/id")
        .clone()
}

async fn work_order(app: &TestApp, admin: &str, title: &str, priority: &str) -> Value {
    app.graphql(
        Some(admin),
        CREATE,
        json!({ "i": { "title": title, "priority": priority } }),
    )
    .await
    .ok()
    .data("/createWorkOrder/id")
    .clone()
}

async fn move_to(app: &TestApp, admin: &str, id: &Value, to: &str) {
    app.graphql(
        Some(admin),
        MOVE,
        json!({ "i": { "workOrderId": id, "to": to } }),
    )
    .await
    .ok();
}

on_both_databases!(
    a_work_order_and_upkeep_remind_their_assignee_due_soon_and_overdue_once_until_done,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let staff = english_staff(&app).await;
        // P3: resolution due 8 days after it was opened, around the clock.
        let gid = work_order(&app, &admin, "Sơn lại vạch kẻ đường", "P3").await;
        let opened = Utc::now();
        app.graphql(
            Some(&admin),
            ASSIGN,
            json!({ "i": { "workOrderId": gid, "userId": staff } }),
        )
        .await
        .ok();
        let id = uuid(&gid);
        let reminders = &app.services.reminders;
        let day = |n: i64| opened + Duration::days(n);
        for n in [4, 5, 6, 8, 9, 15, 16, 16] {
            reminders.sweep(day(n)).await.unwrap();
        }
        assert_eq!(
            of_kind(&steps(&app, id).await, "WORK_ORDER_DUE"),
            [
                "WORK_ORDER_DUE -3",
                "WORK_ORDER_DUE +1",
                "WORK_ORDER_DUE +8"
            ]
        );
        let mail: Vec<_> = messages(&app, id)
            .await
            .into_iter()
            .filter(|m| m.recipient == "staff@dongsoc.example" && m.template == "reminder")
            .collect();
        assert_eq!(mail.len(), 3, "to the assignee only");
        assert!(
            mail.iter().all(|m| m
                .subject
                .starts_with("Work reminder: Sơn lại vạch kẻ đường")),
            "in the assignee's language: {:?}",
            mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
        );
        assert!(
            mail.iter()
                .any(|m| m.body_text.contains("Overdue by 1 days"))
        );
        assert!(mail.iter().all(|m| m.list_unsubscribe.is_none()));

        // Done: no more notices of any kind, and those still waiting are withdrawn.
        let waiting = |mail: &[outbox_message::Model]| {
            mail.iter()
                .filter(|m| m.status == MailStatus::Pending)
                .count()
        };
        assert!(waiting(&messages(&app, id).await) > 0);
        move_to(&app, &admin, &gid, "IN_PROGRESS").await;
        move_to(&app, &admin, &gid, "DONE").await;
        let mail = messages(&app, id).await;
        assert_eq!(waiting(&mail), 0, "withdrawn when the work is done");
        assert!(mail.iter().any(|m| m.status == MailStatus::Cancelled));
        let before = steps(&app, id).await.len();
        reminders.sweep(day(23)).await.unwrap();
        reminders.sweep(day(30)).await.unwrap();
        assert_eq!(steps(&app, id).await.len(), before, "done stops it");

        // Upkeep opened from a schedule is due on the occurrence's date.
        let cluster = app
            .graphql(
                Some(&admin),
                "{ clusters(first: 1) { nodes { id } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/clusters/nodes/0/id")
            .clone();
        let due = today() + Duration::days(10);
        app.graphql(
            Some(&admin),
            "mutation($i: ScheduleFields!) { createUpkeepSchedule(input: $i) { id } }",
            json!({ "i": { "clusterId": cluster, "title": "Nạo vét cống", "rule": "FREQ=YEARLY",
                "startsOn": due.to_string(), "leadDays": 10, "assigneeUserId": staff } }),
        )
        .await
        .ok();
        clusterkeep::upkeep::generator::run(&app.services.db, today())
            .await
            .unwrap();
        for d in [-4, -3, -1, 0, 1, 2, 8] {
            reminders
                .sweep(at(due + Duration::days(d), "09:00"))
                .await
                .unwrap();
        }
        let txn = app.services.db.system().await.unwrap();
        let upkeep: Vec<String> = reminder_send::Entity::find()
            .filter(reminder_send::Column::Kind.eq(Kind::UpkeepDue))
            .filter(reminder_send::Column::AnchorOn.eq(due))
            .order_by_asc(reminder_send::Column::DueAt)
            .all(txn.conn())
            .await
            .unwrap()
            .into_iter()
            .map(|r| format!("{} {}", r.step, r.anchor_on))
            .collect();
        txn.commit().await.unwrap();
        assert_eq!(
            upkeep,
            [
                format!("-3 {due}"),
                format!("+1 {due}"),
                format!("+8 {due}")
            ]
        );
    }
);

on_both_databases!(
    an_sla_warns_the_admins_at_three_quarters_and_on_breach_and_a_p1_ignores_the_window,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        // A window open on one day only, none of the days swept: anything but P1 would wait.
        let closed = (today() + Duration::days(3)).weekday();
        let day = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
            [closed.num_days_from_monday() as usize];
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": { "sendWindow": { "start": "08:00", "end": "09:00", "days": [day] } } }),
        )
        .await
        .ok();
        // P1: a response within 1 hour, a resolution within 24, around the clock.
        let gid = work_order(&app, &admin, "Mất điện chiếu sáng trục chính", "P1").await;
        // Microseconds, as PostgreSQL keeps them.
        let opened = Utc::now().trunc_subsecs(6);
        let done = work_order(&app, &admin, "Vỡ ống cấp nước", "P1").await;
        move_to(&app, &admin, &done, "IN_PROGRESS").await;
        let id = uuid(&gid);
        let reminders = &app.services.reminders;
        let mut swept: Vec<DateTime<Utc>> = Vec::new();
        for minutes in [30, 46, 50, 61, 18 * 60 + 1, 24 * 60 + 1, 25 * 60] {
            let now = opened + Duration::minutes(minutes);
            reminders.sweep(now).await.unwrap();
            swept.push(now);
            if minutes == 50 {
                move_to(&app, &admin, &done, "DONE").await;
            }
        }
        assert_eq!(
            of_kind(&steps(&app, id).await, "SLA"),
            [
                "SLA response-75",
                "SLA response-100",
                "SLA resolution-75",
                "SLA resolution-100"
            ]
        );
        let mut mail = messages(&app, id).await;
        mail.retain(|m| m.subject.starts_with("Cảnh báo SLA"));
        mail.sort_by_key(|m| m.next_attempt_at);
        assert_eq!(mail.len(), 4, "to the one admin, in Vietnamese");
        assert!(mail.iter().all(|m| m.recipient == "ops@dongsoc.example"));
        assert!(mail[0].subject.contains("(75%)"));
        assert!(mail[1].subject.contains("(100%)"));
        assert_eq!(
            mail.iter().map(|m| m.next_attempt_at).collect::<Vec<_>>(),
            [swept[1], swept[3], swept[4], swept[5]],
            "a P1 goes at once, outside the send window"
        );
        // Responded before three quarters, then done: nothing to say about it.
        assert!(
            of_kind(&steps(&app, uuid(&done)).await, "SLA").is_empty(),
            "{:?}",
            steps(&app, uuid(&done)).await
        );
    }
);

on_both_databases!(
    missing_meter_readings_remind_staff_in_the_last_three_days_of_the_month_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let this_month = first_of_month(today());
        let (cluster, lease, _) =
            arrange(&app, &admin, "CCN Đồng hồ", this_month - Months::new(2)).await;
        let cluster_id = uuid(&cluster);
        // This month's reading is in: nothing this month.
        app.graphql(
            Some(&admin),
            "mutation($i: MeterReadingFields!) { recordMeterReading(input: $i) { id } }",
            json!({ "i": { "leaseId": lease, "period": this_month.to_string(),
                "readOn": today().to_string(), "meterM3": 120 } }),
        )
        .await
        .ok();
        let reminders = &app.services.reminders;
        reminders
            .sweep(at(meter_day(this_month), "09:00"))
            .await
            .unwrap();
        assert!(steps(&app, cluster_id).await.is_empty());
        // Next month's is not: from three days before its end, once.
        let next = this_month + Months::new(1);
        for d in [-1, 0, 1, 2] {
            reminders
                .sweep(at(meter_day(next) + Duration::days(d), "09:00"))
                .await
                .unwrap();
        }
        assert_eq!(
            kinds(&steps(&app, cluster_id).await),
            [format!("METER_READINGS {}", next.format("%Y-%m"))]
        );
        let mail: Vec<_> = messages(&app, cluster_id)
            .await
            .into_iter()
            .filter(|m| m.recipient == "staff@dongsoc.example")
            .collect();
        assert_eq!(mail.len(), 1, "to the staff who enter readings, once");
        assert!(
            mail[0].subject.contains("CCN Đồng hồ"),
            "{}",
            mail[0].subject
        );
        assert!(mail[0].body_text.contains("Công ty TNHH CCN Đồng hồ"));
        assert_eq!(meter_day(next), last_of_month(next) - Duration::days(2));

        // Switched off for the operator: the month after sends nothing.
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": { "disabledKinds": ["METER_READINGS"] } }),
        )
        .await
        .ok();
        let after = next + Months::new(1);
        reminders
            .sweep(at(meter_day(after), "09:00"))
            .await
            .unwrap();
        assert_eq!(steps(&app, cluster_id).await.len(), 1);
    }
);

on_both_databases!(
    a_fund_short_of_its_plan_warns_the_admins_monthly_until_covered,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let this_month = first_of_month(today());
        // 10,000 m² leased at 650 đ/m²/month: 78,000,000 đ expected a year.
        let (cluster, _, _) = arrange(&app, &admin, "CCN Quỹ", this_month - Months::new(2)).await;
        let cluster_id = uuid(&cluster);
        let month = this_month + Months::new(2);
        for (m, amount) in [(month, 100_000_000), (month + Months::new(1), 70_000_000)] {
            app.graphql(
                Some(&admin),
                "mutation($c: ID!, $m: NaiveDate!, $a: Int!) { planUpkeep(clusterId: $c, month: $m, amount: $a, description: \"Thảm lại đường nội bộ\") { id } }",
                json!({ "c": cluster, "m": m.to_string(), "a": amount }),
            )
            .await
            .ok();
        }
        let reminders = &app.services.reminders;
        let working = first_working_day(month);
        // 170,000,000 planned from this month: 45%; once this month.
        for d in [0, 1, 5] {
            reminders
                .sweep(at(working + Duration::days(d), "09:00"))
                .await
                .unwrap();
        }
        // Next month 70,000,000 planned: covered (111%), nothing.
        let following = first_working_day(month + Months::new(1));
        reminders.sweep(at(following, "09:00")).await.unwrap();
        assert_eq!(
            kinds(&steps(&app, cluster_id).await),
            [format!("FUND_COVERAGE {}", month.format("%Y-%m"))]
        );
        let mail = messages(&app, cluster_id).await;
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].recipient, "ops@dongsoc.example");
        assert!(mail[0].subject.contains("45%"), "{}", mail[0].subject);
        assert!(
            mail[0].body_text.contains("170.000.000"),
            "{}",
            mail[0].body_text
        );
    }
);

on_both_databases!(
    a_cluster_override_changes_its_clusters_reminders_and_inherits_the_rest,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _, first, due) = invoice(&app, "CCN Mặc định").await;
        let (_, _, second, _) = invoice(&app, "CCN Riêng").await;
        let clusters = app
            .graphql(
                Some(&admin),
                "{ clusters(first: 100) { nodes { id name } } }",
                json!({}),
            )
            .await
            .ok();
        let own = clusters
            .data("/clusters/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "CCN Riêng")
            .unwrap()["id"]
            .clone();
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": { "ladderDays": [1, 10], "cc": "congno@dongsoc.example" } }),
        )
        .await
        .ok();
        let saved = app
            .graphql(
                Some(&admin),
                SETTINGS,
                json!({ "i": { "clusterId": own, "ladderDays": [2],
                    "disabledKinds": ["INVOICE_DUE_SOON"] } }),
            )
            .await
            .ok();
        assert_eq!(saved.data("/updateReminderSettings/customised"), true);
        let read = app
            .graphql(
                Some(&admin),
                "query($c: ID) { reminderSettings(clusterId: $c) { customised ownLadderDays ownDisabledKinds effective { ladderDays cc enabledKinds } } }",
                json!({ "c": own }),
            )
            .await
            .ok();
        let settings = read.data("/reminderSettings");
        assert_eq!(settings["ownLadderDays"], json!([2]));
        assert_eq!(settings["effective"]["ladderDays"], json!([2]));
        assert_eq!(
            settings["effective"]["cc"], "congno@dongsoc.example",
            "the copy address is inherited"
        );
        assert!(
            !settings["effective"]["enabledKinds"]
                .as_array()
                .unwrap()
                .contains(&json!("INVOICE_DUE_SOON"))
        );
        let operator = app
            .graphql(
                Some(&admin),
                "{ reminderSettings { customised effective { ladderDays enabledKinds } } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(
            operator.data("/reminderSettings/effective/ladderDays"),
            &json!([1, 10])
        );

        let reminders = &app.services.reminders;
        for d in [-3, 1, 2, 10] {
            reminders
                .sweep(at(due + Duration::days(d), "09:00"))
                .await
                .unwrap();
        }
        assert_eq!(
            kinds(&steps(&app, uuid(&first)).await),
            [
                "INVOICE_DUE_SOON -3",
                "INVOICE_OVERDUE +1",
                "INVOICE_OVERDUE +10"
            ],
            "the operator's settings"
        );
        assert_eq!(
            kinds(&steps(&app, uuid(&second)).await),
            ["INVOICE_OVERDUE +2"],
            "the cluster's own ladder, without due-soon"
        );
        let copies = messages(&app, uuid(&second)).await;
        assert!(
            copies
                .iter()
                .any(|m| m.recipient == "congno@dongsoc.example"),
            "the inherited copy"
        );
    }
);
