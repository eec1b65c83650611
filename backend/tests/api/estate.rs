//! The estate: clusters, plots, firms, leases, occupancy and the province view.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const CREATE_CLUSTER: &str = "mutation($i: ClusterFields!) { createCluster(input: $i) { id name occupancy { rateBp leasableAreaM2 } wastewater { present status compliant } } }";
const CREATE_PLOT: &str =
    "mutation($i: PlotFields!) { createPlot(input: $i) { id code areaM2 cluster { name } } }";
const CREATE_FIRM: &str =
    "mutation($i: FirmFields!) { createFirm(input: $i) { id name taxCode isSme capitalOrigin } }";
const CREATE_LEASE: &str = "mutation($i: LeaseFields!, $a: Boolean) { createLease(input: $i, activate: $a) { id status areaM2 supportProgrammes { decisionNumber rateBp } plots { code } firm { name } } }";

fn cluster_input(name: &str) -> Value {
    json!({
        "name": name, "province": "Vĩnh Phúc", "district": "Bình Xuyên",
        "totalAreaM2": 300_000, "leasableAreaM2": 200_000, "status": "OPERATING",
        "wwtpPresent": false, "wwtpStatus": "NONE"
    })
}

fn lease_input(firm: &Value, plots: &[&Value], starts: &str, ends: &str) -> Value {
    json!({
        "firmId": firm, "plotIds": plots, "startsOn": starts, "endsOn": ends,
        "rentPerM2Year": 40_000, "rentSchedule": "YEARLY"
    })
}

/// A fresh cluster with two plots and a domestic SME firm, as the Đồng Sóc admin.
async fn arrange(app: &TestApp, admin: &str) -> (Value, Value, Value, Value) {
    let cluster = app
        .graphql(
            Some(admin),
            CREATE_CLUSTER,
            json!({ "i": cluster_input("CCN Thử nghiệm") }),
        )
        .await
        .ok();
    let cluster_id = cluster.data("/createCluster/id").clone();
    let mut plots = Vec::new();
    for (code, area) in [("A-01", 10_000), ("A-02", 5_000)] {
        let plot = app
            .graphql(Some(admin), CREATE_PLOT, json!({ "i": { "clusterId": cluster_id, "code": code, "areaM2": area, "landUse": "Công nghiệp" } }))
            .await
            .ok();
        plots.push(plot.data("/createPlot/id").clone());
    }
    let firm = app
        .graphql(Some(admin), CREATE_FIRM, json!({ "i": { "name": "Công ty TNHH Cơ khí Thử", "taxCode": "2501234563", "isSme": true, "capitalOrigin": "DOMESTIC", "workforce": 35 } }))
        .await
        .ok();
    (
        cluster_id,
        plots[0].clone(),
        plots[1].clone(),
        firm.data("/createFirm/id").clone(),
    )
}

async fn occupancy(app: &TestApp, token: &str, cluster: &Value) -> Value {
    app.graphql(Some(token), "query($id: ID!) { node(id: $id) { ... on Cluster { occupancy { rateBp leasedAreaM2 plotsFree firms workforce } } } }", json!({ "id": cluster }))
        .await
        .ok()
        .data("/node/occupancy")
        .clone()
}

