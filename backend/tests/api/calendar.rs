//! The compliance calendar on both databases: the month view (occurrences with their state,
//! permit expiries, report deadlines, the rule's dates beyond the generator), the compliance
//! template pack (applied twice, and twice at once, it creates each schedule once), the private
//! ICS feed (parses, revokes to 404, one live URL per cluster), and who may see what.

use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;
use crate::upkeep::{cluster_named, clusters, today, weekly_schedule};

const MONTH: &str = "query($c: ID!, $y: Int!, $m: Int!) { complianceMonth(clusterId: $c, year: $y, month: $m) {
    firstDay lastDay items { uid kind day title status forecast scheduleId workOrderId assetId assetName permitKind legalBasis } } }";
const APPLY: &str = "mutation($c: ID!) { applyComplianceTemplates(clusterId: $c) {
    created { id title templateKey assetId legalBasis checklist { label kind unit } } alreadyPresent notApplicable } }";
const CREATE_FEED: &str =
    "mutation($c: ID!) { createCalendarFeed(clusterId: $c) { url feed { id revokedAt } } }";
const REVOKE_FEED: &str = "mutation($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }";
const FEEDS: &str = "query($c: ID!) { calendarFeeds(clusterId: $c) { id } }";

fn month_after(months: u32) -> NaiveDate {
    today()
        .with_day(1)
        .unwrap()
        .checked_add_months(Months::new(months))
        .unwrap()
}

async fn month(app: &TestApp, token: &str, cluster: &Value, first: NaiveDate) -> Vec<Value> {
    app.graphql(
        Some(token),
        MONTH,
        json!({ "c": cluster, "y": first.year(), "m": first.month() }),
    )
    .await
    .ok()
    .data("/complianceMonth/items")
    .as_array()
    .unwrap()
    .clone()
}

/// A drain with a permit expiring on the 12th two months ahead; returns (asset, permit number).
async fn drain_with_permit(app: &TestApp, ops: &str, cluster: &Value) -> (Value, NaiveDate) {
    let asset = app
        .graphql(
            Some(ops),
            "mutation($i: AssetFields!) { createAsset(input: $i) { id } }",
            json!({ "i": { "clusterId": cluster, "code": "CAL-1", "name": "Cống lịch", "category": "DRAINAGE" } }),
        )
        .await
        .ok()
        .data("/createAsset/id")
        .clone();
    let expires = month_after(2).with_day(12).unwrap();
    app.graphql(
        Some(ops),
        "mutation($i: PermitFields!) { addAssetPermit(input: $i) { id } }",
        json!({ "i": { "assetId": asset, "kind": "DISCHARGE", "number": "77/GP-CAL", "issuedOn": "2024-01-01", "expiresOn": expires.to_string() } }),
    )
    .await
    .ok();
    (asset, expires)
}

