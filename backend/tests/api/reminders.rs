//! Scheduled reminders: each kind on its day and once, payment and pauses, catch-up, the send
//! window in Vietnam time, bad settings refused with nothing written, and several servers
//! sweeping one PostgreSQL database at once. The clock is injected: every sweep is given its
//! `now`.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;
use clusterkeep::db::Db;
use clusterkeep::notify::MailStatus;
use clusterkeep::notify::entities::outbox_message;
use clusterkeep::reminders::Reminders;
use clusterkeep::reminders::entities::reminder_send;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::billing::{INVOICES, ISSUE, PAY, arrange, first_of_month, run, today};
use crate::helpers::{Backend, Options, TestApp, app, app_with_mail, spawn_app};
use crate::on_both_databases;

pub(crate) const SETTINGS: &str = "mutation($i: ReminderSettingsFields!) { updateReminderSettings(input: $i) { customised effective { enabledKinds ladderDays repeatDays sendWindow { always start end days } cc templates { kind locale subject } } } }";
const HOLD: &str =
    "mutation($i: ReminderHoldFields!) { holdReminders(input: $i) { id excluded reason endsOn } }";
const LIFT: &str = "mutation($id: ID!) { liftReminderHold(id: $id) { id liftedAt } }";

/// `hh:mm` on `day` in Vietnam, as the instant a sweep is given.
pub(crate) fn at(day: NaiveDate, time: &str) -> DateTime<Utc> {
    let time = NaiveTime::parse_from_str(time, "%H:%M").unwrap();
    Ho_Chi_Minh
        .from_local_datetime(&day.and_time(time))
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

pub(crate) fn uuid(id: &Value) -> Uuid {
    clusterkeep::graphql::ids::parse(&async_graphql::ID(id.as_str().unwrap().to_owned()))
        .unwrap()
        .1
}

/// An operator's cluster with one firm (one billing address) and one issued invoice: returns
/// (admin token, firm id, invoice id, its due date).
pub(crate) async fn invoice(app: &TestApp, name: &str) -> (String, Value, Value, NaiveDate) {
    let (admin, _) = app.login_as("ops@dongsoc.example").await;
    let month = first_of_month(today()) + Months::new(1);
    let (cluster, _, firm) = arrange(app, &admin, name, month).await;
    app.graphql(Some(&admin), ISSUE, run(&cluster, month))
        .await
        .ok();
    let list = app
        .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
        .await
        .ok();
    let node = list.data("/invoices/nodes/0").clone();
    let due = node["dueOn"].as_str().unwrap().parse().unwrap();
    (admin, firm, node["id"].clone(), due)
}

/// The ledger's steps for `subject`, in the order claimed.
pub(crate) async fn steps(app: &TestApp, subject: Uuid) -> Vec<(String, String)> {
    let txn = app.services.db.system().await.unwrap();
    let mut rows = reminder_send::Entity::find()
        .filter(reminder_send::Column::SubjectId.eq(subject))
        .all(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    rows.sort_by_key(|r| r.due_at);
    rows.into_iter()
        .map(|r| (r.kind.code().to_owned(), r.step))
        .collect()
}

/// The outbox messages about `subject`.
pub(crate) async fn messages(app: &TestApp, subject: Uuid) -> Vec<outbox_message::Model> {
    let txn = app.services.db.system().await.unwrap();
    let rows = outbox_message::Entity::find()
        .filter(outbox_message::Column::SubjectId.eq(subject))
        .all(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    rows
}

pub(crate) fn kinds(list: &[(String, String)]) -> Vec<String> {
    list.iter().map(|(k, s)| format!("{k} {s}")).collect()
}

on_both_databases!(
    each_invoice_reminder_fires_on_its_day_and_only_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, _, id, due) = invoice(&app, "CCN Nhắc hạn").await;
        let id = uuid(&id);
        let reminders = &app.services.reminders;
        let day = |offset: i64| due + Duration::days(offset);
        // Each day twice (and a second sweep the same hour): the second finds nothing new.
        for offset in [-5, -4, -3, -2, 0, 1, 2, 7, 14, 15, 30, 45, 60, 89, 90] {
            reminders.sweep(at(day(offset), "09:00")).await.unwrap();
            reminders.sweep(at(day(offset), "15:00")).await.unwrap();
        }
        assert_eq!(
            kinds(&steps(&app, id).await),
            [
                "INVOICE_DUE_SOON -3",
                "INVOICE_DUE_TODAY 0",
                "INVOICE_OVERDUE +1",
                "INVOICE_OVERDUE +7",
                "INVOICE_OVERDUE +15",
                "INVOICE_OVERDUE +30",
                "INVOICE_OVERDUE +60",
                "INVOICE_OVERDUE +90",
            ]
        );
        let mail = messages(&app, id).await;
        assert_eq!(mail.len(), 8, "one message per step to the one address");
        assert!(mail.iter().all(|m| m.recipient == "ketoan@lessee.example"));
        let overdue = mail
            .iter()
            .find(|m| m.subject.contains("quá hạn 7 ngày"))
            .expect("the +7 reminder, in Vietnamese");
        assert!(
            overdue.body_text.contains("Lãi chậm trả: 10%/năm"),
            "{}",
            overdue.body_text
        );
        assert!(overdue.body_html.contains("cid:vietqr"));
        assert!(overdue.qr_payload.as_deref().unwrap().starts_with("000201"));
        assert!(overdue.body_text.contains("/my-invoices/"));
        assert!(
            overdue.list_unsubscribe.is_none(),
            "an overdue notice cannot be refused"
        );
        let soon = mail
            .iter()
            .find(|m| m.subject.contains("đến hạn ngày"))
            .unwrap();
        assert!(
            soon.list_unsubscribe.is_some(),
            "a due-soon reminder can be refused"
        );
        let ids: std::collections::HashSet<_> = mail.iter().map(|m| m.message_id.clone()).collect();
        assert_eq!(ids.len(), 8, "a Message-ID of its own per reminder");
    }
);

on_both_databases!(
    a_payment_stops_the_ladder_and_withdraws_the_waiting_reminder,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, firm, gid, due) = invoice(&app, "CCN Thanh toán").await;
        let id = uuid(&gid);
        let reminders = &app.services.reminders;
        // Sunday evening, with the operator's window: the reminder waits for Monday 08:00.
        app.graphql(Some(&admin), SETTINGS, json!({ "i": {
            "sendWindow": { "start": "08:00", "end": "17:30", "days": ["MON", "TUE", "WED", "THU", "FRI", "SAT"] } } }))
            .await
            .ok();
        let mut sunday = due + Duration::days(1);
        while chrono::Datelike::weekday(&sunday) != chrono::Weekday::Sun {
            sunday += Duration::days(1);
        }
        reminders.sweep(at(sunday, "19:00")).await.unwrap();
        let waiting = messages(&app, id).await;
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].status, MailStatus::Pending);
        assert_eq!(
            waiting[0].next_attempt_at,
            at(sunday + Duration::days(1), "08:00")
        );

        let open = app
            .graphql(Some(&admin), INVOICES, json!({}))
            .await
            .ok()
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == gid)
            .unwrap()["open"]
            .as_i64()
            .unwrap();
        app.graphql(Some(&admin), PAY, json!({ "i": { "firmId": firm, "amount": open,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER", "idempotencyKey": "pay-all" } }))
            .await
            .ok();
        let after = messages(&app, id).await;
        assert_eq!(
            after[0].status,
            MailStatus::Cancelled,
            "withdrawn with the payment"
        );
        for offset in [7, 15, 30, 60] {
            reminders
                .sweep(at(due + Duration::days(offset), "10:00"))
                .await
                .unwrap();
        }
        assert_eq!(steps(&app, id).await.len(), 1, "no step after the payment");
    }
);

on_both_databases!(
    a_pause_holds_a_firms_reminders_until_its_end_and_lifting_it_resumes_them,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, firm, id, due) = invoice(&app, "CCN Tạm dừng").await;
        let id = uuid(&id);
        let reminders = &app.services.reminders;
        let pause = app
            .graphql(
                Some(&admin),
                HOLD,
                json!({ "i": { "firmId": firm, "reason": "Tranh chấp số đo diện tích",
                "endsOn": (due + Duration::days(3)).to_string() } }),
            )
            .await
            .ok();
        assert_eq!(pause.data("/holdReminders/excluded"), false);
        reminders.sweep(at(due, "10:00")).await.unwrap();
        reminders
            .sweep(at(due + Duration::days(3), "10:00"))
            .await
            .unwrap();
        assert!(
            steps(&app, id).await.is_empty(),
            "paused through its last day"
        );
        reminders
            .sweep(at(due + Duration::days(4), "10:00"))
            .await
            .unwrap();
        assert_eq!(kinds(&steps(&app, id).await), ["INVOICE_OVERDUE +1"]);

        // An exclusion holds until lifted; then the step due now goes, once.
        let exclusion = app
            .graphql(
                Some(&admin),
                HOLD,
                json!({ "i": { "firmId": firm, "exclude": true, "reason": "Kế hoạch trả góp" } }),
            )
            .await
            .ok();
        reminders
            .sweep(at(due + Duration::days(8), "10:00"))
            .await
            .unwrap();
        assert_eq!(steps(&app, id).await.len(), 1);
        app.graphql(
            Some(&admin),
            LIFT,
            json!({ "id": exclusion.data("/holdReminders/id") }),
        )
        .await
        .ok();
        reminders
            .sweep(at(due + Duration::days(9), "10:00"))
            .await
            .unwrap();
        reminders
            .sweep(at(due + Duration::days(9), "11:00"))
            .await
            .unwrap();
        assert_eq!(
            kinds(&steps(&app, id).await),
            ["INVOICE_OVERDUE +1", "INVOICE_OVERDUE +7"]
        );
    }
);

