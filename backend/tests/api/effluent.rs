//! Effluent against the discharge permit: limits on a plant's permit, samples judged against
//! the permit in force, the cluster flag and the one P1 work order an over-limit result opens,
//! bad input that writes nothing, and the province view's figures (with no firm name in it),
//! on both databases.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;
use crate::upkeep::{cluster_named, today};

const CREATE_ASSET: &str = "mutation($i: AssetFields!) { createAsset(input: $i) { id } }";
const ADD_PERMIT: &str = "mutation($i: PermitFields!) { addAssetPermit(input: $i) { id } }";
const SET_LIMITS: &str =
    "mutation($i: DischargeLimitsFields!) { setDischargeLimits(input: $i) { code min max } }";
const RECORD: &str = "mutation($i: EffluentSampleFields!) { recordEffluentSample(input: $i) { workOrderId sample { compliant sampledOn values { code over } } } }";
const CLUSTER_FLAG: &str =
    "query($id: ID!) { node(id: $id) { ... on Cluster { effluentOverLimit } } }";
const TODO: &str = "{ operatorTodo { effluentOverLimit } }";
const PROVINCE: &str = "{ provinceOverview { clusters { clusterName upkeep { plantRegistered capacityM3PerDay dischargePermitExpiresOn lastSampleOn lastSampleCompliant inflowMonth inflowM3PerDay inflowOfCapacityBp openP1WorkOrders occurrencesDue occurrencesDone doneRateBp } } } }";

async fn gql(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    app.graphql(Some(token), query, variables)
        .await
        .ok()
        .data("")
        .clone()
}

/// A plant of 500 m³/day in `cluster` with a discharge permit and limits for pH and COD.
async fn plant(app: &TestApp, token: &str, cluster: &Value) -> (Value, Value) {
    let asset = gql(
        app,
        token,
        CREATE_ASSET,
        json!({ "i": { "clusterId": cluster, "code": "XL-T", "name": "Trạm XLNT thử", "category": "WASTEWATER", "quantity": 500, "unit": "m³/ngày" } }),
    )
    .await["createAsset"]["id"]
        .clone();
    let permit = gql(
        app,
        token,
        ADD_PERMIT,
        json!({ "i": { "assetId": asset, "kind": "DISCHARGE", "number": "7/GPMT", "issuedOn": "2024-01-01", "expiresOn": "2034-01-01" } }),
    )
    .await["addAssetPermit"]["id"]
        .clone();
    let limits = gql(
        app,
        token,
        SET_LIMITS,
        json!({ "i": { "permitId": permit, "limits": [
            { "code": "ph", "name": "pH", "min": 6, "max": 9 },
            { "code": "COD", "name": "COD", "unit": "mg/l", "max": 75 },
        ] } }),
    )
    .await;
    assert_eq!(limits["setDischargeLimits"][0]["code"], "PH");
    (asset, permit)
}

fn sample(asset: &Value, on: &str, cod: f64) -> Value {
    json!({ "i": { "assetId": asset, "sampledOn": on, "reportNumber": "KQ-1",
        "values": [{ "code": "PH", "value": 7.1 }, { "code": "cod", "value": cod }] } })
}

async fn flagged(app: &TestApp, token: &str, cluster: &Value) -> bool {
    gql(app, token, CLUSTER_FLAG, json!({ "id": cluster })).await["node"]["effluentOverLimit"]
        .as_bool()
        .unwrap()
}