on_both_databases!(
    an_operator_registers_the_estate_and_occupancy_follows_the_leases,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (cluster, a01, a02, firm) = arrange(&app, &admin).await;
        assert_eq!(occupancy(&app, &admin, &cluster).await["rateBp"], 0);

        let lease = app
            .graphql(
                Some(&admin),
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&a01], "2025-01-01", "2074-12-31"), "a": true }),
            )
            .await
            .ok();
        assert_eq!(lease.data("/createLease/status"), "ACTIVE");
        assert_eq!(lease.data("/createLease/areaM2"), 10_000);
        // A domestic SME is in the operator's rent support programme, with its decision.
        assert_eq!(lease.data("/createLease/supportProgrammes/0/rateBp"), 1000);
        assert!(
            lease
                .data("/createLease/supportProgrammes/0/decisionNumber")
                .as_str()
                .unwrap()
                .contains("QĐ-UBND")
        );

        // A household business is no enterprise: no support, whatever its SME flag says.
        let household = app
            .graphql(Some(&admin), CREATE_FIRM, json!({ "i": { "name": "Hộ kinh doanh Thử", "taxCode": "026085123456", "isSme": true, "capitalOrigin": "DOMESTIC", "workforce": 3 } }))
            .await
            .ok();
        let other_cluster = app
            .graphql(
                Some(&admin),
                CREATE_CLUSTER,
                json!({ "i": cluster_input("CCN Thử hộ kinh doanh") }),
            )
            .await
            .ok();
        let stall = app
            .graphql(Some(&admin), CREATE_PLOT, json!({ "i": { "clusterId": other_cluster.data("/createCluster/id"), "code": "H-01", "areaM2": 300, "landUse": "Làng nghề" } }))
            .await
            .ok();
        let household_lease = app
            .graphql(
                Some(&admin),
                CREATE_LEASE,
                json!({ "i": lease_input(household.data("/createFirm/id"), &[stall.data("/createPlot/id")], "2025-01-01", "2029-12-31"), "a": true }),
            )
            .await
            .ok();
        assert_eq!(
            household_lease.data("/createLease/supportProgrammes"),
            &json!([])
        );

        let figures = occupancy(&app, &admin, &cluster).await;
        assert_eq!(figures["rateBp"], 500, "10 000 of 200 000 m² leased");
        assert_eq!(figures["plotsFree"], 1);
        assert_eq!(figures["firms"], 1);
        assert_eq!(figures["workforce"], 35);

        // Free and leased plots, derived from the leases.
        let free = app
            .graphql(
                Some(&admin),
                "query($c: ID!) { plots(clusterId: $c, status: FREE) { nodes { code status } } }",
                json!({ "c": cluster }),
            )
            .await
            .ok();
        assert_eq!(
            free.data("/plots/nodes"),
            &json!([{ "code": "A-02", "status": "FREE" }])
        );

        // Terminating frees the plot after its last day; the past stays as it was.
        let lease_id = lease.data("/createLease/id").clone();
        app.graphql(
        Some(&admin),
        "mutation($id: ID!) { terminateLease(id: $id, on: \"2025-06-30\", reason: \"Doanh nghiệp chuyển địa điểm\") { status terminatedOn } }",
        json!({ "id": lease_id }),
    )
    .await
    .ok();
        assert_eq!(occupancy(&app, &admin, &cluster).await["rateBp"], 0);
        let past = app
            .graphql(
                Some(&admin),
                "query { clusters(on: \"2025-03-01\") { nodes { name occupancy { rateBp } } } }",
                json!({}),
            )
            .await
            .ok();
        let ours = past
            .data("/clusters/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "CCN Thử nghiệm")
            .unwrap()
            .clone();
        assert_eq!(ours["occupancy"]["rateBp"], 500);

        // A terminated lease can be read, not edited.
        let before = app.snapshot().await;
        let edit = app
        .graphql(Some(&admin), "mutation($id: ID!, $i: LeaseFields!) { updateLease(id: $id, input: $i) { id } }", json!({ "id": lease_id, "i": lease_input(&firm, &[&a01], "2025-01-01", "2030-12-31") }))
        .await;
        assert_eq!(edit.code(), Some("CONFLICT"));
        assert_eq!(app.snapshot().await, before);

        // The audit trail says who did what.
        let trail = app
        .graphql(Some(&admin), "query($id: ID!) { node(id: $id) { ... on Lease { status auditTrail { action actorEmail } } } }", json!({ "id": lease_id }))
        .await
        .ok();
        assert_eq!(trail.data("/node/status"), "TERMINATED");
        assert_eq!(trail.data("/node/auditTrail/0/action"), "terminated");
        assert_eq!(
            trail.data("/node/auditTrail/0/actorEmail"),
            "ops@dongsoc.example"
        );
        assert_eq!(trail.data("/node/auditTrail/1/action"), "created");
        let _ = a02;
    }
);