on_both_databases!(
    after_three_days_down_a_sweep_sends_what_is_due_once_and_nothing_that_stopped_being_due,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, _, id, due) = invoice(&app, "CCN Bù nhắc").await;
        let id = uuid(&id);
        let reminders = &app.services.reminders;
        reminders
            .sweep(at(due - Duration::days(4), "10:00"))
            .await
            .unwrap();
        // Down from the evening before "due soon" until the day after the due date.
        let report = reminders
            .sweep(at(due + Duration::days(1), "10:00"))
            .await
            .unwrap();
        assert!(report.claimed >= 1);
        reminders
            .sweep(at(due + Duration::days(1), "11:00"))
            .await
            .unwrap();
        assert_eq!(kinds(&steps(&app, id).await), ["INVOICE_OVERDUE +1"]);
        assert_eq!(messages(&app, id).await.len(), 1);
    }
);

on_both_databases!(
    the_day_is_vietnams_not_utcs,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, _, id, due) = invoice(&app, "CCN Múi giờ").await;
        let id = uuid(&id);
        let reminders = &app.services.reminders;
        let soon = due - Duration::days(3);
        // 23:59 the day before in Vietnam is 16:59 UTC: not yet.
        reminders
            .sweep(at(soon - Duration::days(1), "23:59"))
            .await
            .unwrap();
        assert!(steps(&app, id).await.is_empty());
        // 00:01 in Vietnam is still the previous day in UTC: due soon now.
        let just_after = at(soon, "00:01");
        assert_eq!(just_after.date_naive(), soon - Duration::days(1));
        reminders.sweep(just_after).await.unwrap();
        assert_eq!(kinds(&steps(&app, id).await), ["INVOICE_DUE_SOON -3"]);
    }
);

