//! Maintenance requests and work orders: the state machines through the API, SLA fields,
//! emails, costs posted exactly once to the fund or the firm's next invoice, isolation, and
//! bad input that writes nothing.

use chrono::Months;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::billing::{PREVIEW, arrange, run};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const FILE: &str = "mutation($i: FileMaintenanceRequestInput!) { fileMaintenanceRequest(input: $i) { request { id status priority firmName clusterName responseDueAt resolutionDueAt overdue } } }";
const REQUEST: &str = "query($id: ID!) { node(id: $id) { ... on MaintenanceRequest { id status priority promisedOn rating reopenCount slaPaused responseDueAt resolutionDueAt overdue events { actorId fromStatus toStatus reason reasonCode reasonDetail } comments { body internal } } } }";
const WORK_ORDER: &str = "query($id: ID!) { node(id: $id) { ... on WorkOrder { id status fundingSource verifiedCostTotal costTotal costLines { amount } events { toStatus } } } }";
const MOVE: &str =
    "mutation($i: TransitionWorkOrderInput!) { transitionWorkOrder(input: $i) { id status } }";
const COST: &str = "mutation($i: AddCostLineInput!) { addCostLine(input: $i) { id amount } }";

/// Files a request as the Đồng Sóc operator for its first firm; returns its id.
pub(crate) async fn file_for_first_firm(app: &TestApp, admin: &str) -> Value {
    let firm = app
        .graphql(
            Some(admin),
            "{ firms(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await
        .ok()
        .data("/firms/nodes/0/id")
        .clone();
    app.graphql(
        Some(admin),
        FILE,
        json!({ "i": { "title": "Cống thoát nước bị tắc", "description": "Trước cổng lô A-01", "firmId": firm, "category": "DRAINAGE" } }),
    )
    .await
    .ok()
    .data("/fileMaintenanceRequest/request/id")
    .clone()
}

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    let db = app.services.db.raw();
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

async fn maintenance_mails(app: &TestApp) -> i64 {
    scalar(
        app,
        "SELECT COUNT(*) FROM outbox_messages WHERE template = 'maintenance'",
    )
    .await
}

async fn kcc_files(app: &TestApp, kcc: &str, title: &str) -> Value {
    app.graphql(
        Some(kcc),
        FILE,
        json!({ "i": { "title": title, "description": "Đèn đường trước lô A-03 không sáng", "category": "STREET_LIGHTING", "urgent": true } }),
    )
    .await
    .ok()
    .data("/fileMaintenanceRequest/request/id")
    .clone()
}

async fn request_move(
    app: &TestApp,
    token: &str,
    mutation: &str,
    input: Value,
) -> crate::helpers::Gql {
    let name = mutation;
    let query = format!(
        "mutation($i: {}Input!) {{ {name}(input: $i) {{ id status }} }}",
        upper_first(name)
    );
    app.graphql(Some(token), &query, json!({ "i": input }))
        .await
}

fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

on_both_databases!(
    a_firm_files_and_follows_a_request_to_a_confirmed_resolution_with_emails,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let mails = maintenance_mails(&app).await;
        let filed = app
            .graphql(
                Some(&kcc),
                FILE,
                json!({ "i": { "title": "Đèn đường tắt", "description": "Đèn trước lô A-03 không sáng", "urgent": true } }),
            )
            .await
            .ok();
        let r = filed.data("/fileMaintenanceRequest/request");
        assert_eq!(r["status"], "SUBMITTED");
        assert_eq!(r["priority"], "P2");
        assert!(r["firmName"].as_str().unwrap().starts_with("KCC"));
        assert!(r["responseDueAt"].is_string() && r["resolutionDueAt"].is_string());
        let id = r["id"].clone();
        assert!(
            maintenance_mails(&app).await > mails,
            "the triage list hears of it"
        );

        let promised = (chrono::Utc::now().date_naive() + chrono::Duration::days(3)).to_string();
        let steps: [(&str, &str, Value, &str); 6] = [
            (
                "acknowledgeMaintenanceRequest",
                "ops",
                json!({ "requestId": id, "priority": "P1", "promisedOn": promised, "message": "Đã tiếp nhận" }),
                "ACKNOWLEDGED",
            ),
            (
                "askMaintenanceRequester",
                "ops",
                json!({ "requestId": id, "question": "Cột đèn số mấy?" }),
                "WAITING_ON_REQUESTER",
            ),
            (
                "replyToMaintenanceRequest",
                "kcc",
                json!({ "requestId": id, "message": "Cột số 12" }),
                "ACKNOWLEDGED",
            ),
            (
                "resolveMaintenanceRequest",
                "ops",
                json!({ "requestId": id, "note": "Đã thay bóng" }),
                "RESOLVED",
            ),
            (
                "reopenMaintenanceRequest",
                "kcc",
                json!({ "requestId": id, "reason": "Vẫn chập chờn" }),
                "IN_PROGRESS",
            ),
            (
                "resolveMaintenanceRequest",
                "ops",
                json!({ "requestId": id, "note": "Đã thay dây" }),
                "RESOLVED",
            ),
        ];
        for (mutation, who, input, expected) in steps {
            let token = if who == "ops" { &ops } else { &kcc };
            let moved = request_move(&app, token, mutation, input).await.ok();
            assert_eq!(
                moved.data(&format!("/{mutation}/status")),
                expected,
                "{mutation}"
            );
        }
        // A firm may not triage.
        let refused = request_move(
            &app,
            &kcc,
            "resolveMaintenanceRequest",
            json!({ "requestId": id, "note": "x" }),
        )
        .await;
        assert_eq!(refused.code(), Some("FORBIDDEN"));
        let confirmed = request_move(
            &app,
            &kcc,
            "confirmMaintenanceResolution",
            json!({ "requestId": id, "rating": 5 }),
        )
        .await
        .ok();
        assert_eq!(
            confirmed.data("/confirmMaintenanceResolution/status"),
            "CLOSED"
        );

        let seen = app
            .graphql(Some(&kcc), REQUEST, json!({ "id": id }))
            .await
            .ok();
        let node = seen.data("/node");
        assert_eq!(node["rating"], 5);
        assert_eq!(node["reopenCount"], 1);
        assert_eq!(node["promisedOn"], promised.as_str());
        assert_eq!(node["priority"], "P1");
        assert!(!node["overdue"].as_bool().unwrap());
        let to: Vec<&str> = node["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["toStatus"].as_str().unwrap())
            .collect();
        assert_eq!(
            to,
            [
                "SUBMITTED",
                "ACKNOWLEDGED",
                "WAITING_ON_REQUESTER",
                "ACKNOWLEDGED",
                "RESOLVED",
                "IN_PROGRESS",
                "RESOLVED",
                "CLOSED"
            ]
        );
        // Why, as codes the reader's language renders, beside the words people typed.
        let why: Vec<(Value, Value, Value)> = node["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["reasonCode"].clone(),
                    e["reasonDetail"].clone(),
                    e["reason"].clone(),
                )
            })
            .collect();
        assert_eq!(
            why[2],
            (json!("QUESTION"), Value::Null, json!("Cột đèn số mấy?"))
        );
        assert_eq!(
            why[5],
            (json!("REOPENED"), Value::Null, json!("Vẫn chập chờn"))
        );
        assert_eq!(why[7], (json!("CONFIRMED"), json!("5"), Value::Null));
        assert_eq!(why[1], (Value::Null, Value::Null, Value::Null));

        // Internal notes stay with the operator.
        app.graphql(Some(&ops), "mutation { commentOnMaintenanceRequest(input: { requestId: \"ID\", body: \"Nhà thầu chậm\", internal: true }) { id } }".replace("\"ID\"", &id.to_string()).as_str(), json!({})).await.ok();
        let firm_view = app
            .graphql(Some(&kcc), REQUEST, json!({ "id": id }))
            .await
            .ok();
        let ops_view = app
            .graphql(Some(&ops), REQUEST, json!({ "id": id }))
            .await
            .ok();
        let count = |v: &Value| v.as_array().unwrap().len();
        assert_eq!(
            count(ops_view.data("/node/comments")),
            count(firm_view.data("/node/comments")) + 1
        );
        assert!(
            firm_view
                .data("/node/comments")
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["internal"] == false)
        );
        // Acknowledgement, question and two resolutions went to the requester.
        let to_kcc = scalar(&app, "SELECT COUNT(*) FROM outbox_messages WHERE template = 'maintenance' AND recipient = 'accounting@kcc.example'").await;
        assert_eq!(to_kcc, 4);
    }
);