on_both_databases!(
    an_over_limit_sample_flags_the_cluster_and_opens_exactly_one_p1_work_order,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@yenlac.example").await;
        let cluster = cluster_named(&app, &ops, "Yên Đồng").await;
        let (asset, _) = plant(&app, &ops, &cluster).await;
        let todo = gql(&app, &ops, TODO, json!({})).await["operatorTodo"]["effluentOverLimit"]
            .as_i64()
            .unwrap();

        // A compliant result: no work order, no flag.
        let orders = app.count_rows("work_orders").await;
        let ok = gql(&app, &ops, RECORD, sample(&asset, "2026-01-08", 40.0)).await;
        assert_eq!(ok["recordEffluentSample"]["sample"]["compliant"], true);
        assert_eq!(ok["recordEffluentSample"]["workOrderId"], Value::Null);
        assert_eq!(app.count_rows("work_orders").await, orders);
        assert!(!flagged(&app, &ops, &cluster).await);

        // Over the COD limit: one P1 work order on the plant, and the cluster is flagged.
        let over = gql(&app, &ops, RECORD, sample(&asset, "2026-02-08", 98.0)).await;
        let result = &over["recordEffluentSample"];
        assert_eq!(result["sample"]["compliant"], false);
        assert_eq!(result["sample"]["values"][1]["over"], true);
        assert_eq!(result["sample"]["values"][0]["over"], false);
        assert_eq!(app.count_rows("work_orders").await, orders + 1);
        let wo = gql(
            &app,
            &ops,
            "query($id: ID!) { node(id: $id) { ... on WorkOrder { priority status assetId } } }",
            json!({ "id": result["workOrderId"] }),
        )
        .await;
        assert_eq!(wo["node"]["priority"], "P1");
        assert_eq!(wo["node"]["status"], "OPEN");
        assert_eq!(wo["node"]["assetId"], asset);
        assert!(flagged(&app, &ops, &cluster).await);
        let after = gql(&app, &ops, TODO, json!({})).await["operatorTodo"]["effluentOverLimit"]
            .as_i64()
            .unwrap();
        assert_eq!(after, todo + 1);
        let history = gql(
            &app,
            &ops,
            "query($id: ID!) { node(id: $id) { ... on Asset { isPlant effluentSamples { sampledOn compliant } permits { limits { code } } } } }",
            json!({ "id": asset }),
        )
        .await;
        assert_eq!(history["node"]["isPlant"], true);
        assert_eq!(
            history["node"]["effluentSamples"][0]["sampledOn"],
            "2026-02-08"
        );
        assert_eq!(history["node"]["permits"][0]["limits"][1]["code"], "COD");

        // A later compliant result clears the flag; the work order stays for the operator.
        gql(&app, &ops, RECORD, sample(&asset, "2026-03-08", 50.0)).await;
        assert!(!flagged(&app, &ops, &cluster).await);
        assert_eq!(app.count_rows("work_orders").await, orders + 1);
    }
);