on_both_databases!(
    an_overlapping_lease_is_a_conflict_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (_, a01, a02, firm) = arrange(&app, &admin).await;
        app.graphql(
            Some(&admin),
            CREATE_LEASE,
            json!({ "i": lease_input(&firm, &[&a01], "2025-01-01", "2035-12-31"), "a": true }),
        )
        .await
        .ok();
        let conflicts = app
        .graphql(
            Some(&admin),
            "query($p: [ID!]!) { leaseConflicts(plotIds: $p, startsOn: \"2035-12-31\", endsOn: \"2040-01-01\") { plotCode startsOn endsOn } }",
            json!({ "p": [a01, a02] }),
        )
        .await
        .ok();
        assert_eq!(conflicts.data("/leaseConflicts/0/plotCode"), "A-01");
        let before = app.snapshot().await;
        let refused = app
        .graphql(Some(&admin), CREATE_LEASE, json!({ "i": lease_input(&firm, &[&a01, &a02], "2035-12-31", "2040-01-01"), "a": true }))
        .await;
        assert_eq!(refused.code(), Some("CONFLICT"), "{}", refused.0);
        assert!(
            refused.0["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("A-01")
        );
        assert_eq!(app.snapshot().await, before);
        // The day after the first lease ends, the plot is free again.
        app.graphql(
            Some(&admin),
            CREATE_LEASE,
            json!({ "i": lease_input(&firm, &[&a01], "2036-01-01", "2040-01-01"), "a": true }),
        )
        .await
        .ok();
        // A draft may overlap; activating it may not.
        let draft = app
            .graphql(
                Some(&admin),
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&a01], "2030-01-01", "2031-01-01"), "a": false }),
            )
            .await
            .ok();
        assert_eq!(draft.data("/createLease/status"), "DRAFT");
        let activate = app
            .graphql(
                Some(&admin),
                "mutation($id: ID!) { activateLease(id: $id) { status } }",
                json!({ "id": draft.data("/createLease/id") }),
            )
            .await;
        assert_eq!(activate.code(), Some("CONFLICT"));
    }
);

on_both_databases!(
    two_simultaneous_leases_of_one_plot_give_one_success_and_one_conflict,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (_, a01, _, firm) = arrange(&app, &admin).await;
        for round in 0..3 {
            let year = 2030 + round * 10;
            let input = lease_input(
                &firm,
                &[&a01],
                &format!("{year}-01-01"),
                &format!("{year}-12-31"),
            );
            let variables = json!({ "i": input, "a": true });
            let (first, second) = tokio::join!(
                app.graphql(Some(&admin), CREATE_LEASE, variables.clone()),
                app.graphql(Some(&admin), CREATE_LEASE, variables.clone()),
            );
            let codes = [
                first.code().map(str::to_owned),
                second.code().map(str::to_owned),
            ];
            assert!(codes.contains(&None), "one must succeed: {codes:?}");
            assert!(
                codes.contains(&Some("CONFLICT".to_owned())),
                "one must conflict: {codes:?}"
            );
        }
    }
);

on_both_databases!(
    bad_estate_input_is_validation_with_paths_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (cluster, a01, _, firm) = arrange(&app, &admin).await;
        // Another cluster's plot, and another tenant's plot.
        let other_cluster = app
            .graphql(
                Some(&admin),
                CREATE_CLUSTER,
                json!({ "i": cluster_input("CCN Khác") }),
            )
            .await
            .ok();
        let other_plot = app
        .graphql(Some(&admin), CREATE_PLOT, json!({ "i": { "clusterId": other_cluster.data("/createCluster/id"), "code": "B-01", "areaM2": 100, "landUse": "Kho" } }))
        .await
        .ok();
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let foreign_plot = app
            .graphql(
                Some(&yenlac),
                "{ plots(first: 1) { nodes { id } } }",
                json!({}),
            )
            .await
            .ok();
        let foreign_plot = foreign_plot.data("/plots/nodes/0/id").clone();

        let mut zero_area = cluster_input("CCN Sai");
        zero_area["totalAreaM2"] = json!(0);
        let mut too_leasable = cluster_input("CCN Sai");
        too_leasable["leasableAreaM2"] = json!(400_000);
        let cases: Vec<(&str, &str, Value, &str)> = vec![
            (
                "zero cluster area",
                CREATE_CLUSTER,
                json!({ "i": zero_area }),
                "input.totalAreaM2",
            ),
            (
                "leasable over total",
                CREATE_CLUSTER,
                json!({ "i": too_leasable }),
                "input.leasableAreaM2",
            ),
            (
                "duplicate cluster name",
                CREATE_CLUSTER,
                json!({ "i": cluster_input("CCN Thử nghiệm") }),
                "input.name",
            ),
            (
                "negative plot area",
                CREATE_PLOT,
                json!({ "i": { "clusterId": cluster, "code": "A-09", "areaM2": -5, "landUse": "x" } }),
                "input.areaM2",
            ),
            (
                "duplicate plot code",
                CREATE_PLOT,
                json!({ "i": { "clusterId": cluster, "code": "A-01", "areaM2": 5, "landUse": "x" } }),
                "input.code",
            ),
            (
                "malformed tax code",
                CREATE_FIRM,
                json!({ "i": { "name": "X", "taxCode": "12345" } }),
                "input.taxCode",
            ),
            (
                "tax code with a wrong check digit (…3 is right)",
                CREATE_FIRM,
                json!({ "i": { "name": "X", "taxCode": "2501234567" } }),
                "input.taxCode",
            ),
            (
                "personal identification number with no province code",
                CREATE_FIRM,
                json!({ "i": { "name": "X", "taxCode": "000090001234" } }),
                "input.taxCode",
            ),
            (
                "duplicate tax code",
                CREATE_FIRM,
                json!({ "i": { "name": "X", "taxCode": "2501234563" } }),
                "input.taxCode",
            ),
            (
                "lease ending before it starts",
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&a01], "2030-01-01", "2029-01-01") }),
                "input.endsOn",
            ),
            (
                "plots of two clusters",
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&a01, other_plot.data("/createPlot/id")], "2030-01-01", "2031-01-01") }),
                "input.plotIds",
            ),
            (
                "another tenant's plot",
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&foreign_plot], "2030-01-01", "2031-01-01") }),
                "input.plotIds",
            ),
            (
                "no plots",
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[], "2030-01-01", "2031-01-01") }),
                "input.plotIds",
            ),
        ];
        let before = app.snapshot().await;
        for (name, mutation, variables, path) in cases {
            let response = app.graphql(Some(&admin), mutation, variables).await;
            assert_eq!(
                response.code(),
                Some("VALIDATION"),
                "{name}: {}",
                response.0
            );
            assert!(
                response.field_paths().contains(&path.to_owned()),
                "{name}: {:?}",
                response.field_paths()
            );
            assert_eq!(app.snapshot().await, before, "{name} wrote something");
        }
    }
);

