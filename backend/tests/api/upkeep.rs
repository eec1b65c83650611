//! Upkeep: the asset register (hierarchy, permits, CSV), preventive schedules and the
//! occurrence generator (idempotent, concurrent, catching up after downtime), on both databases.

use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const CREATE_ASSET: &str =
    "mutation($i: AssetFields!) { createAsset(input: $i) { id code parentId category } }";
const UPDATE_ASSET: &str =
    "mutation($id: ID!, $i: AssetFields!) { updateAsset(id: $id, input: $i) { id parentId } }";
const CREATE_SCHEDULE: &str = "mutation($i: ScheduleFields!) { createUpkeepSchedule(input: $i) { id rule nextDates(count: 3) } }";
const SCHEDULE: &str = "query($id: ID!) { node(id: $id) { ... on UpkeepSchedule { occurrences { id dueOn status workOrderId reason } } } }";

/// The ids of the clusters `token`'s operator runs, in the list's order.
pub async fn clusters(app: &TestApp, token: &str) -> Vec<Value> {
    app.graphql(
        Some(token),
        "{ clusters(first: 10) { nodes { id name } } }",
        json!({}),
    )
    .await
    .ok()
    .data("/clusters/nodes")
    .as_array()
    .unwrap()
    .iter()
    .map(|c| c["id"].clone())
    .collect()
}

/// The id of the cluster whose name contains `name`, among those `token`'s operator runs.
pub async fn cluster_named(app: &TestApp, token: &str, name: &str) -> Value {
    app.graphql(
        Some(token),
        "{ clusters(first: 20) { nodes { id name } } }",
        json!({}),
    )
    .await
    .ok()
    .data("/clusters/nodes")
    .as_array()
    .unwrap()
    .iter()
    .find(|c| c["name"].as_str().unwrap().contains(name))
    .unwrap_or_else(|| panic!("no cluster named {name}"))["id"]
        .clone()
}

async fn create_asset(app: &TestApp, token: &str, input: Value) -> Value {
    app.graphql(Some(token), CREATE_ASSET, json!({ "i": input }))
        .await
        .ok()
        .data("/createAsset")
        .clone()
}

/// An asset of the Đồng Sóc tenant (for the isolation test).
pub async fn fixture_asset(app: &TestApp, admin: &str) -> Value {
    let cluster = clusters(app, admin).await[0].clone();
    create_asset(
        app,
        admin,
        json!({ "clusterId": cluster, "code": "ISO-1", "name": "Isolation fixture", "category": "DRAINAGE" }),
    )
    .await["id"]
        .clone()
}

/// A schedule of the Đồng Sóc tenant (for the isolation test).
pub async fn fixture_schedule(app: &TestApp, admin: &str) -> Value {
    let cluster = clusters(app, admin).await[0].clone();
    app.graphql(
        Some(admin),
        CREATE_SCHEDULE,
        json!({ "i": { "clusterId": cluster, "title": "Isolation fixture", "rule": "FREQ=MONTHLY", "startsOn": "2027-01-01" } }),
    )
    .await
    .ok()
    .data("/createUpkeepSchedule/id")
    .clone()
}

pub fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
}