on_both_databases!(
    a_move_the_current_state_does_not_allow_is_a_conflict_naming_it_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let id = kcc_files(&app, &kcc, "Hố ga mất nắp").await;
        // (mutation, input, allowed from SUBMITTED)
        let table: [(&str, Value, bool); 7] = [
            (
                "resolveMaintenanceRequest",
                json!({ "requestId": id, "note": "x" }),
                false,
            ),
            (
                "confirmMaintenanceResolution",
                json!({ "requestId": id, "rating": 4 }),
                false,
            ),
            (
                "reopenMaintenanceRequest",
                json!({ "requestId": id, "reason": "x" }),
                false,
            ),
            (
                "replyToMaintenanceRequest",
                json!({ "requestId": id, "message": "x" }),
                false,
            ),
            (
                "deferMaintenanceRequest",
                json!({ "requestId": id, "until": "2199-01-01", "reason": "x" }),
                false,
            ),
            (
                "askMaintenanceRequester",
                json!({ "requestId": id, "question": "x" }),
                false,
            ),
            (
                "acknowledgeMaintenanceRequest",
                json!({ "requestId": id }),
                true,
            ),
        ];
        for (mutation, input, allowed) in table {
            let before = app.snapshot().await;
            let answer = request_move(&app, &ops, mutation, input).await;
            if allowed {
                answer.ok();
            } else {
                assert_eq!(answer.code(), Some("CONFLICT"), "{mutation}");
                assert!(
                    answer.0.to_string().contains("SUBMITTED"),
                    "{mutation}: {}",
                    answer.0
                );
                assert_eq!(app.snapshot().await, before, "{mutation} wrote nothing");
            }
        }
        // From ACKNOWLEDGED: acknowledging again and confirming conflict; cancelling is allowed.
        for (mutation, input) in [
            ("acknowledgeMaintenanceRequest", json!({ "requestId": id })),
            (
                "confirmMaintenanceResolution",
                json!({ "requestId": id, "rating": 4 }),
            ),
        ] {
            let answer = request_move(&app, &ops, mutation, input).await;
            assert_eq!(answer.code(), Some("CONFLICT"), "{mutation}");
            assert!(answer.0.to_string().contains("ACKNOWLEDGED"));
        }
        let cancelled = request_move(
            &app,
            &kcc,
            "cancelMaintenanceRequest",
            json!({ "requestId": id }),
        )
        .await
        .ok();
        assert_eq!(
            cancelled.data("/cancelMaintenanceRequest/status"),
            "CANCELLED"
        );
        let again = request_move(
            &app,
            &kcc,
            "cancelMaintenanceRequest",
            json!({ "requestId": id }),
        )
        .await;
        assert_eq!(again.code(), Some("CONFLICT"));
    }
);