on_both_databases!(
    the_month_shows_occurrences_with_their_state_permit_expiries_and_report_deadlines,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let cluster = clusters(&app, &ops).await[0].clone();
        let schedule = weekly_schedule(&app, &ops, 0).await;
        let (asset, expires) = drain_with_permit(&app, &ops, &cluster).await;
        let db = &app.services.db;
        clusterkeep::upkeep::generator::run(db, today())
            .await
            .unwrap();

        // This month: today's occurrence opened its work order; once done, the calendar says so.
        let now = month(&app, &ops, &cluster, month_after(0)).await;
        let todays = now
            .iter()
            .find(|i| i["scheduleId"] == schedule && i["day"] == today().to_string())
            .expect("today's occurrence");
        assert_eq!(todays["kind"], "UPKEEP");
        assert_eq!(todays["status"], "OPEN");
        assert_eq!(todays["forecast"], false);
        assert_eq!(
            todays["legalBasis"], "Nghị định 06/2021/NĐ-CP, Điều 33",
            "{todays}"
        );
        for to in ["IN_PROGRESS", "DONE"] {
            app.graphql(
                Some(&ops),
                "mutation($i: TransitionWorkOrderInput!) { transitionWorkOrder(input: $i) { id } }",
                json!({ "i": { "workOrderId": todays["workOrderId"], "to": to } }),
            )
            .await
            .ok();
        }
        let now = month(&app, &ops, &cluster, month_after(0)).await;
        let todays = now
            .iter()
            .find(|i| i["scheduleId"] == schedule && i["day"] == today().to_string())
            .unwrap();
        assert_eq!(todays["status"], "DONE");

        // Two months on: the permit expires on the 12th (first on its day), the weekly
        // occurrences are generated and planned.
        let later = month(&app, &ops, &cluster, month_after(2)).await;
        let permit = later
            .iter()
            .find(|i| i["kind"] == "PERMIT_EXPIRY" && i["assetId"] == asset)
            .expect("the permit's expiry");
        assert_eq!(permit["day"], expires.to_string());
        assert_eq!(permit["title"], "77/GP-CAL");
        assert_eq!(permit["permitKind"], "DISCHARGE");
        assert_eq!(permit["assetName"], "CAL-1 Cống lịch");
        assert!(permit["status"].is_null());
        let weekly: Vec<&Value> = later
            .iter()
            .filter(|i| i["scheduleId"] == schedule)
            .collect();
        assert!(weekly.len() >= 4, "{weekly:?}");
        assert!(
            weekly
                .iter()
                .all(|i| i["status"] == "PLANNED" && i["forecast"] == false)
        );
        let days: Vec<&str> = later.iter().map(|i| i["day"].as_str().unwrap()).collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "by day: {days:?}");

        // Beyond the generator's horizon the rule still shows its dates, as a forecast, with the
        // same uid the feed will give them.
        let far = month(&app, &ops, &cluster, month_after(15)).await;
        let foreseen: Vec<&Value> = far.iter().filter(|i| i["scheduleId"] == schedule).collect();
        assert!(foreseen.len() >= 4);
        assert!(
            foreseen
                .iter()
                .all(|i| i["forecast"] == true && i["status"] == "PLANNED")
        );

        // The report deadlines of the pack show on 20 June as report deadlines.
        app.graphql(Some(&ops), APPLY, json!({ "c": cluster }))
            .await
            .ok();
        let june = NaiveDate::from_ymd_opt(today().year() + 1, 6, 1).unwrap();
        let items = month(&app, &ops, &cluster, june).await;
        let report = items
            .iter()
            .find(|i| i["kind"] == "REPORT_DEADLINE")
            .expect("the half-year report");
        assert_eq!(report["day"], june.with_day(20).unwrap().to_string());
        assert!(
            report["legalBasis"]
                .as_str()
                .unwrap()
                .contains("14/2024/TT-BCT")
        );

        // A month out of range is VALIDATION on its argument.
        for (y, m, path) in [(2027, 13, "month"), (2027, 0, "month"), (1999, 5, "year")] {
            let answer = app
                .graphql(Some(&ops), MONTH, json!({ "c": cluster, "y": y, "m": m }))
                .await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{}", answer.0);
            assert_eq!(answer.field_paths(), vec![path.to_owned()]);
        }
    }
);