on_both_databases!(
    the_register_holds_zones_assets_and_permits_and_refuses_bad_parents,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let cluster = clusters(&app, &ops).await[0].clone();
        let zone = create_asset(
            &app,
            &ops,
            json!({ "clusterId": cluster, "code": "Z-A", "name": "Khu A", "category": "OTHER" }),
        )
        .await;
        let road = create_asset(
            &app,
            &ops,
            json!({ "clusterId": cluster, "parentId": zone["id"], "code": "R-01", "name": "Đường N1",
                "category": "INTERNAL_ROADS", "quantity": 1200, "unit": "m", "condition": 4,
                "commissionedOn": "2019-05-01", "expectedLifeYears": 20, "replacementValue": 12_000_000_000_i64,
                "location": "Trục chính" }),
        )
        .await;
        assert_eq!(road["parentId"], zone["id"]);
        let permit = app
            .graphql(
                Some(&ops),
                "mutation($i: PermitFields!) { addAssetPermit(input: $i) { kind expiresOn expired } }",
                json!({ "i": { "assetId": road["id"], "kind": "OTHER", "number": "12/GP", "issuedOn": "2024-01-01", "expiresOn": "2034-01-01" } }),
            )
            .await
            .ok();
        assert_eq!(permit.data("/addAssetPermit/expired"), false);
        let zone_node = app
            .graphql(
                Some(&ops),
                "query($id: ID!) { node(id: $id) { ... on Asset { code children { code } } } }",
                json!({ "id": zone["id"] }),
            )
            .await
            .ok();
        assert_eq!(zone_node.data("/node/children/0/code"), "R-01");

        // Bad input: each a VALIDATION on its field, and nothing written.
        let yen_clusters = clusters(&app, &yenlac).await;
        let yen_a = create_asset(
            &app,
            &yenlac,
            json!({ "clusterId": yen_clusters[0], "code": "A", "name": "A", "category": "DRAINAGE" }),
        )
        .await;
        let base = |parent: &Value| json!({ "clusterId": cluster, "parentId": parent, "code": "X-1", "name": "X", "category": "DRAINAGE" });
        let cases: Vec<(&str, &str, Value, &str)> = vec![
            // Another tenant's asset as parent.
            (
                &ops,
                CREATE_ASSET,
                json!({ "i": base(&yen_a["id"]) }),
                "input.parentId",
            ),
            // A cycle: the zone below its own road.
            (
                &ops,
                UPDATE_ASSET,
                json!({ "id": zone["id"], "i": { "clusterId": cluster, "parentId": road["id"], "code": "Z-A", "name": "Khu A", "category": "OTHER" } }),
                "input.parentId",
            ),
            // Below itself.
            (
                &ops,
                UPDATE_ASSET,
                json!({ "id": zone["id"], "i": { "clusterId": cluster, "parentId": zone["id"], "code": "Z-A", "name": "Khu A", "category": "OTHER" } }),
                "input.parentId",
            ),
            // A parent of another cluster of the same tenant.
            (
                &yenlac,
                CREATE_ASSET,
                json!({ "i": { "clusterId": yen_clusters[1], "parentId": yen_a["id"], "code": "B", "name": "B", "category": "DRAINAGE" } }),
                "input.parentId",
            ),
            // A duplicate code, a condition of 9, a quantity without unit.
            (
                &ops,
                CREATE_ASSET,
                json!({ "i": { "clusterId": cluster, "code": "R-01", "name": "dup", "category": "DRAINAGE" } }),
                "input.code",
            ),
            (
                &ops,
                CREATE_ASSET,
                json!({ "i": { "clusterId": cluster, "code": "C-9", "name": "c", "category": "DRAINAGE", "condition": 9 } }),
                "input.condition",
            ),
            (
                &ops,
                CREATE_ASSET,
                json!({ "i": { "clusterId": cluster, "code": "Q-1", "name": "q", "category": "DRAINAGE", "quantity": 5 } }),
                "input.unit",
            ),
            // A permit that expires before it was issued.
            (
                &ops,
                "mutation($i: PermitFields!) { addAssetPermit(input: $i) { id } }",
                json!({ "i": { "assetId": road["id"], "kind": "DISCHARGE", "number": "1/GP", "issuedOn": "2025-01-01", "expiresOn": "2024-12-31" } }),
                "input.expiresOn",
            ),
        ];
        for (token, query, variables, path) in cases {
            let before = app.snapshot().await;
            let answer = app.graphql(Some(token), query, variables).await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{path}: {}", answer.0);
            assert!(
                answer.field_paths().contains(&path.to_owned()),
                "{path}: {:?}",
                answer.field_paths()
            );
            assert_eq!(app.snapshot().await, before, "{path} wrote nothing");
        }
        // A good change is written.
        let moved = app
            .graphql(
                Some(&ops),
                UPDATE_ASSET,
                json!({ "id": road["id"], "i": { "clusterId": cluster, "code": "R-01", "name": "Đường N1", "category": "INTERNAL_ROADS", "condition": 2 } }),
            )
            .await
            .ok();
        assert!(moved.data("/updateAsset/parentId").is_null());
        // A firm keeps no register.
        let firm = app
            .graphql(Some(&kcc), "{ assets { id } }", json!({}))
            .await;
        assert_eq!(firm.code(), Some("FORBIDDEN"));
        let foreign = app
            .graphql(
                Some(&kcc),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": road["id"] }),
            )
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
    }
);