on_both_databases!(
    the_send_window_holds_mail_after_half_past_five_and_on_sunday_until_eight,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                reminder_send_window: Some("08:00-17:30 Mon-Sat".into()),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let (admin, _, id, due) = invoice(&app, "CCN Khung giờ").await;
        let id = uuid(&id);
        // A long first step, so a Sunday and a working day fall inside each step.
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": { "ladderDays": [1, 30] } }),
        )
        .await
        .ok();
        let reminders = &app.services.reminders;
        let weekday = |d: NaiveDate| chrono::Datelike::weekday(&d);
        let first = |from: i64, to: i64, sunday: bool| {
            (from..=to)
                .map(|o| due + Duration::days(o))
                .find(|d| (weekday(*d) == chrono::Weekday::Sun) == sunday)
                .unwrap()
        };
        // 17:29 on a working day before the due date: inside, it may go at once.
        let inside = at(first(-3, -1, false), "17:29");
        // 17:30 on the due date: waits until 08:00 of the next open day.
        let closing = at(due, "17:30");
        // A Sunday while the first overdue step is due: waits until Monday 08:00.
        let sunday = first(1, 29, true);
        // 07:59 on a working day while the second step is due: waits one minute.
        let early = at(first(30, 40, false), "07:59");
        for now in [inside, closing, at(sunday, "10:00"), early] {
            reminders.sweep(now).await.unwrap();
        }
        let mut mail = messages(&app, id).await;
        mail.sort_by_key(|m| m.created_at);
        assert_eq!(mail.len(), 4);
        let local = |t: DateTime<Utc>| t.with_timezone(&Ho_Chi_Minh).naive_local();
        assert_eq!(
            mail[0].next_attempt_at, inside,
            "17:29 is inside the window"
        );
        assert!(mail[1].next_attempt_at > closing);
        assert_eq!(
            local(mail[1].next_attempt_at).time(),
            NaiveTime::from_hms_opt(8, 0, 0).unwrap()
        );
        assert_eq!(
            mail[2].next_attempt_at,
            at(sunday + Duration::days(1), "08:00")
        );
        assert_eq!(mail[3].next_attempt_at, early + Duration::minutes(1));
        // The ledger says the same.
        let txn = app.services.db.system().await.unwrap();
        let sends = reminder_send::Entity::find()
            .filter(reminder_send::Column::SubjectId.eq(id))
            .all(txn.conn())
            .await
            .unwrap();
        txn.commit().await.unwrap();
        assert!(
            sends
                .iter()
                .any(|s| s.not_before == at(sunday + Duration::days(1), "08:00"))
        );
    }
);