on_both_databases!(
    bad_maintenance_input_names_the_field_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (yen_lac, _) = app.login_as("ops@yenlac.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let foreign_plot = app
            .graphql(
                Some(&yen_lac),
                "{ plots(first: 1) { nodes { id } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/plots/nodes/0/id")
            .clone();
        let firms = app
            .graphql(Some(&ops), "{ firms { nodes { id name } } }", json!({}))
            .await
            .ok();
        let other_firm = firms
            .data("/firms/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|f| !f["name"].as_str().unwrap().starts_with("KCC"))
            .unwrap()["id"]
            .clone();
        let long = "x".repeat(100_000);
        let cases: [(&str, Value, &str); 5] = [
            (
                kcc.as_str(),
                json!({ "title": "  ", "description": "d" }),
                "input.title",
            ),
            (
                kcc.as_str(),
                json!({ "title": "t", "description": long }),
                "input.description",
            ),
            (
                kcc.as_str(),
                json!({ "title": "t", "description": "d", "plotId": foreign_plot }),
                "input.plotId",
            ),
            (
                kcc.as_str(),
                json!({ "title": "t", "description": "d", "firmId": other_firm }),
                "input.firmId",
            ),
            (
                ops.as_str(),
                json!({ "title": "t", "description": "d" }),
                "input.firmId",
            ),
        ];
        for (token, input, path) in cases {
            let before = app.snapshot().await;
            let answer = app.graphql(Some(token), FILE, json!({ "i": input })).await;
            assert_eq!(answer.code(), Some("VALIDATION"), "{path}");
            assert!(
                answer.field_paths().contains(&path.to_owned()),
                "{path}: {:?}",
                answer.field_paths()
            );
            assert_eq!(app.snapshot().await, before, "{path}");
        }

        let wo = app
            .graphql(
                Some(&ops),
                "mutation { createWorkOrder(input: { title: \"Sửa cống\" }) { id } }",
                json!({}),
            )
            .await
            .ok()
            .data("/createWorkOrder/id")
            .clone();
        for (amount, path) in [
            (0, "input.amount"),
            (-5, "input.amount"),
            (100_000_000_001i64, "input.amount"),
        ] {
            let before = app.snapshot().await;
            let answer = app
                .graphql(Some(&ops), COST, json!({ "i": { "workOrderId": wo, "kind": "MATERIAL", "description": "Xi măng", "amount": amount } }))
                .await;
            assert_eq!(answer.code(), Some("VALIDATION"));
            assert_eq!(answer.field_paths(), [path]);
            assert_eq!(app.snapshot().await, before);
        }
        let contractor = app
            .graphql(Some(&ops), COST, json!({ "i": { "workOrderId": wo, "kind": "CONTRACTOR", "description": "Nạo vét", "amount": 500_000 } }))
            .await;
        assert_eq!(contractor.code(), Some("VALIDATION"));
        assert!(
            contractor
                .field_paths()
                .contains(&"input.supplierInvoice".to_owned())
        );

        for (to, hold) in [
            ("IN_PROGRESS", None),
            ("ON_HOLD", Some("PARTS")),
            ("IN_PROGRESS", None),
            ("DONE", None),
        ] {
            let reason = hold.map(|_| "Chờ ống cống D600");
            app.graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": to, "holdReason": hold, "reason": reason } }),
            )
            .await
            .ok();
        }
        let held = app
            .graphql(
                Some(&ops),
                "query($id: ID!) { node(id: $id) { ... on WorkOrder { events { toStatus reasonCode reasonDetail reason } } } }",
                json!({ "id": wo }),
            )
            .await
            .ok();
        assert_eq!(
            held.data("/node/events/2"),
            &json!({ "toStatus": "ON_HOLD", "reasonCode": "ON_HOLD", "reasonDetail": "PARTS", "reason": "Chờ ống cống D600" })
        );
        let before = app.snapshot().await;
        let answer = app
            .graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": "VERIFIED" } }),
            )
            .await;
        assert_eq!(answer.code(), Some("VALIDATION"));
        assert_eq!(answer.field_paths(), ["input.noCost"]);
        assert_eq!(app.snapshot().await, before);
        let wrong = app
            .graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": "ON_HOLD", "holdReason": "PARTS" } }),
            )
            .await;
        assert_eq!(wrong.code(), Some("CONFLICT"));
        assert!(wrong.0.to_string().contains("DONE"));
        assert_eq!(app.snapshot().await, before);
        let verified = app
            .graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": "VERIFIED", "noCost": true } }),
            )
            .await
            .ok();
        assert_eq!(verified.data("/transitionWorkOrder/status"), "VERIFIED");
    }
);