on_both_databases!(
    assets_import_with_a_dry_run_and_export_in_the_same_format,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let name = app
            .graphql(
                Some(&ops),
                "{ clusters(first: 1) { nodes { name } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/clusters/nodes/0/name")
            .as_str()
            .unwrap()
            .to_owned();
        let header = "cluster,code,name,category,parent_code,plot,location,quantity,unit,commissioned_on,expected_life_years,condition,replacement_value,warranty_until,notes";
        let import = "mutation($csv: String!, $commit: Boolean) { importAssets(csv: $csv, commit: $commit) { rows valid created problems { row column message } } }";
        // A child listed before its parent is fine; a loop and a bad category are not.
        let bad = format!(
            "{header}\n{name},D-02,Cống D2,DRAINAGE,L-1,,,,,,,,,,\n{name},L-1,Vòng 1,OTHER,L-2,,,,,,,,,,\n{name},L-2,Vòng 2,OTHER,L-1,,,,,,,,,,\n{name},X-1,Sai,ROCKETS,,,,,,,,,,,\n"
        );
        let before = app.snapshot().await;
        let report = app
            .graphql(Some(&ops), import, json!({ "csv": bad, "commit": true }))
            .await
            .ok();
        assert_eq!(report.data("/importAssets/valid"), false);
        assert_eq!(report.data("/importAssets/created"), 0);
        let columns: Vec<(i64, String)> = report
            .data("/importAssets/problems")
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["row"].as_i64().unwrap(),
                    p["column"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert!(columns.contains(&(3, "parent_code".into())), "{columns:?}");
        assert!(columns.contains(&(4, "parent_code".into())), "{columns:?}");
        assert!(columns.contains(&(5, "category".into())), "{columns:?}");
        assert_eq!(app.snapshot().await, before);

        let good = format!(
            "{header}\n{name},D-02,Cống D2,DRAINAGE,Z-1,,Dọc đường N1,850,m,2018-03-01,30,3,4500000000,,\n{name},Z-1,Khu 1,OTHER,,,,,,,,,,,\n{name},WWTP,Trạm xử lý nước thải,WASTEWATER,Z-1,,,15000,m³/ngày,2017-06-01,25,4,90000000000,2019-06-01,\n"
        );
        let preview = app
            .graphql(Some(&ops), import, json!({ "csv": good, "commit": false }))
            .await
            .ok();
        assert_eq!(preview.data("/importAssets/valid"), true);
        assert_eq!(preview.data("/importAssets/created"), 0);
        assert_eq!(app.snapshot().await, before, "a dry run writes nothing");
        let done = app
            .graphql(Some(&ops), import, json!({ "csv": good, "commit": true }))
            .await
            .ok();
        assert_eq!(done.data("/importAssets/created"), 3);
        let listed = app
            .graphql(
                Some(&ops),
                "{ assets(category: WASTEWATER) { code quantity unit parentId } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(listed.data("/assets/0/quantity"), 15000);
        assert!(listed.data("/assets/0/parentId").is_string());

        // The export is the import format: read back, every code is already taken.
        let exported = app
            .client
            .get(format!("{}/export/assets.csv", app.address))
            .bearer_auth(&ops)
            .send()
            .await
            .unwrap();
        assert_eq!(exported.status(), 200);
        let text = exported.text().await.unwrap();
        assert!(text.contains(header), "{text}");
        assert!(
            text.contains("WWTP,Trạm xử lý nước thải,WASTEWATER,Z-1"),
            "{text}"
        );
        let again = app
            .graphql(Some(&ops), import, json!({ "csv": text, "commit": false }))
            .await
            .ok();
        assert_eq!(
            again
                .data("/importAssets/problems")
                .as_array()
                .unwrap()
                .len(),
            3,
            "every exported code is taken: {}",
            again.0
        );
    }
);

on_both_databases!(
    a_bad_recurrence_rule_or_lead_time_is_refused_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let cluster = clusters(&app, &ops).await[0].clone();
        let base = |rule: &str, lead: i32| json!({ "clusterId": cluster, "title": "Nạo vét cống", "rule": rule, "startsOn": "2027-03-01", "leadDays": lead });
        let cases = [
            (base("FREQ=FORTNIGHTLY", 0), "input.rule"),
            (base("", 0), "input.rule"),
            (base("FREQ=HOURLY", 0), "input.rule"),
            (base("FREQ=DAILY;BYHOUR=8,16", 0), "input.rule"),
            (base("FREQ=WEEKLY", 10), "input.leadDays"),
            (base("FREQ=MONTHLY;INTERVAL=3", 100), "input.leadDays"),
            (
                json!({ "clusterId": cluster, "title": "Đo pH", "rule": "FREQ=MONTHLY", "startsOn": "2027-03-01",
                "checklist": [{ "label": "pH", "kind": "NUMBER", "min": 9, "max": 5.5 }] }),
                "input.checklist.0.unit",
            ),
        ];
        for (input, path) in cases {
            let before = app.snapshot().await;
            let answer = app
                .graphql(Some(&ops), CREATE_SCHEDULE, json!({ "i": input }))
                .await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{path}: {}", answer.0);
            assert!(
                answer.field_paths().contains(&path.to_owned()),
                "{path}: {:?}",
                answer.field_paths()
            );
            assert_eq!(app.snapshot().await, before, "{path}");
        }
        // The rule editor's preview says the same, and shows the next dates of a good rule.
        let preview = app
            .graphql(
                Some(&ops),
                "{ upkeepRulePreview(rule: \"FREQ=MONTHLY;INTERVAL=3\", startsOn: \"2027-03-01\", count: 3) }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(
            preview.data("/upkeepRulePreview"),
            &json!(["2027-03-01", "2027-06-01", "2027-09-01"])
        );
    }
);