on_both_databases!(
    bad_reminder_settings_and_holds_are_refused_and_write_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let firm = app
            .graphql(
                Some(&admin),
                "{ firms(first: 1) { nodes { id } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/firms/nodes/0/id")
            .clone();
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let before = app.snapshot().await;
        for (input, paths) in [
            (json!({ "ladderDays": [1, 7, 7] }), vec!["input.ladderDays"]),
            (json!({ "ladderDays": [-1, 7] }), vec!["input.ladderDays"]),
            (json!({ "repeatDays": -30 }), vec!["input.repeatDays"]),
            (
                json!({ "sendWindow": { "start": "17:30", "end": "08:00", "days": ["MON"] } }),
                vec!["input.sendWindow.end"],
            ),
            (
                json!({ "templates": [{ "kind": "INVOICE_OVERDUE", "locale": "VI",
                    "subject": "Nợ {{ so_tien }}", "body": "Kính gửi {{ firm_name" }] }),
                vec!["input.templates.0.subject", "input.templates.0.body"],
            ),
            (json!({ "cc": "not an address" }), vec!["input.cc"]),
        ] {
            let answer = app
                .graphql(Some(&admin), SETTINGS, json!({ "i": input }))
                .await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{input}");
            assert_eq!(answer.field_paths(), paths, "{input}");
        }
        for (input, paths) in [
            (
                json!({ "firmId": firm, "reason": "Tranh chấp" }),
                vec!["input.endsOn"],
            ),
            (
                json!({ "firmId": firm, "reason": "  ", "endsOn": today().to_string() }),
                vec!["input.reason"],
            ),
            (
                json!({ "firmId": firm, "reason": "x", "endsOn": (today() - Duration::days(1)).to_string() }),
                vec!["input.endsOn"],
            ),
        ] {
            let answer = app.graphql(Some(&admin), HOLD, json!({ "i": input })).await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{input}");
            assert_eq!(answer.field_paths(), paths, "{input}");
        }
        assert_eq!(app.snapshot().await, before);
        // Staff may pause but not configure.
        let answer = app
            .graphql(
                Some(&staff),
                SETTINGS,
                json!({ "i": { "ladderDays": [1] } }),
            )
            .await;
        assert_eq!(answer.code(), Some("FORBIDDEN"));
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    settings_change_the_ladder_and_templates_and_a_forecast_claims_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _, gid, due) = invoice(&app, "CCN Cài đặt").await;
        let id = uuid(&gid);
        let saved = app
            .graphql(
                Some(&admin),
                SETTINGS,
                json!({ "i": {
                "ladderDays": [10, 2], "repeatDays": 0, "disabledKinds": ["INVOICE_DUE_SOON"],
                "templates": [{ "kind": "INVOICE_OVERDUE", "locale": "VI",
                    "subject": "[Nhắc nợ] {{ invoice_number }} quá {{ days_overdue }} ngày",
                    "body": "Kính gửi {{ firm_name }}, xin thanh toán {{ amount_due }}." }] } }),
            )
            .await
            .ok();
        assert_eq!(
            saved.data("/updateReminderSettings/effective/ladderDays"),
            &json!([2, 10])
        );
        let forecast = app
            .graphql(Some(&admin), "query($at: DateTime) { reminderForecast(at: $at) { reminders firms byKind { kind reminders firms } items { kind step summary firmName } } }",
                json!({ "at": at(due + Duration::days(2), "08:00") }))
            .await
            .ok();
        let items = forecast.data("/reminderForecast/items").as_array().unwrap();
        assert!(
            items.iter().any(|i| i["kind"] == "INVOICE_OVERDUE"
                && i["step"] == "+2"
                && i["firmName"] == "Công ty TNHH CCN Cài đặt"),
            "{items:?}"
        );
        assert!(
            steps(&app, id).await.is_empty(),
            "a forecast claims nothing"
        );
        let reminders = &app.services.reminders;
        for offset in [-3, 1, 2, 10, 40] {
            reminders
                .sweep(at(due + Duration::days(offset), "09:00"))
                .await
                .unwrap();
        }
        assert_eq!(
            kinds(&steps(&app, id).await),
            ["INVOICE_OVERDUE +2", "INVOICE_OVERDUE +10"]
        );
        let mail = messages(&app, id).await;
        assert!(
            mail[0].subject.starts_with("[Nhắc nợ] C"),
            "{}",
            mail[0].subject
        );
        assert!(
            mail[0]
                .body_text
                .starts_with("Kính gửi Công ty TNHH CCN Cài đặt, xin thanh toán")
        );
        // The invoice lists its reminders.
        let listed = app
            .graphql(Some(&admin), "query($id: ID!) { node(id: $id) { ... on Invoice { reminders { kind step status recipients } } } }", json!({ "id": gid }))
            .await
            .ok();
        assert_eq!(listed.data("/node/reminders").as_array().unwrap().len(), 2);
    }
);