async fn fund_paid_work_order(app: &TestApp, ops: &str, kcc: &str, amount: i64) -> (Value, Value) {
    let request = kcc_files(app, kcc, "Trạm bơm nước thải dừng").await;
    request_move(
        app,
        ops,
        "acknowledgeMaintenanceRequest",
        json!({ "requestId": request, "priority": "P1" }),
    )
    .await
    .ok();
    let wo = app
        .graphql(Some(ops), "mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id clusterId requestIds } }", json!({ "i": { "requestIds": [request], "fundingSource": "FUND" } }))
        .await
        .ok();
    let cluster = wo.data("/createWorkOrder/clusterId").clone();
    assert!(cluster.is_string(), "the request's cluster");
    let wo = wo.data("/createWorkOrder/id").clone();
    app.graphql(Some(ops), COST, json!({ "i": { "workOrderId": wo, "kind": "CONTRACTOR", "description": "Sửa bơm", "amount": amount, "supplier": "Cty Cơ điện Vĩnh Phúc", "supplierInvoice": "0001234" } }))
        .await
        .ok();
    let started = app
        .graphql(
            Some(ops),
            MOVE,
            json!({ "i": { "workOrderId": wo, "to": "IN_PROGRESS" } }),
        )
        .await
        .ok();
    assert_eq!(started.data("/transitionWorkOrder/status"), "IN_PROGRESS");
    let r = app
        .graphql(Some(ops), REQUEST, json!({ "id": request }))
        .await
        .ok();
    assert_eq!(
        r.data("/node/status"),
        "IN_PROGRESS",
        "starting the work order starts the request"
    );
    app.graphql(
        Some(ops),
        MOVE,
        json!({ "i": { "workOrderId": wo, "to": "DONE" } }),
    )
    .await
    .ok();
    (wo, cluster)
}