/// A weekly drain inspection on an asset, from today, with a checklist; returns its id.
pub async fn weekly_schedule(app: &TestApp, ops: &str, lead: i32) -> Value {
    let cluster = clusters(app, ops).await[0].clone();
    let drain = create_asset(
        app,
        ops,
        json!({ "clusterId": cluster, "code": format!("D-{lead}"), "name": "Cống D1", "category": "DRAINAGE" }),
    )
    .await;
    app.graphql(
        Some(ops),
        CREATE_SCHEDULE,
        json!({ "i": { "assetId": drain["id"], "title": "Kiểm tra cống", "rule": "FREQ=WEEKLY",
            "startsOn": today().to_string(), "leadDays": lead, "estimatedCost": 2000000,
            "legalBasis": "Nghị định 06/2021/NĐ-CP, Điều 33",
            "checklist": [
                { "label": "Lưới chắn rác sạch", "kind": "YES_NO" },
                { "label": "pH nước thải", "kind": "NUMBER", "unit": "pH", "min": 5.5, "max": 9 },
                { "label": "Ghi chú", "kind": "TEXT" },
                { "label": "Ảnh cửa xả", "kind": "PHOTO" }
            ] } }),
    )
    .await
    .ok()
    .data("/createUpkeepSchedule/id")
    .clone()
}

pub async fn occurrences(app: &TestApp, ops: &str, schedule: &Value) -> Vec<Value> {
    app.graphql(Some(ops), SCHEDULE, json!({ "id": schedule }))
        .await
        .ok()
        .data("/node/occurrences")
        .as_array()
        .unwrap()
        .clone()
}