on_both_databases!(
    a_renewal_is_a_linked_draft_starting_the_day_after,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (_, a01, _, firm) = arrange(&app, &admin).await;
        let lease = app
            .graphql(
                Some(&admin),
                CREATE_LEASE,
                json!({ "i": lease_input(&firm, &[&a01], "2020-01-01", "2024-12-31"), "a": true }),
            )
            .await
            .ok();
        let id = lease.data("/createLease/id").clone();
        let renewed = app
        .graphql(Some(&admin), "mutation($id: ID!) { renewLease(id: $id, endsOn: \"2029-12-31\", rentPerM2Year: 44000) { status startsOn endsOn rentPerM2Year renewedFromId plots { code } } }", json!({ "id": id }))
        .await
        .ok();
        assert_eq!(renewed.data("/renewLease/status"), "DRAFT");
        assert_eq!(renewed.data("/renewLease/startsOn"), "2025-01-01");
        assert_eq!(renewed.data("/renewLease/rentPerM2Year"), 44_000);
        assert_eq!(renewed.data("/renewLease/renewedFromId"), &id);
        // The old lease shows as expired.
        let old = app
            .graphql(
                Some(&admin),
                "query($id: ID!) { node(id: $id) { ... on Lease { status } } }",
                json!({ "id": id }),
            )
            .await
            .ok();
        assert_eq!(old.data("/node/status"), "EXPIRED");
    }
);