on_both_databases!(
    two_verifications_at_once_post_to_the_fund_exactly_once,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (wo, cluster) = fund_paid_work_order(&app, &ops, &kcc, 7_500_000).await;
        let posted = "SELECT COUNT(*) FROM fund_entries WHERE work_order_id IS NOT NULL";
        let before = scalar(&app, posted).await;
        let verify = json!({ "i": { "workOrderId": wo, "to": "VERIFIED" } });
        let (a, b) = tokio::join!(
            app.graphql(Some(&ops), MOVE, verify.clone()),
            app.graphql(Some(&ops), MOVE, verify.clone()),
        );
        let codes = [a.code().map(str::to_owned), b.code().map(str::to_owned)];
        assert!(codes.contains(&None), "{codes:?}");
        assert!(codes.contains(&Some("CONFLICT".to_owned())), "{codes:?}");
        assert_eq!(scalar(&app, posted).await, before + 1);
        let node = app
            .graphql(Some(&ops), WORK_ORDER, json!({ "id": wo }))
            .await
            .ok();
        assert_eq!(node.data("/node/verifiedCostTotal"), 7_500_000);
        // The operator's fund names the expense with its document; the firm sees only the
        // month's total of what the fee paid for.
        let fund = app
            .graphql(Some(&ops), "query($c: ID!) { maintenanceFund(clusterId: $c) { entries { kind amount description documentNumber } } }", json!({ "c": cluster }))
            .await
            .ok();
        let spent: Vec<&Value> = fund
            .data("/maintenanceFund/entries")
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["amount"] == -7_500_000)
            .collect();
        assert_eq!(spent.len(), 1);
        assert!(
            spent[0]["documentNumber"]
                .as_str()
                .unwrap()
                .contains("0001234")
        );
        assert!(
            !spent[0]["description"]
                .as_str()
                .unwrap()
                .contains("0001234"),
            "the document is in its own field, not repeated in the description"
        );
        let seen = app
            .graphql(Some(&kcc), "query($c: ID!) { maintenanceFund(clusterId: $c) { entries { id } paidFor { workOrders cost } } }", json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(seen.data("/maintenanceFund/entries"), &json!([]));
        let this_month = seen
            .data("/maintenanceFund/paidFor")
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        assert!(this_month["cost"].as_i64().unwrap() >= 7_500_000);
        assert!(this_month["workOrders"].as_i64().unwrap() >= 1);
        // Verified costs are locked.
        let locked = app
            .graphql(Some(&ops), COST, json!({ "i": { "workOrderId": wo, "kind": "MATERIAL", "description": "x", "amount": 1 } }))
            .await;
        assert_eq!(locked.code(), Some("CONFLICT"));
    }
);