on_both_databases!(
    occurrences_are_generated_once_when_the_generator_runs_twice_and_at_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let schedule = weekly_schedule(&app, &ops, 2).await;
        let db = &app.services.db;
        let day = today();
        // Saving the schedule planned its occurrences at once, and opened today's (within
        // its lead time): the calendar and the queue need not wait for the hourly sweep.
        let saved = occurrences(&app, &ops, &schedule).await;
        assert!(saved.len() >= 57, "{}", saved.len());
        let opened: Vec<&Value> = saved.iter().filter(|o| o["status"] == "OPEN").collect();
        assert_eq!(opened.len(), 1);
        assert_eq!(opened[0]["dueOn"], day.to_string());
        let after_one = app.snapshot().await;
        let first = clusterkeep::upkeep::generator::run(db, day).await.unwrap();
        assert_eq!(first, Default::default(), "the sweep finds it all done");
        let again = clusterkeep::upkeep::generator::run(db, day).await.unwrap();
        assert_eq!(again, Default::default());
        let (a, b) = tokio::join!(
            clusterkeep::upkeep::generator::run(db, day),
            clusterkeep::upkeep::generator::run(db, day)
        );
        assert_eq!(a.unwrap().planned + b.unwrap().planned, 0);
        assert_eq!(app.snapshot().await, after_one, "nothing more was written");

        // A week on, two replicas at once: the next occurrence opens exactly one work order.
        let (a, b) = tokio::join!(
            clusterkeep::upkeep::generator::run(db, day + Duration::days(6)),
            clusterkeep::upkeep::generator::run(db, day + Duration::days(6))
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.opened + b.opened, 1, "{a:?} {b:?}");
        let all = occurrences(&app, &ops, &schedule).await;
        let open: Vec<&Value> = all.iter().filter(|o| o["status"] == "OPEN").collect();
        assert_eq!(open.len(), 2);
        assert_eq!(open[0]["dueOn"], day.to_string());

        // The work order carries the asset and the checklist, copied in with kinds and ranges.
        let wo = app
            .graphql(
                Some(&ops),
                "query($id: ID!) { node(id: $id) { ... on WorkOrder { title assetId status checklist { label kind unit min max } } } }",
                json!({ "id": open[1]["workOrderId"] }),
            )
            .await
            .ok();
        assert_eq!(wo.data("/node/status"), "OPEN");
        assert!(wo.data("/node/assetId").is_string());
        assert_eq!(wo.data("/node/checklist/1/kind"), "NUMBER");
        assert_eq!(wo.data("/node/checklist/1/max"), 9.0);
        assert_eq!(wo.data("/node/checklist").as_array().unwrap().len(), 4);
    }
);

on_both_databases!(
    after_downtime_only_the_latest_missed_occurrence_opens,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let schedule = weekly_schedule(&app, &ops, 1).await;
        let db = &app.services.db;
        // Saving it opened today's occurrence; then nothing ran for 30 days.
        let back = today() + Duration::days(30);
        let report = clusterkeep::upkeep::generator::run(db, back).await.unwrap();
        assert_eq!(report.opened, 1);
        assert_eq!(report.missed, 3, "{report:?}");
        let all = occurrences(&app, &ops, &schedule).await;
        let status = |s: &str| all.iter().filter(|o| o["status"] == s).count();
        assert_eq!(status("OPEN"), 2, "today's stays open beside the latest");
        assert_eq!(status("MISSED"), 3);
        let open = all
            .iter()
            .filter(|o| o["status"] == "OPEN")
            .max_by_key(|o| o["dueOn"].as_str().unwrap().to_owned())
            .unwrap();
        assert_eq!(open["dueOn"], (today() + Duration::days(28)).to_string());
        assert!(
            all.iter()
                .filter(|o| o["status"] == "MISSED")
                .all(|o| o["reason"].is_string())
        );

        // A planned occurrence can be skipped with a reason; an open one cannot.
        let planned = all.iter().find(|o| o["status"] == "PLANNED").unwrap();
        let skip = "mutation($id: ID!, $r: String!) { skipUpkeepOccurrence(id: $id, reason: $r) { status reason } }";
        let skipped = app
            .graphql(
                Some(&ops),
                skip,
                json!({ "id": planned["id"], "r": "Mưa lớn, dời lịch" }),
            )
            .await
            .ok();
        assert_eq!(skipped.data("/skipUpkeepOccurrence/status"), "SKIPPED");
        let before = app.snapshot().await;
        let refused = app
            .graphql(Some(&ops), skip, json!({ "id": open["id"], "r": "x" }))
            .await;
        assert_eq!(refused.code(), Some("CONFLICT"));
        let blank = app
            .graphql(Some(&ops), skip, json!({ "id": planned["id"], "r": " " }))
            .await;
        assert_eq!(blank.code(), Some("VALIDATION"));
        assert_eq!(app.snapshot().await, before);
    }
);