on_both_databases!(
    bad_effluent_input_names_its_field_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@yenlac.example").await;
        let (dongsoc, _) = app.login_as("ops@dongsoc.example").await;
        let cluster = cluster_named(&app, &ops, "Yên Đồng").await;
        let (asset, permit) = plant(&app, &ops, &cluster).await;
        let road = gql(
            &app,
            &ops,
            CREATE_ASSET,
            json!({ "i": { "clusterId": cluster, "code": "R-T", "name": "Đường", "category": "INTERNAL_ROADS", "quantity": 100, "unit": "m" } }),
        )
        .await["createAsset"]["id"]
            .clone();
        let bare = gql(
            &app,
            &ops,
            CREATE_ASSET,
            json!({ "i": { "clusterId": cluster, "code": "XL-B", "name": "Trạm chưa phép", "category": "WASTEWATER", "quantity": 100, "unit": "m3/day" } }),
        )
        .await["createAsset"]["id"]
            .clone();
        let tomorrow = (today() + chrono::Duration::days(1)).to_string();
        let cases: Vec<(&str, &str, Value, &str)> = vec![
            (
                &ops,
                SET_LIMITS,
                json!({ "i": { "permitId": permit, "limits": [{ "code": "PH", "name": "pH", "min": 9, "max": 6 }] } }),
                "input.limits.0.max",
            ),
            (
                &ops,
                RECORD,
                sample(&road, "2026-01-08", 10.0),
                "input.assetId",
            ),
            (
                &ops,
                RECORD,
                sample(&bare, "2026-01-08", 10.0),
                "input.assetId",
            ),
            (
                &ops,
                RECORD,
                json!({ "i": { "assetId": asset, "sampledOn": "2026-01-08", "reportNumber": "KQ",
                    "values": [{ "code": "BOD5", "value": 10 }] } }),
                "input.values.0.code",
            ),
            (
                &ops,
                RECORD,
                sample(&asset, &tomorrow, 10.0),
                "input.sampledOn",
            ),
            // Before the permit was issued: none in force.
            (
                &ops,
                RECORD,
                sample(&asset, "2023-06-01", 10.0),
                "input.sampledOn",
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
        // Another tenant's plant and permit are NOT_FOUND, and nothing is written.
        for (query, variables) in [
            (RECORD, sample(&asset, "2026-01-08", 120.0)),
            (
                SET_LIMITS,
                json!({ "i": { "permitId": permit, "limits": [] } }),
            ),
        ] {
            let before = app.snapshot().await;
            let answer = app.graphql(Some(&dongsoc), query, variables).await;
            assert_eq!(answer.code(), Some("NOT_FOUND"), "{}", answer.0);
            assert_eq!(app.snapshot().await, before);
        }
        // A firm's user and the province's viewer may not record results.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        for token in [&kcc, &viewer] {
            let before = app.snapshot().await;
            let answer = app
                .graphql(Some(token), RECORD, sample(&asset, "2026-01-08", 120.0))
                .await;
            assert!(
                matches!(answer.code(), Some("FORBIDDEN" | "NOT_FOUND")),
                "{}",
                answer.0
            );
            assert_eq!(app.snapshot().await, before);
        }
    }
);