on_both_databases!(
    spending_above_the_threshold_needs_an_operator_admin,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (wo, _) = fund_paid_work_order(&app, &ops, &kcc, 60_000_000).await;
        let before = app.snapshot().await;
        let refused = app
            .graphql(
                Some(&staff),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": "VERIFIED" } }),
            )
            .await;
        assert_eq!(refused.code(), Some("FORBIDDEN"));
        assert_eq!(app.snapshot().await, before);
        app.graphql(
            Some(&ops),
            MOVE,
            json!({ "i": { "workOrderId": wo, "to": "VERIFIED" } }),
        )
        .await
        .ok();
    }
);

on_both_databases!(
    a_chargeback_appears_on_the_firms_next_billing_run_with_vat,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let month =
            crate::billing::first_of_month(chrono::Utc::now().date_naive()) + Months::new(1);
        let (cluster, _lease, firm) = arrange(&app, &ops, "CCN Bồi hoàn", month).await;
        let filed = app
            .graphql(Some(&ops), FILE, json!({ "i": { "title": "Xe tải làm vỡ nắp cống", "description": "Xe của doanh nghiệp", "firmId": firm } }))
            .await
            .ok();
        let request = filed.data("/fileMaintenanceRequest/request/id").clone();
        let wo = app
            .graphql(Some(&ops), "mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id } }", json!({ "i": { "requestIds": [request], "fundingSource": "CHARGEBACK", "clusterId": cluster } }))
            .await
            .ok()
            .data("/createWorkOrder/id")
            .clone();
        app.graphql(Some(&ops), COST, json!({ "i": { "workOrderId": wo, "kind": "LABOUR", "description": "Thay nắp", "minutes": 90, "hourlyRate": 200_000 } })).await.ok();
        app.graphql(Some(&ops), COST, json!({ "i": { "workOrderId": wo, "kind": "MATERIAL", "description": "Nắp gang", "amount": 1_200_000 } })).await.ok();
        for to in ["IN_PROGRESS", "DONE", "VERIFIED"] {
            app.graphql(
                Some(&ops),
                MOVE,
                json!({ "i": { "workOrderId": wo, "to": to } }),
            )
            .await
            .ok();
        }
        let preview = app
            .graphql(Some(&ops), PREVIEW, run(&cluster, month))
            .await
            .ok();
        let lines = preview
            .data("/billingRunPreview/invoices/0/lines")
            .as_array()
            .unwrap()
            .clone();
        let charge = lines
            .iter()
            .find(|l| {
                l["descriptionVi"]
                    .as_str()
                    .unwrap()
                    .contains("Chi phí sửa chữa")
            })
            .expect("the chargeback line");
        assert_eq!(
            charge["amount"], 1_500_000,
            "90 min × 200,000/h + 1,200,000"
        );
        assert_eq!(charge["vatBp"], 1000);
        assert_eq!(charge["vatAmount"], 150_000);
        // The next run bills it no more.
        let pending = "SELECT COUNT(*) FROM maintenance_chargebacks WHERE invoice_id IS NULL";
        let waiting = scalar(&app, pending).await;
        app.graphql(
            Some(&ops),
            "mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { id } }",
            run(&cluster, month),
        )
        .await
        .ok();
        assert_eq!(scalar(&app, pending).await, waiting - 1);
    }
);