/// Three servers' sweeps, each with its own connection pool, on one PostgreSQL database at
/// the same time, 20 times over: every reminder is claimed once, and delivered once to a real
/// SMTP server.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_servers_sweeping_at_once_send_each_reminder_exactly_once() {
    let Some((app, sink)) = app_with_mail(Backend::Postgres).await else {
        return;
    };
    let (_, _, id, due) = invoice(&app, "CCN Ba máy chủ").await;
    let id = uuid(&id);
    let mut servers = Vec::new();
    for _ in 0..3 {
        let db = Db::connect(&app.database_url).await.unwrap();
        servers.push(Reminders {
            db,
            ..app.services.reminders.clone()
        });
    }
    // 20 rounds, a day apart from three days before the due date: each round, the three
    // servers sweep the same instant concurrently.
    let (mut total_claimed, mut total_messages) = (0, 0);
    for round in 0..20 {
        let now = at(due + Duration::days(round - 3), "09:00");
        let handles: Vec<_> = servers
            .iter()
            .map(|s| {
                let s = s.clone();
                tokio::spawn(async move { s.sweep(now).await.unwrap() })
            })
            .collect();
        for handle in handles {
            let report = handle.await.unwrap();
            total_claimed += report.claimed;
            total_messages += report.messages;
        }
    }
    // Every claim any server reported is one ledger row, and its messages are all there are.
    let txn = app.services.db.system().await.unwrap();
    let ledger = reminder_send::Entity::find().all(txn.conn()).await.unwrap();
    let queued = outbox_message::Entity::find()
        .filter(outbox_message::Column::ReminderId.is_not_null())
        .all(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert_eq!(ledger.len(), total_claimed, "no reminder claimed twice");
    assert_eq!(queued.len(), total_messages);
    assert_eq!(
        ledger.iter().map(|l| l.recipients as usize).sum::<usize>(),
        queued.len(),
        "each claimed reminder has exactly its messages"
    );
    let claimed = steps(&app, id).await;
    assert_eq!(
        kinds(&claimed),
        [
            "INVOICE_DUE_SOON -3",
            "INVOICE_DUE_TODAY 0",
            "INVOICE_OVERDUE +1",
            "INVOICE_OVERDUE +7",
            "INVOICE_OVERDUE +15"
        ]
    );
    // Deliver now (the sweeps ran on days to come).
    let txn = app.services.db.system().await.unwrap();
    outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::NextAttemptAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(outbox_message::Column::SubjectId.eq(id))
        .exec(txn.conn())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    app.services.outbox.wake();
    let expected: Vec<String> = messages(&app, id)
        .await
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert_eq!(expected.len(), 5);
    let reminders_received = || {
        sink.messages()
            .into_iter()
            .filter(|m| m.to == "ketoan@lessee.example" && expected.contains(&m.subject))
            .count()
    };
    for _ in 0..150 {
        if reminders_received() >= 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // A little longer: a duplicate would arrive now.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        reminders_received(),
        5,
        "each reminder delivered exactly once"
    );
}

