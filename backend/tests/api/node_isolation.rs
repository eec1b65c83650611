//! Tenants never see each other: for every type implementing `Node` (read from the schema, so
//! the test grows with it), another tenant's user gets NOT_FOUND, exactly as for a missing id.

use chrono::Datelike;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

/// The id of one object of `type_name` in the Đồng Sóc tenant, made or found as its admin.
async fn fixture(app: &TestApp, admin: &str, type_name: &str) -> Value {
    let pick = |query: &'static str, pointer: &'static str| async move {
        app.graphql(Some(admin), query, json!({}))
            .await
            .ok()
            .data(pointer)
            .clone()
    };
    match type_name {
        "Tenant" => pick("{ me { tenant { id } } }", "/me/tenant/id").await,
        "Firm" => pick("{ firms(first: 1) { nodes { id } } }", "/firms/nodes/0/id").await,
        "Membership" => pick("{ members(first: 1) { nodes { id } } }", "/members/nodes/0/id").await,
        "Invitation" => pick(
            "mutation { inviteUser(input: { email: \"fixture@example.com\", role: OPERATOR_STAFF }) { id } }",
            "/inviteUser/id",
        )
        .await,
        "MailMessage" => {
            let _ = fixture_invitation(app, admin).await;
            pick("{ mailLog(first: 1) { nodes { id } } }", "/mailLog/nodes/0/id").await
        }
        "Cluster" => pick("{ clusters(first: 1) { nodes { id } } }", "/clusters/nodes/0/id").await,
        "Plot" => pick("{ plots(first: 1) { nodes { id } } }", "/plots/nodes/0/id").await,
        "Lease" => pick("{ leases(first: 1) { nodes { id } } }", "/leases/nodes/0/id").await,
        "Invoice" => fixture_invoice(app, admin).await["id"].clone(),
        "Payment" => {
            let invoice = fixture_invoice(app, admin).await;
            app.graphql(
                Some(admin),
                "mutation($i: PaymentFields!) { recordPayment(input: $i) { id } }",
                json!({ "i": { "firmId": invoice["firmId"], "amount": 1000, "receivedOn": "2026-11-01",
                    "method": "CASH", "idempotencyKey": "isolation-fixture" } }),
            )
            .await
            .ok()
            .data("/recordPayment/id")
            .clone()
        }
        "BankLine" => {
            app.graphql(
                Some(admin),
                "mutation($csv: String!) { importBankStatement(csv: $csv, commit: true) { created } }",
                json!({ "csv": "date,amount,description,reference,payer_tax_code\n2026-11-02,150000,CK khong ro noi dung,FT-ISOLATION-1,\n" }),
            )
            .await
            .ok();
            pick("{ bankLines(first: 1) { nodes { id } } }", "/bankLines/nodes/0/id").await
        }
        "MaintenanceRequest" => crate::maintenance::file_for_first_firm(app, admin).await,
        "WorkOrder" => app
            .graphql(
                Some(admin),
                "mutation { createWorkOrder(input: { title: \"Isolation fixture\" }) { id } }",
                json!({}),
            )
            .await
            .ok()
            .data("/createWorkOrder/id")
            .clone(),
        "Asset" => crate::upkeep::fixture_asset(app, admin).await,
        "UpkeepSchedule" => crate::upkeep::fixture_schedule(app, admin).await,
        other => panic!("Node type {other} has no isolation fixture: add one to node_isolation.rs"),
    }
}