on_both_databases!(
    another_firm_and_another_tenant_get_not_found_for_requests_and_work_orders,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (yen_lac, _) = app.login_as("ops@yenlac.example").await;
        let firms = app
            .graphql(Some(&ops), "{ firms { nodes { id name } } }", json!({}))
            .await
            .ok();
        let ype = firms
            .data("/firms/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"].as_str().unwrap().starts_with("YPE"))
            .unwrap()["id"]
            .clone();
        let theirs = app
            .graphql(
                Some(&ops),
                FILE,
                json!({ "i": { "title": "Cây đổ", "description": "Trước lô YPE", "firmId": ype } }),
            )
            .await
            .ok()
            .data("/fileMaintenanceRequest/request/id")
            .clone();
        let wo = app
            .graphql(
                Some(&ops),
                "mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id } }",
                json!({ "i": { "requestIds": [theirs] } }),
            )
            .await
            .ok()
            .data("/createWorkOrder/id")
            .clone();
        for (token, who) in [(&kcc, "another firm"), (&yen_lac, "another tenant")] {
            for id in [&theirs, &wo] {
                let seen = app
                    .graphql(
                        Some(token),
                        "query($id: ID!) { node(id: $id) { id } }",
                        json!({ "id": id }),
                    )
                    .await;
                assert_eq!(seen.code(), Some("NOT_FOUND"), "{who}");
            }
            let before = app.snapshot().await;
            let moved = request_move(
                &app,
                token,
                "cancelMaintenanceRequest",
                json!({ "requestId": theirs }),
            )
            .await;
            assert_eq!(moved.code(), Some("NOT_FOUND"), "{who}");
            assert_eq!(app.snapshot().await, before);
        }
        let listed = app
            .graphql(
                Some(&kcc),
                "{ maintenanceRequests { nodes { firmName } } }",
                json!({}),
            )
            .await
            .ok();
        assert!(
            listed
                .data("/maintenanceRequests/nodes")
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["firmName"].as_str().unwrap().starts_with("KCC"))
        );
        assert_eq!(
            app.graphql(Some(&kcc), "{ workOrders { totalCount } }", json!({}))
                .await
                .code(),
            Some("FORBIDDEN")
        );
    }
);

on_both_databases!(
    the_operators_queue_costs_the_same_statements_whatever_its_size,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        for _ in 0..12 {
            file_for_first_firm(&app, &ops).await;
        }
        let query = "query($n: Int!) { maintenanceRequests(first: $n) { totalCount nodes { id title status priority firmName clusterName plotCode responseDueAt resolutionDueAt overdue promisedOn } } }";
        let mut costs = Vec::new();
        for size in [1, 5, 10] {
            let before = app.services.db.statements_executed();
            let page = app
                .graphql(Some(&ops), query, json!({ "n": size }))
                .await
                .ok();
            costs.push(app.services.db.statements_executed() - before);
            assert_eq!(
                page.data("/maintenanceRequests/nodes")
                    .as_array()
                    .unwrap()
                    .len(),
                size as usize
            );
        }
        assert!(
            costs.iter().all(|c| *c == costs[0]),
            "statements per page size 1, 5, 10: {costs:?}"
        );
        // The overdue filter, derived from the events, is a fixed number of statements too.
        let before = app.services.db.statements_executed();
        app.graphql(
            Some(&ops),
            "{ maintenanceRequests(overdue: true) { totalCount } }",
            json!({}),
        )
        .await
        .ok();
        assert!(app.services.db.statements_executed() - before <= costs[0] + 2);
    }
);