/// A sweep aborted mid-way loses nothing: what it committed is whole (each reminder with all
/// its messages), what it had not, the next sweep claims.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_sweep_killed_mid_way_loses_nothing() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let Some(app) = app(backend).await else {
            continue;
        };
        let (_, _, gid, due) = invoice(&app, "CCN Gián đoạn").await;
        // 600 invoices like it: three batches to claim.
        let id = uuid(&gid);
        let txn = app.services.db.system().await.unwrap();
        let original = clusterkeep::billing::entities::invoice::Entity::find_by_id(id)
            .one(txn.conn())
            .await
            .unwrap()
            .unwrap();
        let copies: Vec<_> = (1..600)
            .map(|n| {
                let mut copy = original.clone();
                copy.id = Uuid::now_v7();
                copy.number = Some(original.number.unwrap() + n);
                copy.billing_key = None;
                sea_orm::IntoActiveModel::into_active_model(copy)
            })
            .collect();
        for chunk in copies.chunks(100) {
            clusterkeep::billing::entities::invoice::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(txn.conn())
                .await
                .unwrap();
        }
        txn.commit().await.unwrap();
        let now = at(due + Duration::days(1), "10:00");
        let reminders = app.services.reminders.clone();
        let task = tokio::spawn(async move { reminders.sweep(now).await });
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        task.abort();
        let _ = task.await;
        let txn = app.services.db.system().await.unwrap();
        let partial = reminder_send::Entity::find()
            .filter(reminder_send::Column::Kind.eq(clusterkeep::reminders::Kind::InvoiceOverdue))
            .all(txn.conn())
            .await
            .unwrap()
            .len();
        txn.commit().await.unwrap();
        app.services.reminders.sweep(now).await.unwrap();
        let txn = app.services.db.system().await.unwrap();
        let sends = reminder_send::Entity::find()
            .filter(reminder_send::Column::Kind.eq(clusterkeep::reminders::Kind::InvoiceOverdue))
            .all(txn.conn())
            .await
            .unwrap();
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::ReminderId.is_not_null())
            .all(txn.conn())
            .await
            .unwrap();
        txn.commit().await.unwrap();
        assert!(partial <= 600, "{backend:?}");
        assert_eq!(
            sends.len(),
            600,
            "{backend:?}: every invoice reminded once (aborted after {partial})"
        );
        let mut per: HashMap<Uuid, usize> = HashMap::new();
        for m in &mail {
            *per.entry(m.reminder_id.unwrap()).or_default() += 1;
        }
        assert!(
            sends.iter().all(|s| per.get(&s.id) == Some(&1)),
            "{backend:?}: each with its message"
        );
    }
}