on_both_databases!(
    applying_the_compliance_pack_twice_or_twice_at_once_creates_each_schedule_once,
    |backend: Backend| async move {
        // The demo's register (the plant, the hydrants) is seeded with its history.
        let options = Options {
            demo_history: true,
            ..Options::default()
        };
        let Some(app) = spawn_app(backend, options).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let cluster = cluster_named(&app, &ops, "Đồng Sóc").await;
        let first = app
            .graphql(Some(&ops), APPLY, json!({ "c": cluster }))
            .await
            .ok();
        let created = first
            .data("/applyComplianceTemplates/created")
            .as_array()
            .unwrap()
            .clone();
        let skipped = first
            .data("/applyComplianceTemplates/notApplicable")
            .as_array()
            .unwrap()
            .len();
        assert_eq!(created.len() + skipped, 8, "{}", first.0);
        assert_eq!(skipped, 0, "Đồng Sóc has its wastewater plant");
        assert!(
            created
                .iter()
                .all(|s| s["legalBasis"].as_str().is_some_and(|l| !l.is_empty()))
        );
        let by_key = |key: &str| {
            created
                .iter()
                .find(|s| s["templateKey"] == key)
                .unwrap_or_else(|| panic!("{key}"))
                .clone()
        };
        assert!(
            by_key("WWTP_DAILY_LOG")["assetId"].is_string(),
            "on the plant"
        );
        assert!(by_key("FIRE_EQUIPMENT_MONTHLY")["assetId"].is_string());
        assert!(by_key("ROAD_INSPECTION_QUARTERLY")["assetId"].is_null());
        let sampling = by_key("WWTP_EFFLUENT_MONTHLY");
        let units: Vec<(&str, &str)> = sampling["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "NUMBER")
            .map(|i| (i["label"].as_str().unwrap(), i["unit"].as_str().unwrap()))
            .collect();
        assert_eq!(units.len(), 5, "pH, COD, BOD5, TSS, NH4+: {units:?}");
        assert!(
            units
                .iter()
                .any(|(l, u)| l.starts_with("COD") && *u == "mg/l")
        );

        // Again: nothing is created, nothing written.
        let before = app.snapshot().await;
        let again = app
            .graphql(Some(&ops), APPLY, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(again.data("/applyComplianceTemplates/created"), &json!([]));
        assert_eq!(
            again
                .data("/applyComplianceTemplates/alreadyPresent")
                .as_array()
                .unwrap()
                .len(),
            8
        );
        assert_eq!(app.snapshot().await, before);

        // Two operators at once on a cluster without a plant: each template once in all.
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let mut plantless = None;
        for c in clusters(&app, &yenlac).await {
            let assets = app
                .graphql(
                    Some(&yenlac),
                    "query($c: ID) { assets(clusterId: $c, category: WASTEWATER) { id } }",
                    json!({ "c": c }),
                )
                .await
                .ok();
            if assets.data("/assets").as_array().unwrap().is_empty() {
                plantless = Some(c);
            }
        }
        let yen = plantless.expect("a Yên Lạc cluster without a plant");
        let (a, b) = tokio::join!(
            app.graphql(Some(&yenlac), APPLY, json!({ "c": yen })),
            app.graphql(Some(&yenlac), APPLY, json!({ "c": yen }))
        );
        let count = |g: &crate::helpers::Gql, f: &str| {
            g.data(&format!("/applyComplianceTemplates/{f}"))
                .as_array()
                .map_or(0, Vec::len)
        };
        for g in [&a, &b] {
            assert!(g.0.get("errors").is_none(), "{}", g.0);
            assert_eq!(count(g, "notApplicable"), 3, "{}", g.0);
        }
        assert_eq!(count(&a, "created") + count(&b, "created"), 5);
        let schedules = app
            .graphql(
                Some(&yenlac),
                "query($c: ID) { upkeepSchedules(clusterId: $c) { templateKey } }",
                json!({ "c": yen }),
            )
            .await
            .ok();
        let keys: Vec<&Value> = schedules
            .data("/upkeepSchedules")
            .as_array()
            .unwrap()
            .iter()
            .map(|s| &s["templateKey"])
            .filter(|k| k.is_string())
            .collect();
        assert_eq!(keys.len(), 5, "{keys:?}");
    }
);

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("sent")
}

fn path_of(url: &str) -> String {
    url[url.find("/calendar/").expect("a calendar url")..].to_owned()
}

on_both_databases!(
    the_ics_feed_parses_and_a_revoked_or_unknown_token_is_404,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let cluster = clusters(&app, &ops).await[0].clone();
        let schedule = weekly_schedule(&app, &ops, 0).await;
        let (asset, expires) = drain_with_permit(&app, &ops, &cluster).await;
        let _ = (asset, schedule);

        // Bad callers write nothing.
        let before = app.snapshot().await;
        let cases = [
            (&staff, cluster.clone(), "FORBIDDEN"),
            (&yenlac, cluster.clone(), "NOT_FOUND"),
        ];
        for (token, c, code) in cases {
            let answer = app
                .graphql(Some(token), CREATE_FEED, json!({ "c": c }))
                .await;
            assert_eq!(answer.code(), Some(code), "{}", answer.0);
        }
        assert_eq!(app.snapshot().await, before);

        let created = app
            .graphql(Some(&ops), CREATE_FEED, json!({ "c": cluster }))
            .await
            .ok();
        let url = created
            .data("/createCalendarFeed/url")
            .as_str()
            .unwrap()
            .to_owned();
        let feed = created.data("/createCalendarFeed/feed/id").clone();
        let path = path_of(&url);
        let answer = get(&app, &path).await;
        assert_eq!(answer.status(), 200);
        assert!(
            answer.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        let text = answer.text().await.unwrap();
        assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
        let calendar = icalendar::Calendar::from_str(&text).expect("the feed parses");
        use icalendar::Component;
        let events: Vec<(String, String)> = calendar
            .events()
            .map(|e| {
                (
                    e.get_uid().unwrap_or_default().to_owned(),
                    e.get_summary().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        assert!(
            events.len() >= 50,
            "a year of weekly checks: {}",
            events.len()
        );
        let permit = events
            .iter()
            .find(|(uid, _)| uid.starts_with("permit-"))
            .expect("the permit's expiry");
        assert_eq!(
            permit.1, "Hết hạn giấy phép xả thải số 77/GP-CAL – CAL-1 Cống lịch",
            "{text}"
        );
        assert!(text.contains(&format!("DTSTART;VALUE=DATE:{}", expires.format("%Y%m%d"))));
        assert!(events.iter().any(|(_, s)| s == "Bảo trì: Kiểm tra cống"));
        // The same uid twice: the events a phone keeps are updated, not added again.
        let again = get(&app, &path).await.text().await.unwrap();
        let uids = |t: &str| -> Vec<String> {
            icalendar::Calendar::from_str(t)
                .unwrap()
                .events()
                .map(|e| e.get_uid().unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(uids(&again), uids(&text));

        // The feed is listed; a new one replaces it; the old URL then answers 404.
        let listed = app
            .graphql(Some(&ops), FEEDS, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(listed.data("/calendarFeeds/0/id"), &feed);
        let second = app
            .graphql(Some(&ops), CREATE_FEED, json!({ "c": cluster }))
            .await
            .ok();
        let second_path = path_of(second.data("/createCalendarFeed/url").as_str().unwrap());
        assert_eq!(get(&app, &path).await.status(), 404);
        assert_eq!(get(&app, &second_path).await.status(), 200);
        let listed = app
            .graphql(Some(&ops), FEEDS, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(listed.data("/calendarFeeds").as_array().unwrap().len(), 1);

        // Revoked, unknown or malformed: 404, and nothing written.
        let second_id = second.data("/createCalendarFeed/feed/id").clone();
        let revoked = app
            .graphql(Some(&ops), REVOKE_FEED, json!({ "id": second_id }))
            .await
            .ok();
        assert!(revoked.data("/revokeCalendarFeed/revokedAt").is_string());
        let before = app.snapshot().await;
        let unknown = format!("/calendar/{}.ics", "A".repeat(43));
        for p in [
            second_path.as_str(),
            unknown.as_str(),
            "/calendar/nope.ics",
            "/calendar/nope",
        ] {
            assert_eq!(get(&app, p).await.status(), 404, "{p}");
        }
        // Revoking again is a CONFLICT; another tenant's feed is NOT_FOUND.
        let twice = app
            .graphql(Some(&ops), REVOKE_FEED, json!({ "id": second_id }))
            .await;
        assert_eq!(twice.code(), Some("CONFLICT"));
        let foreign = app
            .graphql(Some(&yenlac), REVOKE_FEED, json!({ "id": feed }))
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    only_the_clusters_operators_see_its_calendar,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let cluster = clusters(&app, &ops).await[0].clone();
        let first = month_after(0);
        let vars = json!({ "c": cluster, "y": first.year(), "m": first.month() });
        // Staff read the month and apply the pack; the feed is the admin's.
        app.graphql(Some(&staff), MONTH, vars.clone()).await.ok();
        let staff_feeds = app
            .graphql(Some(&staff), FEEDS, json!({ "c": cluster }))
            .await;
        assert_eq!(staff_feeds.code(), Some("FORBIDDEN"));

        let before = app.snapshot().await;
        let cases: Vec<(&str, &str, Value, &str)> = vec![
            (&yenlac, MONTH, vars.clone(), "NOT_FOUND"),
            (&yenlac, APPLY, json!({ "c": cluster }), "NOT_FOUND"),
            (&yenlac, FEEDS, json!({ "c": cluster }), "NOT_FOUND"),
            (&kcc, MONTH, vars.clone(), "FORBIDDEN"),
            (&kcc, APPLY, json!({ "c": cluster }), "FORBIDDEN"),
            (&kcc, CREATE_FEED, json!({ "c": cluster }), "FORBIDDEN"),
            (&viewer, MONTH, vars.clone(), "FORBIDDEN"),
            (&viewer, APPLY, json!({ "c": cluster }), "FORBIDDEN"),
            (&viewer, CREATE_FEED, json!({ "c": cluster }), "FORBIDDEN"),
        ];
        for (token, query, variables, code) in cases {
            let answer = app.graphql(Some(token), query, variables).await;
            assert_eq!(answer.code(), Some(code), "{query}: {}", answer.0);
        }
        // A garbled cluster id is VALIDATION on its argument.
        let garbled = app.graphql(Some(&ops), APPLY, json!({ "c": "nope" })).await;
        assert_eq!(garbled.code(), Some("VALIDATION"));
        assert_eq!(garbled.field_paths(), vec!["clusterId".to_owned()]);
        assert_eq!(app.snapshot().await, before);
    }
);