on_both_databases!(
    an_unconfirmed_resolution_closes_itself_after_seven_days,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let id = kcc_files(&app, &kcc, "Vỉa hè sụt").await;
        request_move(
            &app,
            &ops,
            "acknowledgeMaintenanceRequest",
            json!({ "requestId": id }),
        )
        .await
        .ok();
        request_move(
            &app,
            &ops,
            "resolveMaintenanceRequest",
            json!({ "requestId": id, "note": "Đã vá" }),
        )
        .await
        .ok();
        let tenant = {
            let db = app.services.db.raw();
            let row = db
                .query_one_raw(Statement::from_string(
                    db.get_database_backend(),
                    "SELECT tenant_id, filed_by FROM maintenance_requests ORDER BY created_at DESC"
                        .to_owned(),
                ))
                .await
                .unwrap()
                .unwrap();
            (
                row.try_get_by_index::<uuid::Uuid>(0).unwrap(),
                row.try_get_by_index::<uuid::Uuid>(1).unwrap(),
            )
        };
        let ctx = clusterkeep::access::TenantCtx::for_system_work(tenant.0.into(), tenant.1.into());
        let notices = clusterkeep::maintenance::notices::Notices {
            outbox: &app.services.outbox,
            web: String::new(),
        };
        let sweep = |days| {
            clusterkeep::maintenance::requests::close_unconfirmed(
                &app.services.db,
                &ctx,
                &notices,
                chrono::Utc::now() + chrono::Duration::days(days),
            )
        };
        sweep(6).await.unwrap();
        let r = app
            .graphql(Some(&kcc), REQUEST, json!({ "id": id }))
            .await
            .ok();
        assert_eq!(r.data("/node/status"), "RESOLVED", "still time to confirm");
        assert!(sweep(8).await.unwrap() >= 1);
        let r = app
            .graphql(Some(&kcc), REQUEST, json!({ "id": id }))
            .await
            .ok();
        assert_eq!(r.data("/node/status"), "CLOSED");
        let last = r
            .data("/node/events")
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        // The system closed it: a code, no actor, and no prose a Vietnamese reader would get
        // in English.
        assert_eq!(last["reasonCode"], "AUTO_CLOSED");
        assert_eq!(last["actorId"], Value::Null);
        assert_eq!(last["reason"], Value::Null);
        assert_eq!(last["fromStatus"], "RESOLVED");
        let reopen = request_move(
            &app,
            &kcc,
            "reopenMaintenanceRequest",
            json!({ "requestId": id, "reason": "x" }),
        )
        .await;
        assert_eq!(reopen.code(), Some("CONFLICT"));
    }
);

on_both_databases!(
    the_province_sees_request_counts_per_cluster_and_no_firm,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let query = "{ provinceMaintenance { clusterName operatorName openRequests resolvedRequests medianResolutionHours } }";
        let refused = app.graphql(Some(&admin), query, json!({})).await;
        assert_eq!(refused.code(), Some("FORBIDDEN"), "{}", refused.0);

        let seen = app.graphql(Some(&viewer), query, json!({})).await.ok();
        let rows = seen
            .data("/provinceMaintenance")
            .as_array()
            .unwrap()
            .clone();
        assert!(!rows.is_empty(), "{}", seen.0);
        let requests: i64 = rows
            .iter()
            .map(|r| r["openRequests"].as_i64().unwrap() + r["resolvedRequests"].as_i64().unwrap())
            .sum();
        assert!(requests > 0, "the demo's requests are counted: {}", seen.0);
        let firms = app
            .graphql(
                Some(&admin),
                "{ firms(first: 100) { nodes { name } } }",
                json!({}),
            )
            .await
            .ok();
        let text = seen.0.to_string();
        for firm in firms.data("/firms/nodes").as_array().unwrap() {
            let name = firm["name"].as_str().unwrap();
            assert!(!text.contains(name), "the province sees {name}");
        }
    }
);