on_both_databases!(
    enterprise_users_see_their_leases_and_the_authority_sees_only_aggregates,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let all = app
            .graphql(
                Some(&admin),
                "{ leases { totalCount nodes { id firm { name } } } }",
                json!({}),
            )
            .await
            .ok();
        let mine = app
            .graphql(
                Some(&kcc),
                "{ leases { totalCount nodes { firm { name } } } }",
                json!({}),
            )
            .await
            .ok();
        assert!(all.data("/leases/totalCount").as_i64().unwrap() > 1);
        assert_eq!(mine.data("/leases/totalCount"), 1);
        assert!(
            mine.data("/leases/nodes/0/firm/name")
                .as_str()
                .unwrap()
                .starts_with("KCC")
        );
        // Another firm's lease is NOT_FOUND for the KCC user.
        let other = all
            .data("/leases/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|l| !l["firm"]["name"].as_str().unwrap().starts_with("KCC"))
            .unwrap()["id"]
            .clone();
        let peek = app
            .graphql(
                Some(&kcc),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": other }),
            )
            .await;
        assert_eq!(peek.code(), Some("NOT_FOUND"));
        // A draft lease for KCC is the operator's work in progress: KCC does not see it yet.
        let kcc_firm = app
            .graphql(Some(&kcc), "{ me { firm { id } } }", json!({}))
            .await
            .ok()
            .data("/me/firm/id")
            .clone();
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
        let plot = app
            .graphql(
                Some(&admin),
                "mutation($i: PlotFields!) { createPlot(input: $i) { id } }",
                json!({ "i": { "clusterId": cluster, "code": "DRAFT-01", "areaM2": 1_000, "landUse": "Công nghiệp" } }),
            )
            .await
            .ok()
            .data("/createPlot/id")
            .clone();
        let draft = app
            .graphql(
                Some(&admin),
                "mutation($i: LeaseFields!) { createLease(input: $i) { id status } }",
                json!({ "i": { "firmId": kcc_firm, "plotIds": [plot], "startsOn": "2027-01-01",
                    "endsOn": "2037-12-31", "rentPerM2Year": 60_000, "rentSchedule": "YEARLY" } }),
            )
            .await
            .ok();
        assert_eq!(draft.data("/createLease/status"), "DRAFT");
        let mine_now = app
            .graphql(Some(&kcc), "{ leases { totalCount } }", json!({}))
            .await
            .ok();
        assert_eq!(mine_now.data("/leases/totalCount"), 1);
        let peek = app
            .graphql(
                Some(&kcc),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": draft.data("/createLease/id") }),
            )
            .await;
        assert_eq!(peek.code(), Some("NOT_FOUND"));
        // The authority viewer sees every operator's clusters, with aggregates only…
        let province = app
        .graphql(Some(&viewer), "{ provinceOverview { province clusters { operatorName clusterName occupancy { rateBp } wastewater { status } } } }", json!({}))
        .await
        .ok();
        let clusters = province
            .data("/provinceOverview/clusters")
            .as_array()
            .unwrap();
        assert!(clusters.len() >= 5);
        let yen_dong = clusters
            .iter()
            .find(|c| c["clusterName"].as_str().unwrap().contains("Yên Đồng"))
            .unwrap();
        assert_eq!(yen_dong["occupancy"]["rateBp"], 10_000);
        assert_eq!(
            yen_dong["wastewater"]["status"], "NONE",
            "a missing plant is shown, never hidden"
        );
        // …and cannot open a lease.
        assert_eq!(
            app.graphql(
                Some(&viewer),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": other })
            )
            .await
            .code(),
            Some("NOT_FOUND")
        );
        assert_eq!(
            app.graphql(Some(&viewer), "{ leases { totalCount } }", json!({}))
                .await
                .code(),
            Some("FORBIDDEN")
        );
        // Operators don't get the province view.
        assert_eq!(
            app.graphql(Some(&admin), "{ provinceOverview { province } }", json!({}))
                .await
                .code(),
            Some("FORBIDDEN")
        );
    }
);

on_both_databases!(
    a_page_of_leases_costs_the_same_statements_whatever_its_size,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@yenlac.example").await;
        // Yên Đồng alone has 110 leases, each with its firm, cluster and plot.
        let query = "query($n: Int!) { leases(first: $n) { totalCount nodes { firm { name } cluster { name } plots { code } } } }";
        let mut costs = Vec::new();
        for size in [1, 10, 100] {
            let before = app.services.db.statements_executed();
            let page = app
                .graphql(Some(&admin), query, json!({ "n": size }))
                .await
                .ok();
            costs.push(app.services.db.statements_executed() - before);
            let nodes = page.data("/leases/nodes").as_array().unwrap();
            assert_eq!(nodes.len(), size as usize);
            assert!(
                nodes
                    .iter()
                    .all(|l| !l["plots"].as_array().unwrap().is_empty())
            );
        }
        assert!(
            costs.iter().all(|c| *c == costs[0]),
            "statements per page size 1, 10, 100: {costs:?}"
        );
        assert!(costs[0] <= 12, "{costs:?}");
    }
);

on_both_databases!(
    a_page_counts_the_whole_list_only_when_asked_and_still_knows_its_next_page,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@yenlac.example").await;
        let cost = |query: &'static str| {
            let app = &app;
            let admin = admin.clone();
            async move {
                let before = app.services.db.statements_executed();
                let page = app.graphql(Some(&admin), query, json!({})).await.ok();
                (app.services.db.statements_executed() - before, page)
            }
        };
        let (counted, with_total) = cost("{ firms(first: 10) { totalCount nodes { id } } }").await;
        let (plain, _) = cost("{ firms(first: 10) { nodes { id } } }").await;
        assert_eq!(plain + 1, counted, "the count is the one statement saved");

        // Walk the whole list without asking for its size: every firm once, and the last
        // page says there is no next one.
        let total = with_total.data("/firms/totalCount").as_u64().unwrap();
        let mut after: Option<String> = None;
        let mut seen = std::collections::HashSet::new();
        loop {
            let page = app
                .graphql(
                    Some(&admin),
                    "query($a: String) { firms(first: 7, after: $a) { pageInfo { hasNextPage endCursor } nodes { id } } }",
                    json!({ "a": after }),
                )
                .await
                .ok();
            for node in page.data("/firms/nodes").as_array().unwrap() {
                assert!(seen.insert(node["id"].as_str().unwrap().to_owned()));
            }
            if page.data("/firms/pageInfo/hasNextPage") != true {
                break;
            }
            after = page
                .data("/firms/pageInfo/endCursor")
                .as_str()
                .map(str::to_owned);
        }
        assert_eq!(seen.len() as u64, total);
    }
);