/// An invoice of the Đồng Sóc tenant, issuing next month's run of its first cluster if needed.
async fn fixture_invoice(app: &TestApp, admin: &str) -> Value {
    let query = "{ invoices(first: 1) { nodes { id firmId } } }";
    let existing = app.graphql(Some(admin), query, json!({})).await.ok();
    if existing.data("/invoices/nodes/0").is_object() {
        return existing.data("/invoices/nodes/0").clone();
    }
    let cluster = app
        .graphql(
            Some(admin),
            "{ clusters(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await
        .ok()
        .data("/clusters/nodes/0/id")
        .clone();
    let next = chrono::Utc::now().date_naive().with_day(1).unwrap() + chrono::Months::new(1);
    app.graphql(
        Some(admin),
        "mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { id } }",
        json!({ "i": { "clusterId": cluster, "periodKind": "MONTH", "periodStart": next.to_string() } }),
    )
    .await
    .ok();
    app.graphql(Some(admin), query, json!({}))
        .await
        .ok()
        .data("/invoices/nodes/0")
        .clone()
}

async fn fixture_invitation(app: &TestApp, admin: &str) -> Value {
    app.graphql(
        Some(admin),
        "mutation { inviteUser(input: { email: \"mailfixture@example.com\", role: OPERATOR_STAFF }) { id } }",
        json!({}),
    )
    .await
    .ok()
    .data("/inviteUser/id")
    .clone()
}

const NODE: &str = "query($id: ID!) { node(id: $id) { __typename id } }";

on_both_databases!(
    another_tenants_object_of_every_node_type_is_not_found,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (owner, _) = app.login_as("ops@dongsoc.example").await;
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let types = app
            .graphql(
                Some(&owner),
                "{ __type(name: \"Node\") { possibleTypes { name } } }",
                json!({}),
            )
            .await
            .ok();
        let types: Vec<String> = types
            .data("/__type/possibleTypes")
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_owned())
            .collect();
        assert!(types.len() >= 5, "{types:?}");
        for type_name in &types {
            let id = fixture(&app, &owner, type_name).await;
            assert!(id.is_string(), "fixture for {type_name}");
            let own = app
                .graphql(Some(&owner), NODE, json!({ "id": id }))
                .await
                .ok();
            assert_eq!(own.data("/node/__typename"), type_name.as_str());
            for (who, token) in [
                ("another operator", &stranger),
                ("the authority viewer", &viewer),
            ] {
                let foreign = app.graphql(Some(token), NODE, json!({ "id": id })).await;
                assert_eq!(
                    foreign.code(),
                    Some("NOT_FOUND"),
                    "{type_name} seen by {who}"
                );
                assert!(foreign.data("/node").is_null());
            }
        }
        // A missing object answers exactly the same.
        let missing = app
            .graphql(
                Some(&stranger),
                NODE,
                json!({ "id": "RmlybTowMTkzZmZmZi0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA" }),
            )
            .await;
        assert_eq!(missing.code(), Some("NOT_FOUND"));
    }
);

on_both_databases!(
    an_enterprise_user_sees_only_their_own_firm,
    |backend: Backend| async move {
        let options = crate::helpers::Options {
            demo_history: true,
            ..Default::default()
        };
        let Some(app) = crate::helpers::spawn_app(backend, options).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let firms = app
            .graphql(Some(&admin), "{ firms { nodes { id name } } }", json!({}))
            .await
            .ok();
        for firm in firms.data("/firms/nodes").as_array().unwrap() {
            let seen = app
                .graphql(Some(&kcc), NODE, json!({ "id": firm["id"] }))
                .await;
            if firm["name"].as_str().unwrap().starts_with("KCC") {
                assert_eq!(seen.ok().data("/node/id"), &firm["id"]);
            } else {
                assert_eq!(seen.code(), Some("NOT_FOUND"), "{}", firm["name"]);
            }
        }
        // Their firm's issued invoices, and no other: `node` asking only the id still reads
        // what decides it (the invoice's firm and status).
        let kcc_firms: Vec<&Value> = firms
            .data("/firms/nodes")
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["name"].as_str().unwrap().starts_with("KCC"))
            .map(|f| &f["id"])
            .collect();
        let invoices = app
            .graphql(
                Some(&admin),
                "{ invoices(first: 100) { nodes { id firmId status } } }",
                json!({}),
            )
            .await
            .ok();
        let (mut own, mut others) = (0, 0);
        for invoice in invoices.data("/invoices/nodes").as_array().unwrap() {
            let seen = app
                .graphql(Some(&kcc), NODE, json!({ "id": invoice["id"] }))
                .await;
            if kcc_firms.contains(&&invoice["firmId"]) && invoice["status"] != "DRAFT" {
                assert_eq!(seen.ok().data("/node/id"), &invoice["id"]);
                own += 1;
            } else {
                assert_eq!(seen.code(), Some("NOT_FOUND"), "{invoice}");
                others += 1;
            }
        }
        assert!(own > 0 && others > 0, "{own} own, {others} others");
        assert_eq!(
            app.graphql(Some(&kcc), "{ firms { totalCount } }", json!({}))
                .await
                .code(),
            Some("FORBIDDEN")
        );
    }
);