on_both_databases!(
    statements_lease_endings_and_stale_drafts_fire_on_their_days_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, firm, _, due) = invoice(&app, "CCN Hợp đồng").await;
        let firm_id = uuid(&firm);
        let reminders = &app.services.reminders;
        // The statement goes on the first working day of a month, once that month.
        let month = first_of_month(due) + Months::new(1);
        let working = clusterkeep::reminders::schedule::first_working_day(month);
        reminders
            .sweep(at(working - Duration::days(1), "09:00"))
            .await
            .unwrap();
        reminders.sweep(at(working, "09:00")).await.unwrap();
        reminders
            .sweep(at(working + Duration::days(3), "09:00"))
            .await
            .unwrap();
        // The day before is the previous month, whose statement day has passed: its statement.
        let statements: Vec<_> = steps(&app, firm_id).await;
        let previous = working - Duration::days(1);
        assert_eq!(
            kinds(&statements),
            [
                format!("STATEMENT {}", previous.format("%Y-%m")),
                format!("STATEMENT {}", month.format("%Y-%m"))
            ]
        );
        let mail = messages(&app, firm_id).await;
        assert_eq!(mail.len(), 2);
        assert!(mail[0].body_text.contains("C"), "lists the open invoices");
        assert!(
            mail[0].list_unsubscribe.is_some(),
            "a statement can be refused"
        );

        // The lease ends in 60 months: notices at 90, 60 and 30 days, each once.
        let lease = app
            .graphql(
                Some(&admin),
                "{ leases(first: 100) { nodes { id endsOn firm { id } } } }",
                json!({}),
            )
            .await
            .ok();
        let lease = lease
            .data("/leases/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["firm"]["id"] == firm)
            .unwrap()
            .clone();
        let ends: NaiveDate = lease["endsOn"].as_str().unwrap().parse().unwrap();
        let lease_id = uuid(&lease["id"]);
        for left in [91, 90, 75, 60, 59, 30, 1, 0] {
            reminders
                .sweep(at(ends - Duration::days(left), "09:00"))
                .await
                .unwrap();
        }
        assert_eq!(
            kinds(&steps(&app, lease_id).await),
            ["LEASE_EXPIRY -90", "LEASE_EXPIRY -60", "LEASE_EXPIRY -30"]
        );
        let notices = messages(&app, lease_id).await;
        assert!(
            notices.iter().any(|m| m.recipient == "ops@dongsoc.example"),
            "to the operator"
        );
        assert!(
            notices
                .iter()
                .any(|m| m.recipient == "ketoan@lessee.example"),
            "and the firm"
        );

        // A draft lease left 14 days reminds the operator once.
        let clusters = app
            .graphql(
                Some(&admin),
                "{ clusters { nodes { id name } } }",
                json!({}),
            )
            .await
            .ok();
        let cluster = clusters
            .data("/clusters/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "CCN Hợp đồng")
            .unwrap()["id"]
            .clone();
        let plot = app
            .graphql(Some(&admin), "mutation($i: PlotFields!) { createPlot(input: $i) { id } }",
                json!({ "i": { "clusterId": cluster, "code": "B-02", "areaM2": 5_000, "landUse": "Công nghiệp" } }))
            .await
            .ok()
            .data("/createPlot/id")
            .clone();
        let draft = app
            .graphql(Some(&admin), "mutation($i: LeaseFields!) { createLease(input: $i, activate: false) { id status } }", json!({ "i": {
                "firmId": firm, "plotIds": [plot], "startsOn": today().to_string(),
                "endsOn": (today() + Months::new(24)).to_string(),
                "rentPerM2Year": 60_000, "rentSchedule": "MONTHLY" } }))
            .await;
        let draft_id = uuid(draft.ok().data("/createLease/id"));
        reminders
            .sweep(Utc::now() + Duration::days(13))
            .await
            .unwrap();
        assert!(steps(&app, draft_id).await.is_empty());
        reminders
            .sweep(Utc::now() + Duration::days(14) + Duration::minutes(1))
            .await
            .unwrap();
        reminders
            .sweep(Utc::now() + Duration::days(20))
            .await
            .unwrap();
        assert_eq!(kinds(&steps(&app, draft_id).await), ["LEASE_DRAFT +14"]);
        // Still a draft two months on: its one reminder went, so neither a sweep nor the
        // forecast lists it again (its claim is older than the ledger look-back by then).
        let later = Utc::now() + Duration::days(75);
        let forecast = app
            .graphql(
                Some(&admin),
                "query($at: DateTime) { reminderForecast(at: $at) { byKind { kind reminders } } }",
                json!({ "at": later }),
            )
            .await
            .ok();
        let by_kind = forecast.data("/reminderForecast/byKind");
        assert!(
            !by_kind
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"] == "LEASE_DRAFT"),
            "{by_kind}"
        );
        reminders.sweep(later).await.unwrap();
        assert_eq!(kinds(&steps(&app, draft_id).await), ["LEASE_DRAFT +14"]);
    }
);