/// Reads a whole list in pages of `size`, returning the values at `field` of each node.
async fn read_all(
    app: &TestApp,
    token: &str,
    list: &str,
    order: Value,
    field: &str,
    size: usize,
) -> Vec<Value> {
    let query = format!(
        "query($first: Int, $after: String, $order: {kind}) {{ {list}(first: $first, after: $after, orderBy: $order) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ id {field} }} }} }}",
        kind = match list {
            "clusters" => "ClusterOrder",
            "plots" => "PlotOrder",
            "firms" => "FirmOrder",
            _ => "LeaseOrder",
        }
    );
    let mut after = Value::Null;
    let mut ids = std::collections::HashSet::new();
    let mut values = Vec::new();
    loop {
        let page = app
            .graphql(
                Some(token),
                &query,
                json!({ "first": size, "after": after, "order": order }),
            )
            .await
            .ok();
        for node in page.data(&format!("/{list}/nodes")).as_array().unwrap() {
            assert!(ids.insert(node["id"].clone()), "{list}: a row on two pages");
            values.push(node[field].clone());
        }
        if page.data(&format!("/{list}/pageInfo/hasNextPage")) != &json!(true) {
            let total = page.data(&format!("/{list}/totalCount")).as_u64().unwrap();
            assert_eq!(values.len() as u64, total, "{list}: every row once");
            return values;
        }
        after = page.data(&format!("/{list}/pageInfo/endCursor")).clone();
    }
}

on_both_databases!(
    lists_sort_on_the_server_by_the_field_the_user_picks,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (yen_lac, _) = app.login_as("ops@yenlac.example").await;

        // Plots by area, largest first, read in pages of 7: no row twice, none skipped.
        let areas = read_all(
            &app,
            &admin,
            "plots",
            json!({ "field": "AREA", "direction": "DESC" }),
            "areaM2",
            7,
        )
        .await;
        assert_eq!(areas.len(), 24);
        let areas: Vec<i64> = areas.iter().map(|a| a.as_i64().unwrap()).collect();
        assert!(areas.windows(2).all(|w| w[0] >= w[1]), "{areas:?}");
        assert!(areas[0] > areas[23]);

        // Firms by workforce, smallest first (direction defaults to ascending).
        let workforce = read_all(
            &app,
            &admin,
            "firms",
            json!({ "field": "WORKFORCE" }),
            "workforce",
            4,
        )
        .await;
        let workforce: Vec<i64> = workforce.iter().map(|w| w.as_i64().unwrap()).collect();
        assert!(workforce.windows(2).all(|w| w[0] <= w[1]), "{workforce:?}");
        assert!(workforce.first() < workforce.last());

        // Leases by end date, earliest first, across 110 leases of Yên Đồng in pages of 25.
        let ends = read_all(
            &app,
            &yen_lac,
            "leases",
            json!({ "field": "ENDS_ON", "direction": "ASC" }),
            "endsOn",
            25,
        )
        .await;
        assert!(ends.len() >= 110);
        let ends: Vec<&str> = ends.iter().map(|e| e.as_str().unwrap()).collect();
        assert!(ends.windows(2).all(|w| w[0] <= w[1]), "{ends:?}");

        // Clusters by leasable area, largest first.
        let clusters = read_all(
            &app,
            &yen_lac,
            "clusters",
            json!({ "field": "LEASABLE_AREA", "direction": "DESC" }),
            "name",
            1,
        )
        .await;
        assert_eq!(clusters.len(), 2);

        // An unknown field is refused before anything runs.
        let refused = app
            .graphql(
                Some(&admin),
                "{ plots(orderBy: { field: RENT }) { totalCount } }",
                json!({}),
            )
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"));
    }
);