on_both_databases!(
    the_province_view_shows_plant_effluent_urgent_work_and_upkeep_without_firm_names,
    |backend: Backend| async move {
        // The demo's plants, permits and year of samples are seeded with its history.
        let options = Options {
            demo_history: true,
            ..Options::default()
        };
        let Some(app) = spawn_app(backend, options).await else {
            return;
        };
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let row = |view: &Value, name: &str| -> Value {
            view["provinceOverview"]["clusters"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["clusterName"].as_str().unwrap().contains(name))
                .unwrap_or_else(|| panic!("{name}"))["upkeep"]
                .clone()
        };
        let view = gql(&app, &viewer, PROVINCE, json!({})).await;

        // Đồng Sóc: the 15,000 m³/day plant, its latest result over the COD limit, a P1 open.
        let dong_soc = row(&view, "Đồng Sóc");
        assert_eq!(dong_soc["plantRegistered"], true);
        assert_eq!(dong_soc["capacityM3PerDay"], 15_000);
        assert!(dong_soc["dischargePermitExpiresOn"].is_string());
        assert_eq!(dong_soc["lastSampleCompliant"], false);
        let last = dong_soc["lastSampleOn"].as_str().unwrap().to_owned();
        assert!(last.ends_with("-08") && last <= today().to_string());
        let p1 = dong_soc["openP1WorkOrders"].as_i64().unwrap();
        assert!(p1 >= 1);
        let due = dong_soc["occurrencesDue"].as_i64().unwrap();
        let done = dong_soc["occurrencesDone"].as_i64().unwrap();
        assert!(due > 0 && done <= due, "{dong_soc}");
        assert_eq!(
            dong_soc["doneRateBp"].as_i64().unwrap(),
            (done * 10_000 + due / 2) / due
        );

        // The inflow is the firms' current meter readings of the newest metered month, per day.
        let month = NaiveDate::from_str(dong_soc["inflowMonth"].as_str().unwrap()).unwrap();
        assert!(
            month <= today() && month > today() - chrono::Months::new(4),
            "{dong_soc}"
        );
        let leases = gql(
            &app,
            &ops,
            "{ leases(first: 100) { nodes { id cluster { name } } } }",
            json!({}),
        )
        .await;
        let mut metered = 0;
        for lease in leases["leases"]["nodes"].as_array().unwrap() {
            if lease["cluster"]["name"] != "CCN Đồng Sóc" {
                continue;
            }
            let readings = gql(
                &app,
                &ops,
                "query($l: ID!) { meterReadings(leaseId: $l) { period consumptionM3 supersededAt } }",
                json!({ "l": lease["id"] }),
            )
            .await;
            metered += readings["meterReadings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["period"] == month.to_string() && r["supersededAt"].is_null())
                .map(|r| r["consumptionM3"].as_i64().unwrap())
                .sum::<i64>();
        }
        let days = i64::from(month.num_days_in_month());
        assert!(metered > 0, "the demo meters Đồng Sóc's wastewater");
        assert_eq!(
            dong_soc["inflowM3PerDay"].as_i64().unwrap(),
            (metered + days / 2) / days
        );
        let inflow = dong_soc["inflowM3PerDay"].as_i64().unwrap();
        assert_eq!(
            dong_soc["inflowOfCapacityBp"].as_i64().unwrap(),
            (inflow * 10_000 + 7_500) / 15_000
        );

        // Yên Đồng: no plant, no sample.
        let yen_dong = row(&view, "Yên Đồng");
        assert_eq!(yen_dong["plantRegistered"], false);
        assert_eq!(yen_dong["capacityM3PerDay"], Value::Null);
        assert_eq!(yen_dong["lastSampleOn"], Value::Null);
        assert_eq!(yen_dong["lastSampleCompliant"], Value::Null);
        assert_eq!(yen_dong["inflowOfCapacityBp"], Value::Null);

        // A compliant result today, then one over the limit: the row follows, one P1 more.
        let plant = gql(
            &app,
            &ops,
            "{ assets(category: WASTEWATER) { id code } }",
            json!({}),
        )
        .await["assets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["code"] == "XLNT-01")
            .unwrap()["id"]
            .clone();
        let values = |cod: f64| {
            json!({ "i": { "assetId": plant, "sampledOn": today().to_string(), "reportNumber": "KQ-T",
                "values": [{ "code": "COD", "value": cod }] } })
        };
        gql(&app, &ops, RECORD, values(30.0)).await;
        let fixed = row(&gql(&app, &viewer, PROVINCE, json!({})).await, "Đồng Sóc");
        assert_eq!(fixed["lastSampleCompliant"], true);
        assert_eq!(fixed["lastSampleOn"], today().to_string());
        assert_eq!(fixed["openP1WorkOrders"], p1);
        gql(&app, &ops, RECORD, values(200.0)).await;
        let again = row(&gql(&app, &viewer, PROVINCE, json!({})).await, "Đồng Sóc");
        assert_eq!(again["lastSampleCompliant"], false);
        assert_eq!(again["openP1WorkOrders"], p1 + 1);

        // No firm's name anywhere in the whole response.
        let whole = app
            .graphql(
                Some(&viewer),
                PROVINCE
                    .replace("clusterName", "clusterName operatorName district")
                    .as_str(),
                json!({}),
            )
            .await
            .ok()
            .0
            .to_string();
        let names = firm_names(&app).await;
        assert!(names.len() > 100, "the demo has firms");
        for name in names {
            assert!(
                !whole.contains(&name),
                "{name} appears in the province view"
            );
        }
    }
);

/// Every firm's name in the database.
async fn firm_names(app: &TestApp) -> Vec<String> {
    use clusterkeep::tenancy::entities::firm;
    use sea_orm::EntityTrait;
    let txn = app.services.db.system().await.unwrap();
    let names = firm::Entity::find()
        .all(txn.conn())
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.name)
        .collect();
    txn.commit().await.unwrap();
    names
}