on_both_databases!(
    a_one_click_unsubscribe_stops_that_kind_for_that_address_only,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, _, id, due) = invoice(&app, "CCN Hủy đăng ký").await;
        let id = uuid(&id);
        let reminders = &app.services.reminders;
        reminders
            .sweep(at(due - Duration::days(3), "09:00"))
            .await
            .unwrap();
        let soon = messages(&app, id).await;
        let link = soon[0]
            .list_unsubscribe
            .clone()
            .expect("a refusable kind carries the link");
        let path = &link[link.find("/unsubscribe").unwrap()..];
        // GET only shows what it would stop.
        let page = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        assert_eq!(app.count_rows("reminder_refusals").await, 0);
        // RFC 8058: a POST of List-Unsubscribe=One-Click.
        let done = app
            .client
            .post(format!("{}{path}", app.address))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 200);
        assert_eq!(app.count_rows("reminder_refusals").await, 1);
        let wrong = app
            .client
            .post(format!(
                "{}/unsubscribe?token={}",
                app.address,
                "0".repeat(48)
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 404);
        // The overdue notice is a payment demand: it still goes.
        reminders
            .sweep(at(due + Duration::days(1), "09:00"))
            .await
            .unwrap();
        let after = messages(&app, id).await;
        assert_eq!(after.len(), 2);
    }
);
